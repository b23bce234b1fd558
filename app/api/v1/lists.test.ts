/**
 * Every list of the API answers one shape, `{items, nextCursor}`, and pages with `?limit=` and
 * `?cursor=` (lib/pagination.ts): walking a list two items at a time reads each item exactly
 * once, in the list's order, ending with a null cursor; a limit out of range or a cursor that
 * is not one of the list's answers 422 naming the field; another user's items never show. Every
 * page matches the list's schema in the OpenAPI document.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as cohortMilestonesRoute } from "@/app/api/v1/cohorts/[slug]/milestones/route";
import { GET as cohortWebhooksRoute } from "@/app/api/v1/cohorts/[slug]/webhooks/route";
import { GET as cohortsRoute } from "@/app/api/v1/cohorts/route";
import { GET as coachingInvitationsRoute } from "@/app/api/v1/coaching/invitations/route";
import { GET as badgesRoute } from "@/app/api/v1/me/badges/route";
import { GET as identitiesRoute } from "@/app/api/v1/me/identities/route";
import { GET as notificationsRoute } from "@/app/api/v1/me/notifications/route";
import { GET as myReviewsRoute } from "@/app/api/v1/me/reviews/route";
import { GET as skillsRoute } from "@/app/api/v1/me/skills/route";
import { GET as myWebhooksRoute } from "@/app/api/v1/me/webhooks/route";
import { GET as menteeResourcesRoute } from "@/app/api/v1/mentees/[userId]/resources/route";
import { GET as menteesRoute } from "@/app/api/v1/mentees/route";
import { GET as reviewQueueRoute } from "@/app/api/v1/reviews/queue/route";
import { GET as tokensRoute } from "@/app/api/v1/tokens/route";
import { db } from "@/db/client";
import {
  accounts,
  apiTokens,
  coachingInvitations,
  coachingLinks,
  cohortMembers,
  cohortMilestones,
  cohorts,
  notifications,
  resources,
  reviews,
  skillRatings,
  webhookEndpoints,
} from "@/db/schema";
import { contractChecker } from "@/lib/api/contract";
import { openApiDocument } from "@/lib/api/openapi";
import { encodeCursor } from "@/lib/pagination";
import {
  createUser,
  expectError,
  jsonRequest,
  routeParams,
  tokenFor,
  type TestUser,
} from "./test-helpers";

type Item = Record<string, unknown>;
type Page = { items: Item[]; nextCursor: string | null } & Record<string, unknown>;
/** A list's GET, and its path as the OpenAPI document names it. */
type List = ((query: string, token: string) => Promise<Response>) & { template: string };

// Every answer is checked against the document by the suite's contract check too; this names
// the list in the failure and keeps the check beside the paging it is about.
const check = contractChecker(openApiDocument());
/** Whether a 200 answer matches the document's schema of this list (strict items included). */
function expectDocumented(list: List, body: unknown) {
  const operation = { method: "GET", path: list.template };
  expect(check(operation, 200, "application/json", JSON.stringify(body))).toEqual([]);
}

const at = (iso: string) => new Date(iso);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newest first, then the greater id: the order of lists sorted (time desc, id desc). */
const newestFirst = (rows: { id: string; t: Date }[]) =>
  [...rows]
    .sort((a, b) => b.t.getTime() - a.t.getTime() || (a.id < b.id ? 1 : -1))
    .map((r) => r.id);
/** Oldest first, then the smaller id. */
const oldestFirst = (rows: { id: string; t: Date }[]) => newestFirst(rows).reverse();

async function pageOf(list: List, token: string, query: string): Promise<Page> {
  const res = await list(query, token);
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(200);
  const page = JSON.parse(text) as Page;
  expectDocumented(list, page);
  return page;
}

/** Every page of the list, `limit` at a time. */
async function walk(list: List, token: string, limit: number, extra = ""): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const query: string = `?limit=${limit}${extra}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await pageOf(list, token, query);
    expect(Object.keys(page)).toEqual(expect.arrayContaining(["items", "nextCursor"]));
    pages.push(page);
    cursor = page.nextCursor;
    if (!cursor) return pages;
    expect(page.items).toHaveLength(limit);
  }
  throw new Error("the list did not end within 200 pages");
}

/**
 * Walks the list two at a time and expects exactly `expected` (by `key`), in order, over
 * more than one page, the last page's cursor null.
 */
async function expectPagesOf(
  list: List,
  token: string,
  expected: string[],
  key = (i: Item) => String(i.id),
  extra = "",
) {
  expect(expected.length).toBeGreaterThan(2);
  const pages = await walk(list, token, 2, extra);
  expect(pages.length).toBe(Math.ceil(expected.length / 2));
  expect(pages.at(-1)!.nextCursor).toBeNull();
  expect(pages.flatMap((p) => p.items.map(key))).toEqual(expected);
  // One page of them all, the default size, says the same.
  const all = await pageOf(list, token, extra ? `?${extra.slice(1)}` : "");
  expect(all.items.map(key)).toEqual(expected);
  expect(all.nextCursor).toBeNull();
}

/** Out-of-range limits and cursors that are not this list's answer 422 naming the field. */
async function expectPagingRefused(list: List, token: string, ...notThisListsCursors: string[]) {
  for (const limit of ["0", "101", "-1", "2.5", "many"]) {
    const body = await expectError(await list(`?limit=${limit}`, token), 422, "validation_failed");
    expect(Object.keys(body.error.fields ?? {})).toEqual(["limit"]);
  }
  for (const cursor of [
    "garbage",
    "%00",
    Buffer.from("[1,2]").toString("base64url"),
    encodeCursor("one part"),
    ...notThisListsCursors,
    "x".repeat(2000),
  ]) {
    const body = await expectError(
      await list(`?cursor=${encodeURIComponent(cursor)}`, token),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toEqual(["cursor"]);
  }
}

const get = (
  route: (req: Request, ctx: ReturnType<typeof routeParams>) => Promise<Response>,
  template: string,
  params: Record<string, string> = {},
): List => {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
  return Object.assign(
    (query: string, token: string) =>
      route(jsonRequest(`${path}${query}`, { token }), routeParams(params)),
    { template },
  );
};

/** A cursor of another list's shape (three parts): never a cursor of a two-part list. */
const threePartCursor = encodeCursor("ai-foundations", "1", "python");
/** A (time, id) cursor whose time is not one. */
const badTimeCursor = encodeCursor("not a time", randomUUID());
/** A two-part cursor of (time, id): never a cursor of the skills list. */
const timeIdCursor = encodeCursor("2026-01-01 00:00:00+00", randomUUID());

let alice: TestUser & { token: string };
let bob: TestUser & { token: string };

async function userWithToken(name: string) {
  const user = await createUser({ name });
  return { ...user, token: await tokenFor(user.id, `${name}'s token`) };
}

beforeAll(async () => {
  [alice, bob] = await Promise.all([userWithToken("Alice"), userWithToken("Bob")]);
});

describe("GET /api/v1/tokens", () => {
  const list = get(tokensRoute, "/api/v1/tokens");
  it("pages newest first, one creation time shared by two broken by id; only the caller's", async () => {
    const times = ["2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "2026-01-02T10:00:00Z"];
    await db.insert(apiTokens).values([
      ...times.map((t, i) => ({
        userId: alice.id,
        name: `old ${i}`,
        tokenHash: randomUUID(),
        createdAt: at(t),
      })),
      { userId: bob.id, name: "bob's", tokenHash: randomUUID() },
    ]);
    const rows = await db.select().from(apiTokens);
    const mine = rows.filter((r) => r.userId === alice.id);
    expect(mine.length).toBe(4);
    await expectPagesOf(
      list,
      alice.token,
      newestFirst(mine.map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    const page = await pageOf(list, alice.token, "?limit=100");
    expect(page.items.every((i) => mine.some((r) => r.id === i.id))).toBe(true);
    expect(Object.keys(page.items[0]!).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name"]);
  });
  it("422 for a limit out of range or a cursor that is not one", async () => {
    await expectPagingRefused(list, alice.token, threePartCursor, badTimeCursor);
  });
});

describe("GET /api/v1/cohorts", () => {
  const list = get(cohortsRoute, "/api/v1/cohorts");
  it("pages by name, then slug; only the caller's cohorts", async () => {
    const made = await db
      .insert(cohorts)
      .values(
        ["Cohort B", "Cohort A", "Cohort A", "Cohort C", "Not mine"].map((name, i) => ({
          slug: `paging-${i}-${randomUUID().slice(0, 8)}`,
          name,
          inviteCode: randomUUID(),
        })),
      )
      .returning();
    await db
      .insert(cohortMembers)
      .values([
        ...made
          .slice(0, 4)
          .map((c) => ({ userId: alice.id, cohortId: c.id, role: "member" as const })),
        { userId: bob.id, cohortId: made[4]!.id, role: "organizer" as const },
      ]);
    const expected = made
      .slice(0, 4)
      .sort((a, b) => (a.name === b.name ? (a.slug < b.slug ? -1 : 1) : a.name < b.name ? -1 : 1))
      .map((c) => c.slug);
    await expectPagesOf(list, alice.token, expected, (i) => String(i.slug));
  });
  it("422 for a limit out of range or a cursor that is not one", async () => {
    await expectPagingRefused(list, alice.token, threePartCursor);
  });
});

describe("GET /api/v1/coaching/invitations", () => {
  const list = get(coachingInvitationsRoute, "/api/v1/coaching/invitations");
  it("incoming and outgoing in one list, newest first, each with its direction; ?direction= keeps one", async () => {
    const [carol, dave] = await Promise.all([createUser({ name: "Carol" }), createUser()]);
    const rows = await db
      .insert(coachingInvitations)
      .values([
        // Outgoing: Alice invites.
        ...["2026-02-01T00:00:00Z", "2026-02-03T00:00:00Z", "2026-02-03T00:00:00Z"].map((t, i) => ({
          inviterId: alice.id,
          inviteeEmail: `invitee-${i}-${randomUUID()}@example.test`,
          inviteeRole: "coach" as const,
          createdAt: at(t),
        })),
        // Incoming: to Alice's email.
        ...["2026-02-02T00:00:00Z", "2026-02-04T00:00:00Z"].map((t) => ({
          inviterId: carol.id,
          inviteeEmail: alice.email,
          inviteeRole: "mentee" as const,
          createdAt: at(t),
        })),
        // Neither: between others.
        { inviterId: dave.id, inviteeEmail: bob.email, inviteeRole: "coach" as const },
      ])
      .returning();
    const mine = rows.slice(0, 5).map((r) => ({ id: r.id, t: r.createdAt }));
    await expectPagesOf(list, alice.token, newestFirst(mine));

    const pages = await walk(list, alice.token, 2);
    const items = pages.flatMap((p) => p.items);
    for (const item of items) {
      const row = rows.find((r) => r.id === item.id)!;
      if (row.inviterId === alice.id)
        expect(item).toEqual({
          id: row.id,
          direction: "outgoing",
          role: "coach",
          status: "pending",
          createdAt: row.createdAt.toISOString(),
          email: row.inviteeEmail,
        });
      else
        expect(item).toEqual({
          id: row.id,
          direction: "incoming",
          role: "mentee",
          status: "pending",
          createdAt: row.createdAt.toISOString(),
          from: { id: carol.id, name: "Carol", email: carol.email },
        });
    }
    const outgoing = rows.slice(0, 3).map((r) => ({ id: r.id, t: r.createdAt }));
    await expectPagesOf(list, alice.token, newestFirst(outgoing), undefined, "&direction=outgoing");
    const incoming = (await pageOf(list, alice.token, "?direction=incoming")).items;
    expect(incoming.map((i) => i.id)).toEqual(
      newestFirst(rows.slice(3, 5).map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    // Bob sees the one to him only.
    expect((await pageOf(list, bob.token, "")).items.map((i) => i.id)).toEqual([rows[5]!.id]);

    const body = await expectError(
      await list("?direction=sideways", alice.token),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields ?? {})).toEqual(["direction"]);
  });
  it("422 for a limit out of range or a cursor that is not one", async () => {
    await expectPagingRefused(list, alice.token, threePartCursor, badTimeCursor);
  });
});

describe("coaching lists: mentees, the review queue, a learner's reviews, shared resources", () => {
  let coach: TestUser & { token: string };
  let mentees: TestUser[];
  beforeAll(async () => {
    coach = await userWithToken("Coach");
    mentees = await Promise.all(["Mia", "Abe", "Zoe", "Abe"].map((name) => createUser({ name })));
    const former = await createUser({ name: "Former" });
    await db
      .insert(coachingLinks)
      .values([
        ...mentees.map((m) => ({ coachId: coach.id, menteeId: m.id })),
        { coachId: coach.id, menteeId: former.id, endedAt: new Date() },
        { coachId: bob.id, menteeId: alice.id },
      ]);
  });

  it("GET /mentees pages by name (then id), active links only", async () => {
    const list = get(menteesRoute, "/api/v1/mentees");
    const expected = [...mentees]
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
      .map((m) => m.id);
    await expectPagesOf(list, coach.token, expected, (i) => String(i.userId));
    expect((await pageOf(list, bob.token, "")).items.map((i) => i.userId)).toEqual([alice.id]);
    await expectPagingRefused(list, coach.token, threePartCursor, encodeCursor("Abe", "not-an-id"));
  });

  it("GET /reviews/queue pages oldest request first, open ones from active links only", async () => {
    const list = get(reviewQueueRoute, "/api/v1/reviews/queue");
    const times = ["2026-03-02T00:00:00Z", "2026-03-01T00:00:00Z", "2026-03-01T00:00:00Z"];
    const open = await db
      .insert(reviews)
      .values([
        ...times.map((t, i) => ({
          userId: mentees[i]!.id,
          coachId: coach.id,
          subjectType: "milestone" as const,
          subjectId: randomUUID(),
          requestedAt: at(t),
        })),
        {
          userId: mentees[3]!.id,
          coachId: coach.id,
          subjectType: "milestone" as const,
          subjectId: randomUUID(),
          requestedAt: at("2026-03-03T00:00:00Z"),
        },
      ])
      .returning();
    await db.insert(reviews).values([
      {
        userId: mentees[0]!.id,
        coachId: coach.id,
        subjectType: "milestone",
        subjectId: randomUUID(),
        status: "approved",
      },
      { userId: alice.id, coachId: bob.id, subjectType: "milestone", subjectId: randomUUID() },
    ]);
    await expectPagesOf(
      list,
      coach.token,
      oldestFirst(open.map((r) => ({ id: r.id, t: r.requestedAt }))),
    );
    const [first] = (await pageOf(list, coach.token, "?limit=1")).items;
    expect(first).toMatchObject({ subjectTitle: "(removed)", thread: [], status: "requested" });
    await expectPagingRefused(list, coach.token, threePartCursor, badTimeCursor);
  });

  it("GET /me/reviews pages newest first, the learner's own only", async () => {
    const list = get(myReviewsRoute, "/api/v1/me/reviews");
    const learner = { ...mentees[1]!, token: await tokenFor(mentees[1]!.id) };
    const times = ["2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z", "2026-04-02T00:00:00Z"];
    await db.insert(reviews).values(
      times.map((t) => ({
        userId: learner.id,
        coachId: coach.id,
        subjectType: "project" as const,
        subjectId: randomUUID(),
        status: "changes_requested" as const,
        createdAt: at(t),
      })),
    );
    const rows = (await db.select().from(reviews)).filter((r) => r.userId === learner.id);
    expect(rows.length).toBe(4);
    await expectPagesOf(
      list,
      learner.token,
      newestFirst(rows.map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    await expectPagingRefused(list, learner.token, threePartCursor, badTimeCursor);
  });

  it("GET /mentees/{userId}/resources pages newest first, shared ones only; 404 for anyone else", async () => {
    const mentee = mentees[2]!;
    const list = get(menteeResourcesRoute, "/api/v1/mentees/{userId}/resources", {
      userId: mentee.id,
    });
    const times = ["2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z", "2026-05-02T00:00:00Z"];
    const shared = await db
      .insert(resources)
      .values(
        times.map((t, i) => ({
          userId: mentee.id,
          subjectType: "skill" as const,
          subjectId: "python",
          title: `Shared ${i}`,
          url: `https://example.test/${i}`,
          sharedWithCoach: true,
          createdAt: at(t),
        })),
      )
      .returning();
    await db.insert(resources).values({
      userId: mentee.id,
      subjectType: "skill",
      subjectId: "python",
      title: "Private",
      url: "https://example.test/private",
    });
    await expectPagesOf(
      list,
      coach.token,
      newestFirst(shared.map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    await expectError(await list("", bob.token), 404, "not_found");
    await expectPagingRefused(list, coach.token, threePartCursor, badTimeCursor);
  });
});

describe("GET /api/v1/me/notifications", () => {
  const list = get(notificationsRoute, "/api/v1/me/notifications");
  it("pages newest first with the unread count of all of them; only the caller's", async () => {
    const carol = await userWithToken("Carol");
    const times = [
      "2026-06-01T00:00:00Z",
      "2026-06-03T00:00:00Z",
      "2026-06-03T00:00:00Z",
      "2026-06-02T00:00:00Z",
      "2026-06-04T00:00:00Z",
    ];
    const mine = await db
      .insert(notifications)
      .values(
        times.map((t, i) => ({
          userId: carol.id,
          kind: "review_requested" as const,
          title: `Note ${i}`,
          createdAt: at(t),
          readAt: i === 0 ? new Date() : null,
        })),
      )
      .returning();
    await db
      .insert(notifications)
      .values({ userId: bob.id, kind: "review_requested", title: "Bob's" });
    await expectPagesOf(
      list,
      carol.token,
      newestFirst(mine.map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    for (const page of await walk(list, carol.token, 2)) expect(page.unread).toBe(4);
    await expectPagingRefused(list, carol.token, threePartCursor, badTimeCursor);
  });
});

describe("GET /api/v1/me/skills", () => {
  const list = get(skillsRoute, "/api/v1/me/skills");
  it("pages every current skill in the roadmap's order, with the caller's own levels", async () => {
    const all = await pageOf(list, alice.token, "?limit=100");
    expect(all.nextCursor).toBeNull();
    const slugs = all.items.map((i) => String(i.skill));
    expect(new Set(slugs).size).toBe(slugs.length);
    await db.insert(skillRatings).values({ userId: bob.id, skillSlug: slugs[1]!, level: 3 });
    await db.insert(skillRatings).values({ userId: alice.id, skillSlug: slugs[2]!, level: 2 });
    await expectPagesOf(list, alice.token, slugs, (i) => String(i.skill));
    const pages = await walk(list, alice.token, 2);
    const levels = pages.flatMap((p) => p.items.map((i) => i.level));
    expect(levels[1]).toBe(0);
    expect(levels[2]).toBe(2);
    await expectPagingRefused(list, alice.token, timeIdCursor);
  });
});

describe("cohort lists: milestones and webhooks", () => {
  let organizer: TestUser & { token: string };
  let cohort: { id: string; slug: string };
  beforeAll(async () => {
    organizer = await userWithToken("Organizer");
    const [made] = await db
      .insert(cohorts)
      .values({
        slug: `lists-${randomUUID().slice(0, 8)}`,
        name: "Lists",
        inviteCode: randomUUID(),
      })
      .returning();
    cohort = made!;
    await db
      .insert(cohortMembers)
      .values({ userId: organizer.id, cohortId: cohort!.id, role: "organizer" });
  });

  it("GET /cohorts/{slug}/milestones pages due first (soonest first), undated last; 404 for non-members", async () => {
    const list = get(cohortMilestonesRoute, "/api/v1/cohorts/{slug}/milestones", {
      slug: cohort.slug,
    });
    const made = await db
      .insert(cohortMilestones)
      .values(
        (
          [
            ["2026-07-02", "2026-01-01T00:00:00Z"],
            [null, "2026-01-01T00:00:00Z"],
            ["2026-07-01", "2026-01-02T00:00:00Z"],
            ["2026-07-02", "2026-01-01T00:00:00Z"],
            [null, "2026-01-03T00:00:00Z"],
          ] as const
        ).map(([dueOn, createdAt], i) => ({
          cohortId: cohort.id,
          title: `Milestone ${i}`,
          kind: "attested" as const,
          dueOn,
          createdAt: at(createdAt),
        })),
      )
      .returning();
    const expected = [...made]
      .sort(
        (a, b) =>
          // Undated last ("~" sorts after digits in code-point order).
          compare(a.dueOn ?? "~", b.dueOn ?? "~") ||
          a.createdAt.getTime() - b.createdAt.getTime() ||
          (a.id < b.id ? -1 : 1),
      )
      .map((m) => m.id);
    await expectPagesOf(list, organizer.token, expected);
    await expectError(await list("", bob.token), 404, "not_found");
    await expectPagingRefused(
      list,
      organizer.token,
      encodeCursor("2026-13-01", "2026-01-01 00:00:00+00", randomUUID()),
    );
  });

  it("GET /cohorts/{slug}/webhooks and /me/webhooks page oldest first, the owner's only", async () => {
    const cohortList = get(cohortWebhooksRoute, "/api/v1/cohorts/{slug}/webhooks", {
      slug: cohort.slug,
    });
    const myList = get(myWebhooksRoute, "/api/v1/me/webhooks");
    const times = ["2026-08-02T00:00:00Z", "2026-08-01T00:00:00Z", "2026-08-01T00:00:00Z"];
    const endpoint = (i: number, t: string) => ({
      url: `https://hooks.example.test/${i}`,
      events: ["cohort.member_joined" as const],
      secretEncrypted: "not-used-here",
      createdAt: at(t),
    });
    const ofCohort = await db
      .insert(webhookEndpoints)
      .values(times.map((t, i) => ({ ...endpoint(i, t), cohortId: cohort.id })))
      .returning();
    const ofOrganizer = await db
      .insert(webhookEndpoints)
      .values(times.map((t, i) => ({ ...endpoint(i, t), userId: organizer.id })))
      .returning();
    await db.insert(webhookEndpoints).values({ ...endpoint(9, times[0]!), userId: bob.id });
    await expectPagesOf(
      cohortList,
      organizer.token,
      oldestFirst(ofCohort.map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    await expectPagesOf(
      myList,
      organizer.token,
      oldestFirst(ofOrganizer.map((r) => ({ id: r.id, t: r.createdAt }))),
    );
    await expectError(await cohortList("", bob.token), 404, "not_found");
    await expectPagingRefused(cohortList, organizer.token, threePartCursor, badTimeCursor);
    await expectPagingRefused(myList, organizer.token, threePartCursor, badTimeCursor);
  });
});

describe("GET /api/v1/me/identities", () => {
  const list = get(identitiesRoute, "/api/v1/me/identities");
  it("pages first linked first (then provider), with hasPassword on every page", async () => {
    const user = await userWithToken("Linked");
    const linked = [
      ["gitlab", "2026-09-02T00:00:00Z"],
      ["github", "2026-09-01T00:00:00Z"],
      ["oidc", "2026-09-01T00:00:00Z"],
    ] as const;
    await db.insert(accounts).values([
      ...linked.map(([provider, t]) => ({
        userId: user.id,
        type: "oauth" as const,
        provider,
        providerAccountId: randomUUID(),
        linkedAt: at(t),
      })),
      { userId: bob.id, type: "oauth", provider: "github", providerAccountId: randomUUID() },
    ]);
    await expectPagesOf(list, user.token, ["github", "oidc", "gitlab"], (i) => String(i.provider));
    for (const page of await walk(list, user.token, 2)) expect(page.hasPassword).toBe(true);
    await expectPagingRefused(list, user.token, threePartCursor, badTimeCursor);
  });
});

describe("GET /api/v1/me/badges", () => {
  const list = get(badgesRoute, "/api/v1/me/badges");
  it("an empty list is one page with a null cursor; bad paging 422", async () => {
    expect(await pageOf(list, bob.token, "?limit=1")).toEqual({ items: [], nextCursor: null });
    await expectPagingRefused(list, bob.token, threePartCursor, badTimeCursor);
  });
});
