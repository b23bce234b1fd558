import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { AuthPages, expect, registerUser, signedInContext, test } from "./fixtures";

/*
 * Cohort roles through the screens: the organizer makes a member the cohort's coach with the
 * role select; the coach then sees who is stuck (a member does not); the last organizer
 * cannot step down. And an invite link opened signed out: the cohort and what joining
 * shares, then Sign up and back to the link. Every test makes its own users and cohort.
 */

const main = (page: Page) => page.getByRole("main");

const card = (page: Page, title: string | RegExp) =>
  main(page)
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: title }) });

const memberRow = (page: Page, name: string) =>
  page.getByRole("list", { name: "Members" }).locator("li[data-member]").filter({ hasText: name });

/** Picks an option of a select guarded by window.confirm, accepts, and returns the question. */
async function selectAndConfirm(page: Page, select: Locator, value: string): Promise<string> {
  const asked = new Promise<string>((resolve) => {
    page.once("dialog", (d) => {
      resolve(d.message());
      void d.accept();
    });
  });
  await select.selectOption(value);
  return asked;
}

const cohortName = () => `Roles ${randomBytes(3).toString("hex")} Bootcamp`;

test("journey: the organizer makes a member coach; the coach sees who is stuck, a member does not; the last organizer stays", async ({
  page,
  signedInUser: organizer,
  browser,
  baseURL,
  request,
}) => {
  // Three people in three browsers: more than the default 30 s when the machine is busy.
  test.setTimeout(90_000);
  const name = cohortName();
  const created = await page.request.post("/api/v1/cohorts", { data: { name } });
  expect(created.status(), await created.text()).toBe(201);
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };

  const [memberCredentials, coachCredentials] = [
    await registerUser(request),
    await registerUser(request),
  ];
  const member = await signedInContext(browser, baseURL, memberCredentials);
  const coach = await signedInContext(browser, baseURL, coachCredentials);
  try {
    for (const who of [member, coach]) {
      const joined = await who.page.request.post("/api/v1/cohorts/join", {
        data: { code: inviteCode },
      });
      expect(joined.status(), await joined.text()).toBe(200);
    }

    // The organizer: three members, two learners at "Getting started".
    await page.goto(`/cohorts/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(
      card(page, "Tiers").getByRole("img", { name: "2 at Getting started" }),
    ).toBeVisible();
    await expect(card(page, "Who is stuck")).toBeVisible();

    // Makes the second learner the cohort's coach, after a confirmation.
    const row = memberRow(page, coachCredentials.name);
    const select = row.getByLabel(`Role of ${coachCredentials.name}`);
    await expect(select).toHaveValue("member");
    const question = await selectAndConfirm(page, select, "coach");
    expect(question).toContain(`Make ${coachCredentials.name} a coach?`);
    await expect(row.getByRole("status")).toHaveText("Now coach.");
    await page.reload();
    await expect(memberRow(page, coachCredentials.name)).toContainText("Coach");
    await expect(memberRow(page, coachCredentials.name)).toContainText("Runs the cohort");
    await expect(
      memberRow(page, coachCredentials.name).getByLabel(`Role of ${coachCredentials.name}`),
    ).toHaveValue("coach");
    // Not counted as a learner any more.
    await expect(
      card(page, "Tiers").getByRole("img", { name: "1 at Getting started" }),
    ).toBeVisible();

    // The coach: their badge, who is stuck, and no invite nor role select.
    await coach.page.goto(`/cohorts/${slug}`);
    await expect(
      main(coach.page).locator("header").first().getByText("You coach it", { exact: true }),
    ).toBeVisible();
    await expect(card(coach.page, "Who is stuck")).toBeVisible();
    await expect(card(coach.page, "Who is stuck")).toContainText("Nobody is stuck right now.");
    await expect(coach.page.getByTestId("invite-link")).toHaveCount(0);
    await expect(main(coach.page).getByRole("combobox")).toHaveCount(0);
    const asCoach = await coach.page.request.get(`/api/v1/cohorts/${slug}/dashboard`);
    expect(((await asCoach.json()) as { stuck?: unknown[] }).stuck).toEqual([]);

    // The member: no stuck list, in the page or the API.
    await member.page.goto(`/cohorts/${slug}`);
    await expect(member.page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(
      main(member.page).locator("header").first().getByText("Member", { exact: true }),
    ).toBeVisible();
    await expect(card(member.page, "Who is stuck")).toHaveCount(0);
    const asMember = await member.page.request.get(`/api/v1/cohorts/${slug}/dashboard`);
    expect(await asMember.json()).not.toHaveProperty("stuck");
    // Nor may a member change a role: the cohort is not theirs to run (404).
    const refused = await member.page.request.patch(
      `/api/v1/cohorts/${slug}/members/${await idOf(coach.page)}`,
      { data: { role: "member" } },
    );
    expect(refused.status()).toBe(404);

    // The organizer, the only one, cannot step down: told why, and still organizer.
    const own = memberRow(page, organizer.name).getByLabel(`Role of ${organizer.name}`);
    await selectAndConfirm(page, own, "member");
    await expect(memberRow(page, organizer.name).getByRole("alert")).toHaveText(
      "A cohort needs an organizer: make another member organizer first.",
    );
    await page.reload();
    await expect(
      memberRow(page, organizer.name).getByLabel(`Role of ${organizer.name}`),
    ).toHaveValue("organizer");
  } finally {
    await member.context.close();
    await coach.context.close();
  }
});

async function idOf(page: Page): Promise<string> {
  const r = await page.request.get("/api/v1/me");
  return ((await r.json()) as { id: string }).id;
}

test("the organizer copies the invite link; on a phone it breaks only after a slash", async ({
  page,
  signedInUser,
  context,
  baseURL,
}) => {
  void signedInUser;
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const name = cohortName();
  const created = await page.request.post("/api/v1/cohorts", { data: { name } });
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/cohorts/${slug}`);
  const link = page.getByTestId("invite-link");
  await expect(link).toHaveText(`${baseURL}/cohorts/join/${inviteCode}`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(card(page, "Invite learners").getByText("Link copied.")).toHaveAttribute(
    "aria-live",
    "polite",
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/cohorts/join/${inviteCode}`,
  );
  // Each line of the wrapped link ends with a slash (or is the last): no word is cut.
  const lines = await link.evaluate((el) => {
    const range = document.createRange();
    const text = el.textContent ?? "";
    const tops: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? "").length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        const last = tops.at(-1);
        if (last && last.top === top) last.text += node.textContent![i];
        else tops.push({ top, text: node.textContent![i]! });
      }
    }
    return { lines: tops.map((t) => t.text), text };
  });
  expect(lines.lines.length).toBeGreaterThan(1);
  for (const line of lines.lines.slice(0, -1)) expect(line).toMatch(/\/$/);
  expect(lines.lines.at(-1)).toBe(inviteCode);
});

test("a signed-out visitor sees the cohort and what joining shares, signs up, and comes back to join", async ({
  page,
  browser,
  baseURL,
  request,
  credentials,
}) => {
  const organizer = await registerUser(request);
  const { context, page: orgPage } = await signedInContext(browser, baseURL, organizer);
  const name = cohortName();
  const created = await orgPage.request.post("/api/v1/cohorts", {
    data: { name, description: "Six weeks of shipping models." },
  });
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };
  await context.close();

  const joinPath = `/cohorts/join/${inviteCode}`;
  await page.goto(joinPath);
  await expect(page).toHaveURL(joinPath);
  await expect(main(page).getByText(`You are invited to ${name}.`)).toBeVisible();
  await expect(main(page).getByText("Six weeks of shipping models.")).toBeVisible();
  const shares = main(page).getByRole("list", { name: "What joining shares" });
  await expect(shares).toContainText("Your tier and the milestones you have met");
  await expect(shares).toContainText("Your study hours stay private until you share them");
  await expect(shares).toContainText("You are not on the leaderboard unless you join it");
  // No way to join without an account; the two ways in come back to the link.
  await expect(main(page).getByRole("button", { name: `Join ${name}` })).toHaveCount(0);
  await expect(main(page).getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    `/sign-in?callbackUrl=${encodeURIComponent(joinPath)}`,
  );
  await main(page).getByRole("link", { name: "Sign up" }).click();
  await expect(page).toHaveURL(`/sign-up?callbackUrl=${encodeURIComponent(joinPath)}`);
  await new AuthPages(page).submitSignUp(credentials);
  await expect(page).toHaveURL(joinPath);
  await main(page)
    .getByRole("button", { name: `Join ${name}` })
    .click();
  await expect(page).toHaveURL(`/cohorts/${slug}?joined=1`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // A code that opens nothing is still not found, signed out too.
  const gone = await page.context().browser()!.newContext({ baseURL });
  const stranger = await gone.newPage();
  const response = await stranger.goto("/cohorts/join/NOSUCHCODE");
  expect(response!.status()).toBe(404);
  await expect(main(stranger).getByText("This invite link no longer works")).toBeVisible();
  await gone.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the signed-out invite preview has no axe violations (${colorScheme}, on a phone)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    // The demo cohort's code (scripts/db/seed.ts): only read here.
    await page.goto("/cohorts/join/SPRINGML26");
    await expect(main(page).getByText("You are invited to Spring ML Bootcamp.")).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
      [],
    );
  });
}
