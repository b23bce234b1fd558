/**
 * Helpers for the coaching integration tests in this folder: every coaching,
 * review and notification route handler called directly, with a bearer token
 * (or none, for anonymous), against the test file's own PostgreSQL database.
 */
import { and, asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import * as endLinkRoute from "@/app/api/v1/coaching/[coachId]/[menteeId]/route";
import * as acceptRoute from "@/app/api/v1/coaching/invitations/[id]/accept/route";
import * as declineRoute from "@/app/api/v1/coaching/invitations/[id]/decline/route";
import * as invitationsRoute from "@/app/api/v1/coaching/invitations/route";
import * as readRoute from "@/app/api/v1/me/notifications/read/route";
import * as notificationsRoute from "@/app/api/v1/me/notifications/route";
import * as progressRoute from "@/app/api/v1/me/progress/route";
import * as replyRoute from "@/app/api/v1/me/reviews/[id]/reply/route";
import * as myReviewsRoute from "@/app/api/v1/me/reviews/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as menteeProgressRoute from "@/app/api/v1/mentees/[userId]/progress/route";
import * as menteesRoute from "@/app/api/v1/mentees/route";
import * as profileRoute from "@/app/api/v1/profiles/[slug]/route";
import * as decisionRoute from "@/app/api/v1/reviews/[id]/decision/route";
import * as queueRoute from "@/app/api/v1/reviews/queue/route";
import { db } from "@/db/client";
import {
  coachingInvitations,
  coachingLinks,
  milestoneVerifications,
  notifications,
  recordVerifications,
  reviewMessages,
  reviews,
} from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { registerUser } from "@/lib/users/accounts";
import {
  expectStatus,
  params,
  PASSWORD,
  request,
  uniqueEmail,
  type TestUser,
} from "../me/records-test-helpers";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// ── Users ───────────────────────────────────────────────────────────────────

export type NamedUser = TestUser & { name: string };

/** A registered user (lib/users/accounts, one argon2 hash) with a personal access token; `email` optional. */
export async function makeUserWith(
  label: string,
  email: string = uniqueEmail(label),
): Promise<NamedUser> {
  const name = `Test ${label}`;
  const user = await registerUser({ name, email, password: PASSWORD });
  const { token } = await createApiToken(user.id, `${label} token`);
  return { id: user.id, email: user.email, password: PASSWORD, token, name };
}

// ── The API ─────────────────────────────────────────────────────────────────

/** `token` undefined: an anonymous request. */
type Token = string | undefined;

export const api = {
  invite: (token: Token, body: unknown) =>
    invitationsRoute.POST(request("/api/v1/coaching/invitations", { method: "POST", token, body })),
  inviteRaw: (token: Token, raw: string) =>
    invitationsRoute.POST(request("/api/v1/coaching/invitations", { method: "POST", token, raw })),
  invitations: (token: Token, query = "") =>
    invitationsRoute.GET(request(`/api/v1/coaching/invitations${query}`, { token })),
  accept: (token: Token, id: string) =>
    acceptRoute.POST(
      request(`/api/v1/coaching/invitations/${id}/accept`, { method: "POST", token }),
      params({ id }),
    ),
  decline: (token: Token, id: string) =>
    declineRoute.POST(
      request(`/api/v1/coaching/invitations/${id}/decline`, { method: "POST", token }),
      params({ id }),
    ),
  endLink: (token: Token, coachId: string, menteeId: string) =>
    endLinkRoute.DELETE(
      request(`/api/v1/coaching/${coachId}/${menteeId}`, { method: "DELETE", token }),
      params({ coachId, menteeId }),
    ),
  mentees: (token: Token, query = "") =>
    menteesRoute.GET(request(`/api/v1/mentees${query}`, { token })),
  menteeProgress: (token: Token, userId: string) =>
    menteeProgressRoute.GET(
      request(`/api/v1/mentees/${userId}/progress`, { token }),
      params({ userId }),
    ),
  requestReview: (token: Token, body: unknown) =>
    myReviewsRoute.POST(request("/api/v1/me/reviews", { method: "POST", token, body })),
  requestReviewRaw: (token: Token, raw: string) =>
    myReviewsRoute.POST(request("/api/v1/me/reviews", { method: "POST", token, raw })),
  myReviews: (token: Token, query = "") =>
    myReviewsRoute.GET(request(`/api/v1/me/reviews${query}`, { token })),
  reply: (token: Token, id: string, body: unknown) =>
    replyRoute.POST(
      request(`/api/v1/me/reviews/${id}/reply`, { method: "POST", token, body }),
      params({ id }),
    ),
  queue: (token: Token, query = "") =>
    queueRoute.GET(request(`/api/v1/reviews/queue${query}`, { token })),
  decide: (token: Token, id: string, body: unknown) =>
    decisionRoute.POST(
      request(`/api/v1/reviews/${id}/decision`, { method: "POST", token, body }),
      params({ id }),
    ),
  decideRaw: (token: Token, id: string, raw: string) =>
    decisionRoute.POST(
      request(`/api/v1/reviews/${id}/decision`, { method: "POST", token, raw }),
      params({ id }),
    ),
  notifications: (token: Token, query = "") =>
    notificationsRoute.GET(request(`/api/v1/me/notifications${query}`, { token })),
  readNotifications: (token: Token, body?: unknown) =>
    readRoute.POST(request("/api/v1/me/notifications/read", { method: "POST", token, body })),
  myProgress: (token: Token) => progressRoute.GET(request("/api/v1/me/progress", { token })),
  patchMe: (token: Token, body: unknown) =>
    meRoute.PATCH(request("/api/v1/me", { method: "PATCH", token, body })),
  publicProfile: (token: Token, slug: string) =>
    profileRoute.GET(request(`/api/v1/profiles/${slug}`, { token }), params({ slug })),
};

// ── Answer shapes ───────────────────────────────────────────────────────────

export type Invitation = {
  id: string;
  direction: "incoming" | "outgoing";
  role: "coach" | "mentee";
  status: "pending" | "accepted" | "declined";
  createdAt: string;
  from?: { id: string; name: string | null; email: string };
  email?: string;
};
export type Invitations = { items: Invitation[]; nextCursor: string | null };

export type Mentee = {
  userId: string;
  name: string | null;
  email: string;
  openReviews: number;
  tier: { number: number; name: string };
};

export type ThreadMessage = {
  reviewId: string;
  authorId: string | null;
  kind: string;
  body: string | null;
  createdAt: string;
};
export type Review = {
  id: string;
  userId: string;
  coachId: string;
  subjectType: string;
  subjectId: string;
  status: "requested" | "changes_requested" | "approved";
  requestedAt: string;
  decidedAt: string | null;
  subjectTitle: string;
  thread: ThreadMessage[];
};

export type Notification = {
  id: string;
  kind: string;
  title: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};
export type Notifications = { items: Notification[]; nextCursor: string | null; unread: number };

export type ProgressMilestone = {
  id: string;
  tier: number;
  track: string | null;
  title: string;
  kind: string;
  met: boolean;
  attested: boolean;
  verified: boolean;
  progress: { current: number; target: number };
};
export type Progress = {
  tier: { number: number; name: string };
  nextTier: { number: number; name: string } | null;
  track: string | null;
  milestones: ProgressMilestone[];
};

// ── Flows ───────────────────────────────────────────────────────────────────

/** `coach` invites `mentee` (role mentee) and `mentee` accepts: an active link, made through the API. */
export async function link(coach: TestUser, mentee: TestUser): Promise<void> {
  const { id } = await expectStatus<{ id: string }>(
    await api.invite(coach.token, { email: mentee.email, role: "mentee" }),
    201,
  );
  const accepted = await expectStatus<{ status: string; coachId: string; menteeId: string }>(
    await api.accept(mentee.token, id),
    200,
  );
  expect(accepted).toMatchObject({ status: "accepted", coachId: coach.id, menteeId: mentee.id });
}

/** The learner asks the coach to review a subject; expects 201 and returns the review id. */
export async function askReview(
  learner: TestUser,
  coach: TestUser,
  subjectType: "milestone" | "project" | "certification",
  subjectId: string,
  note?: string,
): Promise<string> {
  const body = await expectStatus<{ id: string; status: string }>(
    await api.requestReview(learner.token, {
      subjectType,
      subjectId,
      coachId: coach.id,
      ...(note === undefined ? {} : { note }),
    }),
    201,
  );
  expect(body.status).toBe("requested");
  return body.id;
}

export async function notificationsOf(user: TestUser): Promise<Notifications> {
  return expectStatus<Notifications>(await api.notifications(user.token), 200);
}

export async function progressOf(user: TestUser): Promise<Progress> {
  return expectStatus<Progress>(await api.myProgress(user.token), 200);
}

export async function myReviews(user: TestUser): Promise<Review[]> {
  return (await expectStatus<{ items: Review[] }>(await api.myReviews(user.token), 200)).items;
}

export async function queueOf(user: TestUser): Promise<Review[]> {
  return (await expectStatus<{ items: Review[] }>(await api.queue(user.token), 200)).items;
}

// ── Database ────────────────────────────────────────────────────────────────

export async function linkRows(coachId: string, menteeId: string) {
  return db
    .select()
    .from(coachingLinks)
    .where(and(eq(coachingLinks.coachId, coachId), eq(coachingLinks.menteeId, menteeId)))
    .orderBy(asc(coachingLinks.createdAt));
}

export async function reviewRow(id: string) {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, id));
  return row;
}

export async function messagesOf(reviewId: string) {
  return db
    .select()
    .from(reviewMessages)
    .where(eq(reviewMessages.reviewId, reviewId))
    .orderBy(asc(reviewMessages.createdAt));
}

export async function invitationRow(id: string) {
  const [row] = await db.select().from(coachingInvitations).where(eq(coachingInvitations.id, id));
  return row;
}

/** Every row of every table coaching writes, to show that a refused request changed nothing. */
export async function coachingState() {
  const [inv, links, rev, msgs, notes, mv, rv] = await Promise.all([
    db.select().from(coachingInvitations).orderBy(asc(coachingInvitations.id)),
    db.select().from(coachingLinks).orderBy(asc(coachingLinks.id)),
    db.select().from(reviews).orderBy(asc(reviews.id)),
    db.select().from(reviewMessages).orderBy(asc(reviewMessages.id)),
    db.select().from(notifications).orderBy(asc(notifications.id)),
    db
      .select()
      .from(milestoneVerifications)
      .orderBy(asc(milestoneVerifications.userId), asc(milestoneVerifications.milestoneId)),
    db
      .select()
      .from(recordVerifications)
      .orderBy(asc(recordVerifications.userId), asc(recordVerifications.subjectId)),
  ]);
  return {
    coaching_invitations: inv,
    coaching_links: links,
    reviews: rev,
    review_messages: msgs,
    notifications: notes,
    milestone_verifications: mv,
    record_verifications: rv,
  };
}
