/**
 * The database refuses what the API refuses: every enum-like column and bounded number has a
 * CHECK constraint built from db/enums.ts, the lists the zod schemas are built from too
 * (docs/DECISIONS.md). Raw SQL throughout, as a script or a psql session would write.
 */
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, expectTypeOf, inject, it } from "vitest";
import { z } from "zod";
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
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./testing/databases";
import * as E from "./enums";

type Range = { min: number; max: number };
type Check = { table: string; column: string; values?: readonly string[]; range?: Range };

/** Every constrained column. The database must hold exactly these checks, all validated. */
const CHECKS: Check[] = [
  { table: "milestones", column: "kind", values: E.MILESTONE_KINDS },
  { table: "skill_ratings", column: "level", range: E.SKILL_LEVEL },
  { table: "skill_rating_history", column: "level", range: E.SKILL_LEVEL },
  { table: "activities", column: "kind", values: E.ACTIVITY_KINDS },
  { table: "activities", column: "path", values: E.LEARNING_PATH_SLUGS },
  { table: "activities", column: "minutes", range: E.ACTIVITY_MINUTES },
  { table: "certifications", column: "status", values: E.CERTIFICATION_STATUSES },
  { table: "projects", column: "status", values: E.PROJECT_STATUSES },
  { table: "papers", column: "status", values: E.PAPER_STATUSES },
  { table: "events", column: "kind", values: E.EVENT_KINDS },
  { table: "profiles", column: "weekly_hours_goal", range: E.WEEKLY_HOURS_GOAL },
  { table: "cohort_members", column: "role", values: E.COHORT_ROLES },
  { table: "coaching_invitations", column: "invitee_role", values: E.COACHING_ROLES },
  { table: "coaching_invitations", column: "status", values: E.INVITATION_STATUSES },
  { table: "reviews", column: "subject_type", values: E.REVIEW_SUBJECT_TYPES },
  { table: "reviews", column: "status", values: E.REVIEW_STATUSES },
  { table: "review_messages", column: "kind", values: E.REVIEW_MESSAGE_KINDS },
  { table: "record_verifications", column: "subject_type", values: E.VERIFIED_RECORD_TYPES },
  { table: "notifications", column: "kind", values: E.NOTIFICATION_KINDS },
  { table: "notifications", column: "subject_type", values: E.NOTIFICATION_SUBJECT_TYPES },
];
const NULLABLE = new Set(["activities.path", "notifications.subject_type"]);
const nameOf = (c: Check) => `${c.table}_${c.column}_check`;

let sql: postgres.Sql;
/** A valid row per table; each insert overrides one column. Filled in beforeAll. */
let rows: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [learner, coach, cohortOwner] = [randomUUID(), randomUUID(), randomUUID()];
  await sql`insert into users ${sql(
    [learner, coach, cohortOwner].map((id) => ({ id, email: `${id}@example.test` })),
  )}`;
  const [cohort] = await sql`insert into cohorts (slug, name, invite_code)
    values ('checks', 'Checks', 'checks-code') returning id`;
  const [review] = await sql`insert into reviews (user_id, coach_id, subject_type, subject_id)
    values (${learner}, ${coach}, 'project', ${randomUUID()}) returning id`;
  const [skill] = await sql`select slug from skills limit 1`;
  const base = { user_id: learner };
  rows = {
    milestones: {
      id: randomUUID(),
      tier: 1,
      title: "A milestone",
      kind: "attested",
      criteria: sql.json({ kind: "attested" }),
      position: 999,
    },
    skill_ratings: { ...base, skill_slug: skill!.slug, level: 2 },
    skill_rating_history: { ...base, skill_slug: skill!.slug, level: 2 },
    activities: { ...base, date: "2026-01-05", minutes: 30, kind: "course", title: "A course" },
    certifications: { ...base, name: "A cert", issuer: "Someone", status: "earned" },
    projects: { ...base, title: "A project", status: "idea" },
    papers: { ...base, title: "A paper", status: "read" },
    events: { ...base, title: "A meetup", kind: "meetup", date: "2026-01-05" },
    // The profile of a user who has none yet.
    profiles: { user_id: cohortOwner, weekly_hours_goal: 10 },
    cohort_members: { ...base, cohort_id: cohort!.id, role: "member" },
    coaching_invitations: {
      inviter_id: learner,
      invitee_email: "coach@example.test",
      invitee_role: "coach",
      status: "pending",
    },
    reviews: { ...base, coach_id: coach, subject_type: "project", subject_id: randomUUID() },
    review_messages: { review_id: review!.id, author_id: coach, kind: "reply", body: "Thanks" },
    record_verifications: { ...base, subject_type: "project", subject_id: randomUUID() },
    notifications: { ...base, kind: "review_reply", title: "News", link: "/coaching" },
  };
});

afterAll(async () => {
  await sql?.end();
});

class RolledBack extends Error {}

/** Inserts one row with `column` set to `value`, then rolls back: null if accepted, else the error. */
async function insert(c: Check, value: unknown): Promise<(Error & { code?: string }) | null> {
  const row = { ...rows[c.table], [c.column]: value };
  const error = await sql
    .begin(async (tx) => {
      await tx`insert into ${tx(c.table)} ${tx(row)}`;
      throw new RolledBack();
    })
    .then(
      () => new Error("the transaction committed"),
      (e: Error) => e,
    );
  return error instanceof RolledBack ? null : error;
}

/** Values just outside each list: another case, spaces, empty, unknown. */
const badValuesOf = (c: Check): unknown[] =>
  c.range
    ? [c.range.min - 1, c.range.max + 1, -32768, 32767]
    : [c.values![0]!.toUpperCase(), ` ${c.values![0]}`, `${c.values![0]} `, "", "unknown"];

const goodValuesOf = (c: Check): unknown[] =>
  c.range
    ? [c.range.min, Math.floor((c.range.min + c.range.max) / 2), c.range.max]
    : [...c.values!];

describe("CHECK constraints", () => {
  it("the database holds exactly these checks, each one validated", async () => {
    const found = await sql<{ name: string; validated: boolean }[]>`
      select conname as name, convalidated as validated from pg_constraint
      where contype = 'c' and connamespace = 'public'::regnamespace order by conname`;
    expect(found.map((f) => f.name)).toEqual(CHECKS.map(nameOf).sort());
    expect(found.filter((f) => !f.validated)).toEqual([]);
  });

  describe.each(CHECKS.map((c) => [`${c.table}.${c.column}`, c] as const))("%s", (_, c) => {
    it.each(badValuesOf(c).map((v) => [JSON.stringify(v), v]))(
      "refuses %s with a check_violation naming the constraint",
      async (_label, value) => {
        const error = await insert(c, value);
        expect(error).toMatchObject({ code: "23514", constraint_name: nameOf(c) });
      },
    );

    it("accepts every allowed value", async () => {
      for (const value of goodValuesOf(c)) expect(await insert(c, value)).toBeNull();
    });

    it(NULLABLE.has(`${c.table}.${c.column}`) ? "accepts null" : "is not null", async () => {
      const error = await insert(c, null);
      if (NULLABLE.has(`${c.table}.${c.column}`)) expect(error).toBeNull();
      else expect(error).toMatchObject({ code: "23502" });
    });
  });
});

// ── The same lists on both sides ─────────────────────────────────────────────

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

describe("migration 0010 on a database with bad rows", () => {
  const serverUrl = inject("serverUrl");
  const migrations = path.join(import.meta.dirname, "migrations");
  const name = uniqueDatabaseName("epoch_test_checks");
  let folder: string;
  let db: postgres.Sql;

  beforeAll(async () => {
    // The migrations up to 0009 only: a copy of the folder whose journal stops there.
    folder = mkdtempSync(path.join(tmpdir(), "epoch-migrations-"));
    cpSync(migrations, folder, { recursive: true });
    const journalPath = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as {
      entries: { tag: string }[];
    };
    journal.entries = journal.entries.filter((e) => e.tag < "0010");
    writeFileSync(journalPath, JSON.stringify(journal));
    db = postgres(await createDatabase(serverUrl, name), { max: 1, onnotice: () => {} });
    await migrate(drizzle(db), { migrationsFolder: folder });
  });

  afterAll(async () => {
    await db?.end();
    await dropDatabase(serverUrl, name);
    rmSync(folder, { recursive: true, force: true });
  });

  const applyTheRest = () =>
    migrate(drizzle(db), { migrationsFolder: migrations }).then(
      () => null,
      (e: Error) => e,
    );
  const checksIn = async () =>
    (
      await db`select count(*)::int as n from pg_constraint where contype = 'c'
      and connamespace = 'public'::regnamespace`
    )[0]!.n as number;

  it("refuses, naming each broken constraint with its values, and changes nothing", async () => {
    const user = randomUUID();
    await db`insert into users (id, email) values (${user}, 'old@example.test')`;
    await db`insert into activities (user_id, date, minutes, kind, title) values
      (${user}, '2025-01-01', 30, 'lecture', 'Old'),
      (${user}, '2025-01-02', 0, 'course', 'Empty'),
      (${user}, '2025-01-03', 30, 'course', 'Fine')`;
    await db`insert into notifications (user_id, kind, title) values (${user}, 'digest', 'Old')`;

    const error = await applyTheRest();
    const cause = (error?.cause ?? error) as Error & { code?: string };
    expect(cause).toMatchObject({ code: "23514" });
    expect(cause.message).toMatch(
      /activities_kind_check: 1 row\(s\) of activities hold kind 'lecture'/,
    );
    expect(cause.message).toMatch(
      /activities_minutes_check: 1 row\(s\) of activities hold minutes '0'/,
    );
    expect(cause.message).toMatch(
      /notifications_kind_check: 1 row\(s\) of notifications hold kind 'digest'/,
    );
    expect(cause.message).not.toMatch(/events_kind_check|activities_path_check/);
    // One transaction: no constraint and no record of 0010 stays behind.
    expect(await checksIn()).toBe(0);
    const [applied] = await db`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(applied!.n).toBe(10);
  });

  it("applies once the rows are put right, with every check validated", async () => {
    await db`update activities set kind = 'other' where kind = 'lecture'`;
    await db`delete from activities where minutes = 0`;
    await db`update notifications set kind = 'review_reply'`;
    expect(await applyTheRest()).toBeNull();
    expect(await checksIn()).toBe(CHECKS.length);
    const [unvalidated] = await db`select count(*)::int as n from pg_constraint
      where contype = 'c' and not convalidated`;
    expect(unvalidated!.n).toBe(0);
  });
});
