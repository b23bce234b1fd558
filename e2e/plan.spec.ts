import type { Page } from "@playwright/test";
import { DEMO_LEARNER, expect, signedInContext, test } from "./fixtures";

/*
 * The plan to a target track (docs/DECISIONS.md, "The plan to a target track"): a learner
 * chooses a target track and date in Settings, and the dashboard's next steps become the way
 * there, ranked, with the hours estimate at the weekly goal, the target date's verdict, and the
 * skill-gap chart with its table. A new account (the `signedInUser` fixture) has nothing
 * logged and a weekly goal of 10 hours; its dates are in UTC.
 */

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysFromToday = (n: number) => {
  const d = new Date(`${isoDay(new Date())}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
};

const section = (page: Page, heading: string | RegExp) =>
  page.locator("section").filter({ has: page.getByRole("heading", { name: heading }) });

async function saveTarget(page: Page, track: string, date: string) {
  await page.goto("/settings");
  await page.getByLabel("Target track").selectOption({ label: track });
  await page.getByLabel("Target date").fill(date);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.locator("form").getByRole("status")).toHaveText("Profile saved.");
}

test("a learner sets a target track and date, and the dashboard plans the way there", async ({
  page,
  signedInUser,
}) => {
  void signedInUser;
  // Before a target: the next tier's steps, and an invitation to choose one.
  await page.goto("/dashboard");
  await expect(page.getByTestId("plan-summary")).toContainText("Toward tier 1 · Foundations");
  await expect(page.getByTestId("plan-status")).toHaveCount(0);

  // 500 hours to go at 10 a week is 50 weeks; a date two weeks out is 48 weeks short.
  const soon = daysFromToday(14);
  await saveTarget(page, "MLOps engineer", soon);
  await page.reload();
  await expect(page.getByLabel("Target track")).toHaveValue("mlops");
  await expect(page.getByLabel("Target date")).toHaveValue(soon);

  await page.goto("/dashboard");
  const summary = page.getByTestId("plan-summary");
  // Tier 1 (7), tier 2 (10), tier 3 (11) and the MLOps track (6): nothing met yet.
  await expect(summary).toContainText("On the way to MLOps engineer");
  await expect(summary).toContainText("34 milestones to go, quickest first");
  await expect(page.getByTestId("plan-estimate")).toContainText(
    "500 h still to log: about 50 weeks at your pace (10 h a week)",
  );
  await expect(page.getByTestId("plan-status")).toContainText("behind by 48 weeks");

  // Ranked: one level or one record to go first, in tier and roadmap order; 20 hours among them.
  const steps = page.getByTestId("next-steps").getByRole("listitem");
  await expect(steps).toHaveCount(8);
  await expect(steps.nth(0)).toContainText("SQL awareness");
  await expect(steps.nth(1)).toContainText("A portfolio project started");
  const more = page.getByTestId("more-steps").getByRole("listitem");
  await page.getByText("The other 26 steps on the way").click();
  await expect(more).toHaveCount(26);
  await expect(more.last()).toContainText("500 hours of study logged");
  await expect(more.filter({ hasText: "20 hours of study logged" })).toContainText(
    "20 h still to log · about 2 weeks at your pace",
  );

  // The gap: every skill the way asks for, against level 0; the table says the same.
  const gap = section(page, "Skill gap: MLOps engineer");
  await expect(gap.locator('[data-chart="skill-gap"]')).toHaveAttribute(
    "aria-label",
    /^11 of 11 skills below the level needed: /,
  );
  await gap.getByText("Show as a table").click();
  const python = gap.getByTestId("skill-gap-table").getByRole("row", { name: /^Python / });
  await expect(python.getByRole("cell")).toHaveText(["0", "4", "4"]);
  const cloud = gap
    .getByTestId("skill-gap-table")
    .getByRole("row", { name: /^AWS, Google Cloud or Azure / });
  await expect(cloud.getByRole("cell")).toHaveText(["0", "4", "4"]);

  // A date far enough out: on track, after a reload too, and the API says the same.
  await saveTarget(page, "MLOps engineer", "2099-12-31");
  await page.reload();
  await expect(page.getByLabel("Target date")).toHaveValue("2099-12-31");
  await page.goto("/dashboard");
  await expect(page.getByTestId("plan-status")).toContainText("Target date Dec 31, 2099: on track");
  const api = await page.request.get("/api/v1/me/plan");
  expect(api.status()).toBe(200);
  const plan = (await api.json()) as {
    track: string;
    steps: { title: string; estimateHours: number | null }[];
    onTrack: boolean;
    projectedDate: string;
  };
  expect(plan).toMatchObject({ track: "mlops", onTrack: true, projectedDate: daysFromToday(350) });
  expect(plan.steps).toHaveLength(34);
  expect(plan.steps.slice(0, 2).map((s) => s.title)).toEqual([
    "SQL awareness",
    "A portfolio project started",
  ]);
});

test("the demo learner sees her plan at first sign-in", async ({ browser, baseURL }) => {
  const { context, page } = await signedInContext(browser, baseURL, DEMO_LEARNER);
  await page.goto("/dashboard");
  await expect(page.getByTestId("plan-summary")).toContainText("On the way to MLOps engineer");
  await expect(page.getByTestId("plan-status")).toContainText("Target date Sep 1, 2027:");
  await expect(section(page, "Skill gap: MLOps engineer")).toBeVisible();
  await context.close();
});
