import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { cohortMembers, cohorts } from "@/db/schema";
import { notFound } from "../errors";
import {
  assertCohortOrganizer,
  assertKeepsAnOrganizer,
  assertMayRemoveMember,
  requireActor,
  type Actor,
  type CohortRole,
} from "../policy";
import { emitEvent, personRef } from "../webhooks/events";
import { membershipIn } from "./cohorts";

/**
 * Changes the membership of one member inside a transaction that holds the cohort's row, so
 * that two organizers stepping down at once cannot leave it with none: the change happens
 * only if an organizer remains afterwards (409 otherwise).
 */
async function changeKeepingAnOrganizer<T>(
  cohortId: string,
  memberId: string,
  change: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<T | undefined>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, cohortId)).for("update");
    const result = await change(tx);
    if (result === undefined) throw notFound("Member");
    const [{ organizers }] = (await tx
      .select({ organizers: sql<number>`count(*)::int` })
      .from(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.role, "organizer")))) as [
      { organizers: number },
    ];
    assertKeepsAnOrganizer(organizers);
    return result;
  });
}

/** The organizer removes a member, or a member leaves. Access ends at once. */
export async function removeMember(actor: Actor | null, slug: string, memberId: string) {
  const a = requireActor(actor);
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayRemoveMember(a, role, memberId);
  await changeKeepingAnOrganizer(cohort!.id, memberId, async (tx) => {
    const [removed] = await tx
      .delete(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohort!.id), eq(cohortMembers.userId, memberId)))
      .returning({ userId: cohortMembers.userId });
    if (removed)
      await emitEvent(tx, {
        type: "cohort.member_left",
        userId: memberId,
        cohortId: cohort!.id,
        data: {
          cohort: { slug: cohort!.slug, name: cohort!.name },
          member: await personRef(tx, memberId),
          removedBy: a.userId === memberId ? null : { id: a.userId },
        },
      });
    return removed;
  });
}

/** The organizer makes a member organizer, coach or member (themself included). */
export async function changeMemberRole(
  actor: Actor | null,
  slug: string,
  memberId: string,
  input: { role: CohortRole },
) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  return changeKeepingAnOrganizer(cohort!.id, memberId, async (tx) => {
    const [row] = await tx
      .update(cohortMembers)
      .set({ role: input.role })
      .where(and(eq(cohortMembers.cohortId, cohort!.id), eq(cohortMembers.userId, memberId)))
      .returning({ userId: cohortMembers.userId, role: cohortMembers.role });
    return row;
  });
}
