import type { APIResponse, Page } from "@playwright/test";
import { DEMO_LEARNER, expect, signInThroughAuthJs, test } from "./fixtures";
import { rawGet } from "./raw-http";

/** Screens as the signed-in learner, plus the public ones and a 404. */
const SCREENS = [
  "/",
  "/sign-in",
  "/dashboard",
  "/roadmap",
  "/skills",
  "/log",
  "/certifications",
  "/cohorts",
  "/coaching",
  "/settings",
  "/u/ada-learner",
  "/no-such-page",
];

function policyOf(response: APIResponse | { headers(): Record<string, string> }) {
  const header = response.headers()["content-security-policy"];
  expect(header, "Content-Security-Policy header").toBeTruthy();
  return Object.fromEntries(
    header!.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  ) as Record<string, string[]>;
}

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
}

async function signIn(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(DEMO_LEARNER.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_LEARNER.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/dashboard");
}

test.describe("security headers", () => {
  test("every page has a nonce-based script policy, and every script of the page carries the nonce", async ({
    page,
  }) => {
    await signIn(page);
    const nonces = new Set<string>();
    for (const path of SCREENS) {
      // The raw HTML: the browser hides nonce attributes from the DOM.
      const response = await page.request.get(path);
      expect([200, 404], path).toContain(response.status());
      expectCommonHeaders(response.headers());
      const policy = policyOf(response);
      const nonce = policy["script-src"]!.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, `${path}: script-src has a nonce`).toBeTruthy();
      expect(policy["script-src"]).toContain("'strict-dynamic'");
      expect(policy["script-src"]).not.toContain("'unsafe-inline'");
      expect(policy["script-src"]).not.toContain("'unsafe-eval'");
      expect(policy["frame-ancestors"]).toEqual(["'none'"]);
      expect(policy["object-src"]).toEqual(["'none'"]);
      expect(policy["base-uri"]).toEqual(["'self'"]);
      expect(policy["form-action"]).toEqual(["'self'"]);
      nonces.add(nonce!);

      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    // A fresh nonce per response.
    expect(nonces.size).toBe(SCREENS.length);
  });

  test("pages load and work under the policy with no violation", async ({ page }) => {
    test.setTimeout(90_000);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await signIn(page);
    for (const path of SCREENS) {
      await page.goto(path);
      // Every script the page loads has run or been refused (and reported) by now.
      await page.waitForFunction(() => document.readyState === "complete");
    }
    // Client code runs: a check-off on the dashboard is enabled only once React has hydrated.
    await page.goto("/dashboard");
    await expect(page.getByRole("checkbox").first()).toBeEnabled();
    expect(violations).toEqual([]);
  });

  test("a script the page did not vouch for is refused", async ({ page }) => {
    await signIn(page);
    const refused = page.waitForEvent("console", (m) => /Content Security Policy/i.test(m.text()));
    // As if markup had slipped into the page: an inline script and an inline handler, no nonce.
    await page.evaluate(() => {
      (window as unknown as { injected?: number }).injected = 0;
      const holder = document.createElement("div");
      holder.innerHTML = `<img src="data:," onerror="window.injected = 1">`;
      document.body.append(holder);
    });
    await refused;
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBe(
      0,
    );
  });

  test("the JSON API is never a document: default-src 'none'", async ({ request }) => {
    const response = await request.get("/api/v1/health");
    expectCommonHeaders(response.headers());
    const policy = policyOf(response);
    expect(policy["default-src"]).toEqual(["'none'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  });
});

test("a raw path with dot segments or backslashes never gets a page without its policy", async ({
  page,
  baseURL,
}) => {
  await signIn(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const origin = new URL(baseURL!).origin;
  // As an attacker's client sends them (a browser resolves them first); each was once served as
  // a page with no Content-Security-Policy, classified by how its path starts.
  const paths = [
    "/api/../dashboard",
    "/robots.txt/../settings",
    "/api/%2e%2e/dashboard",
    "/api/v1/../../log",
    "/_next/static/../../skills",
    "/favicon.ico/../roadmap",
    "/api\\..\\dashboard",
  ];
  for (const start of paths) {
    let path = start;
    let response = await rawGet(baseURL!, path, cookie);
    for (let hop = 0; response.headers.location && hop < 5; hop++) {
      const next = new URL(response.headers.location, origin);
      expect(next.origin, `${start} → ${response.headers.location}`).toBe(origin);
      path = next.pathname + next.search;
      response = await rawGet(baseURL!, path, cookie);
    }
    expect(response.status, `${start} → ${path}`).toBe(200);
    expect(response.headers["content-type"], start).toContain("text/html");
    expect(response.headers["content-security-policy"], start).toContain("'nonce-");
    expectCommonHeaders(response.headers as Record<string, string>);
  }
});

test.describe("session cookies", () => {
  test("the session cookie is HttpOnly and SameSite=Lax, and Secure when served over https", async ({
    playwright,
    baseURL,
  }) => {
    // Over plain http (this test server): HttpOnly, Lax, not Secure (a browser would drop it).
    const plain = await playwright.request.newContext({ baseURL });
    const cookie = await signInThroughAuthJs(plain, DEMO_LEARNER);
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    await plain.dispose();

    // Behind a TLS-terminating proxy in production: the __Secure- cookie, with Secure.
    const behindTls = await playwright.request.newContext({ baseURL });
    const secure = await signInThroughAuthJs(behindTls, DEMO_LEARNER, {
      "x-forwarded-proto": "https",
    });
    expect(secure).toMatch(/^__Secure-authjs\.session-token=/);
    expect(secure).toMatch(/;\s*Secure/i);
    expect(secure).toMatch(/;\s*HttpOnly/i);
    expect(secure).toMatch(/;\s*SameSite=Lax/i);
    await behindTls.dispose();
  });

  test("the browser's session cookie cannot be read by page scripts", async ({ page, context }) => {
    await signIn(page);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  });
});
