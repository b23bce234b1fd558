import { z } from "zod";
import { COHORT_ROLES } from "../policy";
import { dateField, dateOutput } from "../records/fields";

const name = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters");
const description = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z.string().trim().max(2000, "must be at most 2000 characters").nullable().optional(),
);
const optionalDate = z.preprocess((v) => (v === "" ? null : v), dateField.nullable().optional());

const datesInOrder = (c: { startsOn?: string | null; endsOn?: string | null }) =>
  !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn;
const datesIssue = { message: "must be on or after the start date", path: ["endsOn"] };

export const createCohortInput = z
  .object({ name, description, startsOn: optionalDate, endsOn: optionalDate })
  .strict()
  .refine(datesInOrder, datesIssue);

export const updateCohortInput = z
  .object({ name: name.optional(), description, startsOn: optionalDate, endsOn: optionalDate })
  .strict()
  .refine(datesInOrder, datesIssue);

export const joinCohortInput = z.object({
  code: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(64, "is not a valid code"),
});

export const membershipInput = z
  .object({
    shareProgress: z.boolean({ error: "must be true or false" }),
    shareHours: z.boolean({ error: "must be true or false" }),
    leaderboard: z.boolean({ error: "must be true or false" }),
  })
  .partial()
  .strict();

export const cohortSlugParams = z.object({ slug: z.string().max(80, "is not a cohort") });

export const memberRoleInput = z
  .object({
    role: z.enum(COHORT_ROLES, { error: "must be organizer, coach or member" }),
  })
  .strict();

/** A cohort's own fields, as PATCH /cohorts/{slug} answers them. */
export const cohortOutput = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  startsOn: dateOutput.nullable(),
  endsOn: dateOutput.nullable(),
});

const tierRef = z.object({ number: z.number().int(), name: z.string() });
const milestoneRef = z.object({ id: z.string(), title: z.string() });

/**
 * GET /cohorts/{slug}/dashboard (lib/cohorts/dashboard.ts). A member's optional fields are there
 * only when the member shares them with the viewer; `inviteCode` only for organizers and
 * `stuck` only for those who run the cohort.
 */
export const cohortDashboardOutput = z.object({
  cohort: cohortOutput.extend({
    role: z.enum(COHORT_ROLES),
    memberCount: z.number().int(),
    learnerCount: z.number().int(),
    inviteCode: z.string().optional(),
  }),
  you: z
    .object({ shareProgress: z.boolean(), shareHours: z.boolean(), leaderboard: z.boolean() })
    .nullable(),
  members: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string().nullable(),
      role: z.enum(COHORT_ROLES),
      tier: tierRef.optional(),
      nextTier: tierRef.nullable().optional(),
      nextTrack: z.string().nullable().optional(),
      metMilestones: z.array(z.string()).optional(),
      nextMilestone: milestoneRef.nullable().optional(),
      hoursThisWeek: z.number().optional(),
      hoursThisMonth: z.number().optional(),
      inactive: z.boolean().optional(),
    }),
  ),
  tierDistribution: z.array(
    z.object({ tier: z.number().int(), name: z.string(), count: z.number().int() }),
  ),
  notSharingProgress: z.number().int(),
  weeklyHours: z.array(z.object({ weekStart: dateOutput, hours: z.number() })),
  grid: z.object({
    tiers: z.array(
      z.object({
        tier: tierRef,
        track: z.object({ slug: z.string(), name: z.string() }).nullable(),
        milestones: z.array(milestoneRef),
      }),
    ),
  }),
  leaderboard: z.array(
    z.object({ userId: z.uuid(), name: z.string().nullable(), hours: z.number() }),
  ),
  stuck: z
    .array(
      z.object({
        userId: z.uuid(),
        name: z.string().nullable(),
        reason: z.enum(["inactive", "same_milestone"]),
        since: dateOutput.nullable(),
        milestone: milestoneRef.optional(),
      }),
    )
    .optional(),
});
