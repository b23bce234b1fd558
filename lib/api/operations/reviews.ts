import { z } from "zod";
import { decisionInput, replyInput, reviewRequestInput } from "../../coaching/schemas";
import {
  CERTIFICATION_STATUSES,
  PROJECT_STATUSES,
  REVIEW_MESSAGE_KINDS,
  REVIEW_STATUSES,
  REVIEW_SUBJECT_TYPES,
} from "@/db/enums";
import { listQuery, pageOf } from "../../pagination";
import { idParams, op, type Operation } from "./operation";

const reviewItem = z
  .object({
    id: z.uuid(),
    userId: z.uuid().describe("the learner whose work is reviewed"),
    coachId: z.uuid(),
    learnerName: z.string().nullable(),
    subjectType: z.enum(REVIEW_SUBJECT_TYPES),
    subjectId: z.uuid(),
    status: z.enum(REVIEW_STATUSES),
    requestedAt: z.iso.datetime().describe("when it last entered the queue"),
    decidedAt: z.iso.datetime().nullable(),
    subjectTitle: z.string(),
    subject: z.object({
      title: z.string(),
      url: z.string().nullable().describe("a project's repository, a certification's credential"),
      demoUrl: z.string().nullable(),
      status: z.enum([...PROJECT_STATUSES, ...CERTIFICATION_STATUSES]).nullable(),
      issuer: z.string().nullable(),
      milestone: z
        .object({
          met: z.boolean(),
          attested: z.boolean(),
          verified: z.boolean(),
          progress: z.object({ current: z.number(), target: z.number() }),
          attestationNote: z.string().nullable(),
        })
        .nullable()
        .describe("a milestone's standing for the learner (in the coach's queue; null otherwise)"),
    }),
    thread: z.array(
      z.object({
        reviewId: z.uuid(),
        authorId: z.uuid().nullable(),
        kind: z.enum(REVIEW_MESSAGE_KINDS),
        body: z.string().nullable(),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: "Review" });

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
    summary: "Your review requests with their threads, newest first",
    tag: "Coaching",
    auth: "user",
    query: listQuery,
    response: pageOf(reviewItem),
    errors: [401, 422],
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
    query: listQuery,
    response: pageOf(reviewItem),
    errors: [401, 422],
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
