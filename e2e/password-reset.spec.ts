import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { AuthPages, expect, test, uniqueCredentials } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * A reset link as the operator makes one (`npm run user:reset-password -- EMAIL`), for the
 * database the server uses (DATABASE_URL, as `npm test` and CI set it): the e2e server sends no email.
 */
async function operatorResetLink(email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["scripts/with-db.mjs", "tsx", "scripts/db/reset-password.ts", email],
    { cwd: ROOT },
  );
  const link = stdout.trim();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  return new URL(link).pathname; // on this server, whatever APP_ORIGIN said
}

test("a forgotten password is reset with a one-time link: old password, sessions and tokens end", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(90_000);
  const auth = new AuthPages(page);
  const me = uniqueCredentials();
  await auth.signUp(me);
  const tokenRes = await request.post("/api/v1/tokens", {
    data: { email: me.email, password: me.password, name: "before the reset" },
  });
  expect(tokenRes.status()).toBe(201);
  const { token } = (await tokenRes.json()) as { token: string };

  // Someone else's browser, signed out: "Forgot password?" on the sign-in page.
  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Forgot password?" }).click();
  await expect(visitor).toHaveURL("/forgot-password");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
  await expect(visitor.getByText("npm run user:reset-password -- you@example.com")).toBeVisible();

  const link = await operatorResetLink(me.email);
  await visitor.goto(link);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  const newPassword = `new-${me.password}`;
  await visitor.getByLabel("New password", { exact: true }).fill("short");
  await visitor.getByLabel("New password, again").fill("short");
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(
    "New password must be at least 10 characters.",
  );
  await visitor.getByLabel("New password", { exact: true }).fill(newPassword);
  await visitor.getByLabel("New password, again").fill(newPassword);
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor).toHaveURL("/sign-in?reset=done");
  await expect(visitor.getByRole("status")).toContainText("Your password is changed");

  // The old password no longer opens the account (a deliberate failure: it counts against this machine's sign-in limit); the new one does.
  const visitorAuth = new AuthPages(visitor);
  await visitorAuth.submitSignIn({ email: me.email, password: me.password });
  await expect(visitor.locator("form").getByRole("alert")).toHaveText(
    "The email or password is incorrect.",
  );
  await visitorAuth.signIn({ ...me, password: newPassword });

  // The session of the first browser and the API token ended with the reset.
  await page.goto("/settings");
  await auth.expectSentToSignIn("/settings");
  const old = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(old.status()).toBe(401);

  // The link worked once.
  await visitor.goto(link);
  await expect(visitor.getByRole("main").getByRole("alert")).toHaveText(
    "This reset link is unknown, already used or expired.",
  );
  await expect(visitor.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
  await context.close();
});
