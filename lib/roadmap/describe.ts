import { SKILL_AREAS, SKILL_LEVELS, TRACKS, type MilestoneCriteria } from "./content";

const skillNames = new Map(
  SKILL_AREAS.flatMap((a) => a.skills.map((s) => [s.slug, s.name] as const)),
);
const trackNames = new Map(TRACKS.map((t) => [t.slug, t.name] as const));

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/** What counts toward a milestone, in a sentence a learner understands. */
export function describeCriteria(c: MilestoneCriteria): string {
  switch (c.kind) {
    case "skill": {
      const level = SKILL_LEVELS[c.level]?.name.toLowerCase() ?? `level ${c.level}`;
      const names = orList(c.anyOf.map((s) => skillNames.get(s) ?? s));
      return `Rate ${names} at ${level} (level ${c.level}) or above.`;
    }
    case "hours":
      return `Log ${plural(c.hours, "hour")} of study in total.`;
    case "projects": {
      const status = c.statuses.includes("building") ? "started (building or shipped)" : "shipped";
      const extras = [
        c.withRepo ? "with a repository link" : "",
        c.openSource ? "that is an open-source contribution" : "",
        c.track ? `tagged ${trackNames.get(c.track) ?? c.track}` : "",
      ].filter(Boolean);
      return `${plural(c.count, "portfolio project")} ${status}${extras.length ? ` ${extras.join(", ")}` : ""}.`;
    }
    case "certifications": {
      const cloud = c.skillsAnyOf
        ? ` covering ${orList(c.skillsAnyOf.map((s) => skillNames.get(s) ?? s))}`
        : "";
      return `${plural(c.count, "earned, unexpired certification")}${cloud}.`;
    }
    case "papers":
      return `${plural(c.count, "paper")} read${c.topic ? ` on ${trackNames.get(c.topic) ?? c.topic}` : ""}.`;
    case "events":
      return `${plural(c.count, "event")} attended: conferences, meetups, forums or talks.`;
    case "attested":
      return "Check it off yourself; a coach can verify it.";
  }
}
