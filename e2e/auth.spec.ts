import { DEMO_LEARNER, expect, test } from "./fixtures";

test.describe("sign up, sign out, sign in", () => {
  test("a new account signs up, signs out and signs in again", async ({
    page,
    auth,
    credentials,
  }) => {
    await auth.signUp(credentials);
    await expect(page.getByRole("complementary").getByText(credentials.email)).toBeVisible();

    await auth.signOut();
    await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();

    // Signed out: the app sends the visitor to sign in, and back to the dashboard after.
    await page.goto("/dashboard");
    await auth.expectSentToSignIn("/dashboard");

    await auth.signIn(credentials);
  });

  test("a session cookie kept from before sign-out no longer works", async ({
    page,
    context,
    auth,
    signedInUser,
  }) => {
    const kept = await context.cookies();
    expect(kept.some((c) => c.name.endsWith("authjs.session-token"))).toBe(true);

    await auth.signOut();
    // Replaying the old cookie (as a stolen copy would) must not resurrect the session: it ended on the server.
    await context.addCookies(kept);
    await page.goto("/dashboard");
    await auth.expectSentToSignIn("/dashboard");
    await expect(page.getByText(signedInUser.email)).toHaveCount(0);
  });

  test("a signed-out visit to a page returns there after sign-in", async ({ page, auth, user }) => {
    await page.goto("/settings");
    await auth.expectSentToSignIn("/settings");

    await auth.submitSignIn(user);
    await expect(page).toHaveURL("/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  });

  test("the demo learner can sign in", async ({ auth }) => {
    await auth.signIn(DEMO_LEARNER);
  });
});

test.describe("sign-in and sign-up errors", () => {
  test("a wrong password is refused and stays on sign-in", async ({ page, auth, user }) => {
    // The only deliberate wrong password here: failures count against this machine's sign-in limit.
    await auth.submitSignIn({ email: user.email, password: `${user.password}-wrong` });
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "The email or password is incorrect.",
    );
    await expect(page).toHaveURL("/sign-in");
    // The email is kept for the next try; the password is not.
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(user.email);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  });

  test("a short password at sign-up is a field error naming the password", async ({
    page,
    auth,
    credentials,
  }) => {
    await auth.submitSignUp({ ...credentials, password: "short" });
    const password = page.getByLabel("Password", { exact: true });
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Password must be at least 10 characters.");
    await expect(page).toHaveURL("/sign-up");
    // What was typed, but the password, is kept.
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(credentials.name);
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue(credentials.email);

    // No account was made: signing up properly with the same email still works.
    await auth.signUp(credentials);
  });

  test("a duplicate email at sign-up says it is already registered", async ({
    page,
    auth,
    user,
  }) => {
    await auth.submitSignUp({ ...user, name: "Someone Else", password: "another-password-1" });
    const email = page.getByLabel("Email", { exact: true });
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/already registered/);
    await expect(page).toHaveURL("/sign-up");
  });
});
