import { z } from "zod";
import { COHORT_MILESTONE_KINDS, SKILL_LEVEL } from "@/db/enums";
import { dateField, enumField, optionalDate } from "../records/fields";
import { SKILL_AREAS } from "../roadmap/content";
import { COHORT_MILESTONE_LIMITS as L } from "./milestone-limits";
import { cohortSlugParams } from "./schemas";

/**
 * A cohort's own milestones: what the API and the forms accept (docs/DECISIONS.md,
 * "A cohort's own milestones"). `criteria` is shaped by `kind`; a PATCH's criteria are
 * checked against the kind the milestone ends up with (lib/cohorts/milestones.ts).
 */

export { COHORT_MILESTONE_KINDS };
export type CohortMilestoneKind = (typeof COHORT_MILESTONE_KINDS)[number];

const SKILL_SLUGS = SKILL_AREAS.flatMap((a) => a.skills.map((s) => s.slug));

// Control characters never belong in a one-line title; a description keeps tabs and newlines.
const TITLE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const title = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(L.title, `must be at most ${L.title} characters`)
  .refine((v) => !TITLE_CONTROL.test(v), "must not contain control characters");

const description = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string({ error: "must be text" })
    .trim()
    .max(L.description, `must be at most ${L.description} characters`)
    .refine((v) => !TEXT_CONTROL.test(v), "must not contain control characters")
    .nullable()
    .optional(),
);

const kind = enumField(COHORT_MILESTONE_KINDS);

const wholeCount = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(L.count, `must be at most ${L.count}`);

/** The criteria each kind takes; unknown keys are refused. */
export const CRITERIA_BY_KIND = {
  attested: z.object({}).strict(),
  hours: z
    .object({
      hours: z
        .number({ error: "must be a number" })
        .positive("must be more than 0")
        .max(L.hours, `must be at most ${L.hours}`)
        .refine((v) => Number.isInteger(v * 10), "must have at most one decimal"),
      from: optionalDate,
      to: optionalDate,
    })
    .strict()
    .refine((c) => !c.from || !c.to || c.to >= c.from, {
      message: "must be on or after the start of the range",
      path: ["to"],
    }),
  skill: z
    .object({
      skill: z.enum(SKILL_SLUGS as [string, ...string[]], {
        error: "must be a known skill slug",
      }),
      level: z
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .min(1, "must be at least 1")
        .max(SKILL_LEVEL.max, `must be at most ${SKILL_LEVEL.max}`),
    })
    .strict(),
  project: z.object({ count: wholeCount }).strict(),
  certification: z.object({ count: wholeCount }).strict(),
} satisfies Record<CohortMilestoneKind, z.ZodType>;

/** Criteria for `kind`, or the issues under `criteria.<field>`. Absent means `{}`. */
export function parseCriteria(k: CohortMilestoneKind, criteria: unknown) {
  return CRITERIA_BY_KIND[k].safeParse(criteria ?? {});
}

const dueOn = z.preprocess((v) => (v === "" ? null : v), dateField.nullable().optional());

const fields = {
  title,
  description,
  kind,
  criteria: z.unknown().optional(),
  dueOn,
};

function checkCriteria(
  input: { kind?: CohortMilestoneKind; criteria?: unknown },
  ctx: z.RefinementCtx,
) {
  if (!input.kind) return;
  const parsed = parseCriteria(input.kind, input.criteria);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        ctx.addIssue({
          code: "custom",
          message: `is not a criterion of a${input.kind === "attested" ? "n" : ""} ${input.kind} milestone`,
          path: ["criteria", key],
        });
    } else {
      ctx.addIssue({
        code: "custom",
        message: issue.message,
        path: ["criteria", ...issue.path.map(String)],
      });
    }
  }
}

export const cohortMilestoneCreate = z
  .object({ ...fields, title, kind })
  .strict()
  .superRefine(checkCriteria);

/** Any of the fields; criteria are checked against the resulting kind by the domain. */
export const cohortMilestonePatch = z
  .object(fields)
  .partial()
  .strict()
  .superRefine((input, ctx) => {
    if (input.kind) checkCriteria(input, ctx);
  });

export type CohortMilestoneCreate = z.output<typeof cohortMilestoneCreate>;
export type CohortMilestonePatch = z.output<typeof cohortMilestonePatch>;

export const cohortMilestoneParams = cohortSlugParams.extend({
  id: z.uuid({ error: "must be a UUID" }),
});

export const cohortAttestationInput = z
  .object({ attested: z.boolean({ error: "must be true or false" }) })
  .strict();

const completionForMember = z.object({ met: z.boolean(), attested: z.boolean() });
const completionForRunner = z.object({ done: z.number().int(), of: z.number().int() });

export const cohortMilestoneOutput = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string().nullable(),
    kind,
    criteria: z.record(z.string(), z.unknown()),
    dueOn: z.iso.date().nullable(),
    completion: z.union([completionForMember, completionForRunner]),
  })
  .meta({ id: "CohortMilestone" });
