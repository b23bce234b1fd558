/**
 * Hostile input to the JSON API, driven by lib/api/operations.ts so that an
 * operation added later is covered without touching this file: random and
 * malformed bodies, query strings and path parameters to every write (and to
 * every read that takes a query or path parameters). Properties: never a 5xx,
 * a 4xx leaves every table's row count as it was, nothing reaches
 * Object.prototype; a body past the limit answers 413.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { cacheControlFor, MAX_BODY_BYTES } from "@/lib/api/handler";
import { operations, type Operation } from "@/lib/api/operations";
import { RECORD_KINDS, type RecordKindKey } from "@/lib/records/kinds";
import { TRACKS } from "@/lib/roadmap/content";
import {
  hostileObject,
  hostileParam,
  hostileString,
  makeFixture,
  mutatedOnce,
  PASSWORD,
  PROTO_BODIES,
  prototypePolluted,
  tableCounts,
  VALID_RECORDS,
  without,
  type Fixture,
} from "../../hostile-test-helpers";
import { jsonRequest, routeParams, uniqueEmail } from "./test-helpers";

type Handler = (
  request: Request,
  context?: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

const ROOT = path.resolve(import.meta.dirname, "../../..");
// HOSTILE_RUNS raises it for a longer hunt than CI can afford.
const NUM_RUNS = Number(process.env.HOSTILE_RUNS ?? 30);

/** `/api/v1/cohorts/{slug}/members/{userId}` → app/api/v1/cohorts/[slug]/members/[userId]/route.ts */
const routeFile = (apiPath: string) =>
  path.join(
    ROOT,
    "app",
    ...apiPath
      .split("/")
      .filter(Boolean)
      .map((s) => s.replace(/^\{(.+)\}$/, "[$1]")),
    "route.ts",
  );

async function handlerFor(op: Operation): Promise<Handler> {
  const mod = (await import(routeFile(op.path))) as Record<string, Handler | undefined>;
  const handler = mod[op.method];
  if (typeof handler !== "function")
    throw new Error(`${routeFile(op.path)} exports no ${op.method}`);
  return handler;
}

const paramNames = (op: Operation) => [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** The field names of an object schema (as the OpenAPI document lists them). */
function fieldNames(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, unknown>;
  };
  return Object.keys(json.properties ?? {});
}

/** Records the learner owns, by the kind in the path (`/api/v1/me/<kind>/...`). */
const recordKindOf = (p: string) =>
  (Object.keys(RECORD_KINDS) as RecordKindKey[]).find((k) => p.startsWith(`/api/v1/me/${k}`));

/** The real row each path parameter names, so that requests sometimes reach the handler's own checks. */
function realParam(op: Operation, name: string, fx: Fixture): string {
  const kind = recordKindOf(op.path);
  switch (name) {
    case "slug":
      return op.path.startsWith("/api/v1/profiles") ? fx.profileSlug : fx.cohort.slug;
    case "userId":
      return op.path.startsWith("/api/v1/mentees") ? fx.owner.id : fx.member.id;
    case "coachId":
      return fx.coach.id;
    case "menteeId":
      return fx.owner.id;
    case "milestoneId":
      return fx.attestedMilestoneId;
    case "skillSlug":
      return "python";
    case "provider":
      return "github";
    case "subjectType":
      return "milestone";
    case "subjectId":
      return fx.attestedMilestoneId;
    case "id":
      if (kind) return fx.records[kind];
      if (op.path.startsWith("/api/v1/me/resources")) return fx.resourceId;
      if (op.path.startsWith("/api/v1/tokens")) return fx.decoyTokenId;
      if (op.path.startsWith("/api/v1/coaching/invitations")) return fx.invitationId;
      if (op.path.startsWith("/api/v1/me/reviews")) return fx.changesReviewId;
      if (op.path.startsWith("/api/v1/me/webhooks")) return fx.webhookId;
      if (/^\/api\/v1\/cohorts\/\{slug\}\/webhooks/.test(op.path)) return fx.cohortWebhookId;
      if (op.path.startsWith("/api/v1/cohorts/")) return fx.cohortMilestoneId;
      if (op.path.startsWith("/api/v1/reviews")) return fx.requestedReviewId;
  }
  // A parameter this file does not know yet: some real id of the fixture.
  return fx.pool[0]!;
}

/**
 * A valid body for every operation that takes one, to mutate one field at a
 * time: without it the runs rarely get past the top-level type check.
 */
const VALID_BODIES: Record<string, (fx: Fixture) => unknown> = {
  register: () => ({ name: "New Person", email: uniqueEmail("hostile"), password: PASSWORD }),
  createToken: (fx) => ({ email: fx.owner.email, password: PASSWORD, name: "ci" }),
  updateMe: () => ({
    name: "Renamed",
    headline: "ML engineer",
    targetTrack: TRACKS[0]!.slug,
    targetDate: "2027-06-30",
    weeklyHoursGoal: 10,
    timezone: "Europe/Berlin",
    publicProfile: true,
    slug: `renamed-${randomBytes(4).toString("hex")}`,
  }),
  changePassword: () => ({ currentPassword: PASSWORD, newPassword: "a-new-password-123" }),
  requestPasswordReset: (fx) => ({ email: fx.owner.email }),
  // No link was asked for: the runs that keep it reach the token check (400).
  confirmPasswordReset: () => ({
    token: "Zm9yZ2VkLXJlc2V0LXRva2Vu",
    password: "a-new-password-123",
  }),
  setAttestation: () => ({ attested: true, note: "Done it" }),
  createCohort: () => ({
    name: "Spring cohort",
    description: "Twelve weeks",
    startsOn: "2026-03-01",
    endsOn: "2026-05-31",
  }),
  joinCohort: (fx) => ({ code: fx.cohort.inviteCode }),
  updateCohort: () => ({
    name: "Renamed cohort",
    description: "Still twelve weeks",
    startsOn: "2026-03-01",
    endsOn: "2026-06-30",
  }),
  updateMembership: () => ({ shareProgress: true, shareHours: false, leaderboard: true }),
  changeCohortMemberRole: () => ({ role: "member" }),
  importCohortInvitations: () => ({
    emails: ["someone-new@example.com", "Second.Person@Example.com", "not an email"],
  }),
  createCohortMilestone: () => ({
    title: "Log the hours",
    description: "Twelve weeks",
    kind: "hours",
    criteria: { hours: 40, from: "2026-03-01", to: "2026-05-31" },
    dueOn: "2026-06-01",
  }),
  updateCohortMilestone: () => ({
    title: "Ship a project",
    description: "Any shipped project",
    kind: "project",
    criteria: { count: 1 },
    dueOn: "2026-06-01",
  }),
  setCohortMilestoneAttestation: () => ({ attested: true }),
  invite: () => ({ email: "someone-new@example.com", role: "mentee" }),
  requestReview: (fx) => ({
    subjectType: "project",
    subjectId: fx.records.projects,
    coachId: fx.coach.id,
    note: "Ready",
  }),
  replyToReview: () => ({ message: "Fixed it", requestAgain: true }),
  decideReview: () => ({ decision: "approve", feedback: "Well done" }),
  putNote: () => ({ body: "# Plan\n\nRead [the paper](https://example.com/paper)." }),
  createResource: (fx) => ({
    subjectType: "milestone",
    subjectId: fx.attestedMilestoneId,
    title: "A good course",
    url: "https://example.com/course",
    done: false,
    sharedWithCoach: true,
  }),
  updateResource: () => ({
    subjectType: "skill",
    subjectId: "python",
    title: "Changed",
    url: "https://example.com/changed",
    done: true,
    sharedWithCoach: false,
  }),
  readNotifications: (fx) => ({ ids: [fx.notificationId] }),
  verifyMilestone: () => ({ verified: true, note: "Seen it" }),
  setSkill: () => ({ level: 3 }),
  importMe: () => ({
    format: "epoch-export",
    version: 1,
    exportedAt: "2025-01-01T00:00:00.000Z",
    profile: { headline: "Imported", weeklyHoursGoal: 5 },
    skills: [{ skill: "python", level: 2, updatedAt: "2025-01-01T00:00:00.000Z" }],
    skillHistory: [{ skill: "python", level: 2, changedAt: "2025-01-01T00:00:00.000Z" }],
    activities: [{ ...VALID_RECORDS.activities, id: "7d7c3a2e-8a43-4a55-9a53-0c7d3c0f0001" }],
    certifications: [
      { ...VALID_RECORDS.certifications, id: "7d7c3a2e-8a43-4a55-9a53-0c7d3c0f0002" },
    ],
    projects: [{ ...VALID_RECORDS.projects, id: "7d7c3a2e-8a43-4a55-9a53-0c7d3c0f0003" }],
    papers: [{ ...VALID_RECORDS.papers, id: "7d7c3a2e-8a43-4a55-9a53-0c7d3c0f0004" }],
    events: [{ ...VALID_RECORDS.events, id: "7d7c3a2e-8a43-4a55-9a53-0c7d3c0f0005" }],
  }),
  // The fixture's owner holds no tier: the runs that keep it valid reach the tier check (422).
  claimBadge: () => ({ tier: 1 }),
  // A public address (no DNS): the runs that keep it valid reach the database.
  createMyWebhook: () => ({
    url: "https://93.184.215.14/hooks/new",
    events: ["tier.reached", "review.decided"],
    active: true,
  }),
  updateMyWebhook: () => ({
    url: "https://93.184.215.14/hooks/changed",
    events: ["badge.issued"],
    active: false,
  }),
  createCohortWebhook: () => ({
    url: "https://93.184.215.14/hooks/cohort",
    events: ["cohort.member_joined"],
  }),
  updateCohortWebhook: () => ({ events: ["cohort.member_left"], active: true }),
  // A wrong password: the runs that keep it valid still reach the password check.
  deleteMe: () => ({ password: "not-the-password" }),
};
for (const key of Object.keys(RECORD_KINDS) as RecordKindKey[]) {
  const name = key[0]!.toUpperCase() + key.slice(1);
  VALID_BODIES[`create${name}`] = () => ({ ...VALID_RECORDS[key] });
  VALID_BODIES[`update${name}`] = () => ({ ...VALID_RECORDS[key], title: "Changed" });
}
// Certifications have a name, not a title.
VALID_BODIES.updateCertifications = () => ({ ...VALID_RECORDS.certifications, name: "Changed" });

/**
 * Tables a refusal is meant to write: a failed credential check counts
 * against the sign-in throttle (lib/auth/throttle.ts), or it would not throttle.
 */
const REFUSAL_WRITES: Record<string, string[]> = {
  createToken: ["sign_in_throttles"],
  requestPasswordReset: ["sign_in_throttles"],
  // A claim evaluates the learner's progress before it refuses (not reached), which keeps marks.
  claimBadge: ["progress_marks"],
};
/** What a read may write: evaluating progress keeps each learner's next milestone (lib/progress/marks.ts). */
const READ_WRITES = ["progress_marks"];

const ALL = Object.entries(operations) as [string, Operation][];
const WRITES = ALL.filter(([, op]) => op.method !== "GET");
/** Reads with something to parse from the caller. */
const READS = ALL.filter(([, op]) => op.method === "GET" && (op.query || op.params));
const WITH_BODY = WRITES.filter(([, op]) => op.body);

// ── Arbitraries ─────────────────────────────────────────────────────────────

type Body = { raw?: string; contentType?: string };
type Credentials = { token?: string; cookie?: string; headers?: Record<string, string> };
type Attempt = {
  credentials: Credentials;
  params: Record<string, string>;
  query: string;
  body: Body;
};

const json = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
};

/** Texts that are not the JSON they pretend to be. */
function malformed(valid: unknown): fc.Arbitrary<string> {
  const text = json(valid) ?? "{}";
  return fc.oneof(
    fc.nat({ max: Math.max(0, text.length - 1) }).map((n) => text.slice(0, n)),
    fc.constantFrom(
      "{",
      "[",
      "nul",
      "{]",
      `{"a":}`,
      `{"a":1,}`,
      `{'a':1}`,
      `{"a":1}{"b":2}`,
      `\ufeff${text}`,
      `${text}\u0000`,
      `{"minutes":1e400,"level":-1e400,"weeklyHoursGoal":1e400}`,
      `{"level":99999999999999999999999,"minutes":12345678901234567890}`,
      `{"title":"a","title":{"x":1}}`,
      "[".repeat(20_000) + "]".repeat(20_000),
      `{"a":`.repeat(10_000) + "1" + "}".repeat(10_000),
      "name=x&email=y",
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
      ...PROTO_BODIES,
    ),
    fc.string(),
    fc.string({ unit: "binary" }),
  );
}

function bodyArbitrary(op: Operation, valid: unknown): fc.Arbitrary<Body> {
  const fields = fieldNames(op.body);
  const asJson = (a: fc.Arbitrary<unknown>) => a.map((v) => ({ raw: json(v) }));
  const payload = fc.oneof(
    { weight: 6, arbitrary: asJson(mutatedOnce(valid)) },
    { weight: 1, arbitrary: asJson(fc.constant(valid)) },
    { weight: 2, arbitrary: asJson(hostileObject(fields)) },
    { weight: 1, arbitrary: asJson(fc.anything()) },
    { weight: 1, arbitrary: asJson(fc.jsonValue()) },
    { weight: 3, arbitrary: malformed(valid).map((raw) => ({ raw })) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
  const contentType = fc.option(
    fc.constantFrom(
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=latin1",
      "application/xml",
      // Read as CSV where an operation takes it (roster import), as JSON elsewhere.
      "text/csv",
      "",
    ),
    { freq: 4 },
  );
  return fc
    .tuple(payload, contentType)
    .map(([b, ct]) => (ct === null ? b : { ...b, contentType: ct }));
}

const b64 = (v: unknown) => Buffer.from(json(v) ?? "").toString("base64url");
/** Two digits, mostly in range (so PostgreSQL gets as far as the next field). */
const two = (max: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }) },
    )
    .map((n) => String(n).padStart(2, "0"));

/** Cursors shaped like the real ones (base64url of [sortKey, id]) with hostile insides. */
const hostileCursor: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(two(23), two(59), two(59), fc.constantFrom("+", "-"), two(99), fc.option(two(99)))
      .chain(([h, m, s, sign, oh, om]) =>
        fc
          .uuid()
          .map((id) =>
            b64([`2025-01-15 ${h}:${m}:${s}${sign}${oh}${om === null ? "" : `:${om}`}`, id]),
          ),
      ),
  },
  { weight: 1, arbitrary: fc.tuple(hostileString, fc.oneof(fc.uuid(), hostileString)).map(b64) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      b64(["99999-12-31", "00000000-0000-0000-0000-000000000000"]),
      b64(["0000-01-01", "00000000-0000-0000-0000-000000000000"]),
      b64(["2025-01-15 00:00:00.123456+00", "ffffffff-ffff-ffff-ffff-ffffffffffff"]),
      b64(["2025-01-15", "2025-01-15"]),
      b64([1, 2]),
      b64({}),
      b64(null),
      "====",
      "%%%",
    ),
  },
  { weight: 1, arbitrary: hostileString },
);

const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80"; // a lone surrogate: what a client would send for it
  }
};

function querySchemaProperties(op: Operation): Record<string, { enum?: unknown[] }> {
  if (!op.query) return {};
  const json = z.toJSONSchema(op.query, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { enum?: unknown[] }>;
  };
  return json.properties ?? {};
}

function queryArbitrary(op: Operation): fc.Arbitrary<string> {
  const fields = [...fieldNames(op.query), "limit", "cursor", "format", "kind"];
  const value = fc.oneof(
    hostileString,
    hostileCursor,
    fc.constantFrom("0", "-1", "101", "1e9", "1.5", "NaN", "json", "csv", "xml", "users"),
  );
  const pairs = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...fields, "__proto__", "constructor"), hostileString),
      value,
    ),
    { maxLength: 4 },
  );
  const toQuery = (ps: [string, string][]) =>
    ps.length ? "?" + ps.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&") : "";
  // The schema's own fields, each present or not, with values that are nearly right.
  const properties = querySchemaProperties(op);
  const own = Object.keys(properties).length
    ? fc
        .record(
          Object.fromEntries(
            Object.entries(properties).map(([field, schema]) => [
              field,
              fc.option(
                field === "cursor"
                  ? hostileCursor
                  : fc.oneof(
                      fc.constantFrom(...(schema.enum ?? ["1", "50", "100"]).map(String)),
                      fc.constantFrom("0", "-1", "101", "1e9", "1.5", "NaN", " 1", "0x10", ""),
                      hostileString,
                    ),
                { freq: 3 },
              ),
            ]),
          ),
        )
        .map((r) =>
          toQuery(Object.entries(r).filter((e): e is [string, string] => typeof e[1] === "string")),
        )
    : fc.constant("");
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 3, arbitrary: pairs.map(toQuery) },
    { weight: op.query ? 6 : 0, arbitrary: own },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "?",
        "?&&&",
        "?limit",
        "?limit=1&limit=2",
        "?cursor=%",
        "?cursor=%E0%A4%A",
        "?%00=%00",
        "?__proto__[polluted]=1",
        "?constructor[prototype][polluted]=1",
        "?format=csv&kind=__proto__",
        `?cursor=${"A".repeat(5000)}`,
      ),
    },
  );
}

function credentialsArbitrary(fx: Fixture): fc.Arbitrary<Credentials> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant({ token: fx.owner.token }) },
    { weight: 2, arbitrary: fc.constant({ token: fx.coach.token }) },
    { weight: 2, arbitrary: fc.constant({ token: fx.member.token }) },
    { weight: 1, arbitrary: fc.constant({}) },
    // The owner's cookie from another site, and with no Origin (not a browser).
    {
      weight: 1,
      arbitrary: fc.constant({
        cookie: fx.session.cookie,
        headers: { origin: "https://evil.example" },
      }),
    },
    { weight: 1, arbitrary: fc.constant({ cookie: fx.session.cookie }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          "Bearer nope",
          "Bearer " + "A".repeat(5000),
          "Bearer epoch_",
          "Bearer  ",
          "Basic dXNlcjpwYXNz",
          "bearer " + "x".repeat(40),
        )
        .map((authorization) => ({ headers: { authorization } })),
    },
    {
      weight: 1,
      arbitrary: hostileString
        .filter((s) => /^[\x20-\x7e]*$/.test(s))
        .map((v) => ({ cookie: `authjs.session-token=${v}` })),
    },
  );
}

function attemptArbitrary(op: Operation, fx: Fixture): fc.Arbitrary<Attempt> {
  const names = paramNames(op);
  const params = fc.record(
    Object.fromEntries(
      names.map((name) => [
        name,
        fc.oneof(
          { weight: 5, arbitrary: fc.constant(realParam(op, name, fx)) },
          { weight: 1, arbitrary: fc.constantFrom(...fx.pool) },
          { weight: 3, arbitrary: hostileParam },
        ),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  const valid = VALID_BODIES[idOf(op)]?.(fx);
  const body: fc.Arbitrary<Body> =
    op.method === "GET"
      ? fc.constant({})
      : op.body
        ? bodyArbitrary(op, valid)
        : fc.oneof(
            { weight: 3, arbitrary: fc.constant({}) },
            { weight: 1, arbitrary: hostileObject([]).map((v) => ({ raw: json(v) })) },
            { weight: 1, arbitrary: malformed({}).map((raw) => ({ raw })) },
          );
  return fc
    .record({ credentials: credentialsArbitrary(fx), params, query: queryArbitrary(op), body })
    .map((attempt) => Object.assign(attempt, { [fc.toStringMethod]: () => shorten(attempt) }));
}

/** How a failing attempt is printed: long strings cut, so the report stays readable. */
const shorten = (attempt: Attempt) =>
  JSON.stringify(attempt, (_k, v: unknown) =>
    typeof v === "string" && v.length > 300 ? `${v.slice(0, 300)}…(${v.length} chars)` : v,
  );

const idOf = (op: Operation) => ALL.find(([, o]) => o === op)![0];

/** Query strings every read with a query schema gets, besides the random ones. */
const KNOWN_QUERIES = [
  "?limit=1",
  `?cursor=${b64(["2025-01-15 00:00:00+99:99", "00000000-0000-0000-0000-000000000000"])}`,
  `?cursor=${b64(["2025-01-15 25:61:61+00", "00000000-0000-0000-0000-000000000000"])}`,
  `?cursor=${b64(["99999-12-31", "00000000-0000-0000-0000-000000000000"])}`,
  "?format=csv&kind=events",
];

/** Attempts run before the random ones: the valid request, and the known-nasty queries. */
function examplesFor(op: Operation, fx: Fixture): [Attempt][] {
  const params = Object.fromEntries(paramNames(op).map((n) => [n, realParam(op, n, fx)]));
  const valid = VALID_BODIES[idOf(op)]?.(fx);
  const base: Attempt = {
    credentials: { token: fx.owner.token },
    params,
    query: "",
    body: valid === undefined ? {} : { raw: json(valid) },
  };
  return [base, ...(op.query ? KNOWN_QUERIES.map((query) => ({ ...base, query })) : [])].map(
    (a) => [a],
  );
}

// ── Running one attempt ─────────────────────────────────────────────────────

function requestFor(op: Operation, attempt: Attempt): Request {
  const url =
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => enc(attempt.params[name] ?? "")) +
    attempt.query;
  const headers: Record<string, string> = { ...attempt.credentials.headers };
  if (attempt.body.contentType !== undefined) headers["content-type"] = attempt.body.contentType;
  return jsonRequest(url, {
    method: op.method,
    raw: attempt.body.raw,
    token: attempt.credentials.token,
    cookie: attempt.credentials.cookie,
    headers,
  });
}

/** Sends the attempt and checks the properties; returns the status for the caller's statistics. */
async function check(name: string, op: Operation, handler: Handler, attempt: Attempt) {
  const before = await tableCounts();
  const res = await handler(requestFor(op, attempt), routeParams(attempt.params));
  const text = await res.text();
  const shown = `${op.method} ${op.path} → ${res.status} ${text.slice(0, 200)}`;
  expect(res.status, shown).toBeLessThan(500);
  expect(prototypePolluted(), "Object.prototype polluted").toBe(false);
  // Whoever asks and whatever comes back, the answer says how it may be cached.
  expect(res.headers.get("cache-control"), shown).toBe(cacheControlFor(op, res.status));
  if (res.status >= 400) {
    expect(res.headers.get("cache-control"), shown).toBe("private, no-store");
    expect(res.headers.get("content-type"), shown).toMatch(/^application\/json/);
    expect((JSON.parse(text) as { error?: { code?: unknown } }).error?.code, shown).toEqual(
      expect.any(String),
    );
  }
  if (res.status >= 400 || op.method === "GET") {
    const ignored = [...(REFUSAL_WRITES[name] ?? []), ...(op.method === "GET" ? READ_WRITES : [])];
    expect(without(await tableCounts(), ignored), `row counts after ${shown}`).toEqual(
      without(before, ignored),
    );
  }
  return res.status;
}

// ── The properties ──────────────────────────────────────────────────────────

/** For reads and 413s, which change nothing; each write property gets a fresh one. */
let shared: Fixture;

beforeAll(async () => {
  await tableCounts();
  shared = await makeFixture();
});

describe("the operation list", () => {
  it("has writes and reads to attack, each with a route handler", async () => {
    expect(WRITES.length).toBeGreaterThan(20);
    expect(READS.length).toBeGreaterThan(5);
    for (const [, op] of [...WRITES, ...READS]) await handlerFor(op);
  });

  it("gives every operation with a body a valid body here, to mutate", () => {
    const missing = WITH_BODY.map(([name]) => name).filter((name) => !VALID_BODIES[name]);
    expect(missing, "add them to VALID_BODIES").toEqual([]);
  });
});

describe.each(WRITES)("write %s", (name, op) => {
  it(`${op.method} ${op.path}: random and malformed input never answers 5xx; a 4xx changes no row count`, async () => {
    const handler = await handlerFor(op);
    const fx = await makeFixture();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(attemptArbitrary(op, fx), async (attempt) => {
        const status = await check(name, op, handler, attempt);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { numRuns: NUM_RUNS, examples: examplesFor(op, fx) },
    );
    // The runs reached past authentication, not just 401s.
    expect(
      [...statuses.keys()].some((s) => s !== 401),
      JSON.stringify([...statuses]),
    ).toBe(true);
  });
});

describe.each(READS)("read %s", (name, op) => {
  it(`${op.method} ${op.path}: hostile query strings and parameters never answer 5xx nor change a row count`, async () => {
    const handler = await handlerFor(op);
    const fx = shared;
    await fc.assert(
      fc.asyncProperty(attemptArbitrary(op, fx), async (attempt) => {
        await check(name, op, handler, attempt);
      }),
      { numRuns: NUM_RUNS, examples: examplesFor(op, fx) },
    );
  });
});

describe.each(WITH_BODY)("body limit of %s", (name, op) => {
  const limit = op.maxBodyBytes ?? MAX_BODY_BYTES;

  it(`${op.method} ${op.path}: a body past ${limit} bytes answers 413 and changes no row count`, async () => {
    const handler = await handlerFor(op);
    const fx = shared;
    const params = Object.fromEntries(paramNames(op).map((n) => [n, realParam(op, n, fx)]));
    const url = op.path.replace(/\{(\w+)\}/g, (_, n: string) => enc(params[n]!));
    const valid = VALID_BODIES[name]!(fx);
    const text = json(valid)!;
    const bodies: [string, () => Request][] = [
      // Valid JSON padded with spaces to one byte past the limit.
      [
        "padded",
        () =>
          jsonRequest(url, {
            method: op.method,
            token: fx.owner.token,
            raw: text + " ".repeat(limit + 1 - Buffer.byteLength(text)),
          }),
      ],
      // Under the limit in characters, over it in UTF-8 bytes.
      [
        "multi-byte",
        () =>
          jsonRequest(url, {
            method: op.method,
            token: fx.owner.token,
            raw: `{"x":"${"é".repeat(Math.ceil(limit / 2) + 1)}"}`,
          }),
      ],
      // A declared length past the limit is refused before reading.
      [
        "content-length",
        () =>
          jsonRequest(url, {
            method: op.method,
            token: fx.owner.token,
            raw: text,
            headers: { "content-length": String(limit + 1) },
          }),
      ],
      // No length and no end: the reader must stop at the limit.
      [
        "endless stream",
        () => {
          const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
          const stream = new ReadableStream<Uint8Array>({
            pull: (controller) => controller.enqueue(chunk),
          });
          return new Request(`http://localhost${url}`, {
            method: op.method,
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${fx.owner.token}`,
            },
            body: stream,
            duplex: "half",
          } as RequestInit);
        },
      ],
    ];
    for (const [label, make] of bodies) {
      const before = await tableCounts();
      const res = await handler(make(), routeParams(params));
      const answer = await res.text();
      expect(res.status, `${label}: ${answer.slice(0, 200)}`).toBe(413);
      expect(JSON.parse(answer)).toMatchObject({ error: { code: "payload_too_large" } });
      expect(await tableCounts(), label).toEqual(before);
    }
  });
});
