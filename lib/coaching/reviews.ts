import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import {
  certifications,
  milestoneAttestations,
  coachingLinks,
  milestones,
  milestoneVerifications,
  profiles,
  projects,
  recordVerifications,
  reviewMessages,
  reviews,
  users,
} from "@/db/schema";
import { REVIEW_STATUSES } from "@/db/enums";
import { AppError, notFound } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type PageQuery } from "../pagination";
import { markSubjectRead, notify } from "../notifications/notifications";
import { assertMayDecideReview, assertMaySeeReview, requireActor, type Actor } from "../policy";
import { bumpDataRevision } from "../progress/data-revision";
import { progressOf, progressOfMany } from "../progress/progress";
import { getMe } from "../users/accounts";
import { emitEvent } from "../webhooks/events";
import { isActiveCoach, verifiedRecordIds, type SubjectType } from "./coaching";

// Review requests: a learner asks their coach to look at a milestone, project or certification;
// the coach approves (the subject is then verified) or asks for changes.

/** What the subject of a review is called, and that it belongs to the learner. */
async function subjectTitle(userId: string, type: SubjectType, id: string): Promise<string> {
  if (type === "milestone") {
    const [m] = await db
      .select({ title: milestones.title })
      .from(milestones)
      .where(and(eq(milestones.id, id), isNull(milestones.retiredAt)));
    if (!m)
      throw new AppError("validation_failed", "The milestone to review is not a current one.", {
        subjectId: "is not a current milestone",
      });
    return m.title;
  }
  const table = type === "project" ? projects : certifications;
  const [row] = await db
    .select({ title: type === "project" ? projects.title : certifications.name })
    .from(table)
    .where(and(eq(table.id, id), eq(table.userId, userId)));
  if (!row)
    throw new AppError("validation_failed", `The ${type} to review is not one of your ${type}s.`, {
      subjectId: `is not one of your ${type}s`,
    });
  return row.title;
}

/** The learner asks an active coach to review a milestone, project or certification. */
export async function requestReview(
  actor: Actor | null,
  input: { subjectType: SubjectType; subjectId: string; coachId: string; note?: string | null },
) {
  const { userId } = requireActor(actor);
  if (!(await isActiveCoach(input.coachId, userId))) {
    throw new AppError("validation_failed", "This coach is not one of your active coaches.", {
      coachId: "is not one of your active coaches",
    });
  }
  const title = await subjectTitle(userId, input.subjectType, input.subjectId);
  const me = await getMe(actor);
  return db.transaction(async (tx) => {
    const [review] = await tx
      .insert(reviews)
      .values({
        userId,
        coachId: input.coachId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
      })
      .returning({ id: reviews.id, status: reviews.status });
    await tx.insert(reviewMessages).values({
      userId,
      reviewId: review!.id,
      authorId: userId,
      kind: "request",
      body: input.note ?? null,
    });
    await notify(
      tx,
      input.coachId,
      "review_requested",
      `${me.name ?? me.email} asks you to review “${title}”`,
      `/coaching#review-${review!.id}`,
      { type: "review", id: review!.id },
    );
    await emitEvent(tx, {
      type: "review.requested",
      userId,
      alsoUserIds: [input.coachId],
      data: {
        review: {
          id: review!.id,
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          title,
        },
        learner: { id: userId, name: me.name },
        coach: { id: input.coachId },
      },
    });
    return review!;
  });
}

/** What a coach needs to judge a review's subject: its links, its state, the learner's evidence. */
export type ReviewSubject = {
  title: string;
  /** A project's repository, a certification's credential. */
  url: string | null;
  demoUrl: string | null;
  status: string | null;
  issuer: string | null;
  /** A milestone's standing for the learner (filled for the coach's queue). */
  milestone: {
    met: boolean;
    attested: boolean;
    verified: boolean;
    progress: { current: number; target: number };
    attestationNote: string | null;
  } | null;
};

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

type ReviewRow = {
  id: string;
  userId: string;
  coachId: string;
  subjectType: SubjectType;
  subjectId: string;
  status: (typeof REVIEW_STATUSES)[number];
  requestedAt: Date;
  decidedAt: Date | null;
  learnerName: string | null;
};

/** Each review with its subject (title, links, state) and its thread. */
async function withSubjects(rows: ReviewRow[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const idsOf = (type: SubjectType) =>
    rows.filter((r) => r.subjectType === type).map((r) => r.subjectId);
  const [messages, milestoneTitles, projectTitles, certTitles] = await Promise.all([
    db
      .select({
        reviewId: reviewMessages.reviewId,
        authorId: reviewMessages.authorId,
        kind: reviewMessages.kind,
        body: reviewMessages.body,
        createdAt: reviewMessages.createdAt,
      })
      .from(reviewMessages)
      .where(inArray(reviewMessages.reviewId, ids))
      .orderBy(asc(reviewMessages.createdAt)),
    db
      .select({ id: milestones.id, title: milestones.title })
      .from(milestones)
      .where(inArray(milestones.id, idsOf("milestone"))),
    db
      .select({
        id: projects.id,
        title: projects.title,
        url: projects.repoUrl,
        demoUrl: projects.demoUrl,
        status: projects.status,
      })
      .from(projects)
      .where(inArray(projects.id, idsOf("project"))),
    db
      .select({
        id: certifications.id,
        title: certifications.name,
        url: certifications.credentialUrl,
        status: certifications.status,
        issuer: certifications.issuer,
      })
      .from(certifications)
      .where(inArray(certifications.id, idsOf("certification"))),
  ]);
  const subjects = new Map<string, ReviewSubject>();
  const blank = { url: null, demoUrl: null, status: null, issuer: null, milestone: null };
  for (const m of milestoneTitles) subjects.set(m.id, { ...blank, title: m.title });
  // The subject's own id is the review's subjectId: not repeated inside it.
  for (const { id, ...p } of projectTitles) subjects.set(id, { ...blank, ...p });
  for (const { id, ...c } of certTitles) subjects.set(id, { ...blank, ...c });
  return rows.map((r) => {
    const subject = subjects.get(r.subjectId) ?? { ...blank, title: "(removed)" };
    return {
      ...r,
      subjectTitle: subject.title,
      subject,
      thread: messages.filter((m) => m.reviewId === r.id),
    };
  });
}

/**
 * The learner's evidence for each milestone under review: its progress, whether it is met,
 * attested (with the learner's note) or verified. For the coach's own queue, whose learners
 * are their active mentees; one batch of evidence for all of them.
 */
async function withMilestoneEvidence<
  R extends { userId: string; subjectType: string; subjectId: string; subject: ReviewSubject },
>(rows: R[]): Promise<R[]> {
  const asked = rows.filter((r) => r.subjectType === "milestone");
  if (asked.length === 0) return rows;
  const learnerIds = [...new Set(asked.map((r) => r.userId))];
  const [profileRows, notes] = await Promise.all([
    db
      .select({
        userId: profiles.userId,
        timezone: profiles.timezone,
        targetTrack: profiles.targetTrack,
        dataRevision: profiles.dataRevision,
      })
      .from(profiles)
      .where(inArray(profiles.userId, learnerIds)),
    db
      .select({
        userId: milestoneAttestations.userId,
        milestoneId: milestoneAttestations.milestoneId,
        note: milestoneAttestations.note,
      })
      .from(milestoneAttestations)
      .where(
        and(
          inArray(milestoneAttestations.userId, learnerIds),
          inArray(
            milestoneAttestations.milestoneId,
            asked.map((r) => r.subjectId),
          ),
        ),
      ),
  ]);
  const progress = await progressOfMany(profileRows);
  return rows.map((r) => {
    if (r.subjectType !== "milestone") return r;
    const m = progress.get(r.userId)?.milestones.find((x) => x.id === r.subjectId);
    if (!m) return r;
    const note = notes.find((n) => n.userId === r.userId && n.milestoneId === r.subjectId);
    return {
      ...r,
      subject: {
        ...r.subject,
        milestone: {
          met: m.met,
          attested: m.attested,
          verified: m.verified,
          progress: m.progress,
          attestationNote: note?.note ?? null,
        },
      },
    };
  });
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

/** The coach approves (verifying the subject) or asks for changes, with feedback. */
export async function decideReview(
  actor: Actor | null,
  id: string,
  input: { decision: "approve" | "request_changes"; feedback: string },
) {
  const a = requireActor(actor);
  return db.transaction(async (tx) => {
    // The coach names the review by id alone: find its learner first (one indexed probe per
    // shard on Citus), then lock the row on that learner's shard, so two decisions record one.
    const [found] = await tx
      .select({ userId: reviews.userId })
      .from(reviews)
      .where(eq(reviews.id, id));
    if (!found) throw notFound("Review");
    const ofReview = and(eq(reviews.userId, found.userId), eq(reviews.id, id));
    const [review] = await tx.select().from(reviews).where(ofReview).for("update");
    if (!review) throw notFound("Review");
    assertMayDecideReview(a, review, await isActiveCoach(a.userId, review.userId));
    if (review.status !== "requested")
      throw new AppError("conflict", "This review was already decided.");
    const status = input.decision === "approve" ? "approved" : "changes_requested";
    await tx.update(reviews).set({ status, decidedAt: new Date() }).where(ofReview);
    await tx.insert(reviewMessages).values({
      userId: review.userId,
      reviewId: id,
      authorId: a.userId,
      kind: input.decision,
      body: input.feedback,
    });
    // The coach acted on the request: what told them about it is read.
    await markSubjectRead(tx, a.userId, id);
    if (input.decision === "approve") {
      const verified =
        review.subjectType === "milestone"
          ? await tx
              .insert(milestoneVerifications)
              .values({
                userId: review.userId,
                milestoneId: review.subjectId,
                verifiedBy: a.userId,
              })
              .onConflictDoNothing()
              .returning({ userId: milestoneVerifications.userId })
          : await tx
              .insert(recordVerifications)
              .values({
                userId: review.userId,
                subjectType: review.subjectType,
                subjectId: review.subjectId,
                verifiedBy: a.userId,
              })
              .onConflictDoNothing()
              .returning({ userId: recordVerifications.userId });
      // The learner's data revision goes up with the verification (not when it already stood).
      await bumpDataRevision(
        tx,
        verified.map((v) => v.userId),
      );
    }
    await notify(
      tx,
      review.userId,
      "review_decided",
      input.decision === "approve"
        ? "Your coach approved your review request"
        : "Your coach asked for changes",
      `/coaching#review-${id}`,
      { type: "review", id },
    );
    await emitEvent(tx, {
      type: "review.decided",
      userId: review.userId,
      alsoUserIds: [a.userId],
      data: {
        review: { id, subjectType: review.subjectType, subjectId: review.subjectId, status },
        decision: input.decision,
        feedback: input.feedback,
        learner: { id: review.userId },
        coach: { id: a.userId },
      },
    });
    return { id, status };
  });
}

/** The learner answers the coach's feedback and, by default, asks again. */
export async function replyToReview(
  actor: Actor | null,
  id: string,
  input: { message: string; requestAgain: boolean },
) {
  const a = requireActor(actor);
  return db.transaction(async (tx) => {
    const ofReview = and(eq(reviews.userId, a.userId), eq(reviews.id, id));
    const [review] = await tx.select().from(reviews).where(ofReview).for("update");
    if (!review) throw notFound("Review");
    const activeCoach = await isActiveCoach(review.coachId, review.userId);
    assertMaySeeReview(a, review, activeCoach);
    await tx.insert(reviewMessages).values({
      userId: a.userId,
      reviewId: id,
      authorId: a.userId,
      kind: "reply",
      body: input.message,
    });
    await markSubjectRead(tx, a.userId, id);
    if (input.requestAgain && review.status === "changes_requested") {
      if (!activeCoach) throw new AppError("conflict", "This coach no longer coaches you.");
      await tx
        .update(reviews)
        .set({ status: "requested", requestedAt: new Date(), decidedAt: null })
        .where(ofReview);
      await emitEvent(tx, {
        type: "review.requested",
        userId: a.userId,
        alsoUserIds: [review.coachId],
        data: {
          review: { id, subjectType: review.subjectType, subjectId: review.subjectId },
          learner: { id: a.userId },
          coach: { id: review.coachId },
          again: true,
        },
      });
    }
    await notify(
      tx,
      review.coachId,
      "review_reply",
      "A mentee answered your feedback",
      `/coaching#review-${id}`,
      { type: "review", id },
    );
    const [row] = await tx
      .select({ id: reviews.id, status: reviews.status })
      .from(reviews)
      .where(ofReview);
    return row!;
  });
}

/**
 * What the learner can ask a coach to review: what a coach could approve and that is not
 * already approved or waiting. Projects that exist beyond an idea (building or shipped),
 * certifications in progress or earned (a planned one has nothing to look at), and
 * milestones that are met or checked off and not yet verified (an unmet milestone has no
 * evidence yet). Subjects with an open request are left out too: asking twice adds nothing.
 */
export async function reviewableSubjects(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const me = await getMe(actor);
  const [progress, projectRows, certRows, verifiedRecords, open] = await Promise.all([
    progressOf(userId, me.profile.timezone, me.profile.targetTrack),
    db
      .select({ id: projects.id, title: projects.title, status: projects.status })
      .from(projects)
      .where(and(eq(projects.userId, userId), inArray(projects.status, ["building", "shipped"])))
      .orderBy(asc(projects.title))
      .limit(200),
    db
      .select({ id: certifications.id, name: certifications.name, status: certifications.status })
      .from(certifications)
      .where(
        and(
          eq(certifications.userId, userId),
          inArray(certifications.status, ["in_progress", "earned"]),
        ),
      )
      .orderBy(asc(certifications.name))
      .limit(200),
    verifiedRecordIds(userId),
    db
      .select({ subjectId: reviews.subjectId })
      .from(reviews)
      .where(and(eq(reviews.userId, userId), eq(reviews.status, "requested"))),
  ]);
  const waiting = new Set(open.map((o) => o.subjectId));
  const free = (id: string) => !verifiedRecords.has(id) && !waiting.has(id);
  return {
    projects: projectRows.filter((p) => free(p.id)),
    certifications: certRows.filter((c) => free(c.id)),
    milestones: progress.milestones
      .filter((m) => (m.met || m.attested) && !m.verified && !waiting.has(m.id))
      .map((m) => ({ id: m.id, title: m.title, tier: m.tier, track: m.track })),
  };
}
