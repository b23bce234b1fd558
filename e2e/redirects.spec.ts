import { expect, test } from "./fixtures";

/*
 * Open redirects: whatever a callbackUrl or ?from= holds, a visitor stays on this site, and
 * no value answers 500. (lib/auth/redirect.test.ts has the same list, unit by unit.)
 */
const BYPASSES = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "/%0D%0A/evil.example",
  "/%00/evil.example",
  "/%E2%80%8B/evil.example",
  "%09/evil.example",
  "//evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "%2F%2Fevil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "%5Ct",
];

test("a signed-in visitor sent to sign-in with a hostile callbackUrl stays on this site", async ({
  page,
  baseURL,
  signedInUser,
}) => {
  void signedInUser;
  const origin = new URL(baseURL!).origin;
  for (const value of BYPASSES) {
    const path = `/sign-in?callbackUrl=${value}`;
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const location = response.headers()["location"];
    expect(location, path).toBeTruthy();
    expect(new URL(location!, origin).origin, `${path} → ${location}`).toBe(origin);
  }
  // The finding itself, as a browser follows it.
  await page.goto("/sign-in?callbackUrl=/%09/evil.example");
  await expect(page).toHaveURL(`${origin}/dashboard`);
});

test("signing in through the form with a hostile callbackUrl lands on this site", async ({
  page,
  baseURL,
  user,
  auth,
}) => {
  await page.goto("/sign-in?callbackUrl=/%09/evil.example");
  await auth.submitSignIn(user);
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/dashboard`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Welcome/);
});

test("a signed-out visitor's sign-in and sign-up pages answer a hostile callbackUrl without a 500", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  for (const value of BYPASSES) {
    for (const screen of ["/sign-in", "/sign-up"]) {
      const response = await request.get(`${screen}?callbackUrl=${value}`, { maxRedirects: 0 });
      expect(response.status(), `${screen} ${value}`).toBe(200);
      // The form posts the checked value back, never the hostile one.
      const sent = /name="callbackUrl" value="([^"]*)"/.exec(await response.text())?.[1];
      expect(sent, `${screen} ${value}`).toBe("/dashboard");
      expect(new URL(sent!, origin).origin).toBe(origin);
    }
  }
});

test("the unavailable page's “Try again” stays on this site", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const value of BYPASSES) {
    const response = await request.get(`/unavailable?from=${value}`);
    expect(response.status(), value).toBe(503);
    const href = /class="retry" href="([^"]*)"/.exec(await response.text())?.[1];
    expect(href, value).toBeTruthy();
    expect(new URL(href!.replace(/&#38;/g, "&"), origin).origin, value).toBe(origin);
  }
});
