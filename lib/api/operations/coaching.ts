import { z } from "zod";
import { inviteInput, milestoneVerificationInput } from "../../coaching/schemas";
import { idParams, op, type Operation } from "./operation";
import { progressOutput } from "./roadmap";

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
} satisfies Record<string, Operation>;
