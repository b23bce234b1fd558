import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "./fixtures";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;

/** Runs axe on the page as it is; fails listing each violation with the elements it found. */
async function expectNoViolations(page: Page) {
  // The scan must see the theme asked for: white behind the page in light, not in dark.
  const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if (dark) expect(background).not.toBe("rgb(255, 255, 255)");
  else expect(background).toBe("rgb(255, 255, 255)");

  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  }));
  expect(report, JSON.stringify(report, null, 2)).toEqual([]);
}

for (const colorScheme of SCHEMES) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    for (const [path, heading] of [
      ["/", /Know where you stand/],
      ["/sign-up", "Create your Epoch account"],
      ["/sign-in", "Sign in to Epoch"],
      ["/forgot-password", "Forgot your password?"],
      ["/reset-password/no-such-link", "Choose a new password"],
      ["/verify-email/no-such-link", "Confirm your email"],
      // Served without the database, so it can be checked while PostgreSQL is up.
      ["/unavailable?from=%2Fdashboard", "Epoch is temporarily unavailable"],
    ] as const) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expectNoViolations(page);
      });
    }

    test("sign-up with field errors has no axe violations", async ({ page, auth, credentials }) => {
      await auth.submitSignUp({ ...credentials, email: "not-an-email", password: "short" });
      await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expectNoViolations(page);
    });

    for (const [path, heading] of [
      ["/dashboard", /^Welcome, /],
      ["/settings", "Settings"],
    ] as const) {
      test(`${path} signed in has no axe violations`, async ({ page, signedInUser }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expect(page.getByRole("complementary").getByText(signedInUser.email)).toBeVisible();
        await expectNoViolations(page);
      });
    }
  });
}

/** Every screen, with the demo accounts' real content on it. */
const ADA = { name: "Ada Learner", email: "learner@epoch.dev", password: DEMO_PASSWORD };
const DEMO_SCREENS = [
  // A few screens per test: axe on a full page takes seconds on two cores.
  { who: ADA, paths: ["/dashboard", "/roadmap"] },
  { who: ADA, paths: ["/skills", "/log"] },
  { who: ADA, paths: ["/certifications", "/projects", "/reading"] },
  { who: ADA, paths: ["/events", "/cohorts", "/coaching"] },
  { who: ADA, paths: ["/settings", "/u/ada-learner", "/notifications"] },
  {
    who: { name: "Grace Coach", email: "coach@epoch.dev", password: DEMO_PASSWORD },
    // A coach with no learning of their own: signing in lands on Coaching.
    home: "/coaching" as const,
    paths: ["/coaching", "/notifications"],
  },
  {
    who: { name: "Alan Organizer", email: "organizer@epoch.dev", password: DEMO_PASSWORD },
    paths: ["/cohorts", "/cohorts/spring-ml-bootcamp"],
  },
];

// Each screen in both themes, and on a phone, where the same screens reflow: a menu instead of
// the sidebar, and wide content (the heatmap, the cohort's member grid) scrolls sideways, which
// must still work by keyboard.
const VARIANTS = [
  ...SCHEMES.map((colorScheme) => ({ colorScheme, phone: false, title: `(${colorScheme})` })),
  { colorScheme: "light", phone: true, title: "on a phone" },
] as const;

for (const { colorScheme, phone, title } of VARIANTS) {
  for (const entry of DEMO_SCREENS) {
    const { who, paths } = entry;
    test(`${who.name}'s ${paths.join(", ")} have no axe violations ${title}`, async ({
      page,
      auth,
    }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      if (phone) await page.setViewportSize({ width: 390, height: 844 });
      await auth.signIn(who, "home" in entry ? entry.home : undefined);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        await test.step(path, () => expectNoViolations(page));
      }
    });
  }
}
