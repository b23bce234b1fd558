import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import {
  certifications,
  milestones,
  milestoneVerifications,
  projects,
  recordVerifications,
  reviewMessages,
  reviews,
} from "@/db/schema";
import { AppError, notFound } from "../errors";
import { markSubjectRead, notify } from "../notifications/notifications";
import { assertMayDecideReview, assertMaySeeReview, requireActor, type Actor } from "../policy";
import { bumpDataRevision } from "../progress/data-revision";
import { getMe } from "../users/accounts";
import { emitEvent } from "../webhooks/events";
import { isActiveCoach, type SubjectType } from "./coaching";

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
