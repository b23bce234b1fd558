import { type OperationExample, CREATED } from "./shared";

/** The examples of the operations in operations/identities.ts, by operationId. */
export const identityExamples: Record<string, OperationExample> = {
  listIdentities: {
    response: {
      items: [{ provider: "github", email: "ada@example.com", linkedAt: CREATED }],
      nextCursor: null,
      hasPassword: true,
    },
  },
  unlinkIdentity: {},
};
