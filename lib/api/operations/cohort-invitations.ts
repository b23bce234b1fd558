import {
  invitationListOutput,
  invitationListQuery,
  invitationsInput,
  invitationsOutput,
} from "../../cohorts/invitation-schemas";
import { ROSTER_MAX_BYTES } from "../../cohorts/roster-limits";
import { cohortSlugParams } from "../../cohorts/schemas";
import { op, type Operation } from "./operation";

/**
 * Roster import: an organizer or cohort coach invites a list of emails, each with a personal
 * join link, and sees who was invited and who joined (docs/DECISIONS.md, "Roster import").
 * Following a link is `POST /api/v1/cohorts/join` with `{token}` (operations/cohorts.ts).
 */
export const cohortInvitationOperations = {
  importCohortInvitations: op({
    method: "POST",
    path: "/api/v1/cohorts/{slug}/invitations",
    summary:
      "Invite a list of emails, each with a personal join link (organizer or cohort coach); emails already invited or in the cohort are `already`, bad rows `invalid` with their row and reason",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    body: invitationsInput,
    textBody: {
      contentType: "text/csv",
      description:
        "CSV, UTF-8: columns email and an optional name, one person per line; a header row (email, name) is optional. At most 1,000 rows.",
    },
    maxBodyBytes: ROSTER_MAX_BYTES,
    response: invitationsOutput,
    errors: [400, 401, 403, 404, 413, 422],
  }),
  listCohortInvitations: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/invitations",
    summary:
      "The cohort's invitations, newest first, with their status and (when not mailed and not yet used) the join link (organizer or cohort coach)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    query: invitationListQuery,
    response: invitationListOutput,
    errors: [401, 403, 404, 422],
  }),
} satisfies Record<string, Operation>;
