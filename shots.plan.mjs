import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3310";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const width of [1280, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, baseURL: base });
  const page = await ctx.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill("learner@epoch.dev");
  await page.getByLabel("Password", { exact: true }).fill("epoch-demo-2026");
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/dashboard/);
  await page.goto("/dashboard");
  const plan = page.locator("#plan");
  await plan.screenshot({ path: `/tmp/wt_plan_shots/plan-${width}.png` });
  const gap = page.locator("#skill-gap");
  await gap.getByText("Show as a table").click();
  await gap.screenshot({ path: `/tmp/wt_plan_shots/gap-${width}.png` });
  await page.screenshot({ path: `/tmp/wt_plan_shots/full-${width}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
