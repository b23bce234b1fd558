import { type OperationExample, CREATED } from "./shared";

/** The examples of the operations in operations/cohort-invitations.ts, by operationId. */
export const cohortInvitationExamples: Record<string, OperationExample> = {
  importCohortInvitations: {
    request: { emails: ["grace@example.com", "alan@example.com", "not-an-email"] },
    response: {
      invited: ["grace@example.com"],
      already: ["alan@example.com"],
      invalid: [{ row: 3, email: "not-an-email", reason: "is not an email address" }],
    },
  },
  listCohortInvitations: {
    response: {
      items: [
        {
          email: "grace@example.com",
          name: null,
          status: "invited",
          invitedAt: CREATED,
          joinedAt: null,
          link: "https://epoch.example.com/cohorts/join?token=3c1e9a7f5b2d4e8a",
        },
      ],
      nextCursor: null,
    },
  },
};
