/**
 * The zod schemas and the roadmap content use the value lists of db/enums.ts, which the database's
 * CHECK constraints are built from (db/enum-checks.test.ts), so the two cannot drift apart.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import * as E from "@/db/enums";
import { operations } from "@/lib/api/operations";
import { decisionInput, inviteInput, reviewRequestInput } from "@/lib/coaching/schemas";
import { memberRoleInput } from "@/lib/cohorts/schemas";
import type { NotificationKind, NotificationSubject } from "@/lib/notifications/notifications";
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocument } from "@/lib/portability/document";
import { RECORD_KINDS } from "@/lib/records/kinds";
import { VERIFIABLE_KINDS } from "@/lib/records/verification";
import {
  LEARNING_PATHS,
  MILESTONES,
  SKILL_LEVELS,
  type MilestoneCriteria,
} from "@/lib/roadmap/content";
import { profileFields } from "@/lib/users/schemas";

type Range = { min: number; max: number };

/** The options of a zod enum, through optional/nullable/default wrappers. */
function enumOptions(schema: z.ZodType): string[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
    s = s.unwrap() as z.ZodType;
  }
  if (!(s instanceof z.ZodEnum)) throw new Error(`Not an enum: ${s.def.type}`);
  return s.options as string[];
}

/** The whole numbers a zod number schema accepts around a range's edges. */
function acceptedAround(
  schema: z.ZodType,
  range: Range,
  wrap: (n: number) => unknown = (n) => n,
): number[] {
  return [range.min - 1, range.min, range.max, range.max + 1].filter(
    (n) => schema.safeParse(wrap(n)).success,
  );
}

describe("the zod schemas use the database's lists", () => {
  const { activities, certifications, projects, papers, events } = RECORD_KINDS;

  it.each([
    ["activity kind", activities.create.shape.kind, E.ACTIVITY_KINDS],
    ["activity path", activities.create.shape.path, E.LEARNING_PATH_SLUGS],
    ["certification status", certifications.create.shape.status, E.CERTIFICATION_STATUSES],
    ["project status", projects.create.shape.status, E.PROJECT_STATUSES],
    ["paper status", papers.create.shape.status, E.PAPER_STATUSES],
    ["event kind", events.create.shape.kind, E.EVENT_KINDS],
    ["cohort role (input)", memberRoleInput.shape.role, E.COHORT_ROLES],
    [
      "cohort role (member answer)",
      operations.changeCohortMemberRole.response.shape.role,
      E.COHORT_ROLES,
    ],
    [
      "cohort role (list answer)",
      operations.listCohorts.response.shape.items.element.shape.role,
      E.COHORT_ROLES,
    ],
    ["invitee role", inviteInput.shape.role, E.COACHING_ROLES],
    ["review subject", reviewRequestInput.shape.subjectType, E.REVIEW_SUBJECT_TYPES],
    ["review decision", decisionInput.shape.decision, E.REVIEW_DECISIONS],
    [
      "milestone kind (roadmap answer)",
      operations.roadmap.response.shape.tiers.element.shape.milestones.element.shape.kind,
      E.MILESTONE_KINDS,
    ],
  ] as const)("%s", (_, schema, values) => {
    expect(enumOptions(schema)).toEqual([...values]);
  });

  it("review decisions are review message kinds", () => {
    for (const d of E.REVIEW_DECISIONS) expect(E.REVIEW_MESSAGE_KINDS).toContain(d);
  });

  it("activity minutes", () => {
    const r = E.ACTIVITY_MINUTES;
    expect(acceptedAround(activities.create.shape.minutes, r)).toEqual([r.min, r.max]);
  });

  it("weekly hours goal", () => {
    const r = E.WEEKLY_HOURS_GOAL;
    expect(acceptedAround(profileFields.weeklyHoursGoal, r)).toEqual([r.min, r.max]);
  });

  it("skill levels: the roadmap's levels, the API and the import", () => {
    const r = E.SKILL_LEVEL;
    expect(SKILL_LEVELS.map((l) => l.level)).toEqual(
      Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i),
    );
    expect(acceptedAround(operations.setSkill.body.shape.level, r)).toEqual([r.min, r.max]);
    const imported = (level: number) => ({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      skills: [{ skill: "python", level }],
    });
    const document = exportDocument.safeParse(imported(r.min));
    expect(document.error).toBeUndefined();
    expect(acceptedAround(exportDocument, r, imported)).toEqual([r.min, r.max]);
  });

  it("learning paths are the roadmap's", () => {
    expect(LEARNING_PATHS.map((p) => p.slug)).toEqual([...E.LEARNING_PATH_SLUGS]);
  });

  it("milestone kinds are the roadmap's criteria kinds", () => {
    expectTypeOf<MilestoneCriteria["kind"]>().toEqualTypeOf<(typeof E.MILESTONE_KINDS)[number]>();
    for (const m of MILESTONES) expect(E.MILESTONE_KINDS).toContain(m.criteria.kind);
  });

  it("verified records, notification kinds and subjects", () => {
    expect(Object.values(VERIFIABLE_KINDS)).toEqual([...E.VERIFIED_RECORD_TYPES]);
    expectTypeOf<NotificationKind>().toEqualTypeOf<(typeof E.NOTIFICATION_KINDS)[number]>();
    expectTypeOf<NotificationSubject["type"]>().toEqualTypeOf<
      (typeof E.NOTIFICATION_SUBJECT_TYPES)[number]
    >();
  });
});

// ── The migration checks the rows already there ──────────────────────────────
