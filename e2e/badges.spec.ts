import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_LEARNER, expect, test } from "./fixtures";

/*
 * Tier badges (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)"): the demo learner's badge and
 * its public verification page, a claim from the dashboard and a revocation from Settings, and a
 * new account that has nothing to claim.
 */

const verification = (page: Page) => page.getByTestId("verification");

/** Everything tier 1 asks for, through the learner's own API. */
async function reachTierOne(request: APIRequestContext) {
  for (const [skill, level] of [
    ["python", 2],
    ["linear-algebra", 2],
    ["calculus", 2],
    ["probability", 2],
    ["sql", 1],
  ] as const) {
    const r = await request.put(`/api/v1/me/skills/${skill}`, { data: { level } });
    expect(r.status(), await r.text()).toBe(200);
  }
  const today = new Date().toISOString().slice(0, 10);
  const activity = await request.post("/api/v1/me/activities", {
    data: { date: today, minutes: 1200, kind: "course", title: "Foundations course" },
  });
  expect(activity.status(), await activity.text()).toBe(201);
  const project = await request.post("/api/v1/me/projects", {
    data: { title: "First model", status: "building" },
  });
  expect(project.status(), await project.text()).toBe(201);
}

test("the demo learner holds a tier-1 badge, and anyone signed out reads it as verified", async ({
  page,
  auth,
  browser,
  baseURL,
}) => {
  await auth.signIn(DEMO_LEARNER);
  // Claimed already: the dashboard offers no claim.
  await expect(page.getByRole("heading", { name: "Your badge is ready" })).toHaveCount(0);
  await page.goto("/settings");
  const list = page.getByRole("list", { name: "Your badges" });
  const link = list.getByRole("link", { name: "Tier 1 · Foundations" });
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/badges\/[0-9a-f-]{36}$/);

  // Signed out, in a browser of its own.
  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  await visitor.goto(href!);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Tier 1 · Foundations");
  await expect(verification(visitor)).toContainText("Verified");
  await expect(verification(visitor)).toContainText("issued this badge to Ada Learner");
  await expect(visitor.getByText(/^Valid from /)).toBeVisible();
  await expect(visitor.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Tier 1 · Foundations — Ada Learner",
  );
  // Accessible in both themes (the claim and revoke forms are checked on Settings by a11y.spec.ts).
  for (const colorScheme of ["light", "dark"] as const) {
    await visitor.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: visitor })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      colorScheme,
    ).toEqual([]);
  }
  const linkedIn = new URL(
    (await visitor.getByRole("link", { name: "Add to LinkedIn" }).getAttribute("href"))!,
  );
  expect(linkedIn.searchParams.get("startTask")).toBe("CERTIFICATION_NAME");
  expect(linkedIn.searchParams.get("certUrl")).toBe(new URL(href!, baseURL).toString());

  // The raw credential, as JSON and as the signed JWT.
  const json = await visitor.request.get(`${href}/credential.json`);
  expect(json.headers()["content-disposition"]).toMatch(/attachment; filename=".+\.json"/);
  const credential = (await json.json()) as { type: string[]; validFrom: string };
  expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
  const jwt = await (await visitor.request.get(`${href}/credential.jwt`)).text();
  expect(jwt.split(".")).toHaveLength(3);
  const api = await visitor.request.get(`/api/v1${href}`);
  expect(await api.json()).toMatchObject({ status: "active", verified: true, jwt });
  const jwks = (await (await visitor.request.get("/.well-known/jwks.json")).json()) as {
    keys: { kid: string }[];
  };
  expect(jwks.keys.length).toBeGreaterThan(0);
  await context.close();
});

test("a learner at tier 1 claims the badge from the dashboard, revokes it in Settings, and its page says revoked", async ({
  page,
  signedInUser,
  browser,
  baseURL,
}) => {
  void signedInUser;
  await reachTierOne(page.request);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Your badge is ready" })).toBeVisible();
  await page.getByRole("button", { name: "Claim your Tier 1 badge" }).click();
  await expect(page).toHaveURL(/\/badges\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await expect(verification(page)).toContainText("Verified");

  // Claimed: the dashboard's card is gone.
  await page.goto("/dashboard");
  await expect(page.getByTestId("current-tier")).toHaveText("Tier 1 · Foundations");
  await expect(page.getByRole("heading", { name: "Your badge is ready" })).toHaveCount(0);

  // Revoking asks first; dismissing changes nothing.
  await page.goto("/settings");
  const revoke = page.getByRole("button", { name: "Revoke Tier 1 · Foundations" });
  page.once("dialog", (d) => void d.dismiss());
  await revoke.click();
  await page.reload();
  await expect(page.getByRole("list", { name: "Your badges" })).toContainText("Active");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Revoke Tier 1 · Foundations" }).click();
  await expect(page.getByRole("list", { name: "Your badges" })).toContainText("Revoked");
  await expect(page.getByRole("button", { name: "Revoke Tier 1 · Foundations" })).toHaveCount(0);

  const context = await browser.newContext({ baseURL });
  const visitor = await context.newPage();
  await visitor.goto(path);
  await expect(verification(visitor)).toContainText("Revoked");
  await expect(verification(visitor)).toContainText("its holder revoked it on");
  await expect(visitor.getByRole("link", { name: "Add to LinkedIn" })).toHaveCount(0);
  expect(await (await visitor.request.get(`/api/v1${path}`)).json()).toMatchObject({
    status: "revoked",
    verified: true,
  });
  await context.close();
});

test("a new account has no badge to claim: no claim button, and the API answers 422", async ({
  page,
  signedInUser,
}) => {
  void signedInUser;
  await expect(page.getByRole("heading", { name: "Your badge is ready" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(page.getByText("No badge yet: reach tier 1 (Foundations)")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Claim/ })).toHaveCount(0);
  const claim = await page.request.post("/api/v1/me/badges", { data: { tier: 1 } });
  expect(claim.status()).toBe(422);
  expect(((await claim.json()) as { error: { fields: object } }).error.fields).toHaveProperty(
    "tier",
  );
});

test("an address that names no badge is the badge's not-found page", async ({ page }) => {
  const res = await page.goto("/badges/00000000-0000-4000-8000-000000000000");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No badge here");
});

test("hostile badge ids answer 404, never 5xx, on the page and the downloads", async ({ page }) => {
  for (const p of ["%00", "%25", "..%2F..%2Fetc", "%3Cscript%3E", "%F0%9F%98%80", "x".repeat(3000)])
    for (const suffix of ["", "/credential.json", "/credential.jwt"]) {
      const path = `/badges/${p}${suffix}`;
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path.slice(0, 80)).toBe(404);
    }
});
