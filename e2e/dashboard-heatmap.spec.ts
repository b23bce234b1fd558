import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, type Credentials } from "./fixtures";

/*
 * The dashboard's activity heatmap: a day logged today is under the pointer
 * at its place (the last column, its weekday's row), and on a phone, where
 * the year scrolls sideways, it opens on the latest weeks and takes the
 * keyboard.
 */

const STEP = 14; // a day's square plus its gap, as drawn
const TOP = 16; // room for the month labels

/** Logs `minutes` of study today (UTC, a new account's time zone) through the API, with a token. */
async function logToday(request: APIRequestContext, user: Credentials, minutes: number) {
  const created = await request.post("/api/v1/tokens", {
    data: { email: user.email, password: user.password, name: "heatmap e2e" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const today = new Date().toISOString().slice(0, 10);
  const logged = await request.post("/api/v1/me/activities", {
    headers: { Authorization: `Bearer ${token}` },
    data: { date: today, minutes, kind: "practice", title: "Heatmap check", path: "online" },
  });
  expect(logged.status(), await logged.text()).toBe(201);
}

const heatmapOf = (page: Page) => page.getByRole("img", { name: /^Study activity over the last/ });

test("a day logged today shows in the heatmap, under the pointer at its place", async ({
  page,
  request,
  signedInUser,
}) => {
  await logToday(request, signedInUser, 45);
  await page.reload();
  const heatmap = heatmapOf(page);
  await expect(heatmap).toHaveAccessibleName(
    "Study activity over the last 52 weeks: 1 active day, 0.8 h in total.",
  );

  // Wide enough for the whole year: nothing to scroll, so no extra tab stop.
  await expect(heatmap.locator("xpath=..")).not.toHaveAttribute("tabindex");

  // Today is in the last column, on its weekday's row (Monday on top).
  const now = new Date();
  const row = (now.getUTCDay() + 6) % 7;
  await heatmap.hover({ position: { x: 51 * STEP + 6, y: TOP + row * STEP + 6 } });
  const day = now.toLocaleDateString("en-US", {
    timeZone: "UTC",
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
  });
  await expect(page.getByTestId("heatmap-day")).toHaveText(`${day}: 45 min`);

  // The day before holds nothing.
  await heatmap.hover({
    position:
      row > 0
        ? { x: 51 * STEP + 6, y: TOP + (row - 1) * STEP + 6 }
        : { x: 50 * STEP + 6, y: TOP + 6 * STEP + 6 },
  });
  await expect(page.getByTestId("heatmap-day")).toHaveText(/: nothing logged$/);
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the heatmap opens on the latest weeks, and the keyboard can scroll it back", async ({
    page,
    auth,
    user,
  }) => {
    await auth.signIn(user);
    const scroller = heatmapOf(page).locator("xpath=..");
    await scroller.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        scroller.evaluate((box) => ({
          scrolls: box.scrollWidth > box.clientWidth,
          atEnd: box.scrollLeft + box.clientWidth >= box.scrollWidth - 1,
        })),
      )
      .toEqual({ scrolls: true, atEnd: true });

    // A region that scrolls must be reachable by keyboard to be scrolled at all.
    const { violations } = await new AxeBuilder({ page })
      .include("figure:has([aria-label^='Study activity'])")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // …and by keyboard it scrolls back towards the older weeks.
    const end = await scroller.evaluate((box) => box.scrollLeft);
    await scroller.focus();
    await expect(scroller).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => scroller.evaluate((box) => box.scrollLeft)).toBeLessThan(end);
  });
});
