import { accountOperations } from "./operations/accounts";
import { calendarOperations } from "./operations/calendar";
import { badgeOperations } from "./operations/badges";
import { coachingOperations } from "./operations/coaching";
import { identityOperations } from "./operations/identities";
import { cohortInvitationOperations } from "./operations/cohort-invitations";
import { cohortMilestoneOperations } from "./operations/cohort-milestones";
import { cohortOperations } from "./operations/cohorts";
import { noteOperations } from "./operations/notes";
import { notificationOperations } from "./operations/notifications";
import type { Operation } from "./operations/operation";
import { portabilityOperations } from "./operations/portability";
import { profileOperations } from "./operations/profiles";
import { recordOperationList } from "./operations/records";
import { reviewOperations } from "./operations/reviews";
import { roadmapOperations } from "./operations/roadmap";
import { serviceOperations } from "./operations/service";
import { skillOperations } from "./operations/skills";
import { webhookOperations } from "./operations/webhooks";

export type { Operation } from "./operations/operation";
export { tokenCreateInput } from "./operations/accounts";
export { RECORD_OPERATIONS } from "./operations/records";

/**
 * Every JSON API operation, one file per area under operations/. Route handlers
 * take their operation from here, and the OpenAPI document is generated from
 * this list, so the two cannot drift. The order here is the order of the paths
 * in that document.
 */
export const operations = {
  ...recordOperationList,
  ...serviceOperations,
  ...accountOperations,
  ...identityOperations,
  ...roadmapOperations,
  ...profileOperations,
  ...cohortOperations,
  ...cohortInvitationOperations,
  ...cohortMilestoneOperations,
  ...coachingOperations,
  ...reviewOperations,
  ...notificationOperations,
  ...skillOperations,
  ...noteOperations,
  ...portabilityOperations,
  ...calendarOperations,
  ...badgeOperations,
  ...webhookOperations,
} satisfies Record<string, Operation>;
