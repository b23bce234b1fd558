import { eq, inArray, sql } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { activityTotals, progressMarks, users } from "@/db/schema";
import { pgErrorCode } from "../errors";
import { TRACKS } from "../roadmap/content";
import { emitEvent, personRef } from "../webhooks/events";
import type { MilestoneStatus, Progress } from "./evaluate";

/**
 * The milestones of the learner's next tier, in roadmap order: its core milestones, or for
 * the specialist tier those of the track they work toward (the one evaluate() picked).
 */
export function nextTierMilestones(p: Progress): MilestoneStatus[] {
  if (!p.nextTier) return [];
  const next = p.nextTier.number;
  const core = p.milestones.filter((m) => m.tier === next && !m.track);
  if (core.length) return core;
  const track = p.track ?? p.nextSteps[0]?.track ?? null;
  return track ? p.milestones.filter((m) => m.track === track) : [];
}

/** The first unmet milestone of the next tier, in roadmap order (stable as progress grows). */
export function nextMilestoneOf(p: Progress): MilestoneStatus | null {
  return nextTierMilestones(p).find((m) => !m.met) ?? null;
}

// What this process last wrote (or found) per learner, so an unchanged mark costs no query.
const written = new Map<string, string | null>();
const WRITTEN_LIMIT = 50_000;

/**
 * Keeps progress_marks current: a learner's next unmet milestone, and since when it has been
 * the next one. A row changes only when that milestone changes, so writes are rare; the
 * table is apart from profiles, so this never raises their data revision.
 */
export async function recordProgressMarks(progress: Map<string, Progress>): Promise<void> {
  const changed: { userId: string; nextMilestoneId: string | null }[] = [];
  for (const [userId, p] of progress) {
    const nextMilestoneId = nextMilestoneOf(p)?.id ?? null;
    if (written.get(userId) !== nextMilestoneId) changed.push({ userId, nextMilestoneId });
  }
  if (changed.length === 0) return;
  // Rows are locked in one order by every process, so two marking overlapping learners wait
  // for each other rather than deadlock.
  changed.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  try {
    await db.transaction(async (tx) => {
      // The marks as they were, locked: of two processes marking the same change, the second
      // finds it made and tells no one again.
      // One learner at a time: on Citus each lock is then taken on that learner's shard.
      const before = new Map<string, string | null>();
      for (const { userId } of changed) {
        const [row] = await tx
          .select({ next: progressMarks.nextMilestoneId })
          .from(progressMarks)
          .where(eq(progressMarks.userId, userId))
          .for("update");
        if (row) before.set(userId, row.next);
      }
      // First seen: assume the next milestone has not moved since the learner's last activity
      // (or sign-up), not that it moved just now. Never later than now. Read first and written as
      // values: Citus refuses subqueries and volatile functions inside a distributed INSERT.
      const [{ now }] = (await tx.execute(sql`select now() as now`)) as unknown as [
        { now: string },
      ];
      const ids = changed.map((c) => c.userId);
      const [joined, active] = [
        await tx
          .select({ userId: users.id, at: users.createdAt })
          .from(users)
          .where(inArray(users.id, ids)),
        await tx
          .select({ userId: activityTotals.userId, on: activityTotals.lastActiveOn })
          .from(activityTotals)
          .where(inArray(activityTotals.userId, ids)),
      ];
      const nowAt = new Date(now);
      const sinceOf = new Map<string, Date>();
      for (const { userId, at } of joined) sinceOf.set(userId, at);
      for (const { userId, on } of active) {
        const day = on ? new Date(`${on}T00:00:00Z`) : null;
        const joinedAt = sinceOf.get(userId);
        if (day && (!joinedAt || day > joinedAt)) sinceOf.set(userId, day);
      }
      for (const [userId, at] of sinceOf) if (at > nowAt) sinceOf.set(userId, nowAt);
      const moved = await tx
        .insert(progressMarks)
        .values(changed.map((c) => ({ ...c, since: sinceOf.get(c.userId) ?? new Date(now) })))
        .onConflictDoUpdate({
          target: progressMarks.userId,
          set: { nextMilestoneId: sql`excluded.next_milestone_id`, since: new Date(now) },
          setWhere: sql`${progressMarks.nextMilestoneId} is distinct from excluded.next_milestone_id`,
        })
        .returning({ userId: progressMarks.userId });
      for (const { userId } of moved) {
        const previous = before.get(userId);
        if (previous) await announceRise(tx, userId, previous, progress.get(userId)!);
      }
    });
  } catch (error) {
    // An account deleted meanwhile (foreign key): nothing left to mark. A deadlock all the
    // same (40P01): the marks are bookkeeping, written again by the next read.
    const code = pgErrorCode(error);
    if (code !== "23503" && code !== "40P01") throw error;
    return;
  }
  if (written.size > WRITTEN_LIMIT) written.clear();
  for (const c of changed) written.set(c.userId, c.nextMilestoneId);
}

/**
 * The tier a learner held when `nextMilestoneId` was their next milestone: one below that
 * milestone's tier (a track's milestones lead to the specialist tier). Null when unknown.
 */
export function tierBefore(p: Progress, nextMilestoneId: string): number | null {
  const m = p.milestones.find((x) => x.id === nextMilestoneId);
  if (!m) return null;
  const topTier = Math.max(...p.milestones.map((x) => x.tier));
  return (m.track ? topTier : m.tier) - 1;
}

/**
 * A learner whose next milestone moved may have risen a tier: `tier.reached` (and at the
 * specialist tier `track.completed`) for their webhooks (docs/DECISIONS.md, "Webhooks"). Found
 * here because the mark is written only when the next milestone changes, so the rise is seen
 * once, by whichever read first evaluates the learner's new data.
 */
async function announceRise(tx: Transaction, userId: string, previous: string, p: Progress) {
  const was = tierBefore(p, previous);
  if (was === null || p.tier.number <= was) return;
  const learner = await personRef(tx, userId);
  await emitEvent(tx, {
    type: "tier.reached",
    userId,
    data: { learner, tier: p.tier, previousTier: was },
  });
  const track = p.track ? TRACKS.find((t) => t.slug === p.track) : undefined;
  if (!p.nextTier && track)
    await emitEvent(tx, {
      type: "track.completed",
      userId,
      data: { learner, track: { slug: track.slug, name: track.name }, tier: p.tier },
    });
}
