import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import {
  AuthPages,
  DEMO_PASSWORD,
  expect,
  registerUser,
  signedInContext,
  test,
  type Credentials,
} from "./fixtures";

/*
 * Cohorts through the screens: an organizer creates one, learners join with
 * the invite link or code, each member chooses what the cohort sees of them
 * (cohortView in lib/policy.ts: the member's choices govern every viewer, the organizer
 * included), the organizer rotates the code, removes members and downloads the
 * CSV, and members leave. Every test that writes makes its own users and its
 * own cohort; the demo cohort ("spring-ml-bootcamp") is only read.
 *
 * New accounts keep their dates in UTC, so "this week" is the same week for
 * every fresh user here.
 */

const DEMO_ORGANIZER: Credentials = {
  name: "Alan Organizer",
  email: "organizer@epoch.dev",
  password: DEMO_PASSWORD,
};
const DEMO_COHORT = { slug: "spring-ml-bootcamp", name: "Spring ML Bootcamp" };

const CSV_HEADER = "name,role,tier,tierName,nextTier,hoursThisWeek,hoursThisMonth,inactive14Days";
/** The invite code alphabet (no 0/O/1/I/L), ten characters. */
const INVITE_CODE = /^[A-HJKMNP-Z2-9]{10}$/;

// ---------------------------------------------------------------- screens

const main = (page: Page) => page.getByRole("main");

/** A card of a page, by its heading. */
const card = (page: Page, title: string | RegExp) =>
  main(page)
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: title }) });

/** The row of the Members list that shows `name`. */
const memberRow = (page: Page, name: string) =>
  page.getByRole("list", { name: "Members" }).locator("li[data-member]").filter({ hasText: name });

/** The cohort's weekly hours chart. */
const hoursChart = (page: Page) =>
  card(page, "Cohort hours per week").getByRole("img", {
    name: /^Hours per week for the last 12 weeks: /,
  });

/** A unique cohort name, so that tests (and reruns) never meet each other's cohorts. */
const cohortName = () => `Cohort ${randomBytes(3).toString("hex")} ML Bootcamp`;

type Cohort = { name: string; slug: string; code: string; link: string };

/** Creates a cohort through the "Create a cohort" form and reads the invite from the dashboard it leads to. */
async function createCohort(
  page: Page,
  details: { name?: string; description?: string; startsOn?: string; endsOn?: string } = {},
): Promise<Cohort> {
  const name = details.name ?? cohortName();
  await page.goto("/cohorts");
  const form = card(page, "Create a cohort");
  await form.getByLabel("Name", { exact: true }).fill(name);
  if (details.description)
    await form.getByLabel("Description (optional)").fill(details.description);
  if (details.startsOn) await form.getByLabel("Starts on (optional)").fill(details.startsOn);
  if (details.endsOn) await form.getByLabel("Ends on (optional)").fill(details.endsOn);
  await form.getByRole("button", { name: "Create cohort" }).click();

  await expect(page, "the Create cohort form should lead to the new dashboard").toHaveURL(
    /\/cohorts\/[a-z0-9-]+$/,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const codeText = page.getByTestId("invite-code");
  await expect(codeText).toHaveText(INVITE_CODE);
  const code = (await codeText.textContent())!;
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  return { name, slug, code, link };
}

/**
 * Creates a cohort through the JSON API (with the browser's cookie) and opens its dashboard: for tests about
 * something else than the creation form, which the journey test drives.
 */
async function createCohortByApi(page: Page): Promise<Cohort> {
  const name = cohortName();
  const r = await page.request.post("/api/v1/cohorts", { data: { name } });
  expect(r.status(), await r.text()).toBe(201);
  const { slug, inviteCode } = (await r.json()) as { slug: string; inviteCode: string };
  await page.goto(`/cohorts/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("invite-code")).toHaveText(inviteCode);
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(new RegExp(`/cohorts/join/${inviteCode}$`));
  return { name, slug, code: inviteCode, link };
}

/** A fresh account signed in on a browser of its own. */
async function newLearner(
  browser: Browser,
  baseURL: string | undefined,
  request: Parameters<typeof registerUser>[0],
) {
  const credentials = await registerUser(request);
  const { context, page } = await signedInContext(browser, baseURL, credentials);
  return { credentials, context, page };
}

/** Opens the invite link and joins with its button, as a signed-in person would. */
async function joinByLink(page: Page, cohort: Cohort) {
  await page.goto(cohort.link);
  await expect(main(page).getByText(`You are invited to ${cohort.name}.`)).toBeVisible();
  await main(page)
    .getByRole("button", { name: `Join ${cohort.name}` })
    .click();
  await expect(page).toHaveURL(`/cohorts/${cohort.slug}?joined=1`);
  await expect(main(page).getByRole("status")).toHaveText(
    `Welcome to ${cohort.name}. Choose below what the cohort sees of you.`,
  );
}

/** Logs study time through the quick entry form on /log and waits for it to be saved. */
async function logMinutes(page: Page, minutes: number, title: string) {
  await page.goto("/log");
  await page.getByLabel("Minutes", { exact: true }).fill(String(minutes));
  await page.getByLabel("What did you do?", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Activity saved.");
}

/** The signed-in user's id, from the JSON API with the browser's cookie. */
async function userIdOf(page: Page): Promise<string> {
  const r = await page.request.get("/api/v1/me");
  expect(r.status(), await r.text()).toBe(200);
  return ((await r.json()) as { id: string }).id;
}

type DashboardMember = { userId: string; name: string; role: string } & Record<string, unknown>;
type Dashboard = {
  members: DashboardMember[];
  weeklyHours: { weekStart: string; hours: number }[];
  leaderboard: unknown[];
};

async function dashboardApi(page: Page, slug: string): Promise<Dashboard> {
  const r = await page.request.get(`/api/v1/cohorts/${slug}/dashboard`);
  expect(r.status(), await r.text()).toBe(200);
  return (await r.json()) as Dashboard;
}

/** Clicks a button guarded by window.confirm, accepts the dialog, and returns its message. */
async function clickAndConfirm(page: Page, button: Locator): Promise<string> {
  const dialog = new Promise<string>((resolve) => {
    page.once("dialog", (d) => {
      resolve(d.message());
      void d.accept();
    });
  });
  await button.click();
  return dialog;
}

/** Asserts the page is Next.js's not-found page and tells nothing of the cohort. */
async function expectNotFound(
  page: Page,
  response: Awaited<ReturnType<Page["goto"]>>,
  cohortName: string,
) {
  expect(response?.status()).toBe(404);
  await expect(page.getByText("This page could not be found.")).toBeVisible();
  await expect(page.getByText(cohortName)).toHaveCount(0);
}

// ---------------------------------------------------------------- tests

test.describe("cohorts", () => {
  // Every test drives two or three signed-in browsers.
  test.slow();
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  test("journey: an organizer creates a cohort, a new learner signs up through the invite link, joins, shares hours and logs an hour", async ({
    page,
    signedInUser: organizer,
    credentials: learner,
    browser,
    baseURL,
  }) => {
    const cohort = await createCohort(page, {
      description: "Twelve weeks to a shipped model.",
      startsOn: "2026-03-02",
      endsOn: "2026-05-24",
    });
    // The dashboard: the organizer's badge, the dates, and the invite link with its code.
    await expect(
      main(page).locator("header").first().getByText("You organize it", { exact: true }),
    ).toBeVisible();
    await expect(main(page).getByText("1 member · Mar 2, 2026 – May 24, 2026")).toBeVisible();
    await expect(page.getByTestId("invite-link")).toHaveText(
      `${baseURL}/cohorts/join/${cohort.code}`,
    );
    await expect(memberRow(page, organizer.name)).toContainText("Organizer");
    // Listed under "Your cohorts".
    await page.goto("/cohorts");
    await expect(
      page
        .getByRole("region", { name: "Your cohorts" })
        .getByRole("link", { name: new RegExp(cohort.name) }),
    ).toContainText("Organizer");
    await page.goto(`/cohorts/${cohort.slug}`);

    // A new learner, signed out in a browser of their own, opens the link…
    const context = await browser.newContext({ baseURL });
    contexts.push(context);
    const lp = await context.newPage();
    const lauth = new AuthPages(lp);
    const joinPath = `/cohorts/join/${cohort.code}`;
    await lp.goto(cohort.link);
    // …sees what they are invited to before having an account…
    await expect(lp).toHaveURL(joinPath);
    await expect(main(lp).getByText(`You are invited to ${cohort.name}.`)).toBeVisible();
    // …and follows "Sign up", which keeps where to come back to…
    await main(lp).getByRole("link", { name: "Sign up" }).click();
    await expect(lp).toHaveURL(`/sign-up?callbackUrl=${encodeURIComponent(joinPath)}`);
    await lauth.submitSignUp(learner);
    // …and lands on the invitation.
    await expect(lp).toHaveURL(joinPath);
    await expect(main(lp).getByText(`You are invited to ${cohort.name}.`)).toBeVisible();
    await expect(main(lp).getByText("Twelve weeks to a shipped model.")).toBeVisible();
    await main(lp)
      .getByRole("button", { name: `Join ${cohort.name}` })
      .click();
    await expect(lp).toHaveURL(`/cohorts/${cohort.slug}?joined=1`);
    await expect(lp.getByRole("heading", { level: 1 })).toHaveText(cohort.name);
    await expect(main(lp).getByRole("status")).toHaveText(
      `Welcome to ${cohort.name}. Choose below what the cohort sees of you.`,
    );
    await expect(
      main(lp).locator("header").first().getByText("Member", { exact: true }),
    ).toBeVisible();
    // A member sees neither the invite nor the Remove buttons.
    await expect(lp.getByTestId("invite-link")).toHaveCount(0);
    await expect(lp.getByTestId("invite-code")).toHaveCount(0);
    await expect(main(lp).getByRole("button", { name: "Remove" })).toHaveCount(0);

    // The defaults: progress shared, hours and leaderboard private.
    const sharing = card(lp, "What the cohort sees of you");
    await expect(sharing.getByLabel("Share my progress")).toBeChecked();
    await expect(sharing.getByLabel("Share my hours")).not.toBeChecked();
    await expect(sharing.getByLabel("Join the leaderboard")).not.toBeChecked();
    await sharing.getByLabel("Share my hours").check();
    await sharing.getByRole("button", { name: "Save sharing" }).click();
    await expect(sharing.getByRole("status")).toHaveText("Sharing saved.");
    await lp.reload();
    await expect(
      card(lp, "What the cohort sees of you").getByLabel("Share my hours"),
    ).toBeChecked();
    await expect(
      card(lp, "What the cohort sees of you").getByLabel("Join the leaderboard"),
    ).not.toBeChecked();

    await logMinutes(lp, 60, "Linear algebra refresher");

    // The organizer sees the learner, their tier and their hour, and the cohort's chart has it.
    await page.reload();
    await expect(main(page).getByText("2 members · Mar 2, 2026 – May 24, 2026")).toBeVisible();
    const row = memberRow(page, learner.name);
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute("data-member", await userIdOf(lp));
    await expect(row.locator("p").nth(1)).toHaveText("Getting started · 1 h this week");
    await expect(row).not.toContainText("Inactive 14+ days");
    await expect(row.getByRole("button", { name: "Remove" })).toBeVisible();
    // The organizer runs the cohort: not a learner, never "inactive".
    await expect(memberRow(page, organizer.name)).toContainText("Runs the cohort");
    await expect(memberRow(page, organizer.name)).not.toContainText("Inactive 14+ days");
    await expect(
      memberRow(page, organizer.name).getByRole("button", { name: "Remove" }),
    ).toHaveCount(0);
    await expect(hoursChart(page)).toHaveAttribute("aria-label", /, 1 h\.$/);
    await expect(
      card(page, "Tiers").getByRole("img", { name: "1 at Getting started" }),
    ).toBeVisible();
    // Not on the leaderboard: they did not join it.
    await expect(card(page, "Leaderboard · hours this month")).toContainText(
      "Nobody has joined the leaderboard yet.",
    );

    // The learner sees the cohort under "Your cohorts" as a member.
    await lp.goto("/cohorts");
    await expect(main(lp).getByRole("link", { name: new RegExp(cohort.name) })).toContainText(
      "Member",
    );
    await expect(main(lp).getByRole("link", { name: new RegExp(cohort.name) })).toContainText(
      "2 members",
    );
  });

  test("hours a member does not share are absent for the organizer, on the page and in the API", async ({
    page,
    signedInUser: organizer,
    request,
    browser,
    baseURL,
  }) => {
    const cohort = await createCohortByApi(page);
    const learner = await newLearner(browser, baseURL, request);
    contexts.push(learner.context);
    await joinByLink(learner.page, cohort);
    // The default sharing, untouched: hours private.
    await expect(
      card(learner.page, "What the cohort sees of you").getByLabel("Share my hours"),
    ).not.toBeChecked();
    await logMinutes(learner.page, 60, "Private study hour");
    const learnerId = await userIdOf(learner.page);

    await page.reload();
    const row = memberRow(page, learner.credentials.name);
    await expect(row).toHaveAttribute("data-member", learnerId);
    await expect(row.locator("p").nth(1)).toHaveText("Getting started");
    await expect(row).not.toContainText("h this week");
    await expect(hoursChart(page)).not.toHaveAttribute("aria-label", /[1-9][\d.]* h/);
    // The learner's own hour shows to themself: the page does print the figure when allowed.
    await learner.page.goto(`/cohorts/${cohort.slug}`);
    await expect(memberRow(learner.page, learner.credentials.name)).toContainText("1 h this week");

    const d = await dashboardApi(page, cohort.slug);
    const member = d.members.find((m) => m.userId === learnerId);
    expect(member).toBeDefined();
    expect(member).toMatchObject({
      name: learner.credentials.name,
      role: "member",
      tier: { number: 0 },
    });
    expect(member).not.toHaveProperty("hoursThisWeek");
    expect(member).not.toHaveProperty("hoursThisMonth");
    expect(d.weeklyHours.every((w) => w.hours === 0)).toBe(true);
    expect(d.leaderboard).toEqual([]);

    // The learner still sees their own hour.
    const own = await dashboardApi(learner.page, cohort.slug);
    expect(own.members.find((m) => m.userId === learnerId)).toMatchObject({ hoursThisWeek: 1 });
    // …but not the organizer's inactivity, nor the invite code.
    const organizerSeen = own.members.find((m) => m.role === "organizer");
    expect(organizerSeen).toMatchObject({ name: organizer.name });
    expect(organizerSeen).not.toHaveProperty("inactive");
    expect(
      (
        await learner.page.request
          .get(`/api/v1/cohorts/${cohort.slug}/dashboard`)
          .then((r) => r.json())
      ).cohort,
    ).not.toHaveProperty("inviteCode");
  });

  test("a new invite code stops the old link at once; the new code joins through the form on /cohorts", async ({
    page,
    signedInUser,
    request,
    browser,
    baseURL,
  }) => {
    void signedInUser;
    const cohort = await createCohortByApi(page);
    const message = await clickAndConfirm(
      page,
      main(page).getByRole("button", { name: "Make a new code" }),
    );
    expect(message).toBe("Make a new invite code? The current link and code stop working at once.");
    await expect(card(page, "Invite learners").getByRole("status")).toHaveText(
      "New invite code made. The old link no longer works.",
    );
    const codeText = page.getByTestId("invite-code");
    await expect(codeText).not.toHaveText(cohort.code);
    await expect(codeText).toHaveText(INVITE_CODE);
    const code = (await codeText.textContent())!;
    await expect(page.getByTestId("invite-link")).toHaveText(`${baseURL}/cohorts/join/${code}`);
    // It stays after a reload.
    await page.reload();
    await expect(page.getByTestId("invite-code")).toHaveText(code);

    const other = await newLearner(browser, baseURL, request);
    contexts.push(other.context);
    const op = other.page;
    await op.goto(cohort.link);
    await expect(main(op).getByText("This invite link no longer works")).toBeVisible();
    await expect(main(op).getByText(`You are invited to ${cohort.name}.`)).toHaveCount(0);
    await expect(main(op).getByRole("button", { name: `Join ${cohort.name}` })).toHaveCount(0);

    // The old code in the Join form is refused; the new one joins.
    await op.goto("/cohorts");
    const join = card(op, "Join a cohort");
    await join.getByLabel("Invite code").fill(cohort.code);
    await join.getByRole("button", { name: "Join", exact: true }).click();
    await expect(join.getByRole("alert")).toHaveText(
      "That invite code does not open any cohort. Check it, or ask your organizer for the current one.",
    );
    await expect(op).toHaveURL("/cohorts");
    await join.getByLabel("Invite code").fill(code);
    await join.getByRole("button", { name: "Join", exact: true }).click();
    await expect(op).toHaveURL(`/cohorts/${cohort.slug}?joined=1`);
    await expect(main(op).getByRole("status")).toHaveText(
      `Welcome to ${cohort.name}. Choose below what the cohort sees of you.`,
    );

    await page.reload();
    await expect(memberRow(page, other.credentials.name)).toHaveCount(1);
  });

  test("the organizer removes a member, who loses the cohort at once; another member leaves", async ({
    page,
    signedInUser: organizer,
    request,
    browser,
    baseURL,
  }) => {
    const cohort = await createCohortByApi(page);
    const removed = await newLearner(browser, baseURL, request);
    const leaver = await newLearner(browser, baseURL, request);
    contexts.push(removed.context, leaver.context);
    await joinByLink(removed.page, cohort);
    await joinByLink(leaver.page, cohort);

    await page.reload();
    await expect(main(page).getByText("3 members", { exact: true })).toBeVisible();
    const row = memberRow(page, removed.credentials.name);
    await expect(row).toHaveCount(1);
    const message = await clickAndConfirm(page, row.getByRole("button", { name: "Remove" }));
    expect(message).toBe(`Remove ${removed.credentials.name} from the cohort?`);
    await expect(memberRow(page, removed.credentials.name)).toHaveCount(0);
    await expect(memberRow(page, leaver.credentials.name)).toHaveCount(1);
    await expect(memberRow(page, organizer.name)).toHaveCount(1);
    await expect(main(page).getByText("2 members", { exact: true })).toBeVisible();

    // The removed member: the dashboard is not found, on the page and in the API.
    await expectNotFound(
      removed.page,
      await removed.page.goto(`/cohorts/${cohort.slug}`),
      cohort.name,
    );
    const api = await removed.page.request.get(`/api/v1/cohorts/${cohort.slug}/dashboard`);
    expect(api.status(), await api.text()).toBe(404);
    await removed.page.goto("/cohorts");
    await expect(
      main(removed.page).getByText("You are not in a cohort yet.", { exact: false }),
    ).toBeVisible();

    // The other member leaves.
    await leaver.page.goto(`/cohorts/${cohort.slug}`);
    const leave = await clickAndConfirm(
      leaver.page,
      main(leaver.page).getByRole("button", { name: "Leave this cohort" }),
    );
    expect(leave).toBe(`Leave ${cohort.name}?`);
    await expect(leaver.page).toHaveURL("/cohorts?left=1");
    await expect(main(leaver.page).getByRole("status")).toHaveText("You left the cohort.");
    await expect(
      main(leaver.page).getByRole("link", { name: new RegExp(cohort.name) }),
    ).toHaveCount(0);
    await expectNotFound(
      leaver.page,
      await leaver.page.goto(`/cohorts/${cohort.slug}`),
      cohort.name,
    );

    await page.reload();
    await expect(memberRow(page, leaver.credentials.name)).toHaveCount(0);
    await expect(main(page).getByText("1 member", { exact: true })).toBeVisible();
    // The only organizer cannot leave: the cohort would have none.
    await clickAndConfirm(page, main(page).getByRole("button", { name: "Leave this cohort" }));
    await expect(card(page, "Leave").getByRole("alert")).toHaveText(
      "A cohort needs an organizer: make another member organizer first.",
    );
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cohort.name);
  });

  test("the organizer downloads the members' progress as CSV, with shared fields only", async ({
    page,
    signedInUser: organizer,
    request,
    browser,
    baseURL,
  }) => {
    const cohort = await createCohortByApi(page);
    const learner = await newLearner(browser, baseURL, request);
    contexts.push(learner.context);
    await joinByLink(learner.page, cohort);
    await page.reload();
    await expect(memberRow(page, learner.credentials.name)).toHaveCount(1);

    const [file] = await Promise.all([
      page.waitForEvent("download"),
      main(page).getByRole("link", { name: "Download progress (CSV)" }).click(),
    ]);
    expect(await file.failure()).toBeNull();
    expect(file.suggestedFilename()).toBe(`cohort-${cohort.slug}.csv`);
    const lines = (await readFile((await file.path())!, "utf8")).trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe(CSV_HEADER);
    // The organizer is not a learner: one row, the member's, with progress only (hours not shared).
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`${learner.credentials.name},member,0,Getting started,1,,,true`);
    void organizer;

    // Only the organizer may download it.
    const refused = await learner.page.request.get(`/api/v1/cohorts/${cohort.slug}/export.csv`);
    expect(refused.status()).toBe(404);
  });

  test("a non-member gets the not-found page; the demo organizer sees Ada's shared hours and her place on the leaderboard", async ({
    page,
    signedInUser,
    browser,
    baseURL,
  }) => {
    void signedInUser;
    await expectNotFound(page, await page.goto(`/cohorts/${DEMO_COHORT.slug}`), "Ada Learner");
    const api = await page.request.get(`/api/v1/cohorts/${DEMO_COHORT.slug}/dashboard`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: "not_found" } });

    const { context, page: op } = await signedInContext(browser, baseURL, DEMO_ORGANIZER);
    contexts.push(context);
    const response = await op.goto(`/cohorts/${DEMO_COHORT.slug}`);
    expect(response?.status()).toBe(200);
    await expect(op.getByRole("heading", { level: 1 })).toHaveText(DEMO_COHORT.name);
    await expect(memberRow(op, "Ada Learner").locator("p").nth(1)).toHaveText(
      / · \d+(\.\d)? h this week$/,
    );
    // Grace coaches the cohort: listed with her role, not as a learner with hours.
    await expect(memberRow(op, "Grace Coach")).toHaveCount(1);
    await expect(memberRow(op, "Grace Coach")).toContainText("not counted as a learner");
    await expect(memberRow(op, "Grace Coach")).not.toContainText("h this week");
    const leaderboard = card(op, "Leaderboard · hours this month").getByRole("listitem");
    await expect(leaderboard).toHaveCount(1);
    await expect(leaderboard.first()).toHaveText(/^1\. Ada Learner\s*\d+(\.\d)? h$/);
  });
});
