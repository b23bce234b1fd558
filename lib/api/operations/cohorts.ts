import { z } from "zod";
import { COHORT_ROLES } from "@/db/enums";
import {
  cohortSlugParams,
  createCohortInput,
  memberRoleInput,
  membershipInput,
  updateCohortInput,
} from "../../cohorts/schemas";
import { joinInput } from "../../cohorts/invitation-schemas";
import { listQuery, pageOf } from "../../pagination";
import { op, type Operation } from "./operation";

/** Cohorts: creating and joining, the dashboard, members and what they share. */
export const cohortOperations = {
  createCohort: op({
    method: "POST",
    path: "/api/v1/cohorts",
    summary: "Create a cohort; you are its organizer",
    tag: "Cohorts",
    auth: "user",
    body: createCohortInput,
    response: z.object({ slug: z.string(), name: z.string(), inviteCode: z.string() }),
    status: 201,
    errors: [400, 401, 413, 422],
  }),
  listCohorts: op({
    method: "GET",
    path: "/api/v1/cohorts",
    summary: "Your cohorts by name, with your role in each",
    tag: "Cohorts",
    auth: "user",
    query: listQuery,
    response: pageOf(
      z.object({
        slug: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        startsOn: z.iso.date().nullable(),
        endsOn: z.iso.date().nullable(),
        role: z.enum(COHORT_ROLES),
        memberCount: z.number().int().min(1),
      }),
    ),
    errors: [401, 422],
  }),
  joinCohort: op({
    method: "POST",
    path: "/api/v1/cohorts/join",
    summary:
      "Join with the cohort's invite code, or with `token`, a personal invitation's (only the invited email's account may use it: 403 otherwise; 409 once used); joining again changes nothing",
    tag: "Cohorts",
    auth: "user",
    body: joinInput,
    response: z.object({ slug: z.string(), name: z.string() }),
    errors: [400, 401, 403, 404, 409, 413, 422],
  }),
  updateCohort: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}",
    summary: "Rename or re-date the cohort (organizer)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    body: updateCohortInput,
    errors: [400, 401, 404, 413, 422],
  }),
  cohortDashboard: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/dashboard",
    summary: "The cohort dashboard, with only what each member shares (404 for non-members)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    errors: [401, 404, 422],
  }),
  cohortCsv: op({
    method: "GET",
    path: "/api/v1/cohorts/{slug}/export.csv",
    summary: "The cohort's progress as CSV, shared fields only (organizer)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    errors: [401, 404, 422],
  }),
  updateMembership: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}/membership",
    summary: "Choose what the cohort sees of you: progress, hours, leaderboard",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    body: membershipInput,
    response: z.object({
      shareProgress: z.boolean(),
      shareHours: z.boolean(),
      leaderboard: z.boolean(),
    }),
    errors: [400, 401, 404, 413, 422],
  }),
  rotateInviteCode: op({
    method: "POST",
    path: "/api/v1/cohorts/{slug}/invite-code",
    summary: "A new invite code; the old one stops working (organizer)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams,
    response: z.object({ inviteCode: z.string() }),
    errors: [401, 404, 422],
  }),
  removeCohortMember: op({
    method: "DELETE",
    path: "/api/v1/cohorts/{slug}/members/{userId}",
    summary: "An organizer removes a member, or a member leaves; the last organizer cannot (409)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams.extend({ userId: z.uuid({ error: "must be a UUID" }) }),
    status: 204,
    errors: [401, 404, 409, 422],
  }),
  changeCohortMemberRole: op({
    method: "PATCH",
    path: "/api/v1/cohorts/{slug}/members/{userId}",
    summary:
      "Make a member organizer, coach or member (organizer); the last organizer cannot step down (409)",
    tag: "Cohorts",
    auth: "user",
    params: cohortSlugParams.extend({ userId: z.uuid({ error: "must be a UUID" }) }),
    body: memberRoleInput,
    response: z.object({ userId: z.uuid(), role: z.enum(COHORT_ROLES) }),
    errors: [400, 401, 404, 409, 413, 422],
  }),
} satisfies Record<string, Operation>;
