import { z } from "zod";
import { COHORT_ROLES, MILESTONE_KINDS } from "@/db/enums";
import {
  cohortSlugParams,
  createCohortInput,
  joinCohortInput,
  memberRoleInput,
  membershipInput,
  updateCohortInput,
} from "../cohorts/schemas";
import {
  passwordResetAnswer,
  passwordResetConfirmInput,
  passwordResetRequestInput,
} from "../auth/reset-schemas";
import {
  decisionInput,
  inviteInput,
  milestoneVerificationInput,
  replyInput,
  reviewRequestInput,
} from "../coaching/schemas";
import { exportDocument } from "../portability/document";
import { listQuery } from "../records/fields";
import { RECORD_KINDS, withArticle, type RecordKind } from "../records/kinds";
import { isVerifiable } from "../records/verification";
import {
  changePasswordInput,
  deleteAccountInput,
  meOutput,
  registerInput,
  registerOutput,
  updateMeInput,
} from "../users/schemas";

/**
 * Every JSON API operation: its path, who may call it, and the zod schemas of
 * its input and output. Route handlers take their operation from here, and the
 * OpenAPI document is generated from this list, so the two cannot drift.
 */
export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  summary: string;
  tag: string;
  auth: "user" | "public";
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
  /** The success status. */
  status?: number;
  /** The error statuses this operation can answer, besides 500 and 503. */
  errors: number[];
  /** Bodies above this many bytes answer 413 (default 64 KiB). */
  maxBodyBytes?: number;
  /** The 503 answer has the response's shape rather than the error format (health). */
  unavailableLikeResponse?: boolean;
};

/** Cookie-authenticated writes from another site answer 403 (handler.ts), so every user write lists it. */
const op = <O extends Operation>(o: O): O =>
  o.auth === "user" && o.method !== "GET" && !o.errors.includes(403)
    ? { ...o, errors: [...o.errors, 403] }
    : o;

const idParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });

export const tokenCreateInput = z.object({
  email: z.string({ error: "is required" }).trim().min(1, "is required").max(254, "is too long"),
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
  name: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters"),
});

const tokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});

const milestone = z.object({
  id: z.uuid(),
  tier: z.number(),
  track: z.string().nullable(),
  title: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  criteria: z.record(z.string(), z.unknown()),
});

const tierRef = z.object({ number: z.number().int(), name: z.string() });
const progressOutput = z.object({
  tier: tierRef,
  nextTier: tierRef.nullable(),
  track: z.string().nullable(),
  milestones: z.array(
    z.object({
      id: z.uuid(),
      tier: z.number().int(),
      track: z.string().nullable(),
      title: z.string(),
      kind: z.string(),
      met: z.boolean(),
      attested: z.boolean(),
      verified: z.boolean(),
      progress: z.object({ current: z.number(), target: z.number() }),
    }),
  ),
});

const skillRating = z.object({
  skill: z.string(),
  level: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
});

/** The five operations of one kind of learner record, under /api/v1/me/<kind>. */
const recordVerification = {
  verified: z.boolean(),
  verifiedBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  verifiedAt: z.iso.datetime().nullable(),
};

function recordOperations<K extends RecordKind>(kind: K) {
  const base = `/api/v1/me/${kind.key}`;
  const tag = "Learner records";
  // Projects and certifications carry their coach verification (read-only: not in the body).
  const item = isVerifiable(kind.key) ? kind.output.extend(recordVerification) : kind.output;
  return {
    list: op({
      method: "GET",
      path: base,
      summary: `List your ${kind.key}, newest first`,
      tag,
      auth: "user",
      query: listQuery,
      response: z.object({ items: z.array(item), nextCursor: z.string().nullable() }),
      errors: [401, 422],
    }),
    create: op({
      method: "POST",
      path: base,
      summary: `Record ${withArticle(kind.singular)} (idempotent with a client-chosen id: a repeat answers 200)`,
      tag,
      auth: "user",
      body: kind.create as K["create"],
      response: item,
      status: 201,
      errors: [400, 401, 409, 413, 422],
    }),
    get: op({
      method: "GET",
      path: `${base}/{id}`,
      summary: `One ${kind.singular}`,
      tag,
      auth: "user",
      params: idParams,
      response: item,
      errors: [401, 404, 422],
    }),
    update: op({
      method: "PATCH",
      path: `${base}/{id}`,
      summary: `Change fields of ${withArticle(kind.singular)}`,
      tag,
      auth: "user",
      params: idParams,
      body: kind.patch as K["patch"],
      response: item,
      errors: [400, 401, 404, 413, 422],
    }),
    remove: op({
      method: "DELETE",
      path: `${base}/{id}`,
      summary: `Delete ${withArticle(kind.singular)}`,
      tag,
      auth: "user",
      params: idParams,
      status: 204,
      errors: [401, 404, 422],
    }),
  };
}

export const RECORD_OPERATIONS = {
  activities: recordOperations(RECORD_KINDS.activities),
  certifications: recordOperations(RECORD_KINDS.certifications),
  projects: recordOperations(RECORD_KINDS.projects),
  papers: recordOperations(RECORD_KINDS.papers),
  events: recordOperations(RECORD_KINDS.events),
};

const flatRecordOperations = Object.fromEntries(
  Object.entries(RECORD_OPERATIONS).flatMap(([kind, ops]) =>
    Object.entries(ops).map(([verb, o]) => [`${verb}${kind[0]!.toUpperCase()}${kind.slice(1)}`, o]),
  ),
) as Record<string, Operation>;

export const operations = {
  ...flatRecordOperations,
  health: op({
    method: "GET",
    path: "/api/v1/health",
    summary: "Liveness and database reachability",
    tag: "Public",
    auth: "public",
    response: z.object({ ok: z.boolean(), db: z.enum(["up", "down"]) }),
    errors: [],
    unavailableLikeResponse: true,
  }),
  openapi: op({
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "Public",
    auth: "public",
    errors: [],
  }),
  register: op({
    method: "POST",
    path: "/api/v1/register",
    summary: "Create an account",
    tag: "Accounts",
    auth: "public",
    body: registerInput,
    response: registerOutput,
    status: 201,
    errors: [400, 409, 413, 422, 429],
  }),
  createToken: op({
    method: "POST",
    path: "/api/v1/tokens",
    summary: "Create a personal access token (shown once)",
    tag: "Accounts",
    auth: "public",
    body: tokenCreateInput,
    response: z.object({ id: z.uuid(), name: z.string(), token: z.string() }),
    status: 201,
    errors: [400, 401, 413, 422, 429],
  }),
  listTokens: op({
    method: "GET",
    path: "/api/v1/tokens",
    summary: "The caller's personal access tokens",
    tag: "Accounts",
    auth: "user",
    response: z.object({ items: z.array(tokenSummary) }),
    errors: [401],
  }),
  revokeToken: op({
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    summary: "Revoke a token; it stops working at once",
    tag: "Accounts",
    auth: "user",
    params: idParams,
    status: 204,
    errors: [401, 404, 422],
  }),
  getMe: op({
    method: "GET",
    path: "/api/v1/me",
    summary: "The caller and their profile",
    tag: "Accounts",
    auth: "user",
    response: meOutput,
    errors: [401],
  }),
  updateMe: op({
    method: "PATCH",
    path: "/api/v1/me",
    summary: "Change the name or profile fields",
    tag: "Accounts",
    auth: "user",
    body: updateMeInput,
    response: meOutput,
    errors: [400, 401, 409, 413, 422],
  }),
  changePassword: op({
    method: "POST",
    path: "/api/v1/me/password",
    summary: "Change the password; every other session and every personal access token ends",
    tag: "Accounts",
    auth: "user",
    body: changePasswordInput,
    status: 204,
    errors: [400, 401, 413, 422],
  }),
  requestPasswordReset: op({
    method: "POST",
    path: "/api/v1/password-reset",
    summary:
      "Ask for a password reset link by email; the same answer whether or not the email has an account",
    tag: "Accounts",
    auth: "public",
    body: passwordResetRequestInput,
    response: passwordResetAnswer,
    status: 202,
    errors: [400, 413, 422, 429],
  }),
  confirmPasswordReset: op({
    method: "POST",
    path: "/api/v1/password-reset/confirm",
    summary:
      "Set a new password with a reset token (once, within an hour); every session and personal access token of the account ends",
    tag: "Accounts",
    auth: "public",
    body: passwordResetConfirmInput,
    status: 204,
    errors: [400, 413, 422],
  }),
  roadmap: op({
    method: "GET",
    path: "/api/v1/roadmap",
    summary: "Every tier, track, skill area and milestone of the roadmap",
    tag: "Roadmap",
    auth: "public",
    response: z.object({
      tiers: z.array(
        z.object({
          number: z.number(),
          name: z.string(),
          context: z.string(),
          milestones: z.array(milestone),
        }),
      ),
      tracks: z.array(
        z.object({
          slug: z.string(),
          name: z.string(),
          summary: z.string(),
          milestones: z.array(milestone),
        }),
      ),
      skillAreas: z.array(
        z.object({
          slug: z.string(),
          name: z.string(),
          skills: z.array(z.object({ slug: z.string(), name: z.string() })),
        }),
      ),
    }),
    errors: [],
  }),
  getProgress: op({
    method: "GET",
    path: "/api/v1/me/progress",
    summary: "Your tier, the next one, and every milestone's status and progress",
    tag: "Roadmap",
    auth: "user",
    response: progressOutput,
    errors: [401],
  }),
  setAttestation: op({
    method: "PUT",
    path: "/api/v1/me/milestones/{milestoneId}/attestation",
    summary: "Check off (or un-check) a milestone of the attested kind",
    tag: "Roadmap",
    auth: "user",
    params: z.object({ milestoneId: z.uuid({ error: "must be a UUID" }) }),
    body: z
      .object({
        attested: z.boolean({ error: "must be true or false" }),
        note: z.string().trim().max(1000, "must be at most 1000 characters").nullable().optional(),
      })
      .strict(),
    response: z.object({ milestoneId: z.uuid(), attested: z.boolean() }),
    errors: [400, 401, 404, 413, 422],
  }),
  publicProfile: op({
    method: "GET",
    path: "/api/v1/profiles/{slug}",
    summary: "A public profile's public fields (404 unless the learner made it public)",
    tag: "Public",
    auth: "public",
    params: z.object({ slug: z.string().max(40, "is not a profile address") }),
    response: z.object({
      name: z.string().nullable(),
      headline: z.string().nullable(),
      slug: z.string(),
      tier: tierRef,
      track: z.string().nullable(),
      verifiedMilestones: z.array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          tier: z.number(),
          track: z.string().nullable(),
        }),
      ),
      shippedProjects: z.array(
        z.object({
          title: z.string(),
          summary: z.string().nullable(),
          repoUrl: z.string().nullable(),
          demoUrl: z.string().nullable(),
          openSource: z.boolean(),
          track: z.string().nullable(),
          verified: z.boolean(),
        }),
      ),
      earnedCertifications: z.array(
        z.object({
          name: z.string(),
          issuer: z.string(),
          issuedOn: z.string().nullable(),
          expiresOn: z.string().nullable(),
          credentialUrl: z.string().nullable(),
          verified: z.boolean(),
        }),
      ),
    }),
    errors: [404, 422],
  }),
  createCohort: op({
    method: "POST",
    path: "/api/v1/cohorts",
    summary: "Create a cohort; you are its organizer",
    tag: "Cohorts",
    auth: "user",
    body: createCohortInput,
    response: z.object({ slug: z.string(), name: z.string(), inviteCode: z.string() }),
    status: 201,
    errors: [400, 401, 413, 422],
  }),
  listCohorts: op({
    method: "GET",
    path: "/api/v1/cohorts",
    summary: "Your cohorts, with your role in each",
    tag: "Cohorts",
    auth: "user",
    response: z.object({
      items: z.array(
        z.object({
          slug: z.string(),
          name: z.string(),
          description: z.string().nullable(),
          startsOn: z.string().nullable(),
          endsOn: z.string().nullable(),
          role: z.enum(COHORT_ROLES),
          memberCount: z.number(),
        }),
      ),
    }),
    errors: [401],
  }),
  joinCohort: op({
    method: "POST",
    path: "/api/v1/cohorts/join",
    summary: "Join with an invite code (joining again changes nothing)",
    tag: "Cohorts",
    auth: "user",
    body: joinCohortInput,
    response: z.object({ slug: z.string(), name: z.string() }),
    errors: [400, 401, 404, 413, 422],
  }),
  updateCohort: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}",
    summary: "Rename or re-date the cohort (organizer)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    body: updateCohortInput,
    errors: [400, 401, 404, 413, 422],
  }),
  cohortDashboard: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/dashboard",
    summary: "The cohort dashboard, with only what each member shares (404 for non-members)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    errors: [401, 404, 422],
  }),
  cohortCsv: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/export.csv",
    summary: "The cohort's progress as CSV, shared fields only (organizer)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    errors: [401, 404, 422],
  }),
  updateMembership: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}/membership",
    summary: "Choose what the cohort sees of you: progress, hours, leaderboard",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    body: membershipInput,
    response: z.object({
      shareProgress: z.boolean(),
      shareHours: z.boolean(),
      leaderboard: z.boolean(),
    }),
    errors: [400, 401, 404, 413, 422],
  }),
  rotateInviteCode: op({
    method: "POST",
    path: "/api/v1/cohorts/{slug}/invite-code",
    summary: "A new invite code; the old one stops working (organizer)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    response: z.object({ inviteCode: z.string() }),
    errors: [401, 404, 422],
  }),
  removeCohortMember: op({
    method: "DELETE",
    path: "/api/v1/cohorts/{slug}/members/{userId}",
    summary: "An organizer removes a member, or a member leaves; the last organizer cannot (409)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams.extend({ userId: z.uuid({ error: "must be a UUID" }) }),
    status: 204,
    errors: [401, 404, 409, 422],
  }),
  changeCohortMemberRole: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}/members/{userId}",
    summary:
      "Make a member organizer, coach or member (organizer); the last organizer cannot step down (409)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams.extend({ userId: z.uuid({ error: "must be a UUID" }) }),
    body: memberRoleInput,
    response: z.object({ userId: z.uuid(), role: z.enum(COHORT_ROLES) }),
    errors: [400, 401, 404, 409, 413, 422],
  }),
  invite: op({
    method: "POST",
    path: "/api/v1/coaching/invitations",
    summary:
      "Invite someone by email to coach you (role coach) or be coached by you (role mentee); same answer whether or not the email has an account",
    tag: "Coaching",
    auth: "user",
    body: inviteInput,
    response: z.object({ id: z.uuid() }),
    status: 201,
    errors: [400, 401, 413, 422],
  }),
  listInvitations: op({
    method: "GET",
    path: "/api/v1/coaching/invitations",
    summary: "Invitations to and from you",
    tag: "Coaching",
    auth: "user",
    errors: [401],
  }),
  acceptInvitation: op({
    method: "POST",
    path: "/api/v1/coaching/invitations/{id}/accept",
    summary: "Accept an invitation (the invitee only)",
    tag: "Coaching",
    auth: "user",
    params: idParams,
    errors: [401, 404, 409, 422],
  }),
  declineInvitation: op({
    method: "POST",
    path: "/api/v1/coaching/invitations/{id}/decline",
    summary: "Decline an invitation (the invitee only)",
    tag: "Coaching",
    auth: "user",
    params: idParams,
    errors: [401, 404, 409, 422],
  }),
  listMentees: op({
    method: "GET",
    path: "/api/v1/mentees",
    summary: "Your active mentees, with tier, last activity and open reviews",
    tag: "Coaching",
    auth: "user",
    errors: [401],
  }),
  menteeProgress: op({
    method: "GET",
    path: "/api/v1/mentees/{userId}/progress",
    summary: "A mentee's progress (same shape as me/progress); 404 unless you actively coach them",
    tag: "Coaching",
    auth: "user",
    params: z.object({ userId: z.uuid({ error: "must be a UUID" }) }),
    response: progressOutput,
    errors: [401, 404, 422],
  }),
  verifyMilestone: op({
    method: "PUT",
    path: "/api/v1/mentees/{userId}/milestones/{milestoneId}/verification",
    summary:
      "Verify a mentee's milestone, or withdraw the verification (active coach only; 404 otherwise)",
    tag: "Coaching",
    auth: "user",
    params: z.object({
      userId: z.uuid({ error: "must be a UUID" }),
      milestoneId: z.uuid({ error: "must be a UUID" }),
    }),
    body: milestoneVerificationInput,
    response: z.object({
      milestoneId: z.uuid(),
      verified: z.boolean(),
      verifiedBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
      verifiedAt: z.iso.datetime().nullable(),
      note: z.string().nullable(),
    }),
    errors: [400, 401, 404, 413, 422],
  }),
  endCoaching: op({
    method: "DELETE",
    path: "/api/v1/coaching/{coachId}/{menteeId}",
    summary: "Either side ends the link; the coach's access ends at once",
    tag: "Coaching",
    auth: "user",
    params: z.object({
      coachId: z.uuid({ error: "must be a UUID" }),
      menteeId: z.uuid({ error: "must be a UUID" }),
    }),
    status: 204,
    errors: [401, 404, 422],
  }),
  requestReview: op({
    method: "POST",
    path: "/api/v1/me/reviews",
    summary: "Ask an active coach to review a milestone, project or certification",
    tag: "Coaching",
    auth: "user",
    body: reviewRequestInput,
    response: z.object({ id: z.uuid(), status: z.literal("requested") }),
    status: 201,
    errors: [400, 401, 413, 422],
  }),
  myReviews: op({
    method: "GET",
    path: "/api/v1/me/reviews",
    summary: "Your review requests with their threads",
    tag: "Coaching",
    auth: "user",
    errors: [401],
  }),
  replyToReview: op({
    method: "POST",
    path: "/api/v1/me/reviews/{id}/reply",
    summary: "Answer your coach's feedback, and ask again (requestAgain, default true)",
    tag: "Coaching",
    auth: "user",
    params: idParams,
    body: replyInput,
    errors: [400, 401, 404, 409, 413, 422],
  }),
  reviewQueue: op({
    method: "GET",
    path: "/api/v1/reviews/queue",
    summary: "Your open review requests as a coach, oldest first",
    tag: "Coaching",
    auth: "user",
    errors: [401],
  }),
  decideReview: op({
    method: "POST",
    path: "/api/v1/reviews/{id}/decision",
    summary: "Approve (verifies the subject) or request changes, with feedback",
    tag: "Coaching",
    auth: "user",
    params: idParams,
    body: decisionInput,
    errors: [400, 401, 404, 409, 413, 422],
  }),
  listNotifications: op({
    method: "GET",
    path: "/api/v1/me/notifications",
    summary: "Your latest notifications and the unread count",
    tag: "Accounts",
    auth: "user",
    errors: [401],
  }),
  readNotifications: op({
    method: "POST",
    path: "/api/v1/me/notifications/read",
    summary: "Mark notifications read (all when no ids are given)",
    tag: "Accounts",
    auth: "user",
    body: z
      .object({
        ids: z
          .array(z.uuid({ error: "must be UUIDs" }))
          .max(100)
          .optional(),
      })
      .strict(),
    status: 204,
    errors: [400, 401, 413, 422],
  }),
  listSkills: op({
    method: "GET",
    path: "/api/v1/me/skills",
    summary: "Your level on every skill (0 when never rated)",
    tag: "Roadmap",
    auth: "user",
    response: z.object({ items: z.array(skillRating) }),
    errors: [401],
  }),
  setSkill: op({
    method: "PUT",
    path: "/api/v1/me/skills/{skillSlug}",
    summary: "Rate a skill 0–4; kept in the history",
    tag: "Roadmap",
    auth: "user",
    params: z.object({ skillSlug: z.string().max(100) }),
    body: z.object({
      level: z
        .number({ error: "must be a number from 0 to 4" })
        .int("must be a whole number")
        .min(0, "must be 0 to 4")
        .max(4, "must be 0 to 4"),
    }),
    response: skillRating,
    errors: [400, 401, 404, 413, 422],
  }),
  exportMe: op({
    method: "GET",
    path: "/api/v1/me/export",
    summary: "Everything you own as one JSON document, or one kind as CSV (?format=csv&kind=…)",
    tag: "Accounts",
    auth: "user",
    query: z.object({
      format: z.enum(["json", "csv"], { error: "must be json or csv" }).default("json"),
      kind: z
        .enum(["skills", "activities", "certifications", "projects", "papers", "events"], {
          error: "must be skills, activities, certifications, projects, papers or events",
        })
        .optional(),
    }),
    errors: [401, 422],
  }),
  importMe: op({
    method: "POST",
    path: "/api/v1/me/import",
    summary:
      "Read an export document into your account (ids are kept; importing twice adds nothing)",
    tag: "Accounts",
    auth: "user",
    body: exportDocument,
    // How many of each were added (0 on a re-import), and the same in words.
    response: z.object({
      activities: z.number(),
      certifications: z.number(),
      projects: z.number(),
      papers: z.number(),
      events: z.number(),
      skills: z.number(),
      skillHistory: z.number(),
      message: z.string(),
    }),
    errors: [400, 401, 413, 422],
    maxBodyBytes: 50 * 1024 * 1024,
  }),
  deleteMe: op({
    method: "DELETE",
    path: "/api/v1/me",
    summary: "Delete your account and everything it owns (asks for the password)",
    tag: "Accounts",
    auth: "user",
    body: deleteAccountInput,
    status: 204,
    errors: [400, 401, 413, 422],
  }),
} satisfies Record<string, Operation>;
