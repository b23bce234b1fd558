import { CONTENT_VERSION, MILESTONES, SKILL_AREAS, TIERS, TRACKS } from "./content";

/**
 * What each version of the roadmap content changed, in a learner's words, newest first. A new
 * CONTENT_VERSION adds its entry here (a test holds the two together); scripts/db/content-sync.ts
 * applies the version in place, keeping every learner's progress, which the screens say.
 */
export type ChangelogEntry = { version: number; changes: string[] };

const skillCount = SKILL_AREAS.reduce((n, a) => n + a.skills.length, 0);

export const ROADMAP_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: 1,
    changes: [
      `The first roadmap: ${TIERS.length} tiers, ${TRACKS.length} specialization tracks and ${MILESTONES.length} milestones.`,
      `${skillCount} skills in ${SKILL_AREAS.length} areas to rate yourself on.`,
    ],
  },
];

/** The entries a learner has not seen: newer than `seen`, newest first. */
export function changesSince(seen: number): ChangelogEntry[] {
  return ROADMAP_CHANGELOG.filter((e) => e.version > seen && e.version <= CONTENT_VERSION);
}

/**
 * What to tell a learner about the content version, from the version their browser last saw:
 * nothing the first time (a new learner had nothing to carry over; the version is only
 * remembered), nothing when it is the same, else the changes since, with their progress kept.
 */
export function roadmapNotice(
  seen: number | null,
  current: number = CONTENT_VERSION,
):
  | { kind: "first" }
  | { kind: "same" }
  | { kind: "changed"; from: number; changes: ChangelogEntry[] } {
  if (seen === null || !Number.isInteger(seen) || seen < 0) return { kind: "first" };
  if (seen >= current) return { kind: "same" };
  return {
    kind: "changed",
    from: seen,
    changes: ROADMAP_CHANGELOG.filter((e) => e.version > seen && e.version <= current),
  };
}

/** The browser-storage key for the version a learner last saw (per user: a shared computer). */
export const seenVersionKey = (userId: string) => `epoch:roadmap-version-seen:${userId}`;
