import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { coachingLinks, reviews, users } from "@/db/schema";
import { cursorPart, decodeCursor, pageFrom, type PageQuery } from "../pagination";
import { requireActor, type Actor } from "../policy";
import { withMilestoneEvidence, withSubjects } from "./review-subjects";

// The lists of reviews: the coach's queue and recent decisions, the learner's own requests
// (requesting and deciding are in reviews.ts).

/**
 * How a list of reviews is ordered, each with an id to break ties: the queue by the wait
 * (oldest request first), a learner's own by when they first asked (newest first), decisions
 * newest first.
 */
const REVIEW_ORDERS = {
  waitingLongest: { column: reviews.requestedAt, direction: "asc" },
  newestFirst: { column: reviews.createdAt, direction: "desc" },
  newestDecidedFirst: { column: reviews.decidedAt, direction: "desc" },
} as const;

/** One page of reviews in an order, from `cursor` on, with their subjects and threads. */
async function reviewPage(
  where: SQL | undefined,
  orderName: keyof typeof REVIEW_ORDERS,
  { limit, cursor }: PageQuery,
) {
  const order = REVIEW_ORDERS[orderName];
  const conditions = [where];
  if (cursor) {
    const [at, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      order.direction === "asc"
        ? sql`(${order.column}, ${reviews.id}) > (${at}::timestamptz, ${id}::uuid)`
        : sql`(${order.column}, ${reviews.id}) < (${at}::timestamptz, ${id}::uuid)`,
    );
  }
  const by = order.direction === "asc" ? asc : desc;
  const rows = await db
    .select({
      id: reviews.id,
      userId: reviews.userId,
      coachId: reviews.coachId,
      subjectType: reviews.subjectType,
      subjectId: reviews.subjectId,
      status: reviews.status,
      requestedAt: reviews.requestedAt,
      decidedAt: reviews.decidedAt,
      learnerName: users.name,
      sortKey: sql<string>`${order.column}::text`,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(...conditions))
    .orderBy(by(order.column), by(reviews.id))
    .limit(limit + 1);
  const page = pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.id],
    (r) => ({
      id: r.id,
      userId: r.userId,
      coachId: r.coachId,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      status: r.status,
      requestedAt: r.requestedAt,
      decidedAt: r.decidedAt,
      learnerName: r.learnerName,
    }),
  );
  return { items: await withSubjects(page.items), nextCursor: page.nextCursor };
}

/** The coach's open requests, oldest first (from active links only). */
export async function reviewQueue(actor: Actor | null, page: PageQuery) {
  const { userId } = requireActor(actor);
  const active = await db
    .select({ menteeId: coachingLinks.menteeId })
    .from(coachingLinks)
    .where(and(eq(coachingLinks.coachId, userId), isNull(coachingLinks.endedAt)));
  if (active.length === 0) return { items: [], nextCursor: null };
  const { items, nextCursor } = await reviewPage(
    and(
      eq(reviews.coachId, userId),
      eq(reviews.status, "requested"),
      inArray(
        reviews.userId,
        active.map((a) => a.menteeId),
      ),
    ),
    "waitingLongest",
    page,
  );
  return { items: await withMilestoneEvidence(items), nextCursor };
}

/**
 * The coach's recent decisions, newest first, with their outcome: where an item of the
 * queue goes once decided (decisions for links since ended included: they were made).
 */
export async function decidedReviews(actor: Actor | null, limit = 10) {
  const { userId } = requireActor(actor);
  const { items } = await reviewPage(
    and(eq(reviews.coachId, userId), inArray(reviews.status, ["approved", "changes_requested"])),
    "newestDecidedFirst",
    { limit: Math.min(Math.max(1, limit), 50) },
  );
  return items;
}

/** The learner's own review requests with their threads, newest first. */
export async function myReviews(actor: Actor | null, page: PageQuery) {
  const { userId } = requireActor(actor);
  return reviewPage(eq(reviews.userId, userId), "newestFirst", page);
}
