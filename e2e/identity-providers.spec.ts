/**
 * Sign-in through an identity provider, end to end against a real OpenID Connect provider on
 * localhost (`oidc-provider`, e2e/oidc-test-provider.ts) and an app server of this spec's own,
 * started with AUTH_OIDC_* pointing at it (the shared e2e server offers no provider, as a server
 * without that configuration should). docs/DECISIONS.md, "Sign-in with an identity provider".
 */
import { execFile } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { AuthPages, expect, registerUser, test, uniqueCredentials } from "./fixtures";
import { startTestIdP, type TestIdP } from "./oidc-test-provider";
import { freePort, root, startProcess, stop, waitForHealth, type Proc } from "./processes";

test.describe.configure({ mode: "serial" });

const IDP_NAME = "Test IdP";
let idp: TestIdP;
let server: Proc | undefined;
let appUrl: string;
let api: APIRequestContext;

/** The provider and the app on the first free ports above the shared server's. */
async function startBoth(playwright: {
  request: { newContext: (o: { baseURL: string }) => Promise<APIRequestContext> };
}) {
  const e2ePort = Number(process.env.E2E_PORT ?? 3100);
  const idpPort = await freePort(e2ePort + 5, 5);
  const appPort = await freePort(idpPort + 1, 8);
  appUrl = `http://127.0.0.1:${appPort}`;
  idp = await startTestIdP({
    port: idpPort,
    redirectUris: [`${appUrl}/api/auth/callback/oidc`],
  });
  server = startProcess(
    process.execPath,
    ["scripts/server.mjs", "-p", String(appPort), "-H", "127.0.0.1"],
    {
      ...process.env,
      NODE_ENV: "production",
      REGISTRATION_LIMIT: "100000",
      // As the suite's own server: its webhook worker shares the queue (two-instances.spec.ts).
      WEBHOOKS_ALLOW_LOCALHOST: "1",
      AUTH_OIDC_ISSUER: idp.issuer,
      AUTH_OIDC_ID: idp.clientId,
      AUTH_OIDC_SECRET: idp.clientSecret,
      AUTH_OIDC_NAME: IDP_NAME,
    },
  );
  api = await playwright.request.newContext({ baseURL: appUrl });
  await waitForHealth(api, server);
}

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(90_000);
  // Another process may take a port between the check and the listen: then again, elsewhere.
  for (let attempt = 1; ; attempt++) {
    try {
      await startBoth(playwright);
      return;
    } catch (error) {
      await api?.dispose();
      await stop(server);
      await idp?.close().catch(() => {});
      if (attempt === 3) throw error;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
    }
  }
});

test.afterAll(async () => {
  await api?.dispose();
  await stop(server);
  await idp?.close();
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && server)
    await testInfo.attach("app server", { body: server.output(), contentType: "text/plain" });
});

/** The provider forgets this browser (its cookies start with "_"; the app's keep it signed in). */
const forgetProvider = (context: BrowserContext) => context.clearCookies({ name: /^_/ });

/** Someone the provider knows, by a login name of their own. */
function person(overrides: { email?: string; verified?: boolean; name?: string } = {}) {
  const login = `idp-${randomBytes(4).toString("hex")}`;
  const email = overrides.email ?? `${login}@idp.example`;
  idp.people.set(login, {
    email,
    email_verified: overrides.verified ?? true,
    name: overrides.name ?? `Iris${login.slice(4, 8)} Provider`,
  });
  return { login, email, name: idp.people.get(login)!.name };
}

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: appUrl });
  return { context, page: await context.newPage() };
}

/**
 * Clicks the button that sends the browser to the provider, then goes through the provider's
 * screens: its login (any password), then its consent, until the browser is back on the app. A
 * browser the provider already knows may skip either.
 */
async function throughProvider(page: Page, login: string, button: Locator) {
  const onProvider = () => new URL(page.url()).origin === idp.issuer;
  // The address before the click: a provider that knows the browser sends it straight back,
  // sometimes before the click returns, so "still here" is judged against where the click was.
  const from = page.url();
  await button.click();
  if (!onProvider()) await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(from);
  const loginField = page.locator('input[name="login"]');
  const consent = page.getByRole("button", { name: "Continue", exact: true });
  const shown = (l: ReturnType<Page["locator"]>) => l.isVisible().catch(() => false);
  for (let step = 0; step < 6; step++) {
    await expect
      .poll(async () => !onProvider() || (await shown(loginField)) || (await shown(consent)), {
        timeout: 15_000,
      })
      .toBe(true);
    if (!onProvider()) break;
    if (await shown(loginField)) {
      await loginField.fill(login);
      await page.locator('input[name="password"]').fill("anything");
      await page.getByRole("button", { name: "Sign-in" }).click();
      await expect(loginField).toBeHidden();
    } else {
      await consent.click();
      await expect(consent).toBeHidden();
    }
  }
  await expect.poll(() => new URL(page.url()).origin).toBe(appUrl);
}

/**
 * Holds the provider's answer on its way back to the app: the browser's requests to the provider
 * are made here (redirects followed with the context's cookies, since Playwright does not route
 * a redirect's next request), and the one that would send the browser to the app's callback
 * goes where `onAnswer` says, after it has run.
 */
async function interceptProviderAnswer(page: Page, onAnswer: (callback: URL) => Promise<URL>) {
  const request = page.context().request;
  await page.route(
    (url) => url.origin === idp.issuer,
    async (route) => {
      if (!route.request().isNavigationRequest()) return route.continue();
      let response = await route.fetch({ maxRedirects: 0 });
      for (let hop = 0; hop < 10; hop++) {
        const location = response.headers()["location"];
        if (response.status() < 300 || response.status() >= 400 || !location) break;
        const next = new URL(location, response.url());
        if (next.origin !== idp.issuer) {
          const target = next.pathname.startsWith("/api/auth/callback/")
            ? await onAnswer(next)
            : next;
          return route.fulfill({ status: 303, headers: { location: target.toString() } });
        }
        response = await request.get(next.toString(), { maxRedirects: 0 });
      }
      return route.fulfill({ response });
    },
  );
}

/** No axe violations on the page as it is, in both themes (as e2e/a11y.spec.ts checks screens). */
async function expectAccessible(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      colorScheme,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function identities(page: Page) {
  const res = await page.request.get("/api/v1/me/identities");
  expect(res.status()).toBe(200);
  return (await res.json()) as {
    items: { provider: string; email: string | null; linkedAt: string }[];
    nextCursor: string | null;
    hasPassword: boolean;
  };
}

/** A verification link as the operator makes one: this server sends no email. */
async function operatorVerificationLink(email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["scripts/with-db.mjs", "tsx", "scripts/db/verify-email.ts", email],
    { cwd: root },
  );
  const link = stdout.trim();
  expect(link).toMatch(/\/verify-email\/[A-Za-z0-9_-]{43}$/);
  return new URL(link).pathname;
}

test("the shared server offers no provider: no button on sign-in or sign-up", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Epoch");
  await expect(page.getByRole("button", { name: /^Continue with/ })).toHaveCount(0);
  await page.goto("/sign-up");
  await expect(page.getByRole("button", { name: /^Continue with/ })).toHaveCount(0);
});

test("a new account through the provider: signed in, verified, no password, the provider its only way in", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { context, page } = await newPage(browser);
  try {
    const someone = person();
    await page.goto("/sign-up");
    await expectAccessible(page);
    await throughProvider(
      page,
      someone.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    await expect(page).toHaveURL(`${appUrl}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Welcome, ${someone.name.split(" ")[0]}`,
    );
    const mine = await identities(page);
    expect(mine.hasPassword).toBe(false);
    expect(mine.items).toEqual([
      { provider: "oidc", email: someone.email, linkedAt: expect.any(String) },
    ]);

    await page.goto("/settings");
    const methods = page.locator("#sign-in-methods");
    await expect(methods.getByText(someone.email).first()).toBeVisible();
    await expect(methods.getByText("Verified", { exact: true })).toBeVisible();
    await expect(methods.getByText("None yet: you sign in through a provider.")).toBeVisible();
    await expect(methods.getByRole("button", { name: `Unlink ${IDP_NAME}` })).toBeDisabled();
    await expectAccessible(page);
    await expect(
      methods.getByRole("button", { name: `Unlink ${IDP_NAME}` }),
    ).toHaveAccessibleDescription(/Your only way to sign in/);
    // The API says the same: the last way in stays.
    const refused = await page.request.delete("/api/v1/me/identities/oidc", {
      headers: { origin: appUrl },
    });
    expect(refused.status()).toBe(409);
    // Asking for a token with a password it does not have says what to do instead.
    const token = await api.post("/api/v1/tokens", {
      data: { email: someone.email, password: "not-a-password", name: "script" },
    });
    expect(token.status()).toBe(401);
    expect(((await token.json()) as { error: { message: string } }).error.message).toMatch(
      /create a token in Settings/,
    );

    // Signing out and in again through the provider finds the same account.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${appUrl}/`);
    await page.goto("/sign-in");
    await throughProvider(
      page,
      someone.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    await expect(page).toHaveURL(`${appUrl}/dashboard`);
    expect((await identities(page)).items).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test("a forged state is refused: back on sign-in with a message, not signed in", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { context, page } = await newPage(browser);
  try {
    const someone = person();
    // The provider's answer comes back with a state the app never issued.
    let answered = false;
    await interceptProviderAnswer(page, async (callback) => {
      expect(callback.searchParams.get("state"), callback.toString()).toBeTruthy();
      answered = true;
      callback.searchParams.set("state", randomBytes(32).toString("base64url"));
      return callback;
    });
    await page.goto("/sign-in");
    await throughProvider(
      page,
      someone.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    expect(answered).toBe(true);
    await expect(page).toHaveURL(/\/sign-in\?error=/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Signing in through the provider did not work",
    );
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  } finally {
    await context.close();
  }
});

test("an unverified email is never attached; once verified on both sides, the provider signs in to that account", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // Someone registered this email with a password and never verified it.
  const account = await registerUser(api, uniqueCredentials());
  const { context, page } = await newPage(browser);
  try {
    // The provider vouches for the email (written differently): Epoch has not verified it.
    const owner = person({ email: account.email.toUpperCase() });
    await page.goto("/sign-in");
    await throughProvider(
      page,
      owner.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    await expect(page).toHaveURL(`${appUrl}/sign-in?error=AccountEmailUnverified`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "its email is not verified",
    );
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);

    // A provider that has not verified an email gets no account for it either.
    const unverified = person({ verified: false });
    await forgetProvider(context);
    await page.goto("/sign-in");
    await throughProvider(
      page,
      unverified.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    await expect(page).toHaveURL(`${appUrl}/sign-in?error=ProviderEmailUnverified`);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);

    // The account holder signs in with the password: nothing was attached.
    const auth = new AuthPages(page);
    await auth.signIn(account);
    expect(await identities(page)).toEqual({ items: [], nextCursor: null, hasPassword: true });
    await page.goto("/settings");
    const methods = page.locator("#sign-in-methods");
    await expect(methods.getByText("Not verified", { exact: true })).toBeVisible();
    await methods.getByRole("button", { name: "Resend verification link" }).click();
    await expect(methods.getByRole("status")).toContainText(
      `ask the person who runs it for a link (npm run user:verify-email -- ${account.email})`,
    );

    // The link confirms the email.
    await page.goto(await operatorVerificationLink(account.email));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your email");
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your email is verified.");
    await page.goto("/settings");
    await expect(methods.getByText("Verified", { exact: true })).toBeVisible();

    // Verified on both sides now: the provider signs in to the same account.
    await auth.signOut();
    await forgetProvider(context);
    await page.goto("/sign-in");
    await throughProvider(
      page,
      owner.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    await auth.expectDashboard(account);
    const linked = await identities(page);
    expect(linked.items).toEqual([
      { provider: "oidc", email: account.email, linkedAt: expect.any(String) },
    ]);
  } finally {
    await context.close();
  }
});

test("linking from Settings (any email) and unlinking; a session revoked meanwhile links nothing", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await newPage(browser);
  try {
    const me = uniqueCredentials();
    const auth = new AuthPages(page);
    await auth.signUp(me);
    // Another email, not even verified by the provider: the signed-in owner links it.
    const elsewhere = person({ verified: false });
    await page.goto("/settings");
    const methods = page.locator("#sign-in-methods");
    await expect(methods.getByText("No provider linked")).toBeVisible();
    await throughProvider(
      page,
      elsewhere.login,
      methods.getByRole("button", { name: `Link ${IDP_NAME}` }),
    );
    await expect(page).toHaveURL(`${appUrl}/settings?identity=Linked`);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "The sign-in method is linked to your account.",
    );
    await expect(methods.getByText(elsewhere.email)).toBeVisible();
    await expectAccessible(page);
    // The browser kept its session: still signed in as before.
    await expect(page.getByText(`Signed in as ${me.email}`)).toBeVisible();

    // Signed out, the provider now signs in to this account.
    await auth.signOut();
    await page.goto("/sign-in");
    await throughProvider(
      page,
      elsewhere.login,
      page.getByRole("button", { name: `Continue with ${IDP_NAME}` }),
    );
    await auth.expectDashboard(me);

    // With a password as well, the provider can go.
    await page.goto("/settings");
    await methods.getByRole("button", { name: `Unlink ${IDP_NAME}` }).click();
    await expect(methods.getByText("No provider linked")).toBeVisible();
    expect(await identities(page)).toEqual({ items: [], nextCursor: null, hasPassword: true });

    // A link started, then the session revoked while the browser is at the provider (a
    // password change elsewhere ends every session): the callback links nothing.
    const newPassword = `${me.password}-changed`;
    await interceptProviderAnswer(page, async (callback) => {
      const created = await api.post("/api/v1/tokens", {
        data: { email: me.email, password: me.password, name: "elsewhere" },
      });
      expect(created.status()).toBe(201);
      const { token } = (await created.json()) as { token: string };
      const change = await api.post("/api/v1/me/password", {
        headers: { authorization: `Bearer ${token}` },
        data: { currentPassword: me.password, newPassword },
      });
      expect(change.status()).toBe(204);
      return callback;
    });
    await throughProvider(
      page,
      elsewhere.login,
      methods.getByRole("button", { name: `Link ${IDP_NAME}` }),
    );
    await expect(page).toHaveURL(`${appUrl}/sign-in?error=SessionEnded`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Your session had ended");
    await auth.signIn({ ...me, password: newPassword });
    expect(await identities(page)).toEqual({ items: [], nextCursor: null, hasPassword: true });
  } finally {
    await context.close();
  }
});
