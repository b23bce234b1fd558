import { AuthPages, expect, test } from "./fixtures";

// A new account starts in the browser's own time zone, not UTC (docs/FORMS.md).

test.describe("a new account's time zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("comes from the browser that signs up", async ({ page, credentials }) => {
    await new AuthPages(page).signUp(credentials);

    const me = await page.request.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { profile: { timezone: string } }).profile.timezone).toBe(
      "Asia/Tokyo",
    );
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await page.goto("/log");
    await expect(page.getByText("Monday to Sunday, Asia/Tokyo")).toBeVisible();
  });
});

test.describe("registering through the API", () => {
  const body = (email: string) => ({
    name: "Api Zone",
    email,
    password: "a-long-enough-password",
  });
  const unique = () => `e2e-tz-${Math.random().toString(36).slice(2, 10)}@example.test`;

  test("takes an optional time zone, else UTC; an unknown one is refused", async ({
    browser,
    baseURL,
  }) => {
    for (const [timezone, stored] of [
      ["America/Sao_Paulo", "America/Sao_Paulo"],
      [undefined, "UTC"],
    ] as const) {
      const context = await browser.newContext({ baseURL });
      const email = unique();
      const created = await context.request.post("/api/v1/register", {
        data: { ...body(email), ...(timezone ? { timezone } : {}) },
      });
      expect(created.status(), await created.text()).toBe(201);
      const page = await context.newPage();
      await new AuthPages(page).submitSignIn({ email, password: body(email).password });
      await expect(page).toHaveURL("/dashboard");
      const me = await context.request.get("/api/v1/me");
      expect(((await me.json()) as { profile: { timezone: string } }).profile.timezone).toBe(
        stored,
      );
      await context.close();
    }

    const refused = await browser.newContext({ baseURL });
    const response = await refused.request.post("/api/v1/register", {
      data: { ...body(unique()), timezone: "Mars/Olympus_Mons" },
    });
    expect(response.status()).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("timezone");
    await refused.close();
  });
});
