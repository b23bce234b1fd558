import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * A learner who uses no mouse: from the dashboard to the study log through the
 * navigation, an activity logged with the quick entry form, back to the
 * dashboard, and a milestone checked off — with Tab, Shift+Tab, Enter, Space
 * and typing only, and a visible focus indicator at every stop.
 */

const EXPLAINED = "Explained a project to a non-technical audience"; // tier 2, attested

const main = (page: Page) => page.getByRole("main");
const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** The Monday of the calendar week (Monday to Sunday) holding `day`. */
const mondayOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, at most
 * `max` times; the number of stops depends on the page's content, not on the test.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max && !(await isFocused(target)); i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expectFocusVisible(target);
}

/**
 * The element has the keyboard focus and shows it: a solid outline, or a ring
 * (a box-shadow with a spread and no offset or blur, as Tailwind's `ring` draws),
 * neither of them transparent.
 */
async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const look = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    const transparent = (c: string) =>
      c === "transparent" || /^rgba\(.*,\s*0\)$/.test(c) || /\/\s*0\)$/.test(c);
    const outline =
      s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
    const ring = s.boxShadow
      .split(/,(?![^(]*\))/)
      .map((shadow) => /^(.*\))\s+0px 0px 0px ([\d.]+)px$/.exec(shadow.trim()))
      .some((m) => m !== null && parseFloat(m[2]!) > 0 && !transparent(m[1]!));
    return { focusVisible: el.matches(":focus-visible"), outline, ring };
  });
  expect(look.focusVisible, "matches :focus-visible").toBe(true);
  expect(look.outline || look.ring, `an outline or a ring: ${JSON.stringify(look)}`).toBe(true);
}

test("an activity is logged and a milestone checked off by keyboard alone", async ({
  page,
  signedInUser,
}) => {
  void signedInUser;
  // Four page loads and two saves: more than the default 30 s on two busy cores.
  test.setTimeout(60_000);
  // Signed in on the dashboard; nothing below clicks, fills or focuses an element.
  await expect(page).toHaveURL("/dashboard");

  // The first stop is the skip link, shown once it has the focus.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expectFocusVisible(skip);
  await expect(skip).toBeInViewport();

  // Through the navigation to the study log.
  const logLink = nav(page).getByRole("link", { name: "Study log" });
  await tabTo(page, logLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/log");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study log");
  await expect(logLink).toHaveAttribute("aria-current", "page");

  // The quick entry form starts on Minutes; Tab past the date, kind and path to the title.
  const minutes = page.getByLabel("Minutes", { exact: true });
  await expect(minutes).toBeFocused();
  await expectFocusVisible(minutes);
  await page.keyboard.type("25");
  await tabTo(page, page.getByLabel("What did you do?", { exact: true }), { max: 10 });
  await page.keyboard.type("Flashcards: probability rules");
  await page.keyboard.press("Enter");

  await expect(main(page).getByRole("status")).toHaveText("Activity saved.");
  const today = await page.getByLabel("Date", { exact: true }).inputValue();
  const week = page.getByRole("region", { name: `Week of ${mondayOf(today)}` });
  const row = week.getByRole("listitem").filter({ hasText: "Flashcards: probability rules" });
  await expect(row).toContainText("· 25 min");
  await expect(row).toContainText("Practice");
  await expect(week.getByTestId("week-total")).toHaveText("25 min");
  // A fresh load of the study log starts on Minutes as well.
  await page.reload();
  await expect(minutes).toBeFocused();

  // Back up from there to the navigation, and to the dashboard.
  const dashboardLink = nav(page).getByRole("link", { name: "Dashboard" });
  await tabTo(page, dashboardLink, { back: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Welcome, /);

  // On to the milestone's check-off, and Space ticks it.
  const box = main(page).getByRole("checkbox", { name: EXPLAINED });
  await expect(box).not.toBeChecked();
  await tabTo(page, box);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/attestation") && r.request().method() === "PUT",
  );
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(200);

  // Stored: still ticked after a reload.
  await page.reload();
  await expect(main(page).getByRole("checkbox", { name: EXPLAINED })).toBeChecked();
});
