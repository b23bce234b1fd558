/**
 * An example request body (when the operation takes one) and an example success answer for each
 * operation, by operationId. They are emitted into the OpenAPI document as media-type `example`s
 * (and so into docs/API.md), and lib/api/examples.test.ts validates each one against the schema
 * it is attached to, so they cannot drift from what the server accepts and answers.
 */
import { accountExamples } from "./examples/accounts";
import { badgeExamples } from "./examples/badges";
import { calendarExamples } from "./examples/calendar";
import { coachingExamples } from "./examples/coaching";
import { cohortInvitationExamples } from "./examples/cohort-invitations";
import { cohortMilestoneExamples } from "./examples/cohort-milestones";
import { cohortExamples } from "./examples/cohorts";
import { identityExamples } from "./examples/identities";
import { noteExamples } from "./examples/notes";
import { notificationExamples } from "./examples/notifications";
import { portabilityExamples } from "./examples/portability";
import { profileExamples } from "./examples/profiles";
import { recordExamples } from "./examples/records";
import { reviewExamples } from "./examples/reviews";
import { roadmapExamples } from "./examples/roadmap";
import { serviceExamples } from "./examples/service";
import type { OperationExample } from "./examples/shared";
import { skillExamples } from "./examples/skills";
import { webhookExamples } from "./examples/webhooks";

export type { OperationExample } from "./examples/shared";

/** The examples of every operation, one file per area under examples/, as operations/ is split. */
const EXAMPLES: Record<string, OperationExample> = {
  ...recordExamples(),
  ...serviceExamples,
  ...accountExamples,
  ...identityExamples,
  ...roadmapExamples,
  ...profileExamples,
  ...cohortExamples,
  ...cohortInvitationExamples,
  ...cohortMilestoneExamples,
  ...coachingExamples,
  ...reviewExamples,
  ...notificationExamples,
  ...skillExamples,
  ...noteExamples,
  ...portabilityExamples,
  ...calendarExamples,
  ...badgeExamples,
  ...webhookExamples,
};

export const OPERATION_EXAMPLES: Readonly<Record<string, OperationExample>> = EXAMPLES;

type MediaType = { schema?: unknown; example?: unknown };
type DocumentOperation = {
  operationId: string;
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
};

/**
 * The document with each operation's examples on its JSON request body and its success answer
 * (the first 2xx response with a JSON body). An answer without a declared body gets none.
 */
export function withExamples<D extends { paths: Record<string, Record<string, object>> }>(
  doc: D,
): D {
  for (const methods of Object.values(doc.paths)) {
    for (const operation of Object.values(methods) as DocumentOperation[]) {
      const example = EXAMPLES[operation.operationId];
      if (!example) continue;
      const requestJson = operation.requestBody?.content["application/json"];
      if (requestJson && example.request !== undefined) requestJson.example = example.request;
      const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status));
      const responseJson = success?.[1].content?.["application/json"];
      if (responseJson && example.response !== undefined) responseJson.example = example.response;
    }
  }
  return doc;
}
