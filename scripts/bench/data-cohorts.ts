// The benchmark's cohorts (data.ts): the big one with its own milestones and their check-offs,
// and the small study groups, so that cohort_members is not tiny.
import type { Database } from "@/db/client";
import { cohortMembers, cohortMilestoneAttestations, cohortMilestones, cohorts } from "@/db/schema";
import { insertAll, times } from "./bulk";
import type { BenchSettings } from "./data";

export type CohortsPlan = {
  db: Database;
  S: BenchSettings;
  /** The dataset's seeded generator: drawn from in the same order as before the split. */
  random: () => number;
  step: (label: string, work: () => Promise<number | void>) => Promise<void>;
  learners: readonly { n: number; id: string }[];
  daysFromToday: (days: number) => string;
  skillSlugs: readonly string[];
  /** The first learner in a small cohort. */
  firstSmall: number;
  smallCohorts: number;
};

/** Writes the cohorts; returns the big one's id and slug. */
export async function generateCohorts({
  db,
  S,
  random,
  step,
  learners,
  daysFromToday,
  skillSlugs,
  firstSmall,
  smallCohorts,
}: CohortsPlan): Promise<{ id: string; slug: string }> {
  const learner = (n: number) => learners[n - 1]!;
  // The big cohort: the organizer (learner 4), the heavy and the light learners (1 and 2, so
  // that both dashboards show the cohort's own milestones and the flat-cost comparison is of
  // history alone) and the next cohortSize - 3 learners.
  const [created] = await db
    .insert(cohorts)
    .values({
      slug: `bench-cohort-${S.cohortSize}`,
      name: `Bench cohort (${S.cohortSize})`,
      description: "The benchmark's large cohort.",
      startsOn: daysFromToday(-120),
      inviteCode: `BENCHBIG${Math.floor(random() * 1e6)}`,
      createdBy: learner(4).id,
    })
    .returning({ id: cohorts.id, slug: cohorts.slug });
  const big = created!;
  await step("cohort_members (big cohort)", () =>
    insertAll(
      db,
      cohortMembers,
      learners
        .filter((l) => l.n === 4 || l.n <= 2 || (l.n >= 5 && l.n <= firstSmall - 3))
        .map((l) => ({
          userId: l.id,
          cohortId: big.id,
          role: l.n === 4 ? "organizer" : "member",
          shareProgress: l.n === 4 || random() < 0.9,
          shareHours: l.n === 4 || random() < 0.5,
          leaderboard: random() < 0.3,
        })),
    ),
  );
  // The big cohort's own milestones: 30, of every kind, half of them with a due date (some
  // past); the attested ones checked off by about half the members.
  const COHORT_MILESTONES = 30;
  const milestoneKinds = ["attested", "hours", "skill", "project", "certification"] as const;
  const ownMilestones = await db
    .insert(cohortMilestones)
    .values(
      times(COHORT_MILESTONES).map((g) => {
        const kind = milestoneKinds[(g - 1) % milestoneKinds.length]!;
        const criteria =
          kind === "hours"
            ? { hours: 10 * g, from: daysFromToday(-120) }
            : kind === "skill"
              ? { skill: skillSlugs[g % skillSlugs.length]!, level: 1 + (g % 4) }
              : kind === "attested"
                ? {}
                : { count: 1 + (g % 3) };
        return {
          cohortId: big.id,
          title: `Bootcamp milestone ${g}`,
          description: `What week ${g} of the bootcamp asks for.`,
          kind,
          criteria,
          dueOn: g % 2 ? daysFromToday(7 * g - 60) : null,
          createdBy: learner(4).id,
        };
      }),
    )
    .returning({ id: cohortMilestones.id, kind: cohortMilestones.kind });
  await step(`cohort_milestone_attestations (${COHORT_MILESTONES} milestones)`, () =>
    insertAll(
      db,
      cohortMilestoneAttestations,
      ownMilestones
        .filter((m) => m.kind === "attested")
        .flatMap((m) =>
          learners
            .filter((l) => (l.n <= 2 || (l.n >= 5 && l.n <= firstSmall - 3)) && random() < 0.5)
            .map((l) => ({ userId: l.id, cohortMilestoneId: m.id })),
        ),
    ),
  );
  // 199 more cohorts of 20 (200 in all), so cohort_members is not tiny.
  const small: { id: string; slug: string }[] = [];
  await step(`cohorts (${smallCohorts} small, 20 members)`, async () => {
    if (!smallCohorts) return 0;
    small.push(
      ...(await db
        .insert(cohorts)
        .values(
          times(smallCohorts).map((g) => ({
            slug: `bench-small-${g - 1}`,
            name: `Study group ${g - 1}`,
            inviteCode: `BSMALL${g - 1}`,
            createdBy: learner(firstSmall + (g - 1) * 20).id,
          })),
        )
        .returning({ id: cohorts.id, slug: cohorts.slug })),
    );
    return small.length;
  });
  const smallId = new Map(small.map((c) => [c.slug, c.id]));
  await step("cohort_members (small cohorts)", () =>
    insertAll(
      db,
      cohortMembers,
      learners
        .filter((l) => l.n >= firstSmall && l.n <= firstSmall + smallCohorts * 20 - 1)
        .map((l) => ({
          userId: l.id,
          cohortId: smallId.get(`bench-small-${Math.floor((l.n - firstSmall) / 20)}`)!,
          role: (l.n - firstSmall) % 20 === 0 ? "organizer" : "member",
          shareProgress: random() < 0.9,
          shareHours: random() < 0.5,
          leaderboard: random() < 0.3,
        })),
    ),
  );
  return big;
}
