/**
 * What an import added, in words: the settings screen shows it and the API
 * answers it beside the counts. Pure, so the browser can use it too.
 */

export type ImportCounts = {
  activities: number;
  certifications: number;
  projects: number;
  papers: number;
  events: number;
  skills: number;
  skillHistory: number;
  notes: number;
  resources: number;
};

const NOUNS: [keyof ImportCounts, string, string][] = [
  ["activities", "activity", "activities"],
  ["certifications", "certification", "certifications"],
  ["projects", "project", "projects"],
  ["papers", "paper", "papers"],
  ["events", "event", "events"],
  ["skills", "skill rating", "skill ratings"],
  ["skillHistory", "entry of skill history", "entries of skill history"],
  ["notes", "note", "notes"],
  ["resources", "resource link", "resource links"],
];

export function describeImport(counts: Partial<ImportCounts>): string {
  const parts = NOUNS.filter(([key]) => (counts[key] ?? 0) > 0).map(
    ([key, one, many]) => `${counts[key]} ${counts[key] === 1 ? one : many}`,
  );
  if (parts.length === 0) return "Nothing new: everything in this file is already in your account.";
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Imported ${list}.`;
}
