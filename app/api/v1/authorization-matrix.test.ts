/**
 * The authorization matrix (docs/ARCHITECTURE.md, "The policy"): every operation of the OpenAPI
 * document, tried as each of eight roles against one fixture world, with the
 * expected status written out in MATRIX. An operation of the document without
 * an entry fails, and so does a route file method the document does not list:
 * a new route cannot ship without deciding who may call it.
 *
 * Every call is checked three ways besides its status: a refused call (and any
 * GET) leaves every table as it was; a call by anyone but the owner leaves the
 * owner's own data as it was; and no answer to anyone else carries the
 * owner's private record ids or notes.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { and, eq, ne, notInArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { db } from "@/db/client";
import {
  accounts,
  apiTokens,
  calendarFeeds,
  badges,
  cohortInvitations,
  cohortMembers,
  cohortMilestones,
  cohorts,
  coachingLinks,
  milestones,
  milestoneVerifications,
  notes,
  notifications,
  users,
  webhookEndpoints,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { clearSignInLockout } from "@/lib/auth/throttle";
import { createResetLinkFor } from "@/lib/auth/password-reset";
import { cacheControlFor } from "@/lib/api/handler";
import { feedSecret } from "@/lib/calendar/secret";
import { operations, type Operation } from "@/lib/api/operations";
import { api as coachingApi, link } from "./coaching/coaching-test-helpers";
import { api as cohortApi, reachTierOne } from "./cohorts/cohorts-test-helpers";
import {
  expectStatus,
  KINDS,
  recordApi,
  sample,
  todayInZone,
  type Kind,
  type TestUser,
} from "./me/records-test-helpers";
import { createUser, jsonRequest, PASSWORD, routeParams, signIn, tokenFor } from "./test-helpers";

// ── Roles ───────────────────────────────────────────────────────────────────

const ROLES = [
  "anonymous",
  "owner", // learner A, whose data every call aims at
  "otherLearner", // B
  "activeCoach", // C, coaching A now
  "endedCoach", // E, whose link to A has ended
  "organizer", // O, organizes cohort K (A and M are members)
  "member", // M, in cohort K with A
  "nonMember", // N, in no cohort and no coaching link
] as const;
type Role = (typeof ROLES)[number];

/** The expected status per role, in the order of ROLES. */
type Row = readonly [
  anonymous: number,
  owner: number,
  otherLearner: number,
  activeCoach: number,
  endedCoach: number,
  organizer: number,
  member: number,
  nonMember: number,
];

// ── The matrix ──────────────────────────────────────────────────────────────
// "me" routes: the owner acts on their own data; everyone else acts as
// themselves with the owner's ids (A's record id, A's review, A's token...).
// Not yours is 404 (lib/policy.ts); no credentials on a user route is 401.

const recordRows = (kind: Kind) => ({
  // [anonymous, owner, otherLearner, activeCoach, endedCoach, organizer, member, nonMember]
  [`GET /api/v1/me/${kind}`]: [401, 200, 200, 200, 200, 200, 200, 200] as Row,
  [`POST /api/v1/me/${kind}`]: [401, 201, 201, 201, 201, 201, 201, 201] as Row,
  // A coach reads a mentee's progress, never their records through the "me" API.
  [`GET /api/v1/me/${kind}/{id}`]: [401, 200, 404, 404, 404, 404, 404, 404] as Row,
  [`PATCH /api/v1/me/${kind}/{id}`]: [401, 200, 404, 404, 404, 404, 404, 404] as Row,
  [`DELETE /api/v1/me/${kind}/{id}`]: [401, 204, 404, 404, 404, 404, 404, 404] as Row,
});

const MATRIX: Record<string, Row> = {
  // Public: credentials are ignored.
  // [anonymous, owner, otherLearner, activeCoach, endedCoach, organizer, member, nonMember]
  "GET /api/v1/health": [200, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/openapi.json": [200, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/roadmap": [200, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/register": [201, 201, 201, 201, 201, 201, 201, 201],
  // A's email: only A's password gets a token for A.
  "POST /api/v1/tokens": [401, 201, 401, 401, 401, 401, 401, 401],
  // A's profile is private: the public page shows it to nobody, A included.
  "GET /api/v1/profiles/{slug}": [404, 404, 404, 404, 404, 404, 404, 404],

  // Accounts: each caller's own.
  "GET /api/v1/me": [401, 200, 200, 200, 200, 200, 200, 200],
  "PATCH /api/v1/me": [401, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/me/password": [401, 204, 204, 204, 204, 204, 204, 204],
  // Public: a reset link is asked for by email and used by whoever holds it.
  "POST /api/v1/password-reset": [202, 202, 202, 202, 202, 202, 202, 202],
  "POST /api/v1/password-reset/confirm": [204, 204, 204, 204, 204, 204, 204, 204],
  "GET /api/v1/me/export": [401, 200, 200, 200, 200, 200, 200, 200],
  // Importing A's export into another account copies nothing onto A's rows (ids are re-derived).
  "POST /api/v1/me/import": [401, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/tokens": [401, 200, 200, 200, 200, 200, 200, 200],
  "DELETE /api/v1/tokens/{id}": [401, 204, 404, 404, 404, 404, 404, 404],
  // Linked identity providers: each caller's own; A's link is A's alone to remove (A has a password).
  "GET /api/v1/me/identities": [401, 200, 200, 200, 200, 200, 200, 200],
  "DELETE /api/v1/me/identities/{provider}": [401, 204, 404, 404, 404, 404, 404, 404],
  "GET /api/v1/me/notifications": [401, 200, 200, 200, 200, 200, 200, 200],
  // Marks only the caller's own: A's notification id is silently not theirs (checked unread below).
  "POST /api/v1/me/notifications/read": [401, 204, 204, 204, 204, 204, 204, 204],

  // Roadmap and progress: each caller's own; milestones and skills are shared content.
  "GET /api/v1/me/progress": [401, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/me/plan": [401, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/me/skills": [401, 200, 200, 200, 200, 200, 200, 200],
  "PUT /api/v1/me/skills/{skillSlug}": [401, 200, 200, 200, 200, 200, 200, 200],
  "PUT /api/v1/me/milestones/{milestoneId}/attestation": [401, 200, 200, 200, 200, 200, 200, 200],

  ...recordRows("activities"),
  ...recordRows("certifications"),
  ...recordRows("projects"),
  ...recordRows("papers"),
  ...recordRows("events"),

  // Notes and resources: each caller's own on shared roadmap content; A's are A's alone.
  "GET /api/v1/me/notes/{subjectType}/{subjectId}": [401, 200, 200, 200, 200, 200, 200, 200],
  "PUT /api/v1/me/notes/{subjectType}/{subjectId}": [401, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/me/resources": [401, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/me/resources": [401, 201, 201, 201, 201, 201, 201, 201],
  "GET /api/v1/me/resources/{id}": [401, 200, 404, 404, 404, 404, 404, 404],
  "PATCH /api/v1/me/resources/{id}": [401, 200, 404, 404, 404, 404, 404, 404],
  "DELETE /api/v1/me/resources/{id}": [401, 204, 404, 404, 404, 404, 404, 404],
  // Only A's active coach, and only what A shared with them.
  "GET /api/v1/mentees/{userId}/resources": [401, 404, 404, 200, 404, 404, 404, 404],

  // Cohort K: its members (A, O, M) see it; renaming, the code, the CSV and removing others are O's.
  "POST /api/v1/cohorts": [401, 201, 201, 201, 201, 201, 201, 201],
  "GET /api/v1/cohorts": [401, 200, 200, 200, 200, 200, 200, 200],
  // Whoever holds K's code may join; members joining again change nothing.
  "POST /api/v1/cohorts/join": [401, 200, 200, 200, 200, 200, 200, 200],
  "PATCH /api/v1/cohorts/{slug}": [401, 404, 404, 404, 404, 200, 404, 404],
  "GET /api/v1/cohorts/{slug}/dashboard": [401, 200, 404, 404, 404, 200, 200, 404],
  "GET /api/v1/cohorts/{slug}/export.csv": [401, 404, 404, 404, 404, 200, 404, 404],
  "PATCH /api/v1/cohorts/{slug}/membership": [401, 200, 404, 404, 404, 200, 200, 404],
  "POST /api/v1/cohorts/{slug}/invite-code": [401, 404, 404, 404, 404, 200, 404, 404],
  // Removing A from K: A may leave, O may remove; a fellow member may not.
  "DELETE /api/v1/cohorts/{slug}/members/{userId}": [401, 204, 404, 404, 404, 204, 404, 404],
  // A's role in K: the organizer's to change; A and a fellow member are told it does not exist.
  "PATCH /api/v1/cohorts/{slug}/members/{userId}": [401, 404, 404, 404, 404, 200, 404, 404],
  // Roster import: those who run K (O) invite and list; members of K (A, M) are refused (403).
  "POST /api/v1/cohorts/{slug}/invitations": [401, 403, 404, 404, 404, 200, 403, 404],
  "GET /api/v1/cohorts/{slug}/invitations": [401, 403, 404, 404, 404, 200, 403, 404],
  // K's own milestones: its members see them; O manages them and members are refused (403);
  // members (A, M) check off an attested one, O is not a learner of K (403).
  "GET /api/v1/cohorts/{slug}/milestones": [401, 200, 404, 404, 404, 200, 200, 404],
  "POST /api/v1/cohorts/{slug}/milestones": [401, 403, 404, 404, 404, 201, 403, 404],
  "PATCH /api/v1/cohorts/{slug}/milestones/{id}": [401, 403, 404, 404, 404, 200, 403, 404],
  "DELETE /api/v1/cohorts/{slug}/milestones/{id}": [401, 403, 404, 404, 404, 204, 403, 404],
  "PUT /api/v1/cohorts/{slug}/milestones/{id}/attestation": [
    401, 200, 404, 404, 404, 403, 200, 404,
  ],

  // Coaching: the link C–A, A's review request to C, an invitation to A.
  "POST /api/v1/coaching/invitations": [401, 201, 201, 201, 201, 201, 201, 201],
  "GET /api/v1/coaching/invitations": [401, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/coaching/invitations/{id}/accept": [401, 200, 404, 404, 404, 404, 404, 404],
  "POST /api/v1/coaching/invitations/{id}/decline": [401, 200, 404, 404, 404, 404, 404, 404],
  "GET /api/v1/mentees": [401, 200, 200, 200, 200, 200, 200, 200],
  // For coaches only: A is not their own coach, and an ended link grants nothing.
  "GET /api/v1/mentees/{userId}/progress": [401, 404, 404, 200, 404, 404, 404, 404],
  "DELETE /api/v1/coaching/{coachId}/{menteeId}": [401, 204, 404, 204, 404, 404, 404, 404],
  // Asking C to review A's project: only A may; for anyone else C is not their coach (422 coachId).
  "POST /api/v1/me/reviews": [401, 201, 422, 422, 422, 422, 422, 422],
  "GET /api/v1/me/reviews": [401, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/me/reviews/{id}/reply": [401, 200, 404, 404, 404, 404, 404, 404],
  "GET /api/v1/reviews/queue": [401, 200, 200, 200, 200, 200, 200, 200],
  // Deciding A's request: only its active coach; A cannot verify their own work.
  "POST /api/v1/reviews/{id}/decision": [401, 404, 404, 200, 404, 404, 404, 404],
  // Verifying A's milestone from the mentee view: only A's active coach, never A themself.
  "PUT /api/v1/mentees/{userId}/milestones/{milestoneId}/verification": [
    401, 404, 404, 200, 404, 404, 404, 404,
  ],

  // The calendar feed: each caller's own URL; nobody reaches A's (see secrets()).
  "GET /api/v1/me/calendar": [401, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/me/calendar/rotate": [401, 200, 200, 200, 200, 200, 200, 200],
  // Badges: each caller claims their own. By now every caller holds tier 1 (they imported A's
  // export above), so each gets a badge of their own; not reaching it (422) is tested in
  // me/badges/badges.test.ts. A's badge is A's to revoke; its verification, the issuer and its
  // keys are public.
  "POST /api/v1/me/badges": [401, 201, 201, 201, 201, 201, 201, 201],
  "GET /api/v1/me/badges": [401, 200, 200, 200, 200, 200, 200, 200],
  "DELETE /api/v1/me/badges/{id}": [401, 204, 404, 404, 404, 404, 404, 404],
  "GET /api/v1/badges/{id}": [200, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/badges/issuer": [200, 200, 200, 200, 200, 200, 200, 200],
  "GET /api/v1/badges/keys/{kid}": [200, 200, 200, 200, 200, 200, 200, 200],
  "GET /.well-known/jwks.json": [200, 200, 200, 200, 200, 200, 200, 200],
  // Webhooks: each caller's own; A's endpoint is A's alone. K's are O's: members of K (A, M) 403.
  "GET /api/v1/me/webhooks": [401, 200, 200, 200, 200, 200, 200, 200],
  "POST /api/v1/me/webhooks": [401, 201, 201, 201, 201, 201, 201, 201],
  "PATCH /api/v1/me/webhooks/{id}": [401, 200, 404, 404, 404, 404, 404, 404],
  "DELETE /api/v1/me/webhooks/{id}": [401, 204, 404, 404, 404, 404, 404, 404],
  "GET /api/v1/me/webhooks/{id}/deliveries": [401, 200, 404, 404, 404, 404, 404, 404],
  "GET /api/v1/cohorts/{slug}/webhooks": [401, 403, 404, 404, 404, 200, 403, 404],
  "POST /api/v1/cohorts/{slug}/webhooks": [401, 403, 404, 404, 404, 201, 403, 404],
  "PATCH /api/v1/cohorts/{slug}/webhooks/{id}": [401, 403, 404, 404, 404, 200, 403, 404],
  "DELETE /api/v1/cohorts/{slug}/webhooks/{id}": [401, 403, 404, 404, 404, 204, 403, 404],
  "GET /api/v1/cohorts/{slug}/webhooks/{id}/deliveries": [401, 403, 404, 404, 404, 200, 403, 404],

  // Last: each caller deletes their own account, the owner after everyone else.
  "DELETE /api/v1/me": [401, 204, 204, 204, 204, 204, 204, 204],
};

// ── The fixture world ───────────────────────────────────────────────────────

type Member = TestUser & { name: string };
const OWNER_PASSWORD = "owner-only-password-0451";
const SECRET = "owner-private-note-7f3a";
const OWNER_IDP_EMAIL = "owner-idp-5c1e@example.com";

type World = {
  users: Record<Exclude<Role, "anonymous">, Member>;
  /** The owner authenticates with a session cookie; everyone else with a bearer token. */
  ownerCookie: string;
  /** A's records, one of each kind. */
  recordIds: Record<Kind, string>;
  ownerSlug: string;
  /** P's profile, which is public. */
  publicSlug: string;
  ownerTokenId: string;
  notificationId: string;
  /** A's resource links on the attested milestone: one private, one shared with A's coach. */
  privateResourceId: string;
  sharedResourceId: string;
  reviewId: string;
  attestedMilestoneId: string;
  cohortSlug: string;
  cohortId: string;
  /** An attested milestone of K's own. */
  cohortMilestoneId: string;
  coachLinkId: string;
  /** A's own webhook endpoint, and one of K's (O's to manage). */
  webhookId: string;
  cohortWebhookId: string;
  /** A's membership row in K, to put back after A leaves or is removed. */
  ownerMembership: typeof cohortMembers.$inferSelect;
  exportDocument: unknown;
  /** A's tier-1 badge (A holds tier 1) and the key that signed it. */
  badgeId: string;
  badgeKeyId: string;
  passwordHashes: Map<string, string>;
  today: string;
  /** The secret of A's calendar feed URL (it changes when A rotates it). */
  ownerFeedSecret: string;
};
let w: World;
let fresh = 0;

async function member(label: string, name: string): Promise<Member> {
  const user = await createUser({ name });
  return { ...user, name, email: user.email, token: await tokenFor(user.id, `${label} token`) };
}

const records = (kind: Kind) => recordApi(kind);

/** A new record of A's, for calls that delete one. */
async function ownerRecord(kind: Kind): Promise<string> {
  const body = sample(kind, w.today, 100 + fresh++);
  return (
    await expectStatus<{ id: string }>(await records(kind).create(w.users.owner.token, body), 201)
  ).id;
}

/** A new attested milestone of K's own, for calls that change or delete one. */
async function cohortMilestone(): Promise<string> {
  const [row] = await db
    .insert(cohortMilestones)
    .values({ cohortId: w.cohortId, title: `K milestone ${fresh++}`, kind: "attested" })
    .returning({ id: cohortMilestones.id });
  return row!.id;
}

/** A public address, so no DNS is asked; A's only hears of badges (no matrix call issues one). */
const HOOK = { url: "https://93.184.215.14/hooks/epoch", events: ["badge.issued"] };

/** A new webhook endpoint of A's, for calls that delete one. */
async function ownerWebhook(): Promise<string> {
  // Those left by earlier calls go first, so A stays under the limit of endpoints.
  if (w.webhookId)
    await db
      .delete(webhookEndpoints)
      .where(
        and(eq(webhookEndpoints.userId, w.users.owner.id), ne(webhookEndpoints.id, w.webhookId)),
      );
  const { POST } = await import("./me/webhooks/route");
  const made = await expectStatus<{ id: string }>(
    await POST(jsonRequest("/api/v1/me/webhooks", { token: w.users.owner.token, body: HOOK })),
    201,
  );
  return made.id;
}

/** A new webhook endpoint of K's, made by O. */
async function cohortWebhook(): Promise<string> {
  if (w.cohortWebhookId)
    await db
      .delete(webhookEndpoints)
      .where(
        and(eq(webhookEndpoints.cohortId, w.cohortId), ne(webhookEndpoints.id, w.cohortWebhookId)),
      );
  const { POST } = await import("./cohorts/[slug]/webhooks/route");
  const made = await expectStatus<{ id: string }>(
    await POST(
      jsonRequest(`/api/v1/cohorts/${w.cohortSlug}/webhooks`, {
        token: w.users.organizer.token,
        body: HOOK,
      }),
      routeParams({ slug: w.cohortSlug }),
    ),
    201,
  );
  return made.id;
}

const resourcesRoute = () => import("./me/resources/route");

/** A new resource link of A's; its title is A's secret unless shared. */
async function ownerResource(sharedWithCoach = false): Promise<string> {
  const { POST } = await resourcesRoute();
  const made = await expectStatus<{ id: string }>(
    await POST(
      jsonRequest("/api/v1/me/resources", {
        token: w.users.owner.token,
        body: {
          subjectType: "milestone",
          subjectId: w.attestedMilestoneId,
          title: sharedWithCoach ? "A course for my coach" : SECRET,
          url: `https://example.com/${fresh++}`,
          sharedWithCoach,
        },
      }),
    ),
    201,
  );
  return made.id;
}

/** A pending invitation to A from a new user (A would coach them). */
async function invitationToOwner(): Promise<string> {
  const inviter = await member("inviter", `Inviter ${fresh++}`);
  const { id } = await expectStatus<{ id: string }>(
    await coachingApi.invite(inviter.token, { email: w.users.owner.email, role: "coach" }),
    201,
  );
  return id;
}

/** A new review request from A to C, for calls that decide one. */
async function ownerReview(): Promise<string> {
  const { id } = await expectStatus<{ id: string }>(
    await coachingApi.requestReview(w.users.owner.token, {
      subjectType: "project",
      subjectId: w.recordIds.projects,
      coachId: w.users.activeCoach.id,
    }),
    201,
  );
  return id;
}

/** A's tier-1 badge, claimed afresh (any earlier one goes: a claim answers 201 only once). */
async function ownerBadge(): Promise<string> {
  await db.delete(badges).where(eq(badges.userId, w.users.owner.id));
  const claim = await import("./me/badges/route");
  const { id } = await expectStatus<{ id: string }>(
    await claim.POST(
      jsonRequest("/api/v1/me/badges", { token: w.users.owner.token, body: { tier: 1 } }),
    ),
    201,
  );
  return id;
}

/** The sign-in throttle has tests of its own; here it must not turn a 401 into a 429. */
async function clearOwnerThrottle(): Promise<void> {
  await clearSignInLockout(w.users.owner.email);
}

async function currentInviteCode(): Promise<string> {
  const [row] = await db
    .select({ code: cohorts.inviteCode })
    .from(cohorts)
    .where(eq(cohorts.id, w.cohortId));
  return row!.code;
}

beforeAll(async () => {
  const [owner, otherLearner, activeCoach, endedCoach, organizer, cohortMember, nonMember, pub] =
    await Promise.all([
      member("owner", "Owner A"),
      member("other", "Other B"),
      member("coach", "Coach C"),
      member("ended", "Ended E"),
      member("organizer", "Organizer O"),
      member("member", "Member M"),
      member("non-member", "Non-member N"),
      member("public", "Public P"),
    ]);
  // A's password is A's alone, so that "POST /tokens with A's email" separates A from the rest.
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(OWNER_PASSWORD) })
    .where(eq(users.id, owner.id));
  owner.password = OWNER_PASSWORD;
  const today = todayInZone("UTC");
  w = {
    users: {
      owner,
      otherLearner,
      activeCoach,
      endedCoach,
      organizer,
      member: cohortMember,
      nonMember,
    },
    ownerCookie: (await signIn(owner.id)).cookie,
    today,
  } as World;

  // A's records, with private notes, and a private profile address.
  const recordIds = {} as Record<Kind, string>;
  for (const kind of KINDS) {
    const body = {
      ...sample(kind, today, 0),
      ...(kind === "projects" ? { status: "shipped" } : {}),
    };
    if ("notes" in body) body.notes = SECRET;
    recordIds[kind] = (
      await expectStatus<{ id: string }>(await records(kind).create(owner.token, body), 201)
    ).id;
  }
  w.recordIds = recordIds;
  w.ownerSlug = `owner-a-${Date.now().toString(36)}`;
  await expectStatus(
    await coachingApi.patchMe(owner.token, { slug: w.ownerSlug, publicProfile: false }),
    200,
  );
  w.publicSlug = (
    await expectStatus<{ profile: { slug: string } }>(
      await coachingApi.patchMe(pub.token, { publicProfile: true }),
      200,
    )
  ).profile.slug;

  // An attestation on a milestone of the attested kind.
  const [attested] = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(
      and(sql`${milestones.criteria}->>'kind' = 'attested'`, sql`${milestones.retiredAt} is null`),
    )
    .limit(1);
  w.attestedMilestoneId = attested!.id;
  const attestation = await import("./me/milestones/[milestoneId]/attestation/route");
  await expectStatus(
    await attestation.PUT(
      jsonRequest(`/api/v1/me/milestones/${attested!.id}/attestation`, {
        method: "PUT",
        token: owner.token,
        body: { attested: true, note: SECRET },
      }),
      routeParams({ milestoneId: attested!.id }),
    ),
    200,
  );

  // A's note on that milestone (the secret) and A's resource links, one shared with A's coach.
  const noteRoute = await import("./me/notes/[subjectType]/[subjectId]/route");
  const noteParams = { subjectType: "milestone", subjectId: attested!.id };
  await expectStatus(
    await noteRoute.PUT(
      jsonRequest(`/api/v1/me/notes/milestone/${attested!.id}`, {
        method: "PUT",
        token: owner.token,
        body: { body: SECRET },
      }),
      routeParams(noteParams),
    ),
    200,
  );
  w.privateResourceId = await ownerResource(false);
  w.sharedResourceId = await ownerResource(true);

  // Coaching: C active; E ended (A ends it); A asks C for a review.
  await link(activeCoach, owner);
  await link(endedCoach, owner);
  expect((await coachingApi.endLink(owner.token, endedCoach.id, owner.id)).status).toBe(204);
  const [activeLink] = await db
    .select({ id: coachingLinks.id })
    .from(coachingLinks)
    .where(and(eq(coachingLinks.coachId, activeCoach.id), eq(coachingLinks.menteeId, owner.id)));
  w.coachLinkId = activeLink!.id;
  w.reviewId = await ownerReview();

  // Cohort K by O, with A (sharing progress and hours) and M.
  const cohort = await expectStatus<{ slug: string; inviteCode: string }>(
    await cohortApi.create(organizer.token, { name: "Cohort K" }),
    201,
  );
  w.cohortSlug = cohort.slug;
  for (const u of [owner, cohortMember])
    await expectStatus(await cohortApi.join(u.token, cohort.inviteCode), 200);
  await expectStatus(
    await cohortApi.membership(owner.token, cohort.slug, { shareProgress: true, shareHours: true }),
    200,
  );
  const [k] = await db.select().from(cohorts).where(eq(cohorts.slug, cohort.slug));
  w.cohortId = k!.id;
  const [membership] = await db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, k!.id), eq(cohortMembers.userId, owner.id)));
  w.ownerMembership = membership!;
  w.cohortMilestoneId = await cohortMilestone();
  w.webhookId = await ownerWebhook();
  w.cohortWebhookId = await cohortWebhook();

  // A holds tier 1 and has claimed its badge.
  await reachTierOne(owner, today);
  w.badgeId = await ownerBadge();
  const [badgeRow] = await db.select().from(badges).where(eq(badges.id, w.badgeId));
  w.badgeKeyId = badgeRow!.keyId;

  // A's fixture token (listed and never used), an unread notification, and A's export.
  const tokens = await import("./tokens/route");
  const made = await expectStatus<{ id: string }>(
    await tokens.POST(
      jsonRequest("/api/v1/tokens", {
        body: { email: owner.email, password: OWNER_PASSWORD, name: "A's script" },
        headers: { "x-forwarded-for": "198.51.100.1" },
      }),
    ),
    201,
  );
  w.ownerTokenId = made.id;
  // Answering the invitations read what told A of them: one of A's is made unread again.
  const [note] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, owner.id))
    .limit(1);
  w.notificationId = note!.id;
  await db.update(notifications).set({ readAt: null }).where(eq(notifications.id, note!.id));
  const exporter = await import("./me/export/route");
  w.exportDocument = await expectStatus(
    await exporter.GET(jsonRequest("/api/v1/me/export", { token: owner.token })),
    200,
  );
  // Everyone's calendar feed exists already, so that reading its URL writes nothing.
  const feeds = await db
    .insert(calendarFeeds)
    .values(Object.values(w.users).map((u) => ({ userId: u.id })))
    .returning();
  w.ownerFeedSecret = feedSecret(feeds.find((f) => f.userId === owner.id)!.feedId);
  w.passwordHashes = new Map(
    (await db.select({ id: users.id, hash: users.passwordHash }).from(users)).map((u) => [
      u.id,
      u.hash!,
    ]),
  );
});

// ── How each operation is called ────────────────────────────────────────────

type Call = { params?: Record<string, string>; body?: unknown; query?: string };
type Spec = {
  /** The request for one role; may first make a fresh target (before the snapshot is taken). */
  call: (role: Role) => Call | Promise<Call>;
  /** Puts the fixture back after a successful call. */
  restore?: (role: Role) => Promise<void>;
  /** Further checks after the call. */
  verify?: (role: Role) => Promise<void>;
};

const none: Spec = { call: () => ({}) };

/** Personal access tokens a password change revoked, by role, to put back after it. */
const revokedTokens = new Map<Role, (typeof apiTokens.$inferSelect)[]>();

const recordSpecs = (kind: Kind): Record<string, Spec> => ({
  [`GET /api/v1/me/${kind}`]: none,
  [`POST /api/v1/me/${kind}`]: { call: () => ({ body: sample(kind, w.today, fresh++) }) },
  [`GET /api/v1/me/${kind}/{id}`]: { call: () => ({ params: { id: w.recordIds[kind] } }) },
  [`PATCH /api/v1/me/${kind}/{id}`]: {
    call: () => ({
      params: { id: w.recordIds[kind] },
      body: kind === "certifications" ? { issuer: "Changed" } : { title: "Changed" },
    }),
  },
  // A fresh record each time: the refused deletes must find it there, and A's succeeds.
  [`DELETE /api/v1/me/${kind}/{id}`]: {
    call: async () => ({ params: { id: await ownerRecord(kind) } }),
  },
});

const SPECS: Record<string, Spec> = {
  "GET /api/v1/health": none,
  "GET /api/v1/openapi.json": none,
  "GET /api/v1/roadmap": none,
  "POST /api/v1/register": {
    call: () => ({
      body: { name: "New", email: `new-${fresh++}@example.com`, password: "a-long-password" },
    }),
  },
  "POST /api/v1/tokens": {
    call: async (role) => {
      await clearOwnerThrottle();
      return {
        body: {
          email: w.users.owner.email,
          password: role === "owner" ? OWNER_PASSWORD : PASSWORD,
          name: "matrix",
        },
      };
    },
  },
  "GET /api/v1/profiles/{slug}": {
    call: () => ({ params: { slug: w.ownerSlug } }),
    // The 404 is about A's choice: the same caller sees a public profile.
    verify: async (role) => {
      const profile = await import("./profiles/[slug]/route");
      const res = await profile.GET(
        jsonRequest(`/api/v1/profiles/${w.publicSlug}`, authOf(role)),
        routeParams({ slug: w.publicSlug }),
      );
      expect(res.status, `P's public profile as ${role}`).toBe(200);
    },
  },

  "GET /api/v1/me": none,
  "PATCH /api/v1/me": { call: () => ({ body: { headline: "Changed headline" } }) },
  "POST /api/v1/me/password": {
    call: async (role) => {
      // A password change revokes the caller's personal access tokens: kept to put back.
      const id = w.users[role as Exclude<Role, "anonymous">]?.id;
      if (id)
        revokedTokens.set(role, await db.select().from(apiTokens).where(eq(apiTokens.userId, id)));
      return {
        body: {
          currentPassword: role === "owner" ? OWNER_PASSWORD : PASSWORD,
          newPassword: "a-brand-new-password",
        },
      };
    },
    restore: async (role) => {
      const id = w.users[role as Exclude<Role, "anonymous">].id;
      await db
        .update(users)
        .set({ passwordHash: w.passwordHashes.get(id)! })
        .where(eq(users.id, id));
      const tokens = revokedTokens.get(role) ?? [];
      if (tokens.length) await db.insert(apiTokens).values(tokens).onConflictDoNothing();
    },
  },
  // An email no account uses (each time another, past the per-email limit): no row is written.
  "POST /api/v1/password-reset": {
    call: () => ({ body: { email: `reset-${fresh++}@example.com` } }),
  },
  // A link for an account of its own each time: using it ends that account's sessions, not A's.
  "POST /api/v1/password-reset/confirm": {
    call: async () => {
      const someone = await createUser();
      const link = await createResetLinkFor(someone.email, "http://localhost");
      return { body: { token: link.split("/").at(-1), password: "a-reset-password" } };
    },
  },
  "GET /api/v1/me/export": none,
  "POST /api/v1/me/import": { call: () => ({ body: w.exportDocument }) },
  "GET /api/v1/tokens": none,
  "DELETE /api/v1/tokens/{id}": {
    call: async () => {
      const tokens = await import("./tokens/route");
      await clearOwnerThrottle();
      const made = await expectStatus<{ id: string }>(
        await tokens.POST(
          jsonRequest("/api/v1/tokens", {
            body: { email: w.users.owner.email, password: OWNER_PASSWORD, name: "to revoke" },
          }),
        ),
        201,
      );
      return { params: { id: made.id } };
    },
  },
  "GET /api/v1/me/identities": none,
  "DELETE /api/v1/me/identities/{provider}": {
    // A's GitHub link, put back before each call: only A's own call removes it.
    call: async () => {
      await db
        .insert(accounts)
        .values({
          userId: w.users.owner.id,
          type: "oauth",
          provider: "github",
          providerAccountId: "matrix-owner-github",
          email: OWNER_IDP_EMAIL,
        })
        .onConflictDoNothing();
      return { params: { provider: "github" } };
    },
    verify: async (role) => {
      const rows = await db
        .select({ provider: accounts.provider })
        .from(accounts)
        .where(eq(accounts.userId, w.users.owner.id));
      expect(rows.length, `A's link after ${role}'s unlink`).toBe(role === "owner" ? 0 : 1);
    },
  },
  "GET /api/v1/me/notifications": none,
  "POST /api/v1/me/notifications/read": {
    call: () => ({ body: { ids: [w.notificationId] } }),
    verify: async (role) => {
      const [row] = await db
        .select({ readAt: notifications.readAt })
        .from(notifications)
        .where(eq(notifications.id, w.notificationId));
      if (role === "owner") expect(row!.readAt).not.toBeNull();
      else expect(row!.readAt, `${role} marked A's notification read`).toBeNull();
    },
  },

  "GET /api/v1/me/progress": none,
  "GET /api/v1/me/plan": none,
  "GET /api/v1/me/skills": none,
  "PUT /api/v1/me/skills/{skillSlug}": {
    call: () => ({ params: { skillSlug: "pytorch" }, body: { level: 3 } }),
  },
  "PUT /api/v1/me/milestones/{milestoneId}/attestation": {
    call: () => ({ params: { milestoneId: w.attestedMilestoneId }, body: { attested: false } }),
  },

  ...recordSpecs("activities"),
  ...recordSpecs("certifications"),
  ...recordSpecs("projects"),
  ...recordSpecs("papers"),
  ...recordSpecs("events"),

  "GET /api/v1/me/notes/{subjectType}/{subjectId}": {
    call: () => ({ params: { subjectType: "milestone", subjectId: w.attestedMilestoneId } }),
  },
  "PUT /api/v1/me/notes/{subjectType}/{subjectId}": {
    call: () => ({
      params: { subjectType: "milestone", subjectId: w.attestedMilestoneId },
      body: { body: "My own plan" },
    }),
    restore: async (role) => {
      if (role === "owner")
        await db.update(notes).set({ body: SECRET }).where(eq(notes.userId, w.users.owner.id));
    },
  },
  "GET /api/v1/me/resources": none,
  "POST /api/v1/me/resources": {
    call: () => ({
      body: {
        subjectType: "skill",
        subjectId: "python",
        title: "Docs",
        url: `https://example.com/docs/${fresh++}`,
      },
    }),
  },
  "GET /api/v1/me/resources/{id}": { call: () => ({ params: { id: w.privateResourceId } }) },
  "PATCH /api/v1/me/resources/{id}": {
    call: () => ({ params: { id: w.privateResourceId }, body: { done: true } }),
  },
  // A fresh one each time: the refused deletes must find it there, and A's succeeds.
  "DELETE /api/v1/me/resources/{id}": {
    call: async () => ({ params: { id: await ownerResource(false) } }),
  },
  "GET /api/v1/mentees/{userId}/resources": {
    call: () => ({ params: { userId: w.users.owner.id } }),
    verify: async (role) => {
      if (role !== "activeCoach") return;
      const { GET } = await import("./mentees/[userId]/resources/route");
      const res = await GET(
        jsonRequest(`/api/v1/mentees/${w.users.owner.id}/resources`, authOf(role)),
        routeParams({ userId: w.users.owner.id }),
      );
      const { items } = (await res.json()) as { items: { id: string }[] };
      expect(items.map((i) => i.id)).toEqual([w.sharedResourceId]);
    },
  },

  "POST /api/v1/cohorts": { call: () => ({ body: { name: `Another cohort ${fresh++}` } }) },
  "GET /api/v1/cohorts": none,
  "POST /api/v1/cohorts/join": {
    call: async () => ({ body: { code: await currentInviteCode() } }),
    // Those who were not in K leave it again.
    restore: async () => {
      const keep = [w.users.organizer.id, w.users.owner.id, w.users.member.id];
      await db
        .delete(cohortMembers)
        .where(and(eq(cohortMembers.cohortId, w.cohortId), notInArray(cohortMembers.userId, keep)));
    },
  },
  "PATCH /api/v1/cohorts/{slug}": {
    call: () => ({ params: { slug: w.cohortSlug }, body: { description: "Changed" } }),
  },
  "GET /api/v1/cohorts/{slug}/dashboard": { call: () => ({ params: { slug: w.cohortSlug } }) },
  "GET /api/v1/cohorts/{slug}/export.csv": { call: () => ({ params: { slug: w.cohortSlug } }) },
  "PATCH /api/v1/cohorts/{slug}/membership": {
    call: () => ({ params: { slug: w.cohortSlug }, body: { leaderboard: false } }),
  },
  "POST /api/v1/cohorts/{slug}/invite-code": { call: () => ({ params: { slug: w.cohortSlug } }) },
  "DELETE /api/v1/cohorts/{slug}/members/{userId}": {
    call: () => ({ params: { slug: w.cohortSlug, userId: w.users.owner.id } }),
    restore: async () => {
      await db.insert(cohortMembers).values(w.ownerMembership);
    },
  },
  "PATCH /api/v1/cohorts/{slug}/members/{userId}": {
    call: () => ({
      params: { slug: w.cohortSlug, userId: w.users.owner.id },
      body: { role: "coach" },
    }),
    restore: async () => {
      await db
        .update(cohortMembers)
        .set({ role: "member" })
        .where(
          and(
            eq(cohortMembers.userId, w.users.owner.id),
            eq(cohortMembers.cohortId, w.ownerMembership.cohortId),
          ),
        );
    },
  },
  "POST /api/v1/cohorts/{slug}/invitations": {
    call: () => ({
      params: { slug: w.cohortSlug },
      body: { emails: [`roster-${fresh++}@example.com`, "not an email"] },
    }),
    restore: async () => {
      await db.delete(cohortInvitations).where(eq(cohortInvitations.cohortId, w.cohortId));
    },
  },
  "GET /api/v1/cohorts/{slug}/invitations": { call: () => ({ params: { slug: w.cohortSlug } }) },
  "GET /api/v1/cohorts/{slug}/milestones": { call: () => ({ params: { slug: w.cohortSlug } }) },
  "POST /api/v1/cohorts/{slug}/milestones": {
    call: () => ({
      params: { slug: w.cohortSlug },
      body: { title: `Ship it ${fresh++}`, kind: "project", criteria: { count: 1 } },
    }),
  },
  "PATCH /api/v1/cohorts/{slug}/milestones/{id}": {
    call: () => ({
      params: { slug: w.cohortSlug, id: w.cohortMilestoneId },
      body: { title: "Renamed", dueOn: "2027-01-31" },
    }),
  },
  // A fresh one each time: the refused deletes must find it there, and O's succeeds.
  "DELETE /api/v1/cohorts/{slug}/milestones/{id}": {
    call: async () => ({ params: { slug: w.cohortSlug, id: await cohortMilestone() } }),
  },
  "PUT /api/v1/cohorts/{slug}/milestones/{id}/attestation": {
    call: () => ({
      params: { slug: w.cohortSlug, id: w.cohortMilestoneId },
      body: { attested: true },
    }),
  },

  "GET /api/v1/me/webhooks": none,
  "POST /api/v1/me/webhooks": {
    call: () => ({ body: { ...HOOK, url: `${HOOK.url}/${fresh++}` } }),
  },
  "PATCH /api/v1/me/webhooks/{id}": {
    call: () => ({ params: { id: w.webhookId }, body: { events: ["badge.issued"] } }),
  },
  // A fresh one each time: the refused deletes must find it there, and A's succeeds.
  "DELETE /api/v1/me/webhooks/{id}": {
    call: async () => ({ params: { id: await ownerWebhook() } }),
  },
  "GET /api/v1/me/webhooks/{id}/deliveries": { call: () => ({ params: { id: w.webhookId } }) },
  "GET /api/v1/cohorts/{slug}/webhooks": { call: () => ({ params: { slug: w.cohortSlug } }) },
  "POST /api/v1/cohorts/{slug}/webhooks": {
    call: () => ({
      params: { slug: w.cohortSlug },
      body: { ...HOOK, url: `${HOOK.url}/k${fresh++}` },
    }),
    restore: async () => {
      // O's endpoints stay under the limit however many roles succeed.
      await db
        .delete(webhookEndpoints)
        .where(
          and(
            eq(webhookEndpoints.cohortId, w.cohortId),
            ne(webhookEndpoints.id, w.cohortWebhookId),
          ),
        );
    },
  },
  "PATCH /api/v1/cohorts/{slug}/webhooks/{id}": {
    call: () => ({
      params: { slug: w.cohortSlug, id: w.cohortWebhookId },
      body: { active: true },
    }),
  },
  "DELETE /api/v1/cohorts/{slug}/webhooks/{id}": {
    call: async () => ({ params: { slug: w.cohortSlug, id: await cohortWebhook() } }),
  },
  "GET /api/v1/cohorts/{slug}/webhooks/{id}/deliveries": {
    call: () => ({ params: { slug: w.cohortSlug, id: w.cohortWebhookId } }),
  },

  "POST /api/v1/coaching/invitations": {
    call: () => ({ body: { email: `invitee-${fresh++}@example.com`, role: "mentee" } }),
  },
  "GET /api/v1/coaching/invitations": none,
  "POST /api/v1/coaching/invitations/{id}/accept": {
    call: async () => ({ params: { id: await invitationToOwner() } }),
  },
  "POST /api/v1/coaching/invitations/{id}/decline": {
    call: async () => ({ params: { id: await invitationToOwner() } }),
  },
  "GET /api/v1/mentees": none,
  "GET /api/v1/mentees/{userId}/progress": {
    call: () => ({ params: { userId: w.users.owner.id } }),
  },
  "DELETE /api/v1/coaching/{coachId}/{menteeId}": {
    call: () => ({
      params: { coachId: w.users.activeCoach.id, menteeId: w.users.owner.id },
    }),
    restore: async () => {
      await db
        .update(coachingLinks)
        .set({ endedAt: null })
        .where(eq(coachingLinks.id, w.coachLinkId));
    },
  },
  "POST /api/v1/me/reviews": {
    call: () => ({
      body: {
        subjectType: "project",
        subjectId: w.recordIds.projects,
        coachId: w.users.activeCoach.id,
      },
    }),
  },
  "GET /api/v1/me/reviews": none,
  "POST /api/v1/me/reviews/{id}/reply": {
    call: () => ({ params: { id: w.reviewId }, body: { message: "A word on this" } }),
  },
  "GET /api/v1/reviews/queue": none,
  "POST /api/v1/reviews/{id}/decision": {
    call: async () => ({
      params: { id: await ownerReview() },
      body: { decision: "approve", feedback: "Good" },
    }),
  },

  "PUT /api/v1/mentees/{userId}/milestones/{milestoneId}/verification": {
    call: () => ({
      params: { userId: w.users.owner.id, milestoneId: w.attestedMilestoneId },
      body: { verified: true, note: "Seen it" },
    }),
    verify: async (role) => {
      const rows = await db
        .select()
        .from(milestoneVerifications)
        .where(eq(milestoneVerifications.userId, w.users.owner.id));
      if (role === "activeCoach")
        expect(rows.map((r) => [r.milestoneId, r.verifiedBy, r.note])).toEqual([
          [w.attestedMilestoneId, w.users.activeCoach.id, "Seen it"],
        ]);
      else expect(rows, `${role} verified A's milestone`).toEqual([]);
    },
    restore: async () => {
      await db
        .delete(milestoneVerifications)
        .where(eq(milestoneVerifications.userId, w.users.owner.id));
    },
  },

  // Whoever asks gets their own feed's URL: A's secret only ever to A (secrets()).
  "GET /api/v1/me/calendar": none,
  "POST /api/v1/me/calendar/rotate": {
    call: () => ({}),
    // A's new secret is the one no one else may see from now on.
    restore: async (role) => {
      if (role !== "owner") return;
      const [feed] = await db
        .select({ feedId: calendarFeeds.feedId })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.userId, w.users.owner.id));
      w.ownerFeedSecret = feedSecret(feed!.feedId);
    },
  },
  "POST /api/v1/me/badges": {
    // A's claim answers 201 only for a badge not yet claimed: A's goes first (before the snapshot).
    call: async (role) => {
      if (role === "owner") await db.delete(badges).where(eq(badges.userId, w.users.owner.id));
      return { body: { tier: 1 } };
    },
    verify: async (role) => {
      // Each caller's badge is their own: A's is untouched by the others' claims.
      const [a] = await db.select().from(badges).where(eq(badges.userId, w.users.owner.id));
      if (role !== "owner") expect(a!.id, `${role}'s claim`).toBe(w.badgeId);
    },
    restore: async (role) => {
      if (role !== "owner") return;
      const [row] = await db.select().from(badges).where(eq(badges.userId, w.users.owner.id));
      w.badgeId = row!.id;
      w.badgeKeyId = row!.keyId;
    },
  },
  "GET /api/v1/me/badges": none,
  "DELETE /api/v1/me/badges/{id}": {
    call: () => ({ params: { id: w.badgeId } }),
    verify: async (role) => {
      const [row] = await db.select().from(badges).where(eq(badges.id, w.badgeId));
      if (role === "owner") expect(row!.revokedAt).not.toBeNull();
      else expect(row!.revokedAt, `${role} revoked A's badge`).toBeNull();
    },
    restore: async () => {
      await db.update(badges).set({ revokedAt: null }).where(eq(badges.id, w.badgeId));
    },
  },
  "GET /api/v1/badges/{id}": { call: () => ({ params: { id: w.badgeId } }) },
  "GET /api/v1/badges/issuer": none,
  "GET /api/v1/badges/keys/{kid}": { call: () => ({ params: { kid: w.badgeKeyId } }) },
  "GET /.well-known/jwks.json": none,

  "DELETE /api/v1/me": {
    call: (role) => ({ body: { password: role === "owner" ? OWNER_PASSWORD : PASSWORD } }),
  },
};

// ── Checks ──────────────────────────────────────────────────────────────────

/** Every row of every table, as a count and a hash per table (token use times aside). */
let stateQuery: ReturnType<typeof sql> | undefined;
async function dbState(): Promise<Record<string, string>> {
  if (!stateQuery) {
    const tables = (await db.execute<{ name: string }>(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name <> 'sign_in_throttles' -- attempt counters, not data
        and table_name <> 'progress_marks' -- kept by evaluating progress, on reads too
      order by table_name`)) as unknown as { name: string }[];
    stateQuery = sql.raw(
      tables
        .map(
          ({ name }) =>
            `select '${name}' as name, count(*) || ':' || md5(coalesce(string_agg((to_jsonb(x) - 'last_used_at')::text, '|' order by (to_jsonb(x) - 'last_used_at')::text), '')) as state from "${name}" x`,
        )
        .join(" union all "),
    );
  }
  const rows = (await db.execute(stateQuery)) as unknown as { name: string; state: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.state]));
}

/** The owner's own data: account, profile, records, ratings, attestations, tokens. */
async function ownerState(): Promise<Record<string, string>> {
  const id = w.users.owner.id;
  const byUser = [
    "profiles",
    "activities",
    "certifications",
    "projects",
    "papers",
    "events",
    "skill_ratings",
    "skill_rating_history",
    "milestone_attestations",
    "activity_days",
    "activity_totals",
    "api_tokens",
    "notes",
    "resources",
    "calendar_feeds",
    "badges",
    "webhook_endpoints",
    "accounts",
  ];
  // data_revision is bookkeeping, not A's data: it tells caches that A's dashboard changed,
  // which it does when A's coach verifies A's work (or the coach's account goes).
  const row = `(to_jsonb(x) - 'last_used_at' - 'data_revision')::text`;
  const part = (name: string, column: string) =>
    `select '${name}' as name, count(*) || ':' || md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as state from "${name}" x where ${column} = '${id}'`;
  const query = [part("users", "id"), ...byUser.map((t) => part(t, "user_id"))].join(" union all ");
  const rows = (await db.execute(sql.raw(query))) as unknown as { name: string; state: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.state]));
}

/** A's private values, and who besides A may receive them. */
function secrets(): [string, string, Role[]][] {
  return [
    ["A's notes", SECRET, []],
    ["A's provider email", OWNER_IDP_EMAIL, []],
    ["A's activity id", w.recordIds.activities, []],
    ["A's certification id", w.recordIds.certifications, []],
    ["A's paper id", w.recordIds.papers, []],
    ["A's event id", w.recordIds.events, []],
    ["A's token id", w.ownerTokenId, []],
    ["A's calendar feed secret", w.ownerFeedSecret, []],
    ["A's notification id", w.notificationId, []],
    ["A's private resource id", w.privateResourceId, []],
    ["A's webhook id", w.webhookId, []],
    // Shared with A's active coach, who reads it through the mentee's resources.
    ["A's shared resource id", w.sharedResourceId, ["activeCoach"]],
    // The review queue names the review and its subject to A's active coach.
    ["A's project id", w.recordIds.projects, ["activeCoach"]],
    ["A's review id", w.reviewId, ["activeCoach"]],
  ];
}

function authOf(role: Role): { token?: string; cookie?: string } {
  if (role === "anonymous") return {};
  if (role === "owner") return { cookie: w.ownerCookie };
  return { token: w.users[role].token };
}

type Handler = (request: Request, context?: unknown) => Promise<Response>;
const APP = path.resolve(import.meta.dirname, "../../..", "app");

/** `/api/v1/cohorts/{slug}/members/{userId}` → app/api/v1/cohorts/[slug]/members/[userId]/route.ts */
const routeFileOf = (template: string) =>
  path.join(
    APP,
    ...template
      .split("/")
      .filter(Boolean)
      .map((s) => s.replace(/^\{(.+)\}$/, "[$1]")),
    "route.ts",
  );

async function handlerOf(method: string, template: string): Promise<Handler> {
  const mod = (await import(/* @vite-ignore */ routeFileOf(template))) as Record<string, unknown>;
  const handler = mod[method];
  expect(typeof handler, `${routeFileOf(template)} exports ${method}`).toBe("function");
  return handler as Handler;
}

const fill = (template: string, params: Record<string, string> = {}) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    expect(params[name], `path parameter ${name}`).toBeDefined();
    return encodeURIComponent(params[name]!);
  });

async function tryAs(key: string, role: Role, expected: number): Promise<void> {
  const [method, template] = key.split(" ") as [string, string];
  const spec = SPECS[key];
  expect(spec, `${key} has a call in SPECS`).toBeDefined();
  const call = await spec!.call(role);
  const handler = await handlerOf(method, template);
  const before = await dbState();
  const ownerBefore = role === "owner" ? null : await ownerState();

  const res = await handler(
    jsonRequest(fill(template, call.params) + (call.query ?? ""), {
      method,
      body: call.body,
      ...authOf(role),
    }),
    routeParams(call.params ?? {}),
  );
  const text = await res.text();
  const ok = res.status >= 200 && res.status < 300;
  try {
    expect(res.status, `${key} as ${role} (body: ${text.slice(0, 200)})`).toBe(expected);
    // Nothing an operation answers a caller may stay in a shared cache unless it is public.
    expect(res.headers.get("cache-control"), `${key} as ${role}: Cache-Control`).toBe(
      cacheControlFor({ method: method as Operation["method"], path: template }, res.status),
    );
    if (!ok || method === "GET") {
      expect(await dbState(), `${key} as ${role} changed the database`).toEqual(before);
    }
    if (ownerBefore) {
      expect(await ownerState(), `${key} as ${role} changed A's data`).toEqual(ownerBefore);
    }
    if (role !== "owner") {
      for (const [what, value, allowed] of secrets()) {
        if (!allowed.includes(role))
          expect(text.includes(value), `${key} as ${role} answers with ${what}`).toBe(false);
      }
    }
    await spec!.verify?.(role);
  } finally {
    if (ok) await spec!.restore?.(role);
  }
}

// ── The tests ───────────────────────────────────────────────────────────────

const documentRes = await openApiRoute(jsonRequest("/api/v1/openapi.json"));
const document = (await documentRes.json()) as { paths: Record<string, Record<string, unknown>> };
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const DOCUMENT_KEYS = Object.entries(document.paths).flatMap(([p, methods]) =>
  Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`),
);
// The account is deleted last, so that every other call finds the fixture whole.
DOCUMENT_KEYS.sort((a, b) => Number(a === "DELETE /api/v1/me") - Number(b === "DELETE /api/v1/me"));
const operationOf = (key: string) =>
  (Object.values(operations) as Operation[]).find((o) => `${o.method} ${o.path}` === key);

describe("the matrix covers the OpenAPI document, and the document every route file", () => {
  it("every operation of the document has a matrix entry and a call", () => {
    expect(DOCUMENT_KEYS.length).toBeGreaterThan(50);
    expect(
      DOCUMENT_KEYS.filter((k) => !(k in MATRIX)),
      "operations without a matrix entry",
    ).toEqual([]);
    expect(
      DOCUMENT_KEYS.filter((k) => !(k in SPECS)),
      "operations without a call",
    ).toEqual([]);
  });

  it("every matrix entry is an operation of the document", () => {
    const known = new Set(DOCUMENT_KEYS);
    expect(
      Object.keys(MATRIX).filter((k) => !known.has(k)),
      "matrix entries not in the document",
    ).toEqual([]);
    expect(
      Object.keys(SPECS).filter((k) => !known.has(k)),
      "calls not in the document",
    ).toEqual([]);
  });

  it("every method a route file exports under app/api/v1 is in the document", async () => {
    // The JSON API, and the well-known documents beside it (the badges' JWK Set).
    const exported: string[] = [];
    let count = 0;
    for (const prefix of ["/api/v1", "/.well-known"]) {
      const root = path.join(APP, ...prefix.split("/").filter(Boolean));
      const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
        (f) => path.basename(f) === "route.ts",
      );
      count += files.length;
      for (const file of files) {
        const template = `${prefix}/${path.dirname(file).split(path.sep).join("/")}`.replace(
          /\[(\w+)\]/g,
          "{$1}",
        );
        const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<
          string,
          unknown
        >;
        // Every file exports every method (lib/api/methods.ts): the ones it serves are those
        // its OPTIONS allows, HEAD and OPTIONS themselves aside.
        const options = mod.OPTIONS as (request: Request) => Promise<Response>;
        const allow = (
          await options(new Request("http://localhost/", { method: "OPTIONS" }))
        ).headers
          .get("allow")
          ?.split(", ");
        expect(allow, `${template}: OPTIONS answers Allow`).toBeDefined();
        for (const m of allow!)
          if (HTTP_METHODS.includes(m) && m !== "HEAD" && m !== "OPTIONS")
            exported.push(`${m} ${template}`);
      }
    }
    expect(count).toBeGreaterThan(30);
    const documented = new Set(DOCUMENT_KEYS);
    expect(
      exported.filter((k) => !documented.has(k)),
      "route methods missing from the document",
    ).toEqual([]);
    expect(
      DOCUMENT_KEYS.filter((k) => !exported.includes(k)),
      "documented operations without a route",
    ).toEqual([]);
  });

  it("each entry's statuses agree with its operation: the success status, and documented errors", () => {
    for (const [key, row] of Object.entries(MATRIX)) {
      const operation = operationOf(key);
      if (!operation) continue; // reported by the test above
      const success = operation.status ?? 200;
      for (const status of row) {
        if (status < 300) expect(status, `${key}: success status`).toBe(success);
        else expect(operation.errors, `${key}: ${status} is documented`).toContain(status);
      }
      // Credentials decide user routes: the anonymous caller gets 401 there, never data.
      if (operation.auth === "user") expect(row[0], `${key} anonymous`).toBe(401);
    }
  });
});

for (const key of DOCUMENT_KEYS) {
  const row = MATRIX[key];
  describe(key, () => {
    if (!row) {
      it("has a matrix entry", () => {
        expect.fail(`${key} is in the OpenAPI document but has no entry in MATRIX`);
      });
      return;
    }
    // The owner last: some owner calls (deleting the account) end what the others need.
    const order = [...ROLES.filter((r) => r !== "owner"), "owner" as const];
    for (const role of order) {
      const expected = row[ROLES.indexOf(role)]!;
      it(`as ${role}: ${expected}`, () => tryAs(key, role, expected));
    }
  });
}
