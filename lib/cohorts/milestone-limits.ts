/**
 * A cohort's own milestones: the limits the API and the forms share. zod-free, so a client
 * component may import it (a zod schema in a client bundle trips the page CSP).
 */
export const COHORT_MILESTONE_LIMITS = {
  title: 200,
  description: 2000,
  hours: 10_000,
  count: 100,
  /** A cohort keeps at most this many milestones of its own. */
  perCohort: 100,
} as const;

export const COHORT_MILESTONE_KIND_LABELS = {
  attested: "Checked off by each member",
  hours: "Hours logged",
  skill: "Skill level",
  project: "Shipped projects",
  certification: "Earned certifications",
} as const;

export type CohortMilestoneCriteria =
  | Record<string, never>
  | { hours: number; from?: string | null; to?: string | null }
  | { skill: string; level: number }
  | { count: number };

/** "12 h logged between Mar 1, 2026 and May 31, 2026", in words, for any viewer. */
export function describeCohortCriteria(
  kind: string,
  criteria: Record<string, unknown>,
  skillName: (slug: string) => string = (s) => s,
  day: (isoDate: string) => string = (d) => d,
): string {
  switch (kind) {
    case "attested":
      return "Check it off yourself when done";
    case "hours": {
      const { hours, from, to } = criteria as { hours: number; from?: string; to?: string };
      const range =
        from && to
          ? ` between ${day(from)} and ${day(to)}`
          : from
            ? ` since ${day(from)}`
            : to
              ? ` up to ${day(to)}`
              : "";
      return `${hours} h logged${range}`;
    }
    case "skill": {
      const { skill, level } = criteria as { skill: string; level: number };
      return `${skillName(skill)} at level ${level} or above`;
    }
    case "project": {
      const { count } = criteria as { count: number };
      return `${count} shipped project${count === 1 ? "" : "s"}`;
    }
    case "certification": {
      const { count } = criteria as { count: number };
      return `${count} earned certification${count === 1 ? "" : "s"} (unexpired)`;
    }
    default:
      return "";
  }
}
