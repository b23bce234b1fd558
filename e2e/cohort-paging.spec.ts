import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, registerUser, signedInContext, test, uniqueCredentials } from "./fixtures";

/*
 * A big cohort shows its members a page at a time (25), the grid and the list
 * alike, while the charts count everyone; the leaderboard shows the top 10 and
 * the viewer's own place below them.
 */

const SIZE = 31; // organizer + 30 members: two pages

async function tokenFor(request: APIRequestContext, email: string, password: string) {
  const res = await request.post("/api/v1/tokens", { data: { email, password, name: "e2e" } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

test("a 31-member cohort pages its members 25 at a time, and the leaderboard shows the top 10 and your place", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const organizer = await registerUser(request);
  const orgToken = await tokenFor(request, organizer.email, organizer.password);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const created = await request.post("/api/v1/cohorts", {
    headers: auth(orgToken),
    data: { name: `Paging ${randomBytes(3).toString("hex")}` },
  });
  expect(created.status()).toBe(201);
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };

  // Members named so that the order by name is known: Member 01 … Member 30.
  const members = Array.from({ length: SIZE - 1 }, (_, i) => ({
    ...uniqueCredentials(),
    name: `Member ${String(i + 1).padStart(2, "0")}`,
  }));
  for (const [i, m] of members.entries()) {
    await registerUser(request, m);
    const token = await tokenFor(request, m.email, m.password);
    expect(
      (
        await request.post("/api/v1/cohorts/join", {
          headers: auth(token),
          data: { code: inviteCode },
        })
      ).status(),
    ).toBe(200);
    // Everyone on the leaderboard with (i + 1) half-hours this month, Member 30 at the top.
    const shared = await request.patch(`/api/v1/cohorts/${slug}/membership`, {
      headers: auth(token),
      data: { shareProgress: true, shareHours: true, leaderboard: true },
    });
    expect(shared.status()).toBe(200);
    const res = await request.post("/api/v1/me/activities", {
      headers: auth(token),
      data: {
        date: new Date().toISOString().slice(0, 10),
        minutes: (i + 1) * 30,
        kind: "practice",
        title: "Study",
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  }

  // Member 01 has the fewest hours: 30th of 30 on the leaderboard.
  const { context, page } = await signedInContext(browser, baseURL, members[0]!);
  await page.goto(`/cohorts/${slug}`);
  const list = page.getByRole("list", { name: "Members" }).locator("li[data-member]");
  await expect(list).toHaveCount(25);
  await expect(page.getByText(`Members 1–25 of ${SIZE}, by name.`).first()).toBeVisible();
  await expect(list.first()).toContainText("Member 01");
  const pager = page.getByRole("navigation", { name: "Member pages" });
  await expect(pager.getByRole("link", { name: "1", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  // The leaderboard: the top 10, then "30. You".
  const board = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Leaderboard · hours this month" }) });
  await expect(board.getByRole("listitem")).toHaveCount(10);
  await expect(board.getByRole("listitem").first()).toContainText("1. Member 30");
  await expect(board.getByText("30. You")).toBeVisible();
  await expect(board.getByText("Top 10 of 30 on the leaderboard.")).toBeVisible();

  // Page 2: the other six, the organizer among them; the charts still count everyone.
  await pager.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(new RegExp(`/cohorts/${slug}\\?page=2#members$`));
  await expect(list).toHaveCount(SIZE - 25);
  await expect(page.getByText(`Members 26–${SIZE} of ${SIZE}, by name.`).first()).toBeVisible();
  await expect(list.first()).toContainText("Member 26");
  await expect(page.getByText(`${SIZE} members`)).toBeVisible();

  // A page past the end shows the last one rather than an empty list.
  await page.goto(`/cohorts/${slug}?page=99`);
  await expect(list).toHaveCount(SIZE - 25);
  await context.close();

  // The organizer's table of the cohort's own milestones per member pages with the list.
  const milestone = await request.post(`/api/v1/cohorts/${slug}/milestones`, {
    headers: auth(orgToken),
    data: { title: "Say hello", kind: "attested" },
  });
  expect(milestone.status(), await milestone.text()).toBe(201);
  const asOrganizer = await signedInContext(browser, baseURL, organizer);
  await asOrganizer.page.goto(`/cohorts/${slug}`);
  const rows = asOrganizer.page.getByTestId("cohort-milestone-members").locator("tbody tr");
  await expect(rows).toHaveCount(25);
  await asOrganizer.page.goto(`/cohorts/${slug}?page=2`);
  await expect(rows).toHaveCount(SIZE - 1 - 25); // the organizer is not a learner of it
  await asOrganizer.context.close();
});

test("who is stuck shows the ten stuck longest, and all of them on request", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const organizer = await registerUser(request);
  const orgToken = await tokenFor(request, organizer.email, organizer.password);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const created = await request.post("/api/v1/cohorts", {
    headers: auth(orgToken),
    data: { name: `Stuck ${randomBytes(3).toString("hex")}` },
  });
  expect(created.status()).toBe(201);
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };
  // Twelve members who have logged nothing and keep their progress to themselves: all stuck.
  const QUIET = 12;
  for (let i = 0; i < QUIET; i++) {
    const m = { ...uniqueCredentials(), name: `Quiet ${String(i + 1).padStart(2, "0")}` };
    await registerUser(request, m);
    const token = await tokenFor(request, m.email, m.password);
    const joined = await request.post("/api/v1/cohorts/join", {
      headers: auth(token),
      data: { code: inviteCode },
    });
    expect(joined.status()).toBe(200);
    const shared = await request.patch(`/api/v1/cohorts/${slug}/membership`, {
      headers: auth(token),
      data: { shareProgress: false },
    });
    expect(shared.status()).toBe(200);
  }

  const { context, page } = await signedInContext(browser, baseURL, organizer);
  await page.goto(`/cohorts/${slug}`);
  const stuck = page.getByRole("list", { name: "Who is stuck" }).getByRole("listitem");
  await expect(stuck).toHaveCount(10);
  await page.getByRole("link", { name: `Show all ${QUIET} who are stuck` }).click();
  await expect(page).toHaveURL(new RegExp(`/cohorts/${slug}\\?stuck=all#stuck$`));
  await expect(stuck).toHaveCount(QUIET);
  await page.getByRole("link", { name: "Show the first 10" }).click();
  await expect(stuck).toHaveCount(10);
  await context.close();
});
