import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  activityTotals,
  certifications,
  coachingInvitations,
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
import { AppError, notFound } from "../errors";
import { notify } from "../notifications/notifications";
import {
  assertAccess,
  assertActiveCoach,
  assertInvitee,
  assertLinkParty,
  assertMayDecideReview,
  assertMaySeeReview,
  requireActor,
  type Actor,
} from "../policy";
import { progressOf, progressOfMany } from "../progress/progress";
import { getMe } from "../users/accounts";

export type SubjectType = "milestone" | "project" | "certification";

/** True when `coachId` coaches `menteeId` right now. */
export async function isActiveCoach(coachId: string, menteeId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: coachingLinks.id })
    .from(coachingLinks)
    .where(
      and(
        eq(coachingLinks.coachId, coachId),
        eq(coachingLinks.menteeId, menteeId),
        isNull(coachingLinks.endedAt),
      ),
    );
  return Boolean(row);
}

/**
 * Invites someone by email to coach the caller (role "coach") or to be coached
 * by them (role "mentee"). The answer is the same whether or not the email has
 * an account: an invitation to an unknown email waits for it to sign up.
 */
export async function invite(
  actor: Actor | null,
  input: { email: string; role: "coach" | "mentee" },
) {
  const me = await getMe(actor);
  const email = input.email.toLowerCase();
  if (email === me.email) {
    throw new AppError("validation_failed", "You cannot invite yourself.", {
      email: "is your own email",
    });
  }
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: coachingInvitations.id })
      .from(coachingInvitations)
      .where(
        and(
          eq(coachingInvitations.inviterId, me.id),
          eq(coachingInvitations.inviteeEmail, email),
          eq(coachingInvitations.inviteeRole, input.role),
          eq(coachingInvitations.status, "pending"),
        ),
      );
    if (existing) return { id: existing.id };
    const [row] = await tx
      .insert(coachingInvitations)
      .values({ inviterId: me.id, inviteeEmail: email, inviteeRole: input.role })
      .returning({ id: coachingInvitations.id });
    const [invitee] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (invitee) {
      await notify(
        tx,
        invitee.id,
        "coaching_invitation",
        input.role === "coach"
          ? `${me.name ?? me.email} asks you to be their coach`
          : `${me.name ?? me.email} offers to coach you`,
        "/coaching",
      );
    }
    return { id: row!.id };
  });
}

export async function listInvitations(actor: Actor | null) {
  const me = await getMe(actor);
  const inviter = { id: users.id, name: users.name, email: users.email };
  const [incoming, outgoing] = await Promise.all([
    db
      .select({
        id: coachingInvitations.id,
        role: coachingInvitations.inviteeRole,
        status: coachingInvitations.status,
        createdAt: coachingInvitations.createdAt,
        from: inviter,
      })
      .from(coachingInvitations)
      .innerJoin(users, eq(users.id, coachingInvitations.inviterId))
      .where(eq(coachingInvitations.inviteeEmail, me.email))
      .orderBy(desc(coachingInvitations.createdAt)),
    db
      .select({
        id: coachingInvitations.id,
        role: coachingInvitations.inviteeRole,
        status: coachingInvitations.status,
        createdAt: coachingInvitations.createdAt,
        email: coachingInvitations.inviteeEmail,
      })
      .from(coachingInvitations)
      .where(eq(coachingInvitations.inviterId, me.id))
      .orderBy(desc(coachingInvitations.createdAt)),
  ]);
  return { incoming, outgoing };
}

/** The invitee accepts (creating the link) or declines. Anyone else: 404. */
export async function answerInvitation(
  actor: Actor | null,
  id: string,
  answer: "accept" | "decline",
) {
  const me = await getMe(actor);
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .select()
      .from(coachingInvitations)
      .where(eq(coachingInvitations.id, id))
      .for("update");
    if (!inv) throw notFound("Invitation");
    assertInvitee(me.email, inv.inviteeEmail);
    if (inv.status !== "pending") {
      throw new AppError("conflict", `This invitation was already ${inv.status}.`);
    }
    await tx
      .update(coachingInvitations)
      .set({ status: answer === "accept" ? "accepted" : "declined", respondedAt: new Date() })
      .where(eq(coachingInvitations.id, id));
    if (answer === "decline") return { status: "declined" as const };
    const link =
      inv.inviteeRole === "coach"
        ? { coachId: me.id, menteeId: inv.inviterId }
        : { coachId: inv.inviterId, menteeId: me.id };
    await tx.insert(coachingLinks).values(link).onConflictDoNothing();
    await notify(
      tx,
      inv.inviterId,
      "coaching_accepted",
      `${me.name ?? me.email} accepted your coaching invitation`,
      "/coaching",
    );
    return { status: "accepted" as const, ...link };
  });
}

/** Either side ends the link; the coach's access stops with this transaction. */
export async function endLink(actor: Actor | null, coachId: string, menteeId: string) {
  const a = requireActor(actor);
  assertLinkParty(a, { coachId, menteeId });
  const ended = await db
    .update(coachingLinks)
    .set({ endedAt: new Date() })
    .where(
      and(
        eq(coachingLinks.coachId, coachId),
        eq(coachingLinks.menteeId, menteeId),
        isNull(coachingLinks.endedAt),
      ),
    )
    .returning({ id: coachingLinks.id });
  if (ended.length === 0) throw notFound("Coaching link");
  const other = a.userId === coachId ? menteeId : coachId;
  await notify(db, other, "coaching_ended", "A coaching link was ended", "/coaching");
}

/** The caller's active coaches and mentees. */
export async function listLinks(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const rows = await db
    .select({
      coachId: coachingLinks.coachId,
      menteeId: coachingLinks.menteeId,
      since: coachingLinks.createdAt,
      otherName: users.name,
      otherEmail: users.email,
    })
    .from(coachingLinks)
    .innerJoin(
      users,
      sql`${users.id} = case when ${coachingLinks.coachId} = ${userId} then ${coachingLinks.menteeId} else ${coachingLinks.coachId} end`,
    )
    .where(
      and(
        or(eq(coachingLinks.coachId, userId), eq(coachingLinks.menteeId, userId)),
        isNull(coachingLinks.endedAt),
      ),
    )
    .orderBy(asc(users.name));
  return {
    coaches: rows
      .filter((r) => r.menteeId === userId)
      .map((r) => ({ userId: r.coachId, name: r.otherName, email: r.otherEmail, since: r.since })),
    mentees: rows
      .filter((r) => r.coachId === userId)
      .map((r) => ({ userId: r.menteeId, name: r.otherName, email: r.otherEmail, since: r.since })),
  };
}

/** The coach's mentees with their tier, last activity and open reviews. */
export async function listMentees(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const { mentees } = await listLinks(actor);
  if (mentees.length === 0) return [];
  const ids = mentees.map((m) => m.userId);
  const [profileRows, lastActive, open] = await Promise.all([
    db
      .select({
        userId: profiles.userId,
        timezone: profiles.timezone,
        targetTrack: profiles.targetTrack,
        headline: profiles.headline,
        dataRevision: profiles.dataRevision,
      })
      .from(profiles)
      .where(inArray(profiles.userId, ids)),
    db
      .select({ userId: activityTotals.userId, last: activityTotals.lastActiveOn })
      .from(activityTotals)
      .where(inArray(activityTotals.userId, ids)),
    db
      .select({ userId: reviews.userId, count: sql<number>`count(*)::int` })
      .from(reviews)
      .where(
        and(
          eq(reviews.coachId, userId),
          eq(reviews.status, "requested"),
          inArray(reviews.userId, ids),
        ),
      )
      .groupBy(reviews.userId),
  ]);
  const profileOf = new Map(profileRows.map((p) => [p.userId, p]));
  // Every mentee's evidence in one batch of aggregates (for those whose data changed since
  // this process last evaluated them), not a round of queries per mentee.
  const progress = await progressOfMany(profileRows);
  return mentees.map((m) => ({
    ...m,
    headline: profileOf.get(m.userId)?.headline ?? null,
    tier: progress.get(m.userId)!.tier,
    lastActiveOn: lastActive.find((l) => l.userId === m.userId)?.last ?? null,
    openReviews: open.find((o) => o.userId === m.userId)?.count ?? 0,
  }));
}

/** A mentee's progress for their coach: 404 unless the link is active. */
export async function menteeProgress(actor: Actor | null, menteeId: string) {
  const a = requireActor(actor);
  const activeCoach = await isActiveCoach(a.userId, menteeId);
  assertActiveCoach(activeCoach);
  assertAccess(a, menteeId, "profile", "read", {}, { activeCoach });
  const [p] = await db
    .select({ timezone: profiles.timezone, targetTrack: profiles.targetTrack })
    .from(profiles)
    .where(eq(profiles.userId, menteeId));
  if (!p) throw notFound();
  return progressOf(menteeId, p.timezone, p.targetTrack);
}

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
      "/coaching#queue",
    );
    return review!;
  });
}

async function reviewRows(where: ReturnType<typeof and>) {
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
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(where)
    .orderBy(asc(reviews.requestedAt));
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
      .select({ id: projects.id, title: projects.title })
      .from(projects)
      .where(inArray(projects.id, idsOf("project"))),
    db
      .select({ id: certifications.id, title: certifications.name })
      .from(certifications)
      .where(inArray(certifications.id, idsOf("certification"))),
  ]);
  const titles = new Map(
    [...milestoneTitles, ...projectTitles, ...certTitles].map((t) => [t.id, t.title]),
  );
  return rows.map((r) => ({
    ...r,
    subjectTitle: titles.get(r.subjectId) ?? "(removed)",
    thread: messages.filter((m) => m.reviewId === r.id),
  }));
}

/** The coach's open requests, oldest first (from active links only). */
export async function reviewQueue(actor: Actor | null) {
  const { userId } = requireActor(actor);
  const active = await db
    .select({ menteeId: coachingLinks.menteeId })
    .from(coachingLinks)
    .where(and(eq(coachingLinks.coachId, userId), isNull(coachingLinks.endedAt)));
  if (active.length === 0) return [];
  return reviewRows(
    and(
      eq(reviews.coachId, userId),
      eq(reviews.status, "requested"),
      inArray(
        reviews.userId,
        active.map((a) => a.menteeId),
      ),
    ),
  );
}

/** The learner's own review requests with their threads. */
export async function myReviews(actor: Actor | null) {
  const { userId } = requireActor(actor);
  return reviewRows(and(eq(reviews.userId, userId)));
}

/** The coach approves (verifying the subject) or asks for changes, with feedback. */
export async function decideReview(
  actor: Actor | null,
  id: string,
  input: { decision: "approve" | "request_changes"; feedback: string },
) {
  const a = requireActor(actor);
  return db.transaction(async (tx) => {
    // Locked, so two decisions at once record one.
    const [review] = await tx.select().from(reviews).where(eq(reviews.id, id)).for("update");
    if (!review) throw notFound("Review");
    assertMayDecideReview(a, review, await isActiveCoach(a.userId, review.userId));
    if (review.status !== "requested")
      throw new AppError("conflict", "This review was already decided.");
    const status = input.decision === "approve" ? "approved" : "changes_requested";
    await tx.update(reviews).set({ status, decidedAt: new Date() }).where(eq(reviews.id, id));
    await tx
      .insert(reviewMessages)
      .values({ reviewId: id, authorId: a.userId, kind: input.decision, body: input.feedback });
    if (input.decision === "approve") {
      if (review.subjectType === "milestone") {
        await tx
          .insert(milestoneVerifications)
          .values({ userId: review.userId, milestoneId: review.subjectId, verifiedBy: a.userId })
          .onConflictDoNothing();
      } else {
        await tx
          .insert(recordVerifications)
          .values({
            userId: review.userId,
            subjectType: review.subjectType,
            subjectId: review.subjectId,
            verifiedBy: a.userId,
          })
          .onConflictDoNothing();
      }
    }
    await notify(
      tx,
      review.userId,
      "review_decided",
      input.decision === "approve"
        ? "Your coach approved your review request"
        : "Your coach asked for changes",
      "/coaching#reviews",
    );
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
    const [review] = await tx.select().from(reviews).where(eq(reviews.id, id)).for("update");
    if (!review || review.userId !== a.userId) throw notFound("Review");
    const activeCoach = await isActiveCoach(review.coachId, review.userId);
    assertMaySeeReview(a, review, activeCoach);
    await tx
      .insert(reviewMessages)
      .values({ reviewId: id, authorId: a.userId, kind: "reply", body: input.message });
    if (input.requestAgain && review.status === "changes_requested") {
      if (!activeCoach) throw new AppError("conflict", "This coach no longer coaches you.");
      await tx
        .update(reviews)
        .set({ status: "requested", requestedAt: new Date(), decidedAt: null })
        .where(eq(reviews.id, id));
    }
    await notify(
      tx,
      review.coachId,
      "review_reply",
      "A mentee answered your feedback",
      "/coaching#queue",
    );
    const [row] = await tx
      .select({ id: reviews.id, status: reviews.status })
      .from(reviews)
      .where(eq(reviews.id, id));
    return row!;
  });
}

/** Which of a learner's projects and certifications a coach verified. */
export async function verifiedRecordIds(userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: recordVerifications.subjectId })
    .from(recordVerifications)
    .where(eq(recordVerifications.userId, userId));
  return new Set(rows.map((r) => r.id));
}
