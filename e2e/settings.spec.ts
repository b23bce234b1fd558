import { AuthPages, expect, signedInContext, test } from "./fixtures";

test.describe("profile", () => {
  test("saved profile fields persist after a reload", async ({ page, signedInUser }) => {
    await page.goto("/settings");
    await expect(page.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();

    const headline = page.getByLabel("Headline", { exact: true });
    const goal = page.getByLabel("Weekly study goal (hours)");
    const timezone = page.getByLabel("Time zone");
    await headline.fill("Shipping an LLM evaluation harness");
    await goal.fill("12");
    await timezone.selectOption("Pacific/Auckland");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("form").getByRole("status")).toHaveText("Profile saved.");

    await page.reload();
    await expect(headline).toHaveValue("Shipping an LLM evaluation harness");
    await expect(goal).toHaveValue("12");
    await expect(timezone).toHaveValue("Pacific/Auckland");

    // The rest of the app follows: the weekly goal on the dashboard, the time zone in the study log.
    await page.goto("/dashboard");
    const weekly = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Hours per week" }) });
    await expect(weekly).toContainText("goal 12 h");
    await page.goto("/log");
    await expect(page.getByText("Monday to Sunday, Pacific/Auckland")).toBeVisible();
  });

  test("an invalid profile address is a field error and nothing is saved", async ({
    page,
    signedInUser,
  }) => {
    await page.goto("/settings");
    await expect(page.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();

    await page.getByLabel("Headline", { exact: true }).fill("Not saved: the form has an error");
    const slug = page.getByLabel("Profile address");
    await slug.fill("not a slug!");
    await page.getByRole("button", { name: "Save profile" }).click();

    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "Please correct the highlighted fields.",
    );
    await expect(slug).toHaveAttribute("aria-invalid", "true");
    await expect(slug).toHaveAccessibleDescription(
      "must be 3–40 lowercase letters, digits or dashes",
    );

    await page.reload();
    await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Profile address")).toHaveValue("");
  });
});

test.describe("personal access tokens", () => {
  test("a token is shown once, works with the API, and stops working when revoked", async ({
    page,
    request,
    signedInUser,
  }) => {
    await page.goto("/settings");
    await page.getByLabel("Token name").fill("e2e sync");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect(page.locator("form").getByRole("status")).toHaveText("Token “e2e sync” created.");
    const shown = page.getByTestId("new-token");
    await expect(shown).toHaveText(/^epoch_\S{20,}$/);
    const token = (await shown.textContent())!.trim();

    const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ email: signedInUser.email, name: signedInUser.name });

    // Shown once: after a reload only its name is listed.
    await page.reload();
    const tokens = page.getByRole("list", { name: "Your tokens" });
    await expect(tokens.getByRole("listitem")).toHaveCount(1);
    await expect(tokens).toContainText("e2e sync");
    await expect(tokens).toContainText("last used");
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    await page.getByRole("button", { name: "Revoke e2e sync" }).click();
    await expect(page.getByRole("button", { name: "Revoke e2e sync" })).toHaveCount(0);
    await expect(page.getByText("No tokens yet.")).toBeVisible();

    const after = await request.get("/api/v1/me", {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(after.status()).toBe(401);
    expect(await after.json()).toMatchObject({ error: { code: "unauthorized" } });
  });
});

test.describe("password", () => {
  test("changing the password signs out other sessions but not this one, and revokes personal tokens", async ({
    page,
    browser,
    baseURL,
    request,
    signedInUser,
  }) => {
    const other = await signedInContext(browser, baseURL, signedInUser);
    const created = await request.post("/api/v1/tokens", {
      data: { email: signedInUser.email, password: signedInUser.password, name: "script" },
    });
    expect(created.status()).toBe(201);
    const { token } = (await created.json()) as { token: string };
    try {
      const newPassword = `${signedInUser.password}-new`;
      await page.goto("/settings");
      await page.getByLabel("Current password", { exact: true }).fill(signedInUser.password);
      await page.getByLabel("New password", { exact: true }).fill(newPassword);
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.locator("form").getByRole("status")).toHaveText(
        "Password changed. Your other browsers are signed out and your personal access tokens revoked.",
      );
      const withToken = await request.get("/api/v1/me", {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(withToken.status()).toBe(401);

      // The other browser is signed out on its next navigation.
      const otherAuth = new AuthPages(other.page);
      await other.page.goto("/dashboard");
      await otherAuth.expectSentToSignIn("/dashboard");

      // This browser stays signed in.
      await page.goto("/dashboard");
      await expect(page).toHaveURL("/dashboard");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Welcome, /);

      // The old password no longer works (one of the few deliberate failures of the suite: they count against this machine's sign-in limit); the new one does.
      await otherAuth.submitSignIn(signedInUser);
      await expect(other.page.locator("form").getByRole("alert")).toHaveText(
        "The email or password is incorrect.",
      );
      await otherAuth.signIn({ ...signedInUser, password: newPassword });
    } finally {
      await other.context.close();
    }
  });
});
