import {
  cohortAttestationInput,
  cohortMilestoneCreate,
  cohortMilestoneOutput,
  cohortMilestoneParams,
  cohortMilestonePatch,
} from "../../cohorts/milestone-schemas";
import { cohortSlugParams } from "../../cohorts/schemas";
import { listQuery, pageOf } from "../../pagination";
import { op, type Operation } from "./operation";

const tag = "Cohort milestones";

/**
 * A cohort's own milestones (docs/DECISIONS.md, "A cohort's own milestones"): organizers and
 * cohort coaches set them, members meet them from their records or check them off.
 */
export const cohortMilestoneOperations = {
  listCohortMilestones: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/milestones",
    summary:
      "The cohort's own milestones (due first, soonest first; then those without a date): a member's completion is their own {met, attested}; for organizers and cohort coaches {done, of} over the members who share progress (404 for non-members)",
    tag,
    auth: "user",
    params: cohortSlugParams,
    query: listQuery,
    response: pageOf(cohortMilestoneOutput),
    errors: [401, 404, 422],
  }),
  createCohortMilestone: op({
    method: "POST",
    path: "/api/v1/cohorts/{slug}/milestones",
    summary:
      "Add a milestone to the cohort (organizer or cohort coach; a member 403). Criteria by kind: attested none; hours {hours, from?, to?}; skill {skill, level}; project {count}; certification {count}",
    tag,
    auth: "user",
    params: cohortSlugParams,
    body: cohortMilestoneCreate,
    response: cohortMilestoneOutput,
    status: 201,
    errors: [400, 401, 403, 404, 409, 413, 422],
  }),
  updateCohortMilestone: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}/milestones/{id}",
    summary: "Change a cohort milestone (organizer or cohort coach); members' check-offs are kept",
    tag,
    auth: "user",
    params: cohortMilestoneParams,
    body: cohortMilestonePatch,
    response: cohortMilestoneOutput.omit({ completion: true }),
    errors: [400, 401, 403, 404, 413, 422],
  }),
  deleteCohortMilestone: op({
    method: "DELETE",
    path: "/api/v1/cohorts/{slug}/milestones/{id}",
    summary: "Remove a cohort milestone and every check-off of it (organizer or cohort coach)",
    tag,
    auth: "user",
    params: cohortMilestoneParams,
    status: 204,
    errors: [401, 403, 404, 422],
  }),
  setCohortMilestoneAttestation: op({
    method: "PUT",
    path: "/api/v1/cohorts/{slug}/milestones/{id}/attestation",
    summary:
      "Check off (or un-check) an attested cohort milestone for yourself (a member; 422 for other kinds)",
    tag,
    auth: "user",
    params: cohortMilestoneParams,
    body: cohortAttestationInput,
    response: cohortMilestoneOutput,
    errors: [400, 401, 403, 404, 413, 422],
  }),
} satisfies Record<string, Operation>;
