/**
 * Shared by the hostile-input property tests (app/api/v1/hostile-input.test.ts
 * and app/server-actions-hostile.test.ts): hostile values for fast-check, a
 * fixture of real rows for parameters to point at, and the row count of every
 * table of the test file's own PostgreSQL database.
 */
import { createResource } from "@/lib/notes/notes";
import { randomUUID } from "node:crypto";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import fc from "fast-check";
import { db } from "@/db/client";
import { milestones, notifications } from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { answerInvitation, invite } from "@/lib/coaching/coaching";
import { decideReview, requestReview } from "@/lib/coaching/reviews";
import { createCohort } from "@/lib/cohorts/cohorts";
import { joinCohort } from "@/lib/cohorts/membership";
import { createCohortMilestone } from "@/lib/cohorts/milestone-mutations";
import { createRecord } from "@/lib/records/crud";
import { RECORD_KINDS, type RecordKindKey } from "@/lib/records/kinds";
import { TRACKS } from "@/lib/roadmap/content";
import { updateMe } from "@/lib/users/accounts";
import { createWebhook } from "@/lib/webhooks/endpoints";
import type { Actor } from "@/lib/policy";
import { createUser, PASSWORD, signIn, tokenFor, type TestUser } from "./api/v1/test-helpers";

// ── Row counts ──────────────────────────────────────────────────────────────

let countQuery: SQL | undefined;

/** Every table's row count, in one query (the table list comes from information_schema once). */
export async function tableCounts(): Promise<Record<string, number>> {
  if (!countQuery) {
    const tables = (await db.execute(
      sql`select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
          order by table_name`,
    )) as unknown as { table_name: string }[];
    if (tables.length < 10) throw new Error(`only ${tables.length} tables found`);
    countQuery = sql.raw(
      `select ${tables
        .map((t) => `(select count(*)::int from "${t.table_name}") as "${t.table_name}"`)
        .join(", ")}`,
    );
  }
  const [row] = (await db.execute(countQuery)) as unknown as Record<string, number>[];
  return { ...row! };
}

/** The counts with the named tables left out (bookkeeping a refusal is meant to write). */
export const without = (counts: Record<string, number>, tables: readonly string[]) =>
  Object.fromEntries(Object.entries(counts).filter(([t]) => !tables.includes(t)));

/** A hostile body may try `__proto__`/`constructor.prototype`; nothing may reach Object.prototype. */
export const prototypePolluted = () =>
  (({}) as Record<string, unknown>).polluted !== undefined ||
  Object.prototype.hasOwnProperty.call(Object.prototype, "polluted");

// ── Hostile values ──────────────────────────────────────────────────────────

const UUID_LIKE = [
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  "0000000g-0000-0000-0000-000000000000",
  "00000000000000000000000000000000",
  "{00000000-0000-0000-0000-000000000000}",
  "00000000-0000-0000-0000-0000000000000",
  "not-a-uuid",
];

const DATE_LIKE = [
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "3000-01-01",
  "99999-12-31",
  "-0001-01-01",
  "2025-02-30",
  "2025-13-01",
  "2025-00-10",
  "2024-02-29T00:00:00Z",
  "2025-01-01 25:61:61+99:99",
  "infinity",
  "-infinity",
  "epoch",
  "today",
  "20250101",
];

const TEXT_LIKE = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m\u007f",
  "\ud800",
  "x\udfffy",
  "\u202eevil\u202c",
  "\ufeff",
  "\u200b",
  "𝒳𝔂𝕫 👩‍👩‍👧‍👦",
  "<script>window.__xss=1</script>",
  `<img src=x onerror="window.__xss=1">`,
  "'; drop table users; --",
  "' or '1'='1",
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "${7*7}{{7*7}}",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<b>x</b>",
  "http://",
  "https://exa mple.com",
  "https://[::1",
  "mailto:a@b",
  "a@b",
  "@@@",
  "null",
  "undefined",
  "true",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  "__proto__",
  "constructor",
  "prototype",
];

/** Strings that break parsers, validators, SQL, HTML and UTF-8 encoders. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEXT_LIKE, ...DATE_LIKE, ...UUID_LIKE) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  // Just past the common field limits (100, 160, 200, 254, 300, 2000, 2048, 5000).
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(101, 161, 201, 255, 301, 2001, 2049, 5001, 20_000),
        fc.constantFrom("x", "é", "😀", " "),
      )
      .map(([n, c]) => c.repeat(n)),
  },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    -1,
    -0,
    0,
    0.5,
    1.5,
    1e308,
    -1e308,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 63),
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
);

/** Any JSON-ish value a field could be sent instead of the right one. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom("python", "sql", "pytorch", "not-a-skill"), {
      maxLength: 60,
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      {},
      [],
      [[]],
      { polluted: 1 },
      Object.fromEntries([["__proto__", { polluted: 1 }]]),
    ),
  },
);

/** Keys an attacker adds: prototype paths and columns a client must not set. */
export const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "id",
  "userId",
  "user_id",
  "createdAt",
  "verified",
  "role",
  "passwordHash",
  "",
  "a.b",
  "$where",
];

/** Raw JSON texts that try prototype pollution through the parser. */
export const PROTO_BODIES = [
  `{"__proto__":{"polluted":1}}`,
  `{"constructor":{"prototype":{"polluted":1}}}`,
  `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"name":"x"}`,
];

/** A value with one path (an object key or array index) replaced, or removed when `value` is REMOVE. */
export const REMOVE = Symbol("remove");
export function setAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(base)) {
    const copy = [...base];
    const inner = setAt(copy[head as number], rest, value);
    if (inner === REMOVE) copy.splice(head as number, 1);
    else copy[head as number] = inner;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const inner = setAt(copy[head as string], rest, value);
  if (inner === REMOVE) delete copy[head as string];
  // defineProperty, so a "__proto__" key is an own property, as JSON.parse makes it.
  else
    Object.defineProperty(copy, head as string, {
      value: inner,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Every path into a JSON value (containers and leaves), for one-field mutations deep inside. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** The valid value with one field (anywhere in it) replaced by a hostile value, removed, or joined by a hostile key. */
export function mutatedOnce<T>(valid: T): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const replaced = paths.length
    ? fc
        .tuple(fc.constantFrom(...paths), hostileValue)
        .map(([path, value]) => setAt(valid, path, value))
    : hostileValue;
  const removed = paths.length
    ? fc.constantFrom(...paths).map((path) => setAt(valid, path, REMOVE))
    : fc.constant(valid);
  const added =
    valid && typeof valid === "object" && !Array.isArray(valid)
      ? fc
          .tuple(fc.constantFrom(...HOSTILE_KEYS), hostileValue)
          .map(([key, value]) => setAt(valid, [key], value))
      : hostileValue;
  return fc.oneof(
    { weight: 5, arbitrary: replaced },
    { weight: 1, arbitrary: removed },
    { weight: 1, arbitrary: added },
  );
}

/** An object whose keys are the schema's field names (and hostile ones), every value hostile. */
export function hostileObject(fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  const key = fields.length
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...fields) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
      )
    : fc.constantFrom(...HOSTILE_KEYS);
  return fc
    .array(fc.tuple(key, hostileValue), { maxLength: Math.max(4, fields.length + 2) })
    .map((entries) => entries.reduce<unknown>((o, [k, v]) => setAt(o, [k], v), {}))
    .map((o) => o as Record<string, unknown>);
}

/** Path parameters a router could hand over: traversal, unicode, huge, UUID look-alikes. */
export const hostileParam: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "..",
      "../..",
      "..%2f..%2f",
      "%2e%2e",
      "a/b",
      "a\\b",
      "~",
      "*",
      "%",
      "?x=1",
      "#frag",
      "x".repeat(10_000),
      "ÄÖÜ-ß",
      "ｐｙｔｈｏｎ",
      "PYTHON",
      "python ",
      " python",
      "python\u0000",
    ),
  },
  { weight: 1, arbitrary: fc.uuid().map((u) => u) },
);

// ── A fixture of real rows ──────────────────────────────────────────────────

export type Fixture = {
  owner: TestUser & { token: string };
  coach: TestUser & { token: string };
  member: TestUser & { token: string };
  /** The owner's browser session. */
  session: { sid: string; cookie: string };
  /** A second token of the owner's, for revoke requests to point at. */
  decoyTokenId: string;
  records: Record<RecordKindKey, string>;
  cohort: { slug: string; inviteCode: string };
  /** An attested milestone of the cohort's own. */
  cohortMilestoneId: string;
  /** Pending, from the coach to the member. */
  invitationId: string;
  /** Requested: open for a decision by the coach. */
  requestedReviewId: string;
  /** Changes requested: open for a reply by the owner. */
  changesReviewId: string;
  notificationId: string;
  attestedMilestoneId: string;
  otherMilestoneId: string;
  /** The owner's resource link on the skill "python". */
  resourceId: string;
  /** The owner's own webhook endpoint, and one of the cohort's (the owner organizes it). */
  webhookId: string;
  cohortWebhookId: string;
  profileSlug: string;
  /** Every id and slug above, for parameters that point at a real row of the wrong kind. */
  pool: string[];
};

export const VALID_RECORDS = {
  activities: {
    date: "2025-01-15",
    minutes: 45,
    kind: "course",
    title: "Backprop chapter",
    path: "online",
    skills: ["python", "pytorch"],
    notes: "Exercises 1-4",
    url: "https://example.com/course",
  },
  certifications: {
    name: "Cloud ML",
    issuer: "Example Cloud",
    status: "earned",
    issuedOn: "2024-01-10",
    expiresOn: "2030-01-10",
    credentialId: "ABC-123",
    credentialUrl: "https://example.com/cred",
    skills: ["aws"],
  },
  projects: {
    title: "Vision demo",
    summary: "A small model",
    repoUrl: "https://example.com/repo",
    demoUrl: "https://example.com/demo",
    status: "shipped",
    openSource: true,
    track: TRACKS[0]!.slug,
    skills: ["pytorch"],
  },
  papers: {
    title: "Attention is all you need",
    url: "https://example.com/paper",
    status: "read",
    readOn: "2024-03-01",
    topic: "quantum-ml",
    notes: "Read twice",
  },
  events: {
    title: "Local meetup",
    kind: "meetup",
    date: "2024-05-01",
    url: "https://example.com/event",
    notes: "Gave a lightning talk",
  },
} satisfies Record<RecordKindKey, Record<string, unknown>>;

const actorOf = (u: { id: string }): Actor => ({ userId: u.id, via: "token" });

/** A learner with one record of each kind, a cohort they organise (with a member), a coach, reviews, a pending invitation. */
export async function makeFixture(): Promise<Fixture> {
  const suffix = randomUUID().slice(0, 8);
  const withToken = async (name: string) => {
    const user = await createUser({ name });
    return { ...user, token: await tokenFor(user.id) };
  };
  const owner = await withToken("Owner Learner");
  const coach = await withToken("Coach Person");
  const member = await withToken("Member Person");
  const [ownerA, coachA, memberA] = [owner, coach, member].map(actorOf) as [Actor, Actor, Actor];

  const records = {} as Record<RecordKindKey, string>;
  for (const key of Object.keys(VALID_RECORDS) as RecordKindKey[]) {
    const kind = RECORD_KINDS[key];
    const { record } = await createRecord(kind, ownerA, kind.create.parse(VALID_RECORDS[key]));
    records[key] = (record as { id: string }).id;
  }
  const profileSlug = `owner-${suffix}`;
  await updateMe(ownerA, { publicProfile: true, slug: profileSlug });

  const cohort = await createCohort(ownerA, { name: `Cohort ${suffix}` });
  await joinCohort(memberA, cohort.inviteCode);
  const cohortMilestone = await createCohortMilestone(ownerA, cohort.slug, {
    title: "Say hello",
    kind: "attested",
  });

  const asked = await invite(ownerA, { email: coach.email, role: "coach" });
  await answerInvitation(coachA, asked.id, "accept");
  const pending = await invite(coachA, { email: member.email, role: "mentee" });

  const requested = await requestReview(ownerA, {
    subjectType: "project",
    subjectId: records.projects,
    coachId: coach.id,
    note: "Please look",
  });
  const changes = await requestReview(ownerA, {
    subjectType: "certification",
    subjectId: records.certifications,
    coachId: coach.id,
  });
  await decideReview(coachA, changes.id, { decision: "request_changes", feedback: "More" });

  const [notification] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, owner.id))
    .limit(1);
  const [attested] = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(eq(milestones.kind, "attested"))
    .limit(1);
  const [other] = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(ne(milestones.kind, "attested")))
    .limit(1);
  const decoy = await createApiToken(owner.id, "decoy");
  const { resource } = await createResource(ownerA, {
    subjectType: "skill",
    subjectId: "python",
    title: "Python docs",
    url: "https://docs.python.org/3/",
  });

  const hook = { url: "https://93.184.215.14/hooks/epoch", events: ["tier.reached" as const] };
  const webhook = await createWebhook(ownerA, {}, hook);
  const cohortWebhook = await createWebhook(ownerA, { cohortSlug: cohort.slug }, hook);

  const fixture: Omit<Fixture, "pool"> = {
    owner,
    coach,
    member,
    session: await signIn(owner.id),
    decoyTokenId: decoy.id,
    records,
    cohort: { slug: cohort.slug, inviteCode: cohort.inviteCode },
    cohortMilestoneId: cohortMilestone.id,
    invitationId: pending.id,
    requestedReviewId: requested.id,
    changesReviewId: changes.id,
    notificationId: notification!.id,
    attestedMilestoneId: attested!.id,
    otherMilestoneId: other!.id,
    resourceId: resource.id,
    webhookId: webhook.id,
    cohortWebhookId: cohortWebhook.id,
    profileSlug,
  };
  return {
    ...fixture,
    pool: [
      owner.id,
      coach.id,
      member.id,
      decoy.id,
      ...Object.values(records),
      cohort.slug,
      cohortMilestone.id,
      pending.id,
      requested.id,
      changes.id,
      notification!.id,
      attested!.id,
      other!.id,
      profileSlug,
      "python",
      webhook.id,
      cohortWebhook.id,
    ],
  };
}

export { PASSWORD };
