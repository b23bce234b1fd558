import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";

/*
 * Log from anywhere: the L key (or the "Log time" button) opens the quick log on every
 * signed-in screen; Enter saves for today, the screen confirms and gives the focus back; Escape
 * cancels; "?" lists the shortcuts; the footer shows the roadmap's content version and what it
 * changed. Every test runs as a new user (new accounts keep their dates in UTC).
 */

const test = base.extend<{ newUser: void }>({
  newUser: [
    async ({ signedInUser }, provide) => {
      void signedInUser;
      await provide();
    },
    { auto: true },
  ],
});

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

type Activity = {
  id: string;
  date: string;
  minutes: number;
  kind: string;
  title: string;
  skills: string[];
};

/** The learner's activities as the JSON API reads them back from the database. */
async function storedActivities(page: Page): Promise<Activity[]> {
  const response = await page.request.get("/api/v1/me/activities");
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: Activity[] }).items;
}

const dialog = (page: Page) => page.getByRole("dialog", { name: "Log study time" });
const sheet = (page: Page) => page.getByRole("dialog", { name: "Keyboard shortcuts" });

/**
 * Presses a shortcut until its dialog opens: keys pressed before the page has hydrated are
 * not heard (nothing listens yet), as for a person who types before the page is ready.
 */
async function pressUntilOpen(page: Page, key: string, opened: Locator) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(opened).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Focuses an element that is not a field (a link or a button), as a keyboard user would be. */
async function focusOn(target: Locator) {
  await target.focus();
  await expect(target).toBeFocused();
}

/** A visible link or button of the shell, in either layout (the sidebar or the phone's bar). */
const visible = (l: Locator) => l.filter({ visible: true }).first();

const today = () => new Date().toISOString().slice(0, 10);

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("L logs time from the roadmap and from settings; Enter saves, the focus comes back, /log shows it", async ({
      page,
    }) => {
      test.setTimeout(60_000);
      for (const [path, heading, title, skill, minutes] of [
        ["/roadmap", "Roadmap", "Backprop by hand", "Calculus", "35"],
        ["/settings", "Settings", "Read the attention paper", "PyTorch", "50"],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        const before = visible(page.getByTestId("bell"));
        await focusOn(before);

        await pressUntilOpen(page, "l", dialog(page));
        const form = dialog(page);
        await expect(form.getByLabel("Minutes", { exact: true })).toBeFocused();
        await page.keyboard.type(minutes);
        await form.getByLabel("Kind", { exact: true }).selectOption("reading");
        await form.getByLabel("What did you do?", { exact: true }).fill(title);
        await form.getByLabel("Skill (optional)", { exact: true }).selectOption({ label: skill });
        await form.getByLabel("What did you do?", { exact: true }).press("Enter");

        await expect(dialog(page)).toBeHidden();
        await expect(page.getByTestId("quick-log-confirmation")).toHaveText("Activity saved.");
        await expect(before).toBeFocused();
        await expect(page).toHaveURL(path);
      }

      // Stored as sent, for today (the account's zone is UTC).
      const stored = await storedActivities(page);
      expect(
        stored
          .map(({ date, minutes, kind, title, skills }) => ({ date, minutes, kind, title, skills }))
          .sort((a, b) => a.minutes - b.minutes),
      ).toEqual([
        {
          date: today(),
          minutes: 35,
          kind: "reading",
          title: "Backprop by hand",
          skills: ["calculus"],
        },
        {
          date: today(),
          minutes: 50,
          kind: "reading",
          title: "Read the attention paper",
          skills: ["pytorch"],
        },
      ]);

      await page.goto("/log");
      await page.reload();
      const week = page.getByRole("region", { name: /^Week of / }).first();
      await expect(week.getByRole("listitem")).toHaveCount(2);
      await expect(
        week.getByRole("listitem").filter({ hasText: "Backprop by hand" }),
      ).toContainText("· 35 min");
      await expect(week.getByTestId("week-total")).toHaveText("1 h 25 min");
    });

    test("the Log time button opens it too; a save on /log shows at once in this week's list", async ({
      page,
    }) => {
      await page.goto("/log");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study log");
      const button = visible(page.getByRole("button", { name: "Log time" }));
      await expect(async () => {
        await button.click();
        await expect(dialog(page)).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await dialog(page).getByLabel("Minutes", { exact: true }).fill("20");
      await dialog(page).getByLabel("What did you do?", { exact: true }).fill("Flashcards");
      await dialog(page).getByLabel("What did you do?", { exact: true }).press("Enter");
      await expect(page.getByTestId("quick-log-confirmation")).toHaveText("Activity saved.");
      await expect(button).toBeFocused();
      // The screen behind was refreshed: no reload needed.
      const week = page.getByRole("region", { name: /^Week of / }).first();
      await expect(week.getByRole("listitem").filter({ hasText: "Flashcards" })).toContainText(
        "· 20 min",
      );
    });

    test("Escape closes without saving; 0 and 2000 minutes are refused on Minutes and nothing is saved", async ({
      page,
    }) => {
      await page.goto("/roadmap");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roadmap");
      const before = visible(page.getByTestId("bell"));
      await focusOn(before);

      await pressUntilOpen(page, "l", dialog(page));
      await dialog(page).getByLabel("Minutes", { exact: true }).fill("30");
      await dialog(page).getByLabel("What did you do?", { exact: true }).fill("Never saved");
      await page.keyboard.press("Escape");
      await expect(dialog(page)).toBeHidden();
      await expect(before).toBeFocused();

      for (const [value, error] of [
        ["0", "Minutes must be at least 1."],
        ["2000", "Minutes must be at most 1440 (one day)."],
      ] as const) {
        await pressUntilOpen(page, "l", dialog(page));
        const minutes = dialog(page).getByLabel("Minutes", { exact: true });
        // A fresh form each time: nothing typed before is left.
        await expect(minutes).toHaveValue("");
        await minutes.fill(value);
        await dialog(page).getByLabel("What did you do?", { exact: true }).fill("Too much or none");
        await minutes.press("Enter");
        await expect(dialog(page).getByRole("alert")).toHaveText(
          "Please correct the highlighted fields.",
        );
        await expect(minutes).toHaveAttribute("aria-invalid", "true");
        await expect(minutes).toHaveAccessibleDescription(error);
        await expect(minutes).toBeFocused();
        // What was typed is still there to correct.
        await expect(minutes).toHaveValue(value);
        await expect(dialog(page)).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(dialog(page)).toBeHidden();
      }
      await expect(page.getByTestId("quick-log-confirmation")).toHaveCount(0);
      expect(await storedActivities(page)).toEqual([]);
    });

    test("L does nothing while typing in a field; ? lists the shortcuts, which can be turned off", async ({
      page,
    }) => {
      await page.goto("/settings");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
      // Hydrated: the sheet opens (a key before hydration would prove nothing below).
      await pressUntilOpen(page, "?", sheet(page));
      await expect(sheet(page).getByRole("definition")).toHaveText([
        "Log study time",
        "Show keyboard shortcuts",
        "Close a dialog",
      ]);
      await expect(sheet(page).getByRole("term")).toHaveText(["L", "?", "Esc"]);
      await page.keyboard.press("Escape");
      await expect(sheet(page)).toBeHidden();

      const name = page.getByLabel("Name", { exact: true });
      await name.fill("");
      await name.pressSequentially("Lola l");
      await expect(name).toHaveValue("Lola l");
      await expect(dialog(page)).toBeHidden();

      // "?" in the field is text too.
      await name.press("?");
      await expect(name).toHaveValue("Lola l?");
      await expect(sheet(page)).toBeHidden();

      // Turned off, the keys do nothing; the footer's button still opens the sheet.
      await focusOn(visible(page.getByTestId("bell")));
      await pressUntilOpen(page, "?", sheet(page));
      await sheet(page).getByLabel("Use single-key shortcuts (L and ?)").uncheck();
      await page.keyboard.press("Escape");
      await page.locator("body").press("l");
      await expect(dialog(page)).toBeHidden();
      await page.getByRole("button", { name: /Keyboard shortcuts/ }).click();
      await expect(sheet(page)).toBeVisible();
      await sheet(page).getByLabel("Use single-key shortcuts (L and ?)").check();
      await page.keyboard.press("Escape");
      await pressUntilOpen(page, "l", dialog(page));
    });

    test("the footer shows the roadmap version and what changed; an older version seen says progress was carried over", async ({
      page,
    }) => {
      await page.goto("/roadmap");
      const footer = page.getByRole("contentinfo");
      await expect(footer.getByText(/^Roadmap v\d+/)).toBeVisible();
      const version = Number(
        /v(\d+)/.exec((await footer.getByText(/^Roadmap v\d+/).textContent())!)![1],
      );
      await footer.getByText("What changed").click();
      await expect(footer.getByRole("listitem").first()).toContainText(`v${version}:`);
      // A first visit only remembers the version: no notice.
      await expect(page.getByRole("heading", { name: /The roadmap was updated/ })).toHaveCount(0);

      // As if this browser last saw the version before.
      await page.evaluate((v) => {
        const key = Object.keys(localStorage).find((k) =>
          k.startsWith("epoch:roadmap-version-seen:"),
        );
        if (!key) throw new Error("the version seen was not remembered");
        localStorage.setItem(key, String(v - 1));
      }, version);
      await page.goto("/settings");
      const notice = page.getByRole("region", { name: `The roadmap was updated to v${version}` });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText("Your progress was carried over");
      await notice.getByRole("button", { name: "Dismiss" }).click();
      await expect(notice).toBeHidden();
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
      await expect(notice).toHaveCount(0);
    });
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the quick log and the shortcuts sheet have no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/roadmap");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roadmap");
    for (const [key, opened] of [
      ["l", dialog(page)],
      ["?", sheet(page)],
    ] as const) {
      await pressUntilOpen(page, key, opened);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) })),
      ).toEqual([]);
      if (key === "l") {
        // And with a field error showing.
        await opened.getByLabel("Minutes", { exact: true }).fill("0");
        await opened.getByLabel("Minutes", { exact: true }).press("Enter");
        await expect(opened.getByRole("alert")).toBeVisible();
        const again = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        expect(again.violations.map((v) => v.id)).toEqual([]);
      }
      await page.keyboard.press("Escape");
      await expect(opened).toBeHidden();
    }
  });
}
