import { sharedResourcesOf } from "../notes/notes";
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { COACHING_ROLES, INVITATION_STATUSES, REVIEW_SUBJECT_TYPES } from "@/db/enums";
import {
  activities,
  activityTotals,
  certifications,
  events,
  milestoneAttestations,
  papers,
  skillRatings,
  coachingInvitations,
  coachingLinks,
  milestones,
  milestoneVerifications,
  profiles,
  projects,
  recordVerifications,
  reviews,
  users,
} from "@/db/schema";
import { AppError, notFound } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type Page, type PageQuery } from "../pagination";
import { markSubjectRead, notify } from "../notifications/notifications";
import {
  assertAccess,
  assertActiveCoach,
  assertInvitee,
  assertLinkParty,
  assertMayVerifyMilestone,
  requireActor,
  type Actor,
} from "../policy";
import { bumpDataRevision } from "../progress/data-revision";
import { progressOf, progressOfMany } from "../progress/progress";
import { getMe } from "../users/accounts";
import { UUID_PATTERN } from "../ids";

export type SubjectType = (typeof REVIEW_SUBJECT_TYPES)[number];

export type InvitationDirection = "incoming" | "outgoing";
type InvitationBase = {
  id: string;
  role: (typeof COACHING_ROLES)[number];
  status: (typeof INVITATION_STATUSES)[number];
  createdAt: Date;
};
/** An invitation to the caller (with who sent it), or from the caller (with whom it invites). */
export type InvitationListItem =
  | (InvitationBase & {
      direction: "incoming";
      from: { id: string; name: string | null; email: string };
    })
  | (InvitationBase & { direction: "outgoing"; email: string });

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
        "/coaching#invitations",
        { type: "coaching_invitation", id: row!.id },
      );
    }
    return { id: row!.id };
  });
}

/**
 * Invitations to and from the caller in one list, newest first, each saying its direction;
 * `direction` keeps one of the two.
 */
export async function listInvitations(
  actor: Actor | null,
  { limit, cursor, direction }: PageQuery & { direction?: InvitationDirection },
): Promise<Page<InvitationListItem>> {
  const me = await getMe(actor);
  const incoming = and(
    eq(coachingInvitations.inviteeEmail, me.email),
    ne(coachingInvitations.inviterId, me.id),
  );
  const outgoing = eq(coachingInvitations.inviterId, me.id);
  const conditions = [
    direction === "incoming"
      ? incoming
      : direction === "outgoing"
        ? outgoing
        : or(incoming, outgoing),
  ];
  if (cursor) {
    const [at, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${coachingInvitations.createdAt}, ${coachingInvitations.id}) < (${at}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: coachingInvitations.id,
      role: coachingInvitations.inviteeRole,
      status: coachingInvitations.status,
      createdAt: coachingInvitations.createdAt,
      email: coachingInvitations.inviteeEmail,
      from: { id: users.id, name: users.name, email: users.email },
      sortKey: sql<string>`${coachingInvitations.createdAt}::text`,
    })
    .from(coachingInvitations)
    .innerJoin(users, eq(users.id, coachingInvitations.inviterId))
    .where(and(...conditions))
    .orderBy(desc(coachingInvitations.createdAt), desc(coachingInvitations.id))
    .limit(limit + 1);
  return pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.id],
    ({ id, role, status, createdAt, email, from }): InvitationListItem =>
      from.id === me.id
        ? { id, direction: "outgoing", role, status, createdAt, email }
        : { id, direction: "incoming", role, status, createdAt, from },
  );
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
    await markSubjectRead(tx, me.id, id);
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
      inv.inviteeRole === "coach" ? "/coaching#coaches" : "/coaching#mentees",
      { type: "coaching_invitation", id },
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

/**
 * The coach's active mentees by name (their email when they have none), with their tier,
 * last activity and open reviews.
 */
export async function listMentees(actor: Actor | null, { limit, cursor }: PageQuery) {
  const { userId } = requireActor(actor);
  const sortName = sql<string>`coalesce(${users.name}, ${users.email})`;
  const conditions = [eq(coachingLinks.coachId, userId), isNull(coachingLinks.endedAt)];
  if (cursor) {
    const [name, id] = decodeCursor(cursor, [cursorPart.text(300), cursorPart.uuid]);
    conditions.push(sql`(${sortName}, ${users.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      since: coachingLinks.createdAt,
      sortName,
    })
    .from(coachingLinks)
    .innerJoin(users, eq(users.id, coachingLinks.menteeId))
    .where(and(...conditions))
    .orderBy(asc(sortName), asc(users.id))
    .limit(limit + 1);
  const page = pageFrom(
    rows,
    limit,
    (r) => [r.sortName, r.userId],
    ({ userId, name, email, since }) => ({ userId, name, email, since }),
  );
  return { items: await withMenteeStanding(userId, page.items), nextCursor: page.nextCursor };
}

async function withMenteeStanding<
  M extends { userId: string; name: string | null; email: string; since: Date },
>(userId: string, mentees: M[]) {
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

/** The resource links a mentee shared with their coach: 404 unless the link is active. */
export async function menteeSharedResources(
  actor: Actor | null,
  menteeId: string,
  page: PageQuery,
) {
  const a = requireActor(actor);
  const activeCoach = await isActiveCoach(a.userId, menteeId);
  assertActiveCoach(activeCoach);
  return sharedResourcesOf(a, menteeId, activeCoach, page);
}

/** Which of a learner's projects and certifications a coach verified. */
export async function verifiedRecordIds(userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: recordVerifications.subjectId })
    .from(recordVerifications)
    .where(eq(recordVerifications.userId, userId));
  return new Set(rows.map((r) => r.id));
}

/**
 * A coach verifies a mentee's milestone (or withdraws the verification) from the mentee
 * view, without a review request. Only an active coach: anyone else, the learner included,
 * and an unknown or retired milestone answer 404.
 */
export async function setMilestoneVerification(
  actor: Actor | null,
  menteeId: string,
  milestoneId: string,
  input: { verified: boolean; note?: string | null },
) {
  const a = requireActor(actor);
  // Server actions hand these over unparsed: not a UUID is no one's id.
  if (!UUID_PATTERN.test(menteeId) || !UUID_PATTERN.test(milestoneId)) throw notFound();
  assertMayVerifyMilestone(a, menteeId, await isActiveCoach(a.userId, menteeId));
  const [milestone] = await db
    .select({ title: milestones.title })
    .from(milestones)
    .where(and(eq(milestones.id, milestoneId), isNull(milestones.retiredAt)));
  if (!milestone) throw notFound("Milestone");
  const note = input.note?.trim() || null;
  return db.transaction(async (tx) => {
    if (!input.verified) {
      const withdrawn = await tx
        .delete(milestoneVerifications)
        .where(
          and(
            eq(milestoneVerifications.userId, menteeId),
            eq(milestoneVerifications.milestoneId, milestoneId),
          ),
        )
        .returning({ milestoneId: milestoneVerifications.milestoneId });
      if (withdrawn.length) await bumpDataRevision(tx, [menteeId]);
      return { milestoneId, verified: false, verifiedBy: null, verifiedAt: null, note: null };
    }
    const [row] = await tx
      .insert(milestoneVerifications)
      .values({ userId: menteeId, milestoneId, verifiedBy: a.userId, note })
      .onConflictDoUpdate({
        target: [milestoneVerifications.userId, milestoneVerifications.milestoneId],
        set: { verifiedBy: a.userId, verifiedAt: sql`excluded.verified_at`, note },
      })
      .returning({ verifiedAt: milestoneVerifications.verifiedAt });
    await bumpDataRevision(tx, [menteeId]);
    const [coach] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, a.userId));
    await notify(
      tx,
      menteeId,
      "milestone_verified",
      `${coach?.name ?? coach?.email ?? "Your coach"} verified “${milestone.title}”`,
      `/roadmap#milestone-${milestoneId}`,
      { type: "milestone", id: milestoneId },
    );
    return {
      milestoneId,
      verified: true,
      verifiedBy: { id: a.userId, name: coach?.name ?? null },
      verifiedAt: row!.verifiedAt,
      note,
    };
  });
}

/** Who verified which of a learner's milestones, when, with the coach's note (the mentee view). */
export async function milestoneVerificationsOf(userId: string) {
  return db
    .select({
      milestoneId: milestoneVerifications.milestoneId,
      verifiedAt: milestoneVerifications.verifiedAt,
      note: milestoneVerifications.note,
      verifiedById: milestoneVerifications.verifiedBy,
      verifiedByName: users.name,
    })
    .from(milestoneVerifications)
    .leftJoin(users, eq(users.id, milestoneVerifications.verifiedBy))
    .where(eq(milestoneVerifications.userId, userId));
}

/**
 * Whether the user's home is Coaching rather than the learner dashboard: they coach someone
 * now and have no learning of their own. "No learning" is simply no row of their own in any
 * learner table: no study logged, no skill rated above 0, no certification, project, paper or
 * event, no milestone checked off. One statement of index probes.
 */
export async function coachesWithoutLearning(actor: Actor | null): Promise<boolean> {
  const { userId } = requireActor(actor);
  const has = (table: { userId: unknown }, extra = sql``) =>
    sql`exists (select 1 from ${table as never} t where t.user_id = ${userId} ${extra})`;
  const [row] = await db.execute<{ home: boolean }>(sql`select
    exists (select 1 from ${coachingLinks} where ${coachingLinks.coachId} = ${userId}
      and ${coachingLinks.endedAt} is null)
    and not ${has(activities)} and not ${has(skillRatings, sql`and t.level > 0`)}
    and not ${has(certifications)} and not ${has(projects)} and not ${has(papers)}
    and not ${has(events)} and not ${has(milestoneAttestations)} as home`);
  return Boolean(row?.home);
}
