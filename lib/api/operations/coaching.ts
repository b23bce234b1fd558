import { z } from "zod";
import { inviteInput, milestoneVerificationInput } from "../../coaching/schemas";
import { COACHING_ROLES, INVITATION_STATUSES } from "@/db/enums";
import { listQuery, pageOf } from "../../pagination";
import { idParams, op, type Operation } from "./operation";
import { progressOutput, tierRef } from "./roadmap";

const invitationBase = {
  id: z.uuid(),
  role: z.enum(COACHING_ROLES).describe("the role the invitee would take"),
  status: z.enum(INVITATION_STATUSES),
  createdAt: z.iso.datetime(),
};
const invitationItem = z
  .discriminatedUnion("direction", [
    z.object({
      direction: z.literal("incoming").describe("an invitation to you"),
      ...invitationBase,
      from: z.object({ id: z.uuid(), name: z.string().nullable(), email: z.string() }),
    }),
    z.object({
      direction: z.literal("outgoing").describe("an invitation you sent"),
      ...invitationBase,
      email: z.email().describe("whom it invites"),
    }),
  ])
  .meta({ id: "CoachingInvitation" });

const menteeItem = z
  .object({
    userId: z.uuid(),
    name: z.string().nullable(),
    email: z.string(),
    since: z.iso.datetime().describe("when the coaching began"),
    headline: z.string().nullable(),
    tier: tierRef,
    lastActiveOn: z.iso.date().nullable(),
    openReviews: z.number().int().min(0),
  })
  .meta({ id: "Mentee" });

/** Coaching links: invitations, a coach's mentees, milestone verification, ending a link. */
export const coachingOperations = {
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
    summary:
      "Invitations to you and from you in one list, newest first (`direction` keeps one side)",
    tag: "Coaching",
    auth: "user",
    query: listQuery.extend({
      direction: z
        .enum(["incoming", "outgoing"], { error: "must be incoming or outgoing" })
        .optional(),
    }),
    response: pageOf(invitationItem),
    errors: [401, 422],
  }),
  acceptInvitation: op({
    method: "POST",
    path: "/api/v1/coaching/invitations/{id}/accept",
    summary: "Accept an invitation (the invitee only)",
    tag: "Coaching",
    auth: "user",
    params: idParams,
    response: z.object({
      status: z.literal("accepted"),
      coachId: z.uuid(),
      menteeId: z.uuid(),
    }),
    errors: [401, 404, 409, 422],
  }),
  declineInvitation: op({
    method: "POST",
    path: "/api/v1/coaching/invitations/{id}/decline",
    summary: "Decline an invitation (the invitee only)",
    tag: "Coaching",
    auth: "user",
    params: idParams,
    response: z.object({ status: z.literal("declined") }),
    errors: [401, 404, 409, 422],
  }),
  listMentees: op({
    method: "GET",
    path: "/api/v1/mentees",
    summary: "Your active mentees by name, with tier, last activity and open reviews",
    tag: "Coaching",
    auth: "user",
    query: listQuery,
    response: pageOf(menteeItem),
    errors: [401, 422],
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
} satisfies Record<string, Operation>;
