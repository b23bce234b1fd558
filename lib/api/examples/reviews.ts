import {
  type OperationExample,
  USER,
  COACH,
  RECORD,
  MILESTONE,
  QUEUED_REVIEW,
  NEXT_PAGE,
  ITEM,
  CREATED,
  UPDATED,
} from "./shared";

const review = {
  id: ITEM,
  userId: USER,
  coachId: COACH,
  learnerName: "Ada Lovelace",
  subjectType: "project",
  subjectId: RECORD,
  status: "changes_requested",
  requestedAt: CREATED,
  decidedAt: UPDATED,
  subjectTitle: "Drift monitor for a churn model",
  subject: {
    title: "Drift monitor for a churn model",
    url: "https://github.com/example/drift-monitor",
    demoUrl: null,
    status: "shipped",
    issuer: null,
    milestone: null,
  },
  thread: [
    {
      reviewId: ITEM,
      authorId: USER,
      kind: "request",
      body: "Is the drift threshold sensible?",
      createdAt: CREATED,
    },
    {
      reviewId: ITEM,
      authorId: COACH,
      kind: "request_changes",
      body: "PSI 0.2 will alert too late for weekly data; try 0.1 and add a test for it.",
      createdAt: UPDATED,
    },
  ],
};

/** The examples of the operations in operations/reviews.ts, by operationId. */
export const reviewExamples: Record<string, OperationExample> = {
  requestReview: {
    request: {
      subjectType: "project",
      subjectId: RECORD,
      coachId: COACH,
      note: "Is the drift threshold sensible?",
    },
    response: { id: ITEM, status: "requested" },
  },
  myReviews: { response: { items: [review], nextCursor: null } },
  replyToReview: {
    request: { message: "Lowered the threshold to 0.1; have a look.", requestAgain: true },
    response: { id: ITEM, status: "requested" },
  },
  reviewQueue: {
    response: {
      items: [
        {
          ...review,
          id: QUEUED_REVIEW,
          subjectType: "milestone",
          subjectId: MILESTONE,
          status: "requested",
          decidedAt: null,
          subjectTitle: "Log 100 hours of study",
          subject: {
            title: "Log 100 hours of study",
            url: null,
            demoUrl: null,
            status: null,
            issuer: null,
            milestone: {
              met: false,
              attested: true,
              verified: false,
              progress: { current: 42.5, target: 100 },
              attestationNote: "Most of my hours are in the study group log, not here.",
            },
          },
          thread: [
            {
              reviewId: QUEUED_REVIEW,
              authorId: USER,
              kind: "request",
              body: "Can you verify this from the study group log?",
              createdAt: CREATED,
            },
          ],
        },
      ],
      nextCursor: NEXT_PAGE,
    },
  },
  decideReview: {
    request: { decision: "approve", feedback: "Solid work: clear alerts and tests." },
    response: { id: ITEM, status: "approved" },
  },
};
