import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { AuthPages, expect, test, uniqueCredentials, type Credentials } from "./fixtures";

/*
 * Stored markup is inert on every screen that shows it. Every free-text field
 * the app stores (db/schema.ts: names, headline, token names, every record
 * kind's text, cohort name and description, review notes, feedback and
 * replies, and the notification titles built from them) holds a hostile
 * payload, stored through the JSON API. Each screen then shows the payload as
 * literal text, with no injected <img>/<script>/handler, window.__xss unset
 * and no dialog. URL fields hold an http(s) URL carrying markup and must
 * reach the href attribute unchanged. (records.spec.ts covers typing markup
 * into one record form; this covers every stored field on every screen.)
 */

const RUN = randomBytes(3).toString("hex");

/** The payload, with a marker naming its field; short enough for 100-character fields. */
const payload = (field: string) =>
  `<img src=x onerror="__xss=1;alert(1)">"><script>__xss=2;alert(2)</script>#${field}.${RUN}`;

/** An http(s) URL the schema accepts, with markup that would break out of an unquoted or quoted href. */
const hostileUrl = (field: string) =>
  `https://example.com/${field}.${RUN}?q="><img src=x onerror="__xss=3;alert(3)">`;

type User = Credentials & { id: string; token: string };
type World = {
  learner: User;
  coach: User;
  member: User;
  profileSlug: string;
  cohort: { slug: string; code: string };
};

const todayUtc = () => new Date().toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function call<T = Record<string, unknown>>(
  api: APIRequestContext,
  method: "GET" | "POST" | "PATCH" | "PUT",
  path: string,
  token: string | null,
  data?: unknown,
): Promise<T> {
  const response = await api.fetch(path, {
    method,
    data,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json().catch(() => ({}))) as T;
}

/** A registered user named with the payload, and a token (itself named with the payload for the learner). */
async function makeUser(api: APIRequestContext, role: string, tokenName: string): Promise<User> {
  const credentials = { ...uniqueCredentials(), name: payload(`${role}-name`) };
  const { user } = await call<{ user: { id: string } }>(
    api,
    "POST",
    "/api/v1/register",
    null,
    credentials,
  );
  const { token } = await call<{ token: string }>(api, "POST", "/api/v1/tokens", null, {
    email: credentials.email,
    password: credentials.password,
    name: tokenName,
  });
  return { ...credentials, id: user.id, token };
}

/** Everything a learner, their coach and a cohort member store, each free-text field hostile. */
async function storeEverything(api: APIRequestContext): Promise<World> {
  const learner = await makeUser(api, "learner", payload("token-name"));
  const coach = await makeUser(api, "coach", "setup");
  const member = await makeUser(api, "member", "setup");
  const L = learner.token;
  const profileSlug = `xss-${RUN}-${randomBytes(2).toString("hex")}`;
  await call(api, "PATCH", "/api/v1/me", L, {
    headline: payload("headline"),
    publicProfile: true,
    slug: profileSlug,
  });

  await call(api, "POST", "/api/v1/me/activities", L, {
    date: todayUtc(),
    minutes: 90,
    kind: "course",
    path: "online",
    title: payload("activity-title"),
    notes: payload("activity-notes"),
    url: hostileUrl("activity-url"),
  });
  const certification = await call<{ id: string }>(api, "POST", "/api/v1/me/certifications", L, {
    name: payload("cert-name"),
    issuer: payload("cert-issuer"),
    status: "earned",
    issuedOn: shift(-30),
    // Inside the dashboard's 60-day warning, so it shows there too.
    expiresOn: shift(30),
    credentialId: payload("cert-id"),
    credentialUrl: hostileUrl("cert-url"),
  });
  const project = await call<{ id: string }>(api, "POST", "/api/v1/me/projects", L, {
    title: payload("project-title"),
    summary: payload("project-summary"),
    status: "shipped",
    openSource: true,
    repoUrl: hostileUrl("repo-url"),
    demoUrl: hostileUrl("demo-url"),
  });
  await call(api, "POST", "/api/v1/me/papers", L, {
    title: payload("paper-title"),
    status: "read",
    readOn: todayUtc(),
    notes: payload("paper-notes"),
    url: hostileUrl("paper-url"),
  });
  await call(api, "POST", "/api/v1/me/events", L, {
    title: payload("event-title"),
    kind: "meetup",
    date: todayUtc(),
    notes: payload("event-notes"),
    url: hostileUrl("event-url"),
  });
  // The attestation note is stored though no screen shows it yet; the inert checks still run everywhere.
  const roadmap = await call<{ tiers: { milestones: { id: string; kind: string }[] }[] }>(
    api,
    "GET",
    "/api/v1/roadmap",
    null,
  );
  const attested = roadmap.tiers.flatMap((t) => t.milestones).find((m) => m.kind === "attested")!;
  await call(api, "PUT", `/api/v1/me/milestones/${attested.id}/attestation`, L, {
    attested: true,
    note: payload("attestation-note"),
  });

  const cohort = await call<{ slug: string; inviteCode: string }>(
    api,
    "POST",
    "/api/v1/cohorts",
    L,
    {
      name: payload("cohort-name"),
      description: payload("cohort-description"),
    },
  );
  await call(api, "POST", "/api/v1/cohorts/join", member.token, { code: cohort.inviteCode });
  for (const token of [L, member.token])
    await call(api, "PATCH", `/api/v1/cohorts/${cohort.slug}/membership`, token, {
      shareProgress: true,
      shareHours: true,
      leaderboard: true,
    });

  // The coach coaches the learner; the member's offer to coach the learner waits.
  const asked = await call<{ id: string }>(api, "POST", "/api/v1/coaching/invitations", L, {
    email: coach.email,
    role: "coach",
  });
  await call(api, "POST", `/api/v1/coaching/invitations/${asked.id}/accept`, coach.token);
  await call(api, "POST", "/api/v1/coaching/invitations", member.token, {
    email: learner.email,
    role: "mentee",
  });

  // A review thread (request, changes asked, reply: open again) and an approved one.
  const thread = await call<{ id: string }>(api, "POST", "/api/v1/me/reviews", L, {
    subjectType: "project",
    subjectId: project.id,
    coachId: coach.id,
    note: payload("review-note"),
  });
  await call(api, "POST", `/api/v1/reviews/${thread.id}/decision`, coach.token, {
    decision: "request_changes",
    feedback: payload("review-feedback"),
  });
  await call(api, "POST", `/api/v1/me/reviews/${thread.id}/reply`, L, {
    message: payload("review-reply"),
  });
  const approved = await call<{ id: string }>(api, "POST", "/api/v1/me/reviews", L, {
    subjectType: "certification",
    subjectId: certification.id,
    coachId: coach.id,
  });
  await call(api, "POST", `/api/v1/reviews/${approved.id}/decision`, coach.token, {
    decision: "approve",
    feedback: payload("approve-feedback"),
  });

  return {
    learner,
    coach,
    member,
    profileSlug,
    cohort: { slug: cohort.slug, code: cohort.inviteCode },
  };
}

// ---------------------------------------------------------------- checks

/** Dialogs are recorded (and dismissed, so a page cannot hang on one). */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/**
 * The screen at `path` shows each field's payload as visible text and each
 * URL in an href, unchanged; nothing of the markup became a node or ran.
 */
async function expectInert(
  page: Page,
  dialogs: string[],
  path: string,
  texts: string[],
  urls: string[] = [],
) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // Long enough for an injected <img src=x> to have failed and fired its handler.
  await page.waitForLoadState("networkidle");
  for (const field of texts)
    await expect(
      page.getByText(payload(field)).filter({ visible: true }).first(),
      `${path}: ${field}`,
    ).toBeVisible();
  for (const field of urls) {
    const url = hostileUrl(field);
    const hrefs = await page.evaluate(
      (u) => [...document.querySelectorAll("a")].filter((a) => a.getAttribute("href") === u).length,
      url,
    );
    expect(hrefs, `${path}: a link to ${field}`).toBeGreaterThan(0);
  }
  const found = await page.evaluate(() => ({
    xss: typeof (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll("[onerror]").length,
    scripts: [...document.scripts].filter((s) => /^__xss=/.test((s.textContent ?? "").trim()))
      .length,
  }));
  expect(found, path).toEqual({ xss: "undefined", images: 0, handlers: 0, scripts: 0 });
  expect(dialogs, path).toEqual([]);
}

/** The coach, with no learning of their own, lands on Coaching; everyone else on the dashboard. */
async function signIn(page: Page, who: Credentials, home?: "/coaching") {
  await new AuthPages(page).signIn(who, home);
}

// ---------------------------------------------------------------- screens

test.describe("stored markup on every screen", () => {
  let world: World;

  test.beforeAll(async ({ playwright }, testInfo) => {
    const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    world = await storeEverything(api);
    await api.dispose();
  });

  // The learner's own screens. The shell shows their full name on each.
  const learnerScreens: [string, (w: World) => string, string[], string[]][] = [
    ["dashboard", () => "/dashboard", ["learner-name", "cert-name"], []],
    ["roadmap", () => "/roadmap", ["learner-name"], []],
    ["skills", () => "/skills", ["learner-name"], []],
    ["log", () => "/log", ["activity-title", "activity-notes"], ["activity-url"]],
    [
      "certifications",
      () => "/certifications",
      ["cert-name", "cert-issuer", "cert-id"],
      ["cert-url"],
    ],
    ["projects", () => "/projects", ["project-title", "project-summary"], ["repo-url", "demo-url"]],
    ["reading", () => "/reading", ["paper-title", "paper-notes"], ["paper-url"]],
    ["events", () => "/events", ["event-title", "event-notes"], ["event-url"]],
    ["cohorts list", () => "/cohorts", ["cohort-name"], []],
    [
      "cohort dashboard as organizer",
      (w) => `/cohorts/${w.cohort.slug}`,
      ["cohort-name", "cohort-description", "learner-name", "member-name"],
      [],
    ],
    // Notification titles carry the other side's name.
    ["notifications", () => "/notifications", ["coach-name", "member-name"], []],
    [
      "coaching: coaches, invitations, review threads and notifications",
      () => "/coaching",
      [
        "coach-name",
        "member-name",
        "project-title",
        "cert-name",
        "review-note",
        "review-feedback",
        "review-reply",
        "approve-feedback",
      ],
      [],
    ],
  ];

  for (const [name, path, texts, urls] of learnerScreens) {
    test(`the learner's ${name}`, async ({ page }) => {
      const dialogs = recordDialogs(page);
      await signIn(page, world.learner);
      await expectInert(page, dialogs, path(world), texts, urls);
    });
  }

  test("the learner's settings form holds the name and headline as values", async ({ page }) => {
    const dialogs = recordDialogs(page);
    await signIn(page, world.learner);
    await expectInert(page, dialogs, "/settings", ["learner-name", "token-name"]);
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(payload("learner-name"));
    await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(payload("headline"));
  });

  test("the public profile, signed out", async ({ page }) => {
    const dialogs = recordDialogs(page);
    await expectInert(
      page,
      dialogs,
      `/u/${world.profileSlug}`,
      ["learner-name", "headline", "project-title", "project-summary", "cert-name", "cert-issuer"],
      ["repo-url"],
    );
    // The page title and description are built from the name and headline.
    expect(await page.title()).toContain(payload("learner-name"));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      payload("headline"),
    );
  });

  test("the coach's coaching screen: mentees, review queue, threads and notifications", async ({
    page,
  }) => {
    const dialogs = recordDialogs(page);
    await signIn(page, world.coach, "/coaching");
    await expectInert(page, dialogs, "/coaching", [
      "coach-name",
      "learner-name",
      "project-title",
      "review-note",
      "review-feedback",
      "review-reply",
    ]);
  });

  test("the coach's view of the mentee", async ({ page }) => {
    const dialogs = recordDialogs(page);
    await signIn(page, world.coach, "/coaching");
    await expectInert(page, dialogs, `/coaching/mentees/${world.learner.id}`, [
      "learner-name",
      "headline",
      "activity-title",
      "project-title",
      "cert-name",
      "paper-title",
      "event-title",
    ]);
  });

  test("the invite link's page, for someone not in the cohort", async ({ page }) => {
    const dialogs = recordDialogs(page);
    await signIn(page, world.coach, "/coaching");
    await expectInert(page, dialogs, `/cohorts/join/${world.cohort.code}`, [
      "cohort-name",
      "cohort-description",
    ]);
  });

  test("the cohort screens of a member", async ({ page }) => {
    const dialogs = recordDialogs(page);
    await signIn(page, world.member);
    await expectInert(page, dialogs, "/cohorts", ["member-name", "cohort-name"]);
    await expectInert(page, dialogs, `/cohorts/${world.cohort.slug}`, [
      "cohort-name",
      "cohort-description",
      "learner-name",
      "member-name",
    ]);
  });
});
