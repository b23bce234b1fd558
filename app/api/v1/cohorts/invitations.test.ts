/**
 * Roster import and personal join links, through the route handlers against real PostgreSQL:
 * who may invite and list, JSON and CSV bodies (quoted fields, BOM, CRLF, blank lines,
 * repeats, bad emails, header or none), re-import, the size caps, and joining by link.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { cohortInvitations, cohortMembers } from "@/db/schema";
import { hashInvitationToken } from "@/lib/cohorts/invitations";
import { createUser, jsonRequest, routeParams, tokenFor } from "../test-helpers";
import * as invitationsRoute from "./[slug]/invitations/route";
import * as joinRoute from "./join/route";
import {
  api,
  cohortIdOf,
  expectError,
  expectStatus,
  joinAs,
  makeCohort,
  makeUser,
  membershipRows,
  type CohortUser,
  type TestCohort,
  type Token,
} from "./cohorts-test-helpers";

type ImportJson = {
  invited: string[];
  already: string[];
  invalid: { row: number; email: string; reason: string }[];
};
type ListJson = {
  items: {
    email: string;
    name: string | null;
    status: "invited" | "joined";
    invitedAt: string;
    link?: string;
  }[];
  nextCursor: string | null;
};

const invite = (token: Token, slug: string, body: unknown) =>
  invitationsRoute.POST(
    jsonRequest(`/api/v1/cohorts/${slug}/invitations`, { method: "POST", token, body }),
    routeParams({ slug }),
  );
const inviteCsv = (token: Token, slug: string, csv: string, contentType = "text/csv") =>
  invitationsRoute.POST(
    jsonRequest(`/api/v1/cohorts/${slug}/invitations`, {
      method: "POST",
      token,
      raw: csv,
      headers: { "content-type": contentType },
    }),
    routeParams({ slug }),
  );
const list = (token: Token, slug: string, query = "") =>
  invitationsRoute.GET(
    jsonRequest(`/api/v1/cohorts/${slug}/invitations${query}`, { token }),
    routeParams({ slug }),
  );
const joinWith = (token: Token, body: unknown) =>
  joinRoute.POST(jsonRequest("/api/v1/cohorts/join", { method: "POST", token, body }));

const tokenOf = (link: string) => link.split("/cohorts/invitation/")[1]!;

async function invitationRows(slug: string) {
  return db
    .select()
    .from(cohortInvitations)
    .where(eq(cohortInvitations.cohortId, await cohortIdOf(slug)));
}

/** A user with a chosen email, and a token. */
async function userWithEmail(email: string): Promise<CohortUser> {
  const user = await createUser({ name: email.split("@")[0], email });
  return { id: user.id, name: user.name, token: await tokenFor(user.id) };
}

let n = 0;
const email = (label: string) => `${label}-${n++}@roster.example`;

// ── Who may ─────────────────────────────────────────────────────────────────

describe("who may invite and see the invitations", () => {
  let cohort: TestCohort;
  const as: Record<string, CohortUser> = {};

  beforeAll(async () => {
    for (const role of ["organizer", "coach", "member", "nonMember", "otherLearner"])
      as[role] = await makeUser(role);
    cohort = await makeCohort(as.organizer!);
    for (const role of ["coach", "member"]) await joinAs(as[role]!, cohort.inviteCode);
    await expectStatus(
      await api.role(as.organizer!.token, cohort.slug, as.coach!.id, { role: "coach" }),
      200,
    );
    // Another learner runs a cohort of their own: that gives them nothing in this one.
    await makeCohort(as.otherLearner!);
  });

  it.each([
    ["organizer", 200],
    ["coach", 200],
    ["member", 403],
    ["nonMember", 404],
    ["otherLearner", 404],
    ["anonymous", 401],
  ] as const)("%s: POST %i, GET the same", async (role, status) => {
    const token = role === "anonymous" ? undefined : as[role]!.token;
    const before = (await invitationRows(cohort.slug)).length;
    const res = await invite(token, cohort.slug, { emails: [email(role)] });
    const after = (await invitationRows(cohort.slug)).length;
    if (status === 200) {
      expect((await expectStatus<ImportJson>(res, 200)).invited).toHaveLength(1);
      expect(after).toBe(before + 1);
      const listed = await expectStatus<ListJson>(await list(token, cohort.slug), 200);
      expect(listed.items.length).toBeGreaterThan(0);
    } else {
      const code = { 401: "unauthorized", 403: "forbidden", 404: "not_found" }[status];
      await expectError(res, status, code);
      expect(after).toBe(before);
      await expectError(await list(token, cohort.slug), status, code);
    }
  });

  it("an unknown cohort is 404 for anyone", async () => {
    await expectError(
      await invite(as.organizer!.token, "no-such-cohort", { emails: ["a@b.co"] }),
      404,
      "not_found",
    );
  });
});

// ── What a list says ────────────────────────────────────────────────────────

describe("importing a list", () => {
  let organizer: CohortUser;
  let cohort: TestCohort;

  beforeAll(async () => {
    organizer = await makeUser("Organizer");
    cohort = await makeCohort(organizer);
  });

  it("JSON: each good email invited once, lowercased; bad ones listed with their row; repeats too", async () => {
    const a = email("json-a");
    const b = email("json-b");
    const res = await expectStatus<ImportJson>(
      await invite(organizer.token, cohort.slug, {
        emails: [a.toUpperCase(), "not-an-email", ` ${b} `, a, ""],
      }),
      200,
    );
    expect(res.invited).toEqual([a, b]);
    expect(res.already).toEqual([]);
    expect(res.invalid).toEqual([
      { row: 2, email: "not-an-email", reason: "is not a valid email address" },
      { row: 4, email: a, reason: "repeats row 1" },
      { row: 5, email: "", reason: "has no email" },
    ]);
    const rows = await invitationRows(cohort.slug);
    expect(rows.filter((r) => r.email === a || r.email === b)).toHaveLength(2);
    // The token is random, 32 bytes base64url; its SHA-256 is what identifies the invitation.
    for (const r of rows) {
      expect(r.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(r.tokenHash).toBe(hashInvitationToken(r.token!));
      expect(r.invitedBy).toBe(organizer.id);
    }
  });

  it("CSV: a header, a BOM, CRLF, quoted fields with commas and quotes, blank lines", async () => {
    const [a, b, c] = [email("csv-a"), email("csv-b"), email("csv-c")];
    const csv = `\ufeffName,Email\r\n"Doe, Jane",${a}\r\n\r\n , \r\n"Bob ""The Builder""", "${b}"\r\n"Multi\nLine",${c}\r\nNo Email,\r\n`;
    const res = await expectStatus<ImportJson>(
      await inviteCsv(organizer.token, cohort.slug, csv),
      200,
    );
    expect(res.invited).toEqual([a, b, c]);
    expect(res.invalid).toEqual([{ row: 8, email: "", reason: "has no email" }]);
    const rows = await invitationRows(cohort.slug);
    const names = Object.fromEntries(rows.map((r) => [r.email, r.name]));
    expect(names[a]).toBe("Doe, Jane");
    expect(names[b]).toBe('Bob "The Builder"');
    expect(names[c]).toBe("Multi\nLine");
  });

  it("CSV without a header: email, then an optional name; a third column is refused", async () => {
    const [a, b, c] = [email("plain-a"), email("plain-b"), email("plain-c")];
    const csv = `${a},Ann\n${b}\n${c}, x@y.example, z@y.example\nnope,Nobody\n${a}\n`;
    const res = await expectStatus<ImportJson>(
      await inviteCsv(organizer.token, cohort.slug, csv, "text/csv; charset=utf-8"),
      200,
    );
    expect(res.invited).toEqual([a, b]);
    expect(res.invalid).toEqual([
      { row: 3, email: c, reason: "has more than two columns (email, name): one person per line" },
      { row: 4, email: "nope", reason: "is not a valid email address" },
      { row: 5, email: a, reason: "repeats row 1" },
    ]);
  });

  it("a header with other columns: email and name are found by name, the rest ignored", async () => {
    const a = email("cols");
    const res = await expectStatus<ImportJson>(
      await inviteCsv(organizer.token, cohort.slug, `team,e-mail,name\nblue,${a},Cole\n`),
      200,
    );
    expect(res.invited).toEqual([a]);
    const [row] = (await invitationRows(cohort.slug)).filter((r) => r.email === a);
    expect(row!.name).toBe("Cole");
  });

  it("importing the same list again invites no one twice; members of the cohort are already in", async () => {
    const [a, b] = [email("again-a"), email("again-b")];
    const memberEmail = email("member");
    const member = await userWithEmail(memberEmail);
    await joinAs(member, cohort.inviteCode);
    const first = await expectStatus<ImportJson>(
      await invite(organizer.token, cohort.slug, { emails: [a, b, memberEmail] }),
      200,
    );
    expect(first).toEqual({ invited: [a, b], already: [memberEmail], invalid: [] });
    const before = await invitationRows(cohort.slug);
    const again = await expectStatus<ImportJson>(
      await inviteCsv(organizer.token, cohort.slug, `${b.toUpperCase()}\n${a}\n${memberEmail}\n`),
      200,
    );
    expect(again).toEqual({ invited: [], already: [b, a, memberEmail], invalid: [] });
    expect(await invitationRows(cohort.slug)).toEqual(before);
  });

  it("refuses what is not a list: nothing changes", async () => {
    const before = await invitationRows(cohort.slug);
    await expectError(
      await invite(organizer.token, cohort.slug, { emails: [] }),
      422,
      "validation_failed",
      "emails",
    );
    await expectError(
      await invite(organizer.token, cohort.slug, { emails: "a@b.co" }),
      422,
      "validation_failed",
      "emails",
    );
    await expectError(
      await invite(organizer.token, cohort.slug, { emails: [1] }),
      422,
      "validation_failed",
      "emails.0",
    );
    await expectError(
      await invite(organizer.token, cohort.slug, { emails: ["a@b.co"], extra: 1 }),
      422,
      "validation_failed",
      "extra",
    );
    await expectError(
      await inviteCsv(organizer.token, cohort.slug, "email,name\n\n"),
      422,
      "validation_failed",
      "csv",
    );
    await expectError(
      await inviteCsv(organizer.token, cohort.slug, ""),
      422,
      "validation_failed",
      "csv",
    );
    const unclosed = await expectError(
      await inviteCsv(organizer.token, cohort.slug, `${email("q")}\n"${email("q")},Q\n`),
      422,
      "validation_failed",
      "csv",
    );
    expect(unclosed.error.message).toMatch(/line 2/);
    await expectError(
      await inviteCsv(organizer.token, cohort.slug, "a@b.co\u0000\n"),
      400,
      "bad_request",
    );
    expect(await invitationRows(cohort.slug)).toEqual(before);
  });

  it("caps the size: more than 1,000 rows is 422, more than 256 KB is 413; nothing changes", async () => {
    const before = await invitationRows(cohort.slug);
    const many = Array.from({ length: 1001 }, (_, i) => `cap-${i}@roster.example`);
    await expectError(
      await invite(organizer.token, cohort.slug, { emails: many }),
      422,
      "validation_failed",
      "emails",
    );
    const tooMany = await expectError(
      await inviteCsv(organizer.token, cohort.slug, many.join("\n")),
      422,
      "validation_failed",
      "csv",
    );
    expect(tooMany.error.message).toMatch(/1,001 rows.*at most 1,000/);
    // Exactly 1,000 go through.
    const thousand = await expectStatus<ImportJson>(
      await inviteCsv(organizer.token, cohort.slug, `email\n${many.slice(0, 1000).join("\n")}`),
      200,
    );
    expect(thousand.invited).toHaveLength(1000);
    await db
      .delete(cohortInvitations)
      .where(eq(cohortInvitations.cohortId, await cohortIdOf(cohort.slug)));
    await db.insert(cohortInvitations).values(before);
    const huge = `email,name\n${Array.from({ length: 300 }, (_, i) => `big-${i}@roster.example,${"x".repeat(900)}`).join("\n")}`;
    await expectError(
      await inviteCsv(organizer.token, cohort.slug, huge),
      413,
      "payload_too_large",
    );
    expect(await invitationRows(cohort.slug)).toEqual(before);
  });

  it("a name longer than 100 characters is a bad row", async () => {
    const a = email("long");
    const res = await expectStatus<ImportJson>(
      await inviteCsv(organizer.token, cohort.slug, `${a},${"n".repeat(101)}\n`),
      200,
    );
    expect(res.invalid).toEqual([
      { row: 1, email: a, reason: "the name is longer than 100 characters" },
    ]);
  });
});

// ── The list ────────────────────────────────────────────────────────────────

describe("the invitations list", () => {
  it("pages with a cursor, newest import first and each import in the order of its emails", async () => {
    const organizer = await makeUser("Lister");
    const cohort = await makeCohort(organizer);
    await expectStatus(
      await invite(organizer.token, cohort.slug, {
        emails: ["b@first.example", "a@first.example"],
      }),
      200,
    );
    await expectStatus(
      await invite(organizer.token, cohort.slug, { emails: ["c@second.example"] }),
      200,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListJson = await expectStatus<ListJson>(
        await list(organizer.token, cohort.slug, `?limit=1${cursor ? `&cursor=${cursor}` : ""}`),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((i) => i.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["c@second.example", "a@first.example", "b@first.example"]);
    const all = await expectStatus<ListJson>(await list(organizer.token, cohort.slug), 200);
    for (const item of all.items) {
      expect(item.status).toBe("invited");
      // No SMTP in tests: the link is kept for the organizer to copy.
      expect(item.link).toMatch(/^http:\/\/localhost\/cohorts\/invitation\/[A-Za-z0-9_-]{43}$/);
    }
    await expectError(
      await list(organizer.token, cohort.slug, "?cursor=nope"),
      422,
      "validation_failed",
      "cursor",
    );
  });
});

// ── Joining by the personal link ───────────────────────────────────────────

describe("joining by a personal link", () => {
  let organizer: CohortUser;
  let cohort: TestCohort;

  beforeAll(async () => {
    organizer = await makeUser("Link organizer");
    cohort = await makeCohort(organizer);
  });

  async function invited(address: string) {
    await expectStatus(await invite(organizer.token, cohort.slug, { emails: [address] }), 200);
    const { items } = await expectStatus<ListJson>(
      await list(organizer.token, cohort.slug, "?limit=100"),
      200,
    );
    return tokenOf(items.find((i) => i.email === address)!.link!);
  }

  it("the invited account joins as a member; the invitation is joined and its link gone; again changes nothing", async () => {
    const address = email("right");
    const token = await invited(address);
    const user = await userWithEmail(address);
    expect(await expectStatus(await joinWith(user.token, { token }), 200)).toEqual({
      slug: cohort.slug,
      name: cohort.name,
    });
    const [membership] = await membershipRows(cohort.slug, user.id);
    expect(membership!.role).toBe("member");
    const { items } = await expectStatus<ListJson>(
      await list(organizer.token, cohort.slug, "?limit=100"),
      200,
    );
    const item = items.find((i) => i.email === address)!;
    expect(item.status).toBe("joined");
    expect(item.link).toBeUndefined();
    const [row] = (await invitationRows(cohort.slug)).filter((r) => r.email === address);
    expect(row!.joinedUserId).toBe(user.id);
    // Following it again: the same answer, nothing changes.
    const before = await invitationRows(cohort.slug);
    await expectStatus(await joinWith(user.token, { token }), 200);
    expect(await invitationRows(cohort.slug)).toEqual(before);
  });

  it("another account is refused (403) and nothing changes", async () => {
    const token = await invited(email("meant"));
    const other = await makeUser("Someone else");
    const before = await invitationRows(cohort.slug);
    const refused = await expectError(
      await joinWith(other.token, { token }),
      403,
      "forbidden",
      "token",
    );
    expect(refused.error.message).toMatch(/This invitation is for meant-\d+@roster\.example/);
    expect(await membershipRows(cohort.slug, other.id)).toEqual([]);
    expect(await invitationRows(cohort.slug)).toEqual(before);
  });

  it("an unknown token is 404, a used link does not let its user back in (409); nothing changes", async () => {
    const other = await makeUser("Guesser");
    await expectError(
      await joinWith(other.token, { token: "A".repeat(43) }),
      404,
      "not_found",
      "token",
    );
    await expectError(await joinWith(undefined, { token: "A".repeat(43) }), 401, "unauthorized");
    const address = email("removed");
    const token = await invited(address);
    const user = await userWithEmail(address);
    await expectStatus(await joinWith(user.token, { token }), 200);
    await expectStatus(await api.remove(organizer.token, cohort.slug, user.id), 204);
    const before = await invitationRows(cohort.slug);
    await expectError(await joinWith(user.token, { token }), 409, "conflict", "token");
    expect(await membershipRows(cohort.slug, user.id)).toEqual([]);
    expect(await invitationRows(cohort.slug)).toEqual(before);
  });

  it("code and token together, or neither, is 422", async () => {
    const user = await makeUser("Both");
    await expectError(
      await joinWith(user.token, { code: cohort.inviteCode, token: "x" }),
      422,
      "validation_failed",
      "code",
    );
    await expectError(await joinWith(user.token, {}), 422, "validation_failed", "code");
  });

  it("joining by the invite code with an invited email marks the invitation joined", async () => {
    const address = email("by-code");
    await invited(address);
    const user = await userWithEmail(address);
    await joinAs(user, cohort.inviteCode);
    const [row] = (await invitationRows(cohort.slug)).filter((r) => r.email === address);
    expect(row!.joinedUserId).toBe(user.id);
    expect(row!.joinedAt).not.toBeNull();
    // Someone else's joining by code marks nothing of theirs.
    const pending = email("still-pending");
    await invited(pending);
    await joinAs(await makeUser("Unrelated"), cohort.inviteCode);
    const [still] = (await invitationRows(cohort.slug)).filter((r) => r.email === pending);
    expect(still!.joinedAt).toBeNull();
    const members = await db.select().from(cohortMembers).where(eq(cohortMembers.userId, user.id));
    expect(members).toHaveLength(1);
  });
});
