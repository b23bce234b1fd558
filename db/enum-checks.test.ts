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
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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
  { table: "cohort_milestones", column: "kind", values: E.COHORT_MILESTONE_KINDS },
  { table: "coaching_invitations", column: "invitee_role", values: E.COACHING_ROLES },
  { table: "coaching_invitations", column: "status", values: E.INVITATION_STATUSES },
  { table: "reviews", column: "subject_type", values: E.REVIEW_SUBJECT_TYPES },
  { table: "reviews", column: "status", values: E.REVIEW_STATUSES },
  { table: "review_messages", column: "kind", values: E.REVIEW_MESSAGE_KINDS },
  { table: "record_verifications", column: "subject_type", values: E.VERIFIED_RECORD_TYPES },
  { table: "notifications", column: "kind", values: E.NOTIFICATION_KINDS },
  { table: "notifications", column: "subject_type", values: E.NOTIFICATION_SUBJECT_TYPES },
  { table: "notes", column: "subject_type", values: E.NOTE_SUBJECT_TYPES },
  { table: "resources", column: "subject_type", values: E.NOTE_SUBJECT_TYPES },
  { table: "badge_signing_keys", column: "algorithm", values: E.BADGE_KEY_ALGORITHMS },
  { table: "webhook_deliveries", column: "status", values: E.WEBHOOK_DELIVERY_STATUSES },
  { table: "webhook_deliveries", column: "event", values: E.WEBHOOK_EVENTS },
];
/** Checks that tie columns together rather than bound one: exactly one owner, known events. */
const SHAPE_CHECKS = [
  "badges_tier_or_track_check",
  "webhook_endpoints_events_check",
  "webhook_endpoints_owner_check",
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
  const [endpoint] =
    await sql`insert into webhook_endpoints (user_id, url, events, secret_encrypted)
    values (${learner}, 'https://example.com/hook', ${["tier.reached"]}, 'x') returning id`;
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
    cohort_milestones: { cohort_id: cohort!.id, title: "Ship a demo", kind: "attested" },
    coaching_invitations: {
      inviter_id: learner,
      invitee_email: "coach@example.test",
      invitee_role: "coach",
      status: "pending",
    },
    reviews: { ...base, coach_id: coach, subject_type: "project", subject_id: randomUUID() },
    review_messages: {
      ...base,
      review_id: review!.id,
      author_id: coach,
      kind: "reply",
      body: "Thanks",
    },
    record_verifications: { ...base, subject_type: "project", subject_id: randomUUID() },
    notifications: { ...base, kind: "review_reply", title: "News", link: "/coaching" },
    notes: { ...base, subject_type: "skill", subject_id: skill!.slug, body: "A note" },
    resources: {
      ...base,
      subject_type: "skill",
      subject_id: skill!.slug,
      title: "Docs",
      url: "https://example.com",
    },
    badge_signing_keys: {
      id: randomUUID(),
      algorithm: "eddsa",
      public_jwk: sql.json({}),
      private_key_encrypted: "x",
    },
    webhook_deliveries: {
      endpoint_id: endpoint!.id,
      message_id: "msg_1",
      event: "tier.reached",
      payload: sql.json({}),
      attempt: 1,
      status: "pending",
    },
  };
  learnerId = learner;
  cohortId = cohort!.id;
});

let learnerId: string;
let cohortId: string;

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
    expect(found.map((f) => f.name)).toEqual([...CHECKS.map(nameOf), ...SHAPE_CHECKS].sort());
    expect(found.filter((f) => !f.validated)).toEqual([]);
  });

  it("a badge is for a tier or a track, never both or neither", async () => {
    const attempt = (tier: number | null, track: string | null) =>
      sql
        .begin(async (tx) => {
          const [key] =
            await tx`insert into badge_signing_keys (id, algorithm, public_jwk, private_key_encrypted)
            values (${randomUUID()}, 'eddsa', '{}', 'x') returning id`;
          await tx`insert into badges (user_id, tier, track, key_id, credential, jwt)
            values (${learnerId}, ${tier}, ${track}, ${key!.id}, '{}', 'x')`;
          throw new RolledBack();
        })
        .catch((e: Error & { constraint_name?: string }) =>
          e instanceof RolledBack ? null : e.constraint_name,
        );
    expect(await attempt(1, null)).toBeNull();
    expect(await attempt(null, "llm-engineer")).toBeNull();
    expect(await attempt(1, "llm-engineer")).toBe("badges_tier_or_track_check");
    expect(await attempt(null, null)).toBe("badges_tier_or_track_check");
  });

  it("a webhook endpoint has one owner and only known events", async () => {
    const attempt = (userId: string | null, cohort: string | null, events: string[]) =>
      sql
        .begin(async (tx) => {
          await tx`insert into webhook_endpoints (user_id, cohort_id, url, events, secret_encrypted)
            values (${userId}, ${cohort}, 'https://example.com', ${events}, 'x')`;
          throw new RolledBack();
        })
        .catch((e: Error & { constraint_name?: string }) =>
          e instanceof RolledBack ? null : e.constraint_name,
        );
    expect(await attempt(learnerId, null, [...E.WEBHOOK_EVENTS])).toBeNull();
    expect(await attempt(null, cohortId, ["cohort.member_joined"])).toBeNull();
    expect(await attempt(learnerId, cohortId, ["tier.reached"])).toBe(
      "webhook_endpoints_owner_check",
    );
    expect(await attempt(null, null, ["tier.reached"])).toBe("webhook_endpoints_owner_check");
    expect(await attempt(learnerId, null, ["tier.reached", "tier.lost"])).toBe(
      "webhook_endpoints_events_check",
    );
    expect(await attempt(learnerId, null, ["Tier.Reached"])).toBe("webhook_endpoints_events_check");
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
    expect(await checksIn()).toBe(CHECKS.length + SHAPE_CHECKS.length);
    const [unvalidated] = await db`select count(*)::int as n from pg_constraint
      where contype = 'c' and not convalidated`;
    expect(unvalidated!.n).toBe(0);
  });
});
