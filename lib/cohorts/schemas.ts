import { z } from "zod";
import { COHORT_ROLES } from "../policy";
import { dateField } from "../records/fields";

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
