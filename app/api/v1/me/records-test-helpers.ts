/**
 * Helpers for the learner-record, skills, portability and account-deletion
 * integration tests in ./records/. They call the route handlers directly
 * against the test file's own PostgreSQL database (db/testing/).
 */
import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import * as activitiesItem from "@/app/api/v1/me/activities/[id]/route";
import * as activitiesList from "@/app/api/v1/me/activities/route";
import * as certificationsItem from "@/app/api/v1/me/certifications/[id]/route";
import * as certificationsList from "@/app/api/v1/me/certifications/route";
import * as eventsItem from "@/app/api/v1/me/events/[id]/route";
import * as eventsList from "@/app/api/v1/me/events/route";
import * as papersItem from "@/app/api/v1/me/papers/[id]/route";
import * as papersList from "@/app/api/v1/me/papers/route";
import * as projectsItem from "@/app/api/v1/me/projects/[id]/route";
import * as projectsList from "@/app/api/v1/me/projects/route";
import { db } from "@/db/client";
import {
  activities,
  apiTokens,
  certifications,
  events,
  papers,
  profiles,
  projects,
  sessions,
  skillRatingHistory,
  skillRatings,
  users,
} from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { registerUser } from "@/lib/users/accounts";

export const ORIGIN = "http://localhost";
export const PASSWORD = "records-test-password";

export const KINDS = ["activities", "certifications", "projects", "papers", "events"] as const;
export type Kind = (typeof KINDS)[number];

export type Json = Record<string, unknown>;
export type ErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string> };
};
export type Page = { items: Json[]; nextCursor: string | null };

type Handler = (
  request: Request,
  context?: { params: Promise<Record<string, string>> },
) => Promise<Response>;
type Routes = { list: Handler; create: Handler; get: Handler; patch: Handler; remove: Handler };

const ROUTES: Record<Kind, Routes> = {
  activities: {
    list: activitiesList.GET,
    create: activitiesList.POST,
    get: activitiesItem.GET,
    patch: activitiesItem.PATCH,
    remove: activitiesItem.DELETE,
  },
  certifications: {
    list: certificationsList.GET,
    create: certificationsList.POST,
    get: certificationsItem.GET,
    patch: certificationsItem.PATCH,
    remove: certificationsItem.DELETE,
  },
  projects: {
    list: projectsList.GET,
    create: projectsList.POST,
    get: projectsItem.GET,
    patch: projectsItem.PATCH,
    remove: projectsItem.DELETE,
  },
  papers: {
    list: papersList.GET,
    create: papersList.POST,
    get: papersItem.GET,
    patch: papersItem.PATCH,
    remove: papersItem.DELETE,
  },
  events: {
    list: eventsList.GET,
    create: eventsList.POST,
    get: eventsItem.GET,
    patch: eventsItem.PATCH,
    remove: eventsItem.DELETE,
  },
};

/** The table behind each kind, typed loosely: every one has id, user_id and created_at. */
type RecordTable = PgTable & { id: PgColumn; userId: PgColumn; createdAt: PgColumn };
export const TABLES: Record<Kind, RecordTable> = {
  activities: activities as unknown as RecordTable,
  certifications: certifications as unknown as RecordTable,
  projects: projects as unknown as RecordTable,
  papers: papers as unknown as RecordTable,
  events: events as unknown as RecordTable,
};

// ── Requests ────────────────────────────────────────────────────────────────

export type RequestOptions = { method?: string; token?: string; body?: unknown; raw?: string };

export function request(path: string, { method, token, body, raw }: RequestOptions = {}): Request {
  const headers = new Headers();
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) headers.set("content-type", "application/json");
  if (token) headers.set("authorization", `Bearer ${token}`);
  return new Request(ORIGIN + path, {
    method: method ?? (payload === undefined ? "GET" : "POST"),
    headers,
    body: payload,
  });
}

export const params = <P extends Record<string, string>>(values: P) => ({
  params: Promise.resolve(values),
});

/** The five record operations of one kind, as the route handlers answer them. */
export function recordApi(kind: Kind) {
  const r = ROUTES[kind];
  const base = `/api/v1/me/${kind}`;
  return {
    list: (token: string, query = "") => r.list(request(base + query, { token })),
    create: (token: string, body: unknown) =>
      r.create(request(base, { method: "POST", token, body })),
    createRaw: (token: string, raw: string) =>
      r.create(request(base, { method: "POST", token, raw })),
    get: (token: string, id: string) => r.get(request(`${base}/${id}`, { token }), params({ id })),
    patch: (token: string, id: string, body: unknown) =>
      r.patch(request(`${base}/${id}`, { method: "PATCH", token, body }), params({ id })),
    remove: (token: string, id: string) =>
      r.remove(request(`${base}/${id}`, { method: "DELETE", token }), params({ id })),
  };
}

export async function json<T = Json>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Asserts the status and returns the JSON body. */
export async function expectStatus<T = Json>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, `status (body: ${text.slice(0, 300)})`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Asserts a JSON error with status and code, and (optionally) that error.fields names `field`. */
export async function expectError(
  res: Response,
  status: number,
  code: string,
  field?: string,
): Promise<ErrorBody> {
  const text = await res.text();
  expect(res.status, `status (body: ${text.slice(0, 300)})`).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  if (field !== undefined) {
    expect(
      body.error.fields,
      `error.fields should name ${field} (body: ${text.slice(0, 300)})`,
    ).toBeDefined();
    expect(Object.keys(body.error.fields!), `error.fields should name ${field}`).toContain(field);
    expect(typeof body.error.fields![field]).toBe("string");
  }
  return body;
}

// ── Users ───────────────────────────────────────────────────────────────────

export type TestUser = { id: string; email: string; password: string; token: string };

let counter = 0;
export const uniqueEmail = (label = "learner") =>
  `${label}-${counter++}-${randomBytes(4).toString("hex")}@example.com`;

/** A registered user (real password hash) with a personal access token. */
export async function makeUser(label = "learner", timezone?: string): Promise<TestUser> {
  const user = await registerUser({
    name: `Test ${label}`,
    email: uniqueEmail(label),
    password: PASSWORD,
  });
  if (timezone) await db.update(profiles).set({ timezone }).where(eq(profiles.userId, user.id));
  const { token } = await createApiToken(user.id, `${label} token`);
  return { id: user.id, email: user.email, password: PASSWORD, token };
}

export async function setTimezone(userId: string, timezone: string): Promise<void> {
  await db.update(profiles).set({ timezone }).where(eq(profiles.userId, userId));
}

// ── Dates, computed independently of lib/dates ──────────────────────────────

/** Today's calendar date in a time zone, as YYYY-MM-DD. */
export function todayInZone(timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ── Database ────────────────────────────────────────────────────────────────

export async function countRows(table: RecordTable | PgTable, userId?: string): Promise<number> {
  const t = table as RecordTable;
  const [row] = await (userId
    ? db.select({ n: count() }).from(t).where(eq(t.userId, userId))
    : db.select({ n: count() }).from(t));
  return row!.n;
}

export async function rowOf(kind: Kind, id: string): Promise<Json | undefined> {
  const t = TABLES[kind];
  const [row] = (await db.select().from(t).where(eq(t.id, id))) as Json[];
  return row;
}

export async function rowsOfUser(kind: Kind, userId: string): Promise<Json[]> {
  const t = TABLES[kind];
  return (await db.select().from(t).where(eq(t.userId, userId))) as Json[];
}

/** Row counts of every table that holds the user's data. */
export async function userFootprint(userId: string): Promise<Record<string, number>> {
  const byUser = {
    profiles,
    skill_ratings: skillRatings,
    skill_rating_history: skillRatingHistory,
    api_tokens: apiTokens,
    sessions,
  } as Record<string, PgTable & { userId: PgColumn }>;
  const out: Record<string, number> = {};
  const [u] = await db.select({ n: count() }).from(users).where(eq(users.id, userId));
  out.users = u!.n;
  for (const [name, t] of Object.entries(byUser)) {
    const [row] = await db.select({ n: count() }).from(t).where(eq(t.userId, userId));
    out[name] = row!.n;
  }
  for (const kind of KINDS) out[kind] = await countRows(TABLES[kind], userId);
  return out;
}

export async function historyRows(userId: string, skill: string) {
  return db
    .select()
    .from(skillRatingHistory)
    .where(and(eq(skillRatingHistory.userId, userId), eq(skillRatingHistory.skillSlug, skill)));
}

// ── Record samples and invalid values ──────────────────────────────────────

/** A valid create body of each kind; `today` is the learner's date, `i` varies the content. */
export function sample(kind: Kind, today: string, i = 0): Json {
  switch (kind) {
    case "activities":
      return {
        date: shiftDate(today, -(i % 20)),
        minutes: 30 + i,
        kind: "course",
        title: `Activity ${i}`,
        path: "online",
        skills: ["python", "pytorch"],
        notes: `Notes ${i}`,
        url: "https://example.com/course",
      };
    case "certifications":
      return {
        name: `Certification ${i}`,
        issuer: "Cloud Vendor",
        status: "earned",
        issuedOn: shiftDate(today, -100 - i),
        expiresOn: shiftDate(today, 400 + i),
        credentialId: `CRED-${i}`,
        credentialUrl: "https://example.com/cred",
        skills: ["aws"],
      };
    case "projects":
      return {
        title: `Project ${i}`,
        summary: `Summary ${i}`,
        repoUrl: "https://github.com/example/repo",
        demoUrl: "https://example.com/demo",
        status: "building",
        openSource: true,
        track: "mlops",
        skills: ["model-deployment"],
      };
    case "papers":
      return {
        title: `Paper ${i}`,
        url: "https://arxiv.org/abs/1706.03762",
        status: "read",
        readOn: "2025-03-01",
        topic: "responsible-ai",
        notes: `Paper notes ${i}`,
      };
    case "events":
      return {
        title: `Event ${i}`,
        kind: "meetup",
        date: shiftDate(today, -(i % 20)),
        url: "https://example.com/event",
        notes: `Event notes ${i}`,
      };
  }
}

/** A PATCH that changes some fields (and leaves at least one other field alone). */
export function patchOf(kind: Kind, today: string): Json {
  switch (kind) {
    case "activities":
      return { minutes: 95, title: "Changed title", date: shiftDate(today, -30) };
    case "certifications":
      return { status: "in_progress", credentialId: null };
    case "projects":
      return { status: "shipped", openSource: false, track: null };
    case "papers":
      return { status: "reading", topic: "quantum-ml" };
    case "events":
      return { kind: "conference", notes: null };
  }
}

/** The fields that hold free text, for the verbatim test. */
export const TEXT_FIELDS: Record<Kind, string[]> = {
  activities: ["title", "notes"],
  certifications: ["name", "issuer", "credentialId"],
  projects: ["title", "summary"],
  papers: ["title", "notes"],
  events: ["title", "notes"],
};

export const REQUIRED_FIELDS: Record<Kind, string[]> = {
  activities: ["date", "minutes", "kind", "title"],
  certifications: ["name", "issuer", "status"],
  projects: ["title", "status"],
  papers: ["title", "status"],
  events: ["title", "kind", "date"],
};

export type InvalidCase = { name: string; field: string; values: Json };

const urlCases = (field: string): InvalidCase[] => [
  { name: `${field} javascript:`, field, values: { [field]: "javascript:alert(1)" } },
  { name: `${field} ftp:`, field, values: { [field]: "ftp://x" } },
  { name: `${field} not a URL`, field, values: { [field]: "not a url" } },
  { name: `${field} a number`, field, values: { [field]: 42 } },
];
const textCases = (field: string, max: number, required: boolean): InvalidCase[] => [
  ...(required
    ? [
        { name: `${field} empty`, field, values: { [field]: "" } },
        { name: `${field} blank`, field, values: { [field]: "   " } },
        { name: `${field} null`, field, values: { [field]: null } },
      ]
    : []),
  { name: `${field} too long`, field, values: { [field]: "x".repeat(max + 1) } },
  { name: `${field} a number`, field, values: { [field]: 7 } },
];
const dateCases = (field: string): InvalidCase[] => [
  { name: `${field} month 13`, field, values: { [field]: "2026-13-01" } },
  { name: `${field} Feb 30`, field, values: { [field]: "2025-02-30" } },
  { name: `${field} not a date`, field, values: { [field]: "yesterday" } },
  { name: `${field} a number`, field, values: { [field]: 20250101 } },
];
const skillCases: InvalidCase[] = [
  { name: "skills unknown slug", field: "skills", values: { skills: ["not-a-skill"] } },
  {
    name: "skills a known and an unknown slug",
    field: "skills",
    values: { skills: ["python", "not-a-skill"] },
  },
  { name: "skills not a list", field: "skills", values: { skills: "python" } },
];
const extraField: InvalidCase = {
  name: "unknown extra field",
  field: "bogus",
  values: { bogus: "surprise" },
};
const enumCases = (field: string): InvalidCase[] => [
  { name: `${field} unknown`, field, values: { [field]: "unknown" } },
  { name: `${field} wrong case`, field, values: { [field]: "UNKNOWN" } },
  { name: `${field} null`, field, values: { [field]: null } },
];

/**
 * Every invalid value of every field of a kind. Each applies both to a create
 * (merged into a valid body) and to a PATCH (sent alone).
 */
export function invalidCases(kind: Kind, today: string): InvalidCase[] {
  switch (kind) {
    case "activities":
      return [
        ...dateCases("date"),
        {
          name: "date in the learner's future",
          field: "date",
          values: { date: shiftDate(today, 1) },
        },
        { name: "date null", field: "date", values: { date: null } },
        { name: "minutes 0", field: "minutes", values: { minutes: 0 } },
        { name: "minutes 1441", field: "minutes", values: { minutes: 1441 } },
        { name: "minutes 1.5", field: "minutes", values: { minutes: 1.5 } },
        { name: 'minutes "10"', field: "minutes", values: { minutes: "10" } },
        { name: "minutes negative", field: "minutes", values: { minutes: -5 } },
        { name: "minutes null", field: "minutes", values: { minutes: null } },
        { name: "kind unknown", field: "kind", values: { kind: "unknown" } },
        { name: "kind of an event", field: "kind", values: { kind: "conference" } },
        ...textCases("title", 200, true),
        { name: "path unknown", field: "path", values: { path: "phd" } },
        ...skillCases,
        ...textCases("notes", 5000, false),
        ...urlCases("url"),
        extraField,
      ];
    case "certifications":
      return [
        ...textCases("name", 200, true),
        ...textCases("issuer", 200, true),
        ...enumCases("status"),
        ...dateCases("issuedOn"),
        ...dateCases("expiresOn"),
        {
          name: "expiresOn before issuedOn",
          field: "expiresOn",
          values: { issuedOn: "2024-05-10", expiresOn: "2024-05-09" },
        },
        ...textCases("credentialId", 200, false),
        ...urlCases("credentialUrl"),
        ...skillCases,
        extraField,
      ];
    case "projects":
      return [
        ...textCases("title", 200, true),
        ...textCases("summary", 5000, false),
        ...urlCases("repoUrl"),
        ...urlCases("demoUrl"),
        ...enumCases("status"),
        { name: 'openSource "yes"', field: "openSource", values: { openSource: "yes" } },
        { name: "openSource 1", field: "openSource", values: { openSource: 1 } },
        { name: "track unknown", field: "track", values: { track: "unknown-track" } },
        ...skillCases,
        extraField,
      ];
    case "papers":
      return [
        ...textCases("title", 300, true),
        ...urlCases("url"),
        ...enumCases("status"),
        ...dateCases("readOn"),
        // A topic is a track slug: free text, another case or a number is refused.
        { name: "topic free text", field: "topic", values: { topic: "transformers" } },
        { name: "topic a track's name", field: "topic", values: { topic: "Responsible AI" } },
        { name: "topic wrong case", field: "topic", values: { topic: "MLOPS" } },
        { name: "topic a number", field: "topic", values: { topic: 5 } },
        ...textCases("notes", 5000, false),
        extraField,
      ];
    case "events":
      return [
        ...textCases("title", 200, true),
        ...enumCases("kind"),
        ...dateCases("date"),
        { name: "date null", field: "date", values: { date: null } },
        ...urlCases("url"),
        ...textCases("notes", 5000, false),
        extraField,
      ];
  }
}

// ── Lists ───────────────────────────────────────────────────────────────────

/** Walks a list with ?limit= and ?cursor= and returns every page. */
export async function walk(kind: Kind, token: string, limit: number): Promise<Page[]> {
  const api = recordApi(kind);
  const pages: Page[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await expectStatus<Page>(await api.list(token, query), 200);
    pages.push(page);
    cursor = page.nextCursor;
    if (!cursor) return pages;
  }
  throw new Error("the list did not end within 100 pages");
}

// ── CSV ─────────────────────────────────────────────────────────────────────

/** A small RFC 4180 parser: rows of cells, quotes and embedded newlines handled. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
