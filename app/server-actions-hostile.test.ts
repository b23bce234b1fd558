/**
 * Hostile input to every server action. Server actions are public endpoints:
 * a client can call one directly with any arguments, so the bound arguments
 * (ids, slugs, record kinds) are as hostile as the form. The action files are
 * found by walking app/, and every exported action needs an entry below, so a
 * new one cannot go untested. Properties: an action never throws (a redirect
 * is an answer, and goes to this site only); when it refuses, no table's row
 * count changed; nothing reaches Object.prototype.
 *
 * next/headers is mocked to carry a real session cookie (a real `sessions`
 * row) and next/cache's revalidation is a no-op; the database and lib/ are real.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { RECORD_KINDS, type RecordKindKey } from "@/lib/records/kinds";
import { TRACKS } from "@/lib/roadmap/content";
import { FORM_FIELDS } from "./(app)/records/config";
import { signIn, uniqueEmail } from "./api/v1/test-helpers";
import {
  hostileParam,
  hostileString,
  hostileValue,
  HOSTILE_KEYS,
  makeFixture,
  PASSWORD,
  prototypePolluted,
  tableCounts,
  VALID_RECORDS,
  without,
  type Fixture,
} from "./hostile-test-helpers";

const request = vi.hoisted(() => ({ cookie: "", client: 0 }));

vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "localhost",
      ...(request.cookie ? { cookie: request.cookie } : {}),
      // A client address of its own per call, so the sign-in throttle's per-client count never decides.
      "x-forwarded-for": `198.51.100.${(request.client++ % 250) + 1}`,
    }),
  // Next.js's own cookie jar over the request's Cookie header, as cookies() is.
  cookies: async () => {
    const { RequestCookies } = await import("next/dist/server/web/spec-extension/cookies");
    return new RequestCookies(new Headers(request.cookie ? { cookie: request.cookie } : {}));
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ROOT = path.resolve(import.meta.dirname, "..");
const NUM_RUNS = Number(process.env.HOSTILE_RUNS ?? 30);
/** Where a redirect may lead: this site (the mocked request's host). */
const SITE = "https://localhost";

// ── Finding the actions ─────────────────────────────────────────────────────

const USE_SERVER_FIRST = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const sources = sourceFiles(path.join(ROOT, "app")).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, "utf8"),
}));
const ACTION_FILES = sources.filter((s) => USE_SERVER_FIRST.test(s.text)).map((s) => s.file);

// ── What each action takes ──────────────────────────────────────────────────

type FormValue = string | { file: string; name: string; type: string };
type Call = {
  session: "owner" | "coach" | "member" | "none" | "forged";
  bound: unknown[];
  prev: unknown;
  /** Entries of the FormData, or something else a direct call could send instead. */
  form: [string, FormValue][] | { notForm: unknown };
};

type Entry = {
  /** The real arguments before (prev, form); each is also sent hostile (see `arg`). */
  bound?: (fx: Fixture) => unknown[];
  /** Hostile arguments where `arg` per position is not enough (record kinds). */
  hostileBound?: (fx: Fixture) => fc.Arbitrary<unknown[]>;
  /** `form`: called as fn(...bound, prev, form); `bound`: fn(...bound), as a button would. */
  shape?: "form" | "bound";
  /** The form's real field names. */
  fields?: string[];
  /** A form the action accepts (given the bound arguments), to mutate one field at a time. */
  valid?: (fx: Fixture, bound: unknown[]) => Record<string, string | string[]>;
  /** Who may do it (default the owner): the valid call runs as them and must not be refused. */
  as?: Call["session"];
  /** The valid call is refused by design (a wrong password keeps the fixture alive). */
  validRefused?: true;
  /** A redirect there is a refusal. */
  refusalRedirect?: RegExp;
  /** Tables a refusal is meant to write: a failed sign-in counts against the throttle. */
  refusalWrites?: string[];
};

const RECORD_KEYS = Object.keys(RECORD_KINDS) as RecordKindKey[];
const RECORD_FIELDS = [...new Set(RECORD_KEYS.flatMap((k) => FORM_FIELDS[k].map((f) => f.name)))];

/** A bound argument: usually the real one, sometimes another real id, often hostile of any type. */
const arg = (real: unknown, fx: Fixture) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(real) },
    { weight: 1, arbitrary: fc.constantFrom(...fx.pool) },
    { weight: 3, arbitrary: hostileParam },
    { weight: 1, arbitrary: hostileValue },
  );

/** A record kind as a client could name it: the five, prototype keys, anything. */
const recordKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(...RECORD_KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "users",
      "",
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);

/** A record as the form sends it: strings, skills repeated. */
function recordForm(key: unknown): Record<string, string | string[]> {
  const valid = VALID_RECORDS[key as RecordKindKey] as Record<string, unknown> | undefined;
  if (!valid || !RECORD_KEYS.includes(key as RecordKindKey)) return { title: "x" };
  return Object.fromEntries(
    Object.entries(valid).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map(String) : typeof v === "boolean" ? (v ? "on" : "") : String(v),
    ]),
  );
}

const cohortFields = ["name", "description", "startsOn", "endsOn"];
const validCohort = () => ({
  name: "Spring cohort",
  description: "Twelve weeks",
  startsOn: "2026-03-01",
  endsOn: "2026-05-31",
});

const milestoneFields = [
  "title",
  "description",
  "kind",
  "hours",
  "from",
  "to",
  "skill",
  "level",
  "count",
  "dueOn",
];
const validMilestone = () => ({
  title: "Log the hours",
  description: "Twelve weeks",
  kind: "hours",
  hours: "40",
  from: "2026-03-01",
  to: "2026-05-31",
  dueOn: "2026-06-01",
});

const ACTIONS: Record<string, Entry> = {
  "app/(app)/coaching/actions.ts#inviteAction": {
    fields: ["email", "role"],
    valid: () => ({ email: "someone-new@example.com", role: "mentee" }),
  },
  "app/(app)/coaching/actions.ts#answerInvitationAction": {
    bound: (fx) => [fx.invitationId, "accept"],
    as: "member",
  },
  "app/(app)/coaching/actions.ts#endLinkAction": {
    bound: (fx) => [fx.coach.id, fx.owner.id],
  },
  "app/(app)/coaching/actions.ts#requestReviewAction": {
    fields: ["subject", "coachId", "note"],
    valid: (fx) => ({
      subject: `project:${fx.records.projects}`,
      coachId: fx.coach.id,
      note: "Ready",
    }),
  },
  "app/(app)/coaching/actions.ts#decideReviewAction": {
    bound: (fx) => [fx.requestedReviewId],
    as: "coach",
    fields: ["decision", "feedback"],
    valid: () => ({ decision: "approve", feedback: "Well done" }),
  },
  "app/(app)/coaching/actions.ts#replyAction": {
    bound: (fx) => [fx.changesReviewId],
    fields: ["message"],
    valid: () => ({ message: "Fixed it" }),
  },
  "app/(app)/coaching/actions.ts#verifyMilestoneAction": {
    bound: (fx) => [fx.owner.id, fx.attestedMilestoneId, true],
    as: "coach",
    fields: ["note"],
    valid: () => ({ note: "Seen it" }),
  },
  "app/(app)/notifications/actions.ts#markAllReadAction": {},
  "app/(app)/cohorts/actions.ts#createCohortAction": { fields: cohortFields, valid: validCohort },
  "app/(app)/cohorts/actions.ts#joinCohortAction": {
    fields: ["code"],
    valid: (fx) => ({ code: fx.cohort.inviteCode }),
  },
  "app/(app)/cohorts/actions.ts#updateCohortAction": {
    bound: (fx) => [fx.cohort.slug],
    fields: cohortFields,
    valid: validCohort,
  },
  "app/(app)/cohorts/actions.ts#rotateCodeAction": {
    bound: (fx) => [fx.cohort.slug],
  },
  "app/(app)/cohorts/actions.ts#removeMemberAction": {
    bound: (fx) => [fx.cohort.slug],
    fields: ["userId"],
    valid: (fx) => ({ userId: fx.member.id }),
  },
  "app/(app)/cohorts/actions.ts#changeRoleAction": {
    bound: (fx) => [fx.cohort.slug],
    fields: ["userId", "role"],
    valid: (fx) => ({ userId: fx.member.id, role: "coach" }),
  },
  "app/(app)/cohorts/actions.ts#updateSharingAction": {
    bound: (fx) => [fx.cohort.slug],
    fields: ["shareProgress", "shareHours", "leaderboard"],
    valid: () => ({ shareProgress: "on", shareHours: "on", leaderboard: "on" }),
  },
  "app/(app)/cohorts/milestone-actions.ts#createCohortMilestoneAction": {
    bound: (fx) => [fx.cohort.slug],
    fields: milestoneFields,
    valid: validMilestone,
  },
  "app/(app)/cohorts/milestone-actions.ts#updateCohortMilestoneAction": {
    bound: (fx) => [fx.cohort.slug, fx.cohortMilestoneId],
    fields: milestoneFields,
    valid: validMilestone,
  },
  "app/(app)/cohorts/milestone-actions.ts#deleteCohortMilestoneAction": {
    bound: (fx) => [fx.cohort.slug, fx.cohortMilestoneId],
  },
  "app/(app)/cohorts/actions.ts#joinByLinkAction": {
    shape: "bound",
    bound: (fx) => [fx.cohort.inviteCode],
    // Back to the join page (a code rotated meanwhile), or to the list (not a code at all).
    refusalRedirect: /^\/cohorts(\/join\/.*)?$/,
  },
  "app/(app)/cohorts/invitation-actions.ts#importInvitationsAction": {
    bound: (fx) => [fx.cohort.slug],
    fields: ["list", "file"],
    valid: () => ({ list: "someone-new@example.com, Someone New\nnot an email\n" }),
  },
  // No invitation has this token: the valid call reaches the lookup and is refused there.
  "app/(app)/cohorts/invitation-actions.ts#joinByInvitationAction": {
    shape: "bound",
    bound: () => ["Zm9yZ2VkLWludml0YXRpb24tdG9rZW4tMDEyMzQ1Njc4OQ"],
    validRefused: true,
    // Back to the link's page, which says why, or to the list (not a token at all).
    refusalRedirect: /^\/cohorts(\/invitation\/.*)?$/,
  },
  "app/(app)/records/actions.ts#createRecordAction": {
    bound: () => ["projects"],
    hostileBound: () => fc.tuple(recordKey),
    fields: ["id", ...RECORD_FIELDS],
    valid: (_fx, [key]) => recordForm(key),
  },
  "app/(app)/records/actions.ts#updateRecordAction": {
    bound: (fx) => ["projects", fx.records.projects],
    hostileBound: (fx) =>
      recordKey.chain((key) =>
        fc.tuple(fc.constant(key), arg(fx.records[key as RecordKindKey] ?? fx.pool[0], fx)),
      ),
    fields: RECORD_FIELDS,
    valid: (_fx, [key]) => recordForm(key),
  },
  "app/(app)/records/actions.ts#deleteRecordAction": {
    bound: () => ["projects"],
    hostileBound: () => fc.tuple(recordKey),
    fields: ["id"],
    valid: (fx, [key]) => ({ id: fx.records[key as RecordKindKey] ?? fx.pool[0]! }),
  },
  "app/(app)/records/actions.ts#quickLogAction": {
    fields: ["id", "minutes", "kind", "title", "skills"],
    valid: () => ({ minutes: "25", kind: "practice", title: "Flashcards", skills: "python" }),
  },
  "app/(app)/roadmap/actions.ts#chooseTrackAction": {
    fields: ["targetTrack"],
    valid: () => ({ targetTrack: TRACKS[0]!.slug }),
  },
  "app/(app)/roadmap/actions.ts#saveNoteAction": {
    fields: ["subjectType", "subjectId", "body"],
    valid: () => ({
      subjectType: "skill",
      subjectId: "python",
      body: "Read https://example.com first",
    }),
  },
  "app/(app)/roadmap/actions.ts#addResourceAction": {
    fields: ["subjectType", "subjectId", "title", "url", "sharedWithCoach"],
    valid: () => ({
      subjectType: "skill",
      subjectId: "python",
      title: "Docs",
      url: "https://docs.python.org/3/",
      sharedWithCoach: "on",
    }),
  },
  "app/(app)/roadmap/actions.ts#setResourceFlagAction": {
    fields: ["id", "flag", "value"],
    valid: (fx) => ({ id: fx.resourceId, flag: "done", value: "true" }),
  },
  "app/(app)/roadmap/actions.ts#deleteResourceAction": {
    fields: ["id"],
    valid: (fx) => ({ id: fx.resourceId }),
  },
  "app/(app)/settings/actions.ts#updateProfileAction": {
    fields: [
      "name",
      "headline",
      "targetTrack",
      "targetDate",
      "weeklyHoursGoal",
      "timezone",
      "publicProfile",
      "slug",
    ],
    valid: () => ({
      name: "Renamed",
      headline: "ML engineer",
      targetTrack: TRACKS[0]!.slug,
      targetDate: "2027-06-30",
      weeklyHoursGoal: "10",
      timezone: "Europe/Berlin",
      publicProfile: "on",
      slug: `renamed-${randomBytes(4).toString("hex")}`,
    }),
  },
  "app/(app)/settings/actions.ts#changePasswordAction": {
    fields: ["currentPassword", "newPassword"],
    valid: () => ({ currentPassword: PASSWORD, newPassword: "a-new-password-123" }),
  },
  "app/(app)/settings/actions.ts#createTokenAction": {
    fields: ["name"],
    valid: () => ({ name: "ci" }),
  },
  "app/(app)/settings/actions.ts#revokeTokenAction": {
    fields: ["id"],
    valid: (fx) => ({ id: fx.decoyTokenId }),
  },
  // The fixture's owner holds no tier: a valid claim reaches the tier check and is refused,
  // having evaluated the owner's progress (which keeps marks).
  "app/(app)/settings/badge-actions.ts#claimBadgeAction": {
    fields: ["tier", "track"],
    valid: () => ({ tier: "1" }),
    validRefused: true,
    refusalWrites: ["progress_marks"],
  },
  // No badge has this id: the runs that keep it reach the owner check (not found).
  "app/(app)/settings/badge-actions.ts#revokeBadgeAction": {
    fields: ["id"],
    valid: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    validRefused: true,
  },
  // A wrong password: the runs that keep it still reach the password check, and the fixture lives on.
  "app/(app)/settings/actions.ts#deleteAccountAction": {
    fields: ["password", "confirm"],
    valid: () => ({ password: "not-the-password", confirm: "on" }),
    validRefused: true,
  },
  // Takes nothing: any form makes a new feed URL for the caller alone.
  "app/(app)/settings/calendar-actions.ts#resetCalendarFeedAction": {
    fields: [],
    valid: () => ({}),
  },
  "app/(app)/sign-out.ts#signOutAction": { shape: "bound" },
  // No provider is configured here: "Link GitHub" is refused by its field, nothing is written.
  "app/(app)/settings/sign-in-methods-actions.ts#linkProviderAction": {
    fields: ["provider"],
    valid: () => ({ provider: "github" }),
    validRefused: true,
  },
  // The owner has no provider linked: a valid unlink is "not found".
  "app/(app)/settings/sign-in-methods-actions.ts#unlinkProviderAction": {
    fields: ["provider"],
    valid: () => ({ provider: "github" }),
    validRefused: true,
  },
  "app/(app)/settings/sign-in-methods-actions.ts#resendVerificationAction": {
    valid: () => ({}),
  },
  "app/(app)/settings/sign-in-methods-actions.ts#setPasswordAction": {
    valid: () => ({}),
    refusalWrites: ["sign_in_throttles"],
  },
  // Without a configured provider the button's action goes back to sign-in.
  "app/(auth)/actions.ts#providerSignInAction": {
    shape: "bound",
    bound: () => ["github", "/dashboard"],
    refusalRedirect: /^\/sign-in$/,
    validRefused: true,
  },
  // A link nobody was sent: the valid form reaches the token check and is refused there.
  "app/(auth)/actions.ts#verifyEmailAction": {
    bound: () => ["bm90LWEtdmVyaWZpY2F0aW9uLXRva2VuLWF0LWFsbC0xMjM"],
    valid: () => ({}),
    validRefused: true,
  },
  "app/(auth)/actions.ts#signInAction": {
    fields: ["email", "password", "callbackUrl"],
    valid: (fx) => ({ email: fx.owner.email, password: PASSWORD, callbackUrl: "/dashboard" }),
    refusalWrites: ["sign_in_throttles"],
  },
  "app/(auth)/actions.ts#requestResetAction": {
    fields: ["email"],
    valid: (fx) => ({ email: fx.owner.email }),
    // Past the per-email limit the refusal (429) has counted the request.
    refusalWrites: ["sign_in_throttles"],
  },
  // No link was asked for: the valid form reaches the token check and is refused there.
  "app/(auth)/actions.ts#resetPasswordAction": {
    bound: () => ["Zm9yZ2VkLXJlc2V0LXRva2Vu"],
    fields: ["password", "confirm"],
    valid: () => ({ password: "a-new-password-123", confirm: "a-new-password-123" }),
    validRefused: true,
  },
  "app/(auth)/actions.ts#signUpAction": {
    fields: ["name", "email", "password", "callbackUrl"],
    valid: () => ({
      name: "New Person",
      email: uniqueEmail("signup"),
      password: "a-long-password-1",
      callbackUrl: "/dashboard",
    }),
    refusalWrites: ["sign_in_throttles"],
  },
};

// ── Arbitraries ─────────────────────────────────────────────────────────────

const HUGE = "x".repeat(300_000);

const formValue: fc.Arbitrary<FormValue> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(hostileString, fc.constant(HUGE)),
        hostileString,
        fc.constantFrom("", "text/plain", "application/json", "image/svg+xml"),
      )
      .map(([file, name, type]) => ({ file, name, type })),
  },
);

const validEntries = (v: Record<string, string | string[]>): [string, FormValue][] =>
  Object.entries(v).flatMap(([k, value]) =>
    (Array.isArray(value) ? value : [value]).map((one): [string, FormValue] => [k, one]),
  );

/** Fields of the form: the real names (and React's own `$ACTION_` keys) with hostile values, some repeated. */
function formArbitrary(
  entry: Entry,
  valid: Record<string, string | string[]> | undefined,
): fc.Arbitrary<Call["form"]> {
  const fields = entry.fields ?? [];
  const key = fc.oneof(
    {
      weight: fields.length ? 6 : 0,
      arbitrary: fc.constantFrom(...(fields.length ? fields : ["x"])),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS, "$ACTION_ID_abc", "$ACTION_REF_1") },
    { weight: 1, arbitrary: hostileString },
  );
  const random = fc.array(fc.tuple(key, formValue), { maxLength: fields.length + 4 });
  const options: { weight: number; arbitrary: fc.Arbitrary<Call["form"]> }[] = [
    { weight: 3, arbitrary: random },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(null, undefined, "a=b", { email: "x" }, [], 42)
        .map((notForm) => ({ notForm })),
    },
  ];
  if (valid) {
    const base = validEntries(valid);
    options.push(
      { weight: 1, arbitrary: fc.constant(base) },
      {
        // One field replaced, removed or repeated with a hostile value.
        weight: 5,
        arbitrary: fc
          .tuple(
            fc.nat({ max: Math.max(0, base.length - 1) }),
            fc.constantFrom("replace", "remove", "repeat", "add"),
            fc.oneof(key, fc.constantFrom(...fields.concat("x"))),
            formValue,
          )
          .map(([i, how, extraKey, value]) => {
            const copy = [...base];
            if (how === "replace" && copy[i]) copy[i] = [copy[i]![0], value];
            if (how === "remove") copy.splice(i, 1);
            if (how === "repeat" && copy[i]) copy.push([copy[i]![0], value]);
            if (how === "add") copy.push([extraKey, value]);
            return copy;
          }),
      },
    );
  }
  return fc.oneof(...options);
}

function callArbitrary(entry: Entry, fx: Fixture): fc.Arbitrary<Call> {
  const bound =
    entry.hostileBound?.(fx) ?? fc.tuple(...(entry.bound?.(fx) ?? []).map((real) => arg(real, fx)));
  return bound.chain((args) =>
    fc
      .record({
        session: fc.oneof(
          { weight: 6, arbitrary: fc.constant<Call["session"]>("owner") },
          { weight: 2, arbitrary: fc.constantFrom<Call["session"]>("coach", "member") },
          { weight: 1, arbitrary: fc.constantFrom<Call["session"]>("none", "forged") },
        ),
        bound: fc.constant(args),
        prev: fc.oneof(
          { weight: 4, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: hostileValue },
        ),
        form:
          entry.shape === "bound"
            ? fc.constant<Call["form"]>([])
            : formArbitrary(entry, entry.valid?.(fx, args)),
      })
      .map((call) => Object.assign(call, { [fc.toStringMethod]: () => shorten(call) })),
  );
}

const shorten = (call: Call) =>
  JSON.stringify(call, (_k, v: unknown) =>
    typeof v === "string" && v.length > 200 ? `${v.slice(0, 200)}…(${v.length} chars)` : v,
  );

function toFormData(form: Call["form"]): unknown {
  if (!Array.isArray(form)) return form.notForm;
  const data = new FormData();
  for (const [k, v] of form) {
    if (typeof v === "string") data.append(k, v);
    else data.append(k, new File([v.file], v.name, { type: v.type }));
  }
  return data;
}

// ── Running one call ────────────────────────────────────────────────────────

type Outcome = { returned: unknown } | { redirect: string };

/** Next's redirect() throws an error whose digest names the target. */
function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) return null;
  return digest.split(";")[2] ?? "";
}

/** A refusal: a form state without ok (the auth forms' state has no ok: any answer is a refusal). */
function refused(entry: Entry, outcome: Outcome): boolean {
  if ("redirect" in outcome) return entry.refusalRedirect?.test(outcome.redirect) ?? false;
  const state = outcome.returned as
    { ok?: unknown; message?: unknown; fields?: unknown } | undefined;
  return Boolean(state && state.ok !== true && (state.message || state.fields));
}

type Action = (...args: unknown[]) => Promise<unknown>;

async function check(name: string, entry: Entry, action: Action, call: Call, cookies: Cookies) {
  request.cookie = cookies[call.session];
  const args =
    entry.shape === "bound" ? call.bound : [...call.bound, call.prev, toFormData(call.form)];
  const before = await tableCounts();
  let outcome: Outcome;
  try {
    outcome = { returned: await action(...args) };
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw new Error(`${name} threw: ${String(error)}`, { cause: error });
    outcome = { redirect: target };
  }
  expect(prototypePolluted(), "Object.prototype polluted").toBe(false);
  if ("redirect" in outcome)
    expect(new URL(outcome.redirect, SITE).origin, `redirect to ${outcome.redirect}`).toBe(SITE);
  if (refused(entry, outcome)) {
    const ignored = entry.refusalWrites ?? [];
    expect(
      without(await tableCounts(), ignored),
      `row counts after the refusal ${JSON.stringify(outcome).slice(0, 300)}`,
    ).toEqual(without(before, ignored));
  }
  return outcome;
}

type Cookies = Record<Call["session"], string>;

async function cookiesFor(fx: Fixture): Promise<Cookies> {
  return {
    owner: fx.session.cookie,
    coach: (await signIn(fx.coach.id)).cookie,
    member: (await signIn(fx.member.id)).cookie,
    none: "",
    forged: "authjs.session-token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
  };
}

// ── The properties ──────────────────────────────────────────────────────────

const modules = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  await tableCounts();
  for (const file of ACTION_FILES)
    modules.set(file, (await import(path.join(ROOT, file))) as Record<string, unknown>);
});

describe("the server actions", () => {
  it("are found, and each has an entry here", () => {
    expect(ACTION_FILES.length).toBeGreaterThanOrEqual(5);
    const exported = ACTION_FILES.flatMap((file) =>
      Object.entries(modules.get(file)!)
        .filter(([, v]) => typeof v === "function")
        .map(([name]) => `${file}#${name}`),
    );
    expect(
      exported.filter((id) => !ACTIONS[id]),
      "add them to ACTIONS",
    ).toEqual([]);
    expect(
      Object.keys(ACTIONS).filter((id) => !exported.includes(id)),
      "stale entries",
    ).toEqual([]);
  });

  it("live only in 'use server' files, where this test finds them", () => {
    const inline = sources
      .filter((s) => !ACTION_FILES.includes(s.file) && /["']use server["']/.test(s.text))
      .map((s) => s.file);
    expect(inline, "move inline server actions to an actions file").toEqual([]);
  });
});

describe.each(Object.keys(ACTIONS))("%s", (id) => {
  const [file, name] = id.split("#") as [string, string];
  const entry = ACTIONS[id]!;

  it("never throws on hostile arguments and forms; a refusal changes no row count", async () => {
    const action = modules.get(file)?.[name] as Action | undefined;
    expect(typeof action, `${id} is exported`).toBe("function");
    const fx = await makeFixture();
    const cookies = await cookiesFor(fx);
    await fc.assert(
      fc.asyncProperty(callArbitrary(entry, fx), async (call) => {
        await check(name, entry, action!, call, cookies);
      }),
      { numRuns: NUM_RUNS },
    );

    // The valid call, on a fresh fixture: the mocked request and the fixture let the action do its work.
    const fresh = await makeFixture();
    const bound = entry.bound?.(fresh) ?? [];
    const valid: Call = {
      session: entry.as ?? "owner",
      bound,
      prev: {},
      form: validEntries(entry.valid?.(fresh, bound) ?? {}),
    };
    const outcome = await check(name, entry, action!, valid, await cookiesFor(fresh));
    expect(refused(entry, outcome), JSON.stringify(outcome)).toBe(entry.validRefused ?? false);
  });
});
