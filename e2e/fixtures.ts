import { randomBytes } from "node:crypto";
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type Page,
} from "@playwright/test";

/** Someone who can sign up or sign in. */
export type Credentials = { name: string; email: string; password: string };

/** The demo accounts of scripts/db/seed.ts. */
export const DEMO_PASSWORD = "epoch-demo-2026";
export const DEMO_LEARNER: Credentials = {
  name: "Ada Learner",
  email: "learner@epoch.dev",
  password: DEMO_PASSWORD,
};

/** Credentials no one has used yet: a unique email and a first name unique enough to tell users apart. */
export function uniqueCredentials(): Credentials {
  const id = randomBytes(5).toString("hex");
  return {
    name: `Robin${id.slice(0, 4)} Tester`,
    email: `e2e-${id}@example.test`,
    password: `pw-${randomBytes(6).toString("hex")}`,
  };
}

export const firstName = (c: Credentials) => c.name.split(" ")[0]!;

/** Registers an account through the public JSON API (faster than the form, for tests about something else). */
export async function registerUser(
  request: APIRequestContext,
  credentials = uniqueCredentials(),
): Promise<Credentials> {
  const response = await request.post("/api/v1/register", { data: credentials });
  expect(response.status(), await response.text()).toBe(201);
  return credentials;
}

/**
 * Signs in through Auth.js's own endpoint (CSRF token, then the credentials
 * callback), without rendering a page; `headers` go with both requests. With
 * a browser context's `request`, the session cookie lands in that context.
 * Returns the Set-Cookie of the session, if any.
 */
export async function signInThroughAuthJs(
  request: APIRequestContext,
  c: Pick<Credentials, "email" | "password">,
  headers: Record<string, string> = {},
) {
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { csrfToken, email: c.email, password: c.password },
    maxRedirects: 0,
  });
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value)
    .find((cookie) => /authjs\.session-token=/.test(cookie));
}

/** The sign-up and sign-in screens and the shell's sign-out, driven as a person would. */
export class AuthPages {
  constructor(readonly page: Page) {}

  /** Fills and submits the sign-up form; does not wait for where it leads. */
  async submitSignUp(c: Credentials) {
    if (new URL(this.page.url(), "http://x").pathname !== "/sign-up")
      await this.page.goto("/sign-up");
    await this.page.getByLabel("Name", { exact: true }).fill(c.name);
    await this.page.getByLabel("Email", { exact: true }).fill(c.email);
    await this.page.getByLabel("Password", { exact: true }).fill(c.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  /** Signs up through the form and waits for the dashboard. */
  async signUp(c: Credentials) {
    await this.submitSignUp(c);
    await this.expectDashboard(c);
  }

  /**
   * Fills and submits the sign-in form (on the current sign-in page, which may
   * carry a callbackUrl, or on a fresh one); does not wait for where it leads.
   */
  async submitSignIn(c: Pick<Credentials, "email" | "password">) {
    if (new URL(this.page.url(), "http://x").pathname !== "/sign-in")
      await this.page.goto("/sign-in");
    await this.page.getByLabel("Email", { exact: true }).fill(c.email);
    await this.page.getByLabel("Password", { exact: true }).fill(c.password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  /**
   * Signs in through the form and waits for the home screen: the dashboard, or Coaching
   * for a coach with mentees and no learning of their own.
   */
  async signIn(c: Credentials, home: "/dashboard" | "/coaching" = "/dashboard") {
    await this.submitSignIn(c);
    if (home === "/dashboard") return this.expectDashboard(c);
    await expect(this.page).toHaveURL(home);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Coaching");
  }

  async expectDashboard(c: Credentials) {
    await expect(this.page).toHaveURL("/dashboard");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(
      `Welcome, ${firstName(c)}`,
    );
  }

  /** Signs out with the shell's button (the sidebar on desktop) and waits for the landing page. */
  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL("/");
  }

  /** Asserts the page is the sign-in form sent there from `returnTo`. */
  async expectSentToSignIn(returnTo: string) {
    await expect(this.page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Epoch");
  }
}

type Fixtures = {
  /** Fresh credentials, not registered: for sign-up. */
  credentials: Credentials;
  /** A fresh account, registered but not signed in. */
  user: Credentials;
  /** A fresh account, signed in on `page` (which is on the dashboard). */
  signedInUser: Credentials;
  auth: AuthPages;
};

// (The second argument is named `provide`, not `use`, so the React hooks lint rule does not mistake it for a hook.)
export const test = base.extend<Fixtures>({
  credentials: async ({}, provide) => {
    await provide(uniqueCredentials());
  },
  user: async ({ request }, provide) => {
    await provide(await registerUser(request));
  },
  auth: async ({ page }, provide) => {
    await provide(new AuthPages(page));
  },
  signedInUser: async ({ user, auth }, provide) => {
    await auth.signIn(user);
    await provide(user);
  },
});

/** A second browser (its own cookies) signed in as `c`; closed by the caller. */
export async function signedInContext(
  browser: Browser,
  baseURL: string | undefined,
  c: Credentials,
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await new AuthPages(page).signIn(c);
  return { context, page };
}

export { expect };
