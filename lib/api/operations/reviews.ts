import { z } from "zod";
import { REVIEW_STATUSES } from "@/db/enums";
import { decisionInput, replyInput, reviewRequestInput } from "../../coaching/schemas";
import { idParams, op, type Operation } from "./operation";

/** Review requests: a learner asks and replies, a coach works the queue and decides. */
export const reviewOperations = {
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
    response: z.object({ id: z.uuid(), status: z.enum(REVIEW_STATUSES) }),
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
    response: z.object({ id: z.uuid(), status: z.enum(REVIEW_STATUSES) }),
    errors: [400, 401, 404, 409, 413, 422],
  }),
} satisfies Record<string, Operation>;
