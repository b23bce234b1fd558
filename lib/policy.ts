import { COHORT_ROLES } from "@/db/enums";
import { AppError, notFound } from "./errors";

/**
 * Who may see and change what (docs/ARCHITECTURE.md, "The policy"). Every read and write in
 * lib/ asks here; nothing else decides access. What is not granted is "not found".
 */

export type Actor = { userId: string; via: "session" | "token" };

/** How the actor stands to the owner of some data. */
export type Relation = "owner" | "coach" | "organizer" | "member" | "anyone";

export type DataKind =
  "profile" | "records" | "activity" | "reviews" | "notes" | "calendar" | "badges";

export type Access = "none" | "totals" | "read" | "write";

/**
 * What each member or profile owner chose to share. For notes and resources, `shared` is the
 * resource's own "shared with my coach".
 */
export type Sharing = { shared?: boolean; publicProfile?: boolean };

const RANK: Record<Access, number> = { none: 0, totals: 1, read: 2, write: 3 };

/** Who gets which access to what data (the table in docs/ARCHITECTURE.md), as a pure function. */
export function accessTo(kind: DataKind, relation: Relation, sharing: Sharing = {}): Access {
  if (relation === "owner") return kind === "reviews" ? "read" : "write";
  switch (kind) {
    case "profile":
      if (relation === "coach" || relation === "organizer") return "read";
      if (relation === "member") return sharing.shared ? "read" : "none";
      return sharing.publicProfile ? "read" : "none";
    case "records":
      if (relation === "coach") return "read";
      if (relation === "organizer" || relation === "member")
        return sharing.shared ? "read" : "none";
      return sharing.publicProfile ? "read" : "none";
    case "activity":
      if (relation === "coach") return "read";
      if (relation === "organizer") return "totals";
      if (relation === "member") return sharing.shared ? "totals" : "none";
      return "none";
    case "reviews":
      return relation === "coach" ? "write" : "none";
    case "notes":
      // Private working notes: only a resource the learner shared with their coach is seen, by
      // that coach alone; a cohort or the public never (docs/DECISIONS.md, "Notes and resources").
      return relation === "coach" && sharing.shared ? "read" : "none";
    case "calendar":
      // The private calendar feed and its URL: the owner's alone; a coach or a cohort never. The
      // feed itself is read with its secret URL (assertCalendarFeedSecret), not as a relation.
      return "none";
    case "badges":
      // Claimed and revoked by their owner; read by an active coach, and by the cohort when the
      // owner shares progress with it. Anyone reads a badge only through its verification page,
      // by its id (lib/badges/badges.ts), never as a list (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)").
      if (relation === "coach") return "read";
      if (relation === "organizer" || relation === "member")
        return sharing.shared ? "read" : "none";
      return "none";
  }
}

export function allows(granted: Access, wanted: Access): boolean {
  return RANK[granted] >= RANK[wanted];
}

/** The signed-in actor, or 401. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("unauthorized", "Sign in or send a personal access token.");
  return actor;
}

/** Relations found in the database for this actor and owner (an active coaching link). */
export type Ties = { activeCoach?: boolean };

export function relationTo(actor: Actor | null, ownerId: string, ties: Ties = {}): Relation {
  if (actor?.userId === ownerId) return "owner";
  if (actor && ties.activeCoach) return "coach";
  return "anyone";
}

/** Throws 404 unless the actor has at least `wanted` access to the owner's data. */
export function assertAccess(
  actor: Actor | null,
  ownerId: string,
  kind: DataKind,
  wanted: Access,
  sharing: Sharing = {},
  ties: Ties = {},
): void {
  if (!allows(accessTo(kind, relationTo(actor, ownerId, ties), sharing), wanted)) throw notFound();
}

/** Personal access tokens and account settings belong to their owner alone. */
export function assertOwnsAccount(actor: Actor | null, ownerId: string): void {
  if (requireActor(actor).userId !== ownerId) throw notFound();
}

/**
 * The user whose own records a "me" request reads or writes: the actor, once
 * the table above grants the owner that access.
 */
export function ownDataOf(actor: Actor | null, kind: DataKind, wanted: Access): string {
  const { userId } = requireActor(actor);
  assertAccess(actor, userId, kind, wanted);
  return userId;
}

/**
 * A calendar feed is read with its secret URL alone, without a session (calendar apps have
 * none): a live secret reads that one feed; a malformed, forged or rotated one is not found.
 * `ownerId` is the owner of the feed the secret names (null: it names none).
 */
export function assertCalendarFeedSecret(ownerId: string | null): string {
  if (!ownerId) throw notFound("Calendar feed");
  return ownerId;
}

// ── Cohorts ─────────────────────────────────────────────────────────────────

export { COHORT_ROLES };
export type CohortRole = (typeof COHORT_ROLES)[number];

/** Organizers and cohort coaches run the cohort: they are not counted as its learners. */
export function runsCohort(role: CohortRole): boolean {
  return role === "organizer" || role === "coach";
}

/** What a member chose to share with their cohort. */
export type CohortSharing = { shareProgress: boolean; shareHours: boolean; leaderboard: boolean };

/** Anyone in the cohort may see its dashboard; everyone else gets 404. */
export function assertCohortMember(role: CohortRole | null): CohortRole {
  if (!role) throw notFound("Cohort");
  return role;
}

/** Renaming, rotating the code, removing members, roles and the CSV are the organizer's. */
export function assertCohortOrganizer(role: CohortRole | null): void {
  if (assertCohortMember(role) !== "organizer") throw notFound("Cohort");
}

/** What only those who run the cohort see (who is stuck): organizers and cohort coaches. */
export function assertRunsCohort(role: CohortRole | null): void {
  if (!runsCohort(assertCohortMember(role))) throw notFound("Cohort");
}

/** Anyone may leave; an organizer may remove anyone else. */
export function assertMayRemoveMember(
  actor: Actor,
  role: CohortRole | null,
  memberId: string,
): void {
  if (actor.userId !== memberId) return assertCohortOrganizer(role);
  assertCohortMember(role);
}

/**
 * An account always keeps a way in: unlinking an identity provider is refused when no password
 * and no other usable provider would be left.
 */
export function assertKeepsAWayIn(waysLeft: number): void {
  if (waysLeft < 1) {
    throw new AppError(
      "conflict",
      "This is your last way to sign in: set a password or link another provider first.",
    );
  }
}

/** A cohort always keeps an organizer: the last one cannot step down, leave or be removed. */
export function assertKeepsAnOrganizer(organizersAfter: number): void {
  if (organizersAfter < 1) {
    throw new AppError(
      "conflict",
      "A cohort needs an organizer: make another member organizer first.",
    );
  }
}

/**
 * What one viewer of a cohort dashboard sees of one member. The member's own
 * choices govern everyone in the cohort, organizer included; those who run it
 * (organizers, cohort coaches) also see who has been inactive (activity totals).
 */
export function cohortView(
  viewer: { userId: string; role: CohortRole },
  member: { userId: string } & CohortSharing,
) {
  const self = viewer.userId === member.userId;
  return {
    progress: self || member.shareProgress,
    hours: self || member.shareHours,
    leaderboard: member.leaderboard,
    inactivity: runsCohort(viewer.role),
  };
}

// ── A cohort's own milestones ───────────────────────────────────────────────

/**
 * Organizers and cohort coaches add, change and remove the cohort's own milestones. A member
 * sees them but may not change them (403); anyone outside the cohort is told it does not
 * exist (404).
 */
export function assertMayManageCohortMilestones(role: CohortRole | null): void {
  if (!runsCohort(assertCohortMember(role)))
    throw new AppError(
      "forbidden",
      "Only the cohort's organizers and coaches manage its milestones.",
    );
}

/**
 * A member checks off an attested cohort milestone for themself; those who run the cohort are
 * not its learners and have nothing to check off (403); outsiders 404.
 */
export function assertMayAttestCohortMilestone(role: CohortRole | null): void {
  if (runsCohort(assertCohortMember(role)))
    throw new AppError("forbidden", "Only the cohort's members check off its milestones.");
}

/**
 * Whether a viewer may learn if a member met one cohort milestone: only with the member's
 * progress shared, and for an hours milestone also their hours (an hours milestone met would
 * tell hours the member keeps private). `view` is `cohortView`'s answer.
 */
export function cohortMilestoneVisible(
  view: { progress: boolean; hours: boolean },
  kind: string,
): boolean {
  return view.progress && (kind !== "hours" || view.hours);
}

/**
 * A cohort's webhooks (docs/DECISIONS.md, "Webhooks") are its organizers' alone: a member or
 * cohort coach knows the cohort exists and is refused (403); anyone else is told it does not
 * exist (404).
 */
export function assertMayManageCohortWebhooks(role: CohortRole | null): void {
  if (assertCohortMember(role) !== "organizer")
    throw new AppError("forbidden", "Only the cohort's organizers manage its webhooks.");
}

// ── Coaching ────────────────────────────────────────────────────────────────

/** Only the invitee answers an invitation; anyone else is told it does not exist. */
export function assertInvitee(actorEmail: string, inviteeEmail: string): void {
  if (actorEmail.toLowerCase() !== inviteeEmail.toLowerCase()) throw notFound("Invitation");
}

/** Either side of a link may end it. */
export function assertLinkParty(actor: Actor, link: { coachId: string; menteeId: string }): void {
  if (actor.userId !== link.coachId && actor.userId !== link.menteeId)
    throw notFound("Coaching link");
}

/** Only the review's coach, while the link is active, decides it; the learner cannot decide their own. */
export function assertMayDecideReview(
  actor: Actor,
  review: { coachId: string },
  activeCoach: boolean,
): void {
  const relation: Relation = actor.userId === review.coachId && activeCoach ? "coach" : "anyone";
  if (!allows(accessTo("reviews", relation), "write")) throw notFound("Review");
}

/** A review thread is seen by its learner and its coach (while active). */
export function assertMaySeeReview(
  actor: Actor,
  review: { userId: string; coachId: string },
  activeCoach: boolean,
): void {
  if (actor.userId === review.userId) return;
  if (actor.userId === review.coachId && activeCoach) return;
  throw notFound("Review");
}

/**
 * A milestone verification is written by the learner's active coach alone: never by the
 * learner themself (they attest), nor by anyone else. Not granted: 404.
 */
export function assertMayVerifyMilestone(
  actor: Actor,
  ownerId: string,
  activeCoach: boolean,
): void {
  const relation = actor.userId === ownerId ? "owner" : relationTo(actor, ownerId, { activeCoach });
  if (relation !== "coach" || !allows(accessTo("reviews", relation), "write")) throw notFound();
}

/** Views meant for a coach (a mentee's progress, the mentee page) need the link itself: owning the data is not enough. */
export function assertActiveCoach(activeCoach: boolean): void {
  if (!activeCoach) throw notFound();
}

// ── Cohort invitations (roster import) ──────────────────────────────────────

/**
 * Inviting a list and seeing who was invited is for those who run the cohort (organizers and
 * cohort coaches). A member knows the cohort exists, so they are refused (403); anyone else is
 * told it does not exist (404).
 */
export function assertMayInviteToCohort(role: CohortRole | null): void {
  if (!runsCohort(assertCohortMember(role))) {
    throw new AppError("forbidden", "Only the cohort's organizers and coaches invite people.");
  }
}

/**
 * A personal join link is used by the account with the invited email, and by no other: a link
 * forwarded or leaked does not let someone else in (docs/DECISIONS.md, "Roster import").
 */
export function assertInvitedEmail(actorEmail: string, invitedEmail: string): void {
  if (actorEmail.toLowerCase() !== invitedEmail.toLowerCase()) {
    throw new AppError(
      "forbidden",
      `This invitation is for ${invitedEmail}: sign in with that email to use it.`,
      { token: "is for another email" },
    );
  }
}
