import { expect, firstName, test } from "./fixtures";

/** Every screen of the main navigation, with the heading its page opens with. */
const SCREENS = [
  { label: "Dashboard", path: "/dashboard", heading: null },
  { label: "Roadmap", path: "/roadmap", heading: "Roadmap" },
  { label: "Skills", path: "/skills", heading: "Skills" },
  { label: "Study log", path: "/log", heading: "Study log" },
  { label: "Certifications", path: "/certifications", heading: "Certifications" },
  { label: "Projects", path: "/projects", heading: "Projects" },
  { label: "Reading", path: "/reading", heading: "Reading" },
  { label: "Events", path: "/events", heading: "Events" },
  { label: "Cohorts", path: "/cohorts", heading: "Cohorts" },
  { label: "Coaching", path: "/coaching", heading: "Coaching" },
  { label: "Settings", path: "/settings", heading: "Settings" },
] as const;

test.describe("desktop sidebar", () => {
  test("lists every screen of the navigation, in order", async ({ page, signedInUser }) => {
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText(SCREENS.map((s) => s.label));
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("complementary")).toContainText(signedInUser.name);
  });

  for (const screen of SCREENS) {
    test(`${screen.label} loads with its heading`, async ({ page, signedInUser }) => {
      // Start elsewhere, so following the link is a real navigation even for the dashboard.
      await page.goto(screen.path === "/settings" ? "/roadmap" : "/settings");
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.getByRole("link", { name: screen.label, exact: true }).click();

      await expect(page).toHaveURL(screen.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        screen.heading ?? `Welcome, ${firstName(signedInUser)}`,
      );
      await expect(nav.getByRole("link", { name: screen.label, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(nav.locator("[aria-current=page]")).toHaveCount(1);

      // The same screen loads on its own (a bookmark or a reload), not only by client-side navigation.
      await page.reload();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        screen.heading ?? `Welcome, ${firstName(signedInUser)}`,
      );
    });
  }
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Menu disclosure opens and navigates to Roadmap", async ({ page, signedInUser }) => {
    const menu = page.locator("summary", { hasText: "Menu" });
    const roadmap = page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Roadmap", exact: true });

    // No sidebar on a phone; the menu's links stay hidden until it is opened.
    await expect(page.getByRole("complementary")).toBeHidden();
    await expect(menu).toBeVisible();
    await expect(roadmap).toBeHidden();

    await menu.click();
    await expect(roadmap).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toContainText(signedInUser.name);
    await roadmap.click();

    await expect(page).toHaveURL("/roadmap");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Roadmap");
    // The menu closes after navigating, so it does not cover the page.
    await expect(roadmap).toBeHidden();

    // Nothing is wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("the menu opens from the keyboard", async ({ page, auth, user }) => {
    await auth.signIn(user);
    const menu = page.locator("summary", { hasText: "Menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Settings", exact: true }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  // The frame, the plan's steps and a cohort card's milestones are client components
  // (docs/ARCHITECTURE.md, "Pages: what the server writes"): the server still renders them, so a
  // browser that runs no script reads the same screen and can still sign out.
  test("the dashboard reads whole and Sign out ends the session", async ({
    browser,
    baseURL,
    page,
    signedInUser,
  }) => {
    const storageState = await page.context().storageState();
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState });
    try {
      const noScript = await context.newPage();
      await noScript.goto("/dashboard");
      await expect(noScript.getByRole("heading", { level: 1 })).toHaveText(
        `Welcome, ${firstName(signedInUser)}`,
      );
      await expect(noScript.getByTestId("next-steps").locator("li").first()).toBeVisible();
      await expect(noScript.getByRole("complementary")).toContainText(signedInUser.email);
      await noScript.getByRole("complementary").getByRole("button", { name: "Sign out" }).click();
      await expect(noScript).toHaveURL(/\/$/);
      await noScript.goto("/dashboard");
      await expect(noScript).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
    } finally {
      await context.close();
    }
  });
});
