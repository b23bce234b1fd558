import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { cohortMilestoneAttestations, cohortMilestones, cohorts } from "@/db/schema";
import { AppError, invalid, notFound } from "../errors";
import {
  assertMayAttestCohortMilestone,
  assertMayManageCohortMilestones,
  requireActor,
  type Actor,
} from "../policy";
import { emitEvent, personRef } from "../webhooks/events";
import { membershipIn } from "./cohorts";
import { COHORT_MILESTONE_LIMITS } from "./milestone-limits";
import {
  parseCriteria,
  type CohortMilestoneCreate,
  type CohortMilestoneKind,
  type CohortMilestonePatch,
} from "./milestone-schemas";
import { columns, publicFields } from "./milestones";

/**
 * Writing a cohort's own milestones and a member's check-off (docs/DECISIONS.md, "A cohort's
 * own milestones"); reading and evaluating them is milestones.ts.
 */

function criteriaFor(kind: CohortMilestoneKind, criteria: unknown) {
  const parsed = parseCriteria(kind, criteria);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key =
      issue.code === "unrecognized_keys" ? issue.keys[0]! : issue.path.map(String).join(".");
    const why =
      issue.code === "unrecognized_keys"
        ? `is not a criterion of a ${kind} milestone`
        : issue.message;
    throw invalid(key ? `criteria.${key}` : "criteria", why);
  }
  // Optional dates left out rather than kept as null.
  return Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v != null));
}

/** An organizer or cohort coach adds a milestone; a member 403, anyone else 404. */
export async function createCohortMilestone(
  actor: Actor | null,
  slug: string,
  input: CohortMilestoneCreate,
) {
  const { userId } = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayManageCohortMilestones(role);
  const criteria = criteriaFor(input.kind, input.criteria);
  return db.transaction(async (tx) => {
    // Serializes additions to one cohort, so the limit holds under concurrent requests.
    await tx
      .select({ id: cohorts.id })
      .from(cohorts)
      .where(eq(cohorts.id, cohort!.id))
      .for("update");
    const [{ count }] = (await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(cohortMilestones)
      .where(eq(cohortMilestones.cohortId, cohort!.id))) as [{ count: number }];
    if (count >= COHORT_MILESTONE_LIMITS.perCohort)
      throw new AppError(
        "conflict",
        `A cohort keeps at most ${COHORT_MILESTONE_LIMITS.perCohort} milestones of its own: remove one first.`,
      );
    const [row] = await tx
      .insert(cohortMilestones)
      .values({
        cohortId: cohort!.id,
        title: input.title,
        description: input.description ?? null,
        kind: input.kind,
        criteria,
        dueOn: input.dueOn ?? null,
        createdBy: userId,
      })
      .returning(columns);
    return { ...publicFields(row!), completion: { done: 0, of: 0 } };
  });
}

async function ownMilestone(cohortId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(cohortMilestones)
    .where(and(eq(cohortMilestones.id, id), eq(cohortMilestones.cohortId, cohortId)));
  if (!row) throw notFound("Milestone");
  return row;
}

/**
 * Changes a milestone's fields; members' check-offs stay (they belong to the milestone, not
 * to its wording). Criteria are checked against the kind it ends up with.
 */
export async function updateCohortMilestone(
  actor: Actor | null,
  slug: string,
  id: string,
  input: CohortMilestonePatch,
) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayManageCohortMilestones(role);
  const current = await ownMilestone(cohort!.id, id);
  const kind = input.kind ?? current.kind;
  const criteria =
    input.criteria !== undefined || input.kind !== undefined
      ? criteriaFor(kind, input.criteria)
      : undefined;
  const changes = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.description !== undefined ? { description: input.description ?? null } : {}),
    ...(input.kind !== undefined ? { kind } : {}),
    ...(criteria !== undefined ? { criteria } : {}),
    ...(input.dueOn !== undefined ? { dueOn: input.dueOn ?? null } : {}),
  };
  if (!Object.keys(changes).length) return publicFields(current);
  const [row] = await db
    .update(cohortMilestones)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(cohortMilestones.id, id), eq(cohortMilestones.cohortId, cohort!.id)))
    .returning(columns);
  if (!row) throw notFound("Milestone");
  return publicFields(row);
}

/** Removes a milestone and, with it (cascade), every member's check-off of it. */
export async function deleteCohortMilestone(actor: Actor | null, slug: string, id: string) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayManageCohortMilestones(role);
  const [row] = await db
    .delete(cohortMilestones)
    .where(and(eq(cohortMilestones.id, id), eq(cohortMilestones.cohortId, cohort!.id)))
    .returning({ id: cohortMilestones.id });
  if (!row) throw notFound("Milestone");
}

/** A member checks off (or un-checks) an attested milestone for themself. */
export async function setCohortMilestoneAttestation(
  actor: Actor | null,
  slug: string,
  id: string,
  attested: boolean,
) {
  const { userId } = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayAttestCohortMilestone(role);
  const milestone = await ownMilestone(cohort!.id, id);
  if (milestone.kind !== "attested")
    throw invalid(
      "attested",
      `cannot be set on a${milestone.kind === "hours" ? "n" : ""} ${milestone.kind} milestone: it is met from your records`,
    );
  if (attested) {
    await db.transaction(async (tx) => {
      const made = await tx
        .insert(cohortMilestoneAttestations)
        .values({ userId, cohortMilestoneId: id })
        .onConflictDoNothing()
        .returning({ id: cohortMilestoneAttestations.cohortMilestoneId });
      // Checked off now (not again): the member's own endpoints, and the cohort's if they
      // share progress with it (lib/webhooks/events.ts).
      if (made.length)
        await emitEvent(tx, {
          type: "cohort.milestone_completed",
          userId,
          cohortId: cohort!.id,
          data: {
            cohort: { slug: cohort!.slug, name: cohort!.name },
            milestone: { id, title: milestone.title, kind: milestone.kind },
            member: await personRef(tx, userId),
          },
        });
    });
  } else {
    await db
      .delete(cohortMilestoneAttestations)
      .where(
        and(
          eq(cohortMilestoneAttestations.userId, userId),
          eq(cohortMilestoneAttestations.cohortMilestoneId, id),
        ),
      );
  }
  return { ...publicFields(milestone), completion: { met: attested, attested } };
}
