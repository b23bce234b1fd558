import { writeFile } from "node:fs/promises";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test, type Credentials } from "./fixtures";

/*
 * Screens that say what they mean: a skill's level change confirms and joins
 * its history; a paper's topic is a track (and counts toward it); the hours
 * chart carries its values and its goal label clears the card's title; on a
 * phone the heatmap opens on its latest weeks; unknown addresses get a 404 in
 * the app's look. Tests that write use an account of their own.
 */

const RAI_PAPERS = "0b8f6a52-0001-4c1e-9a01-000000000415"; // "10 papers on responsible AI read"
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A personal access token for `user`, for API calls beside the browser. */
async function tokenFor(request: APIRequestContext, user: Credentials) {
  const created = await request.post("/api/v1/tokens", {
    data: { email: user.email, password: user.password, name: "screens e2e" },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { Authorization: `Bearer ${((await created.json()) as { token: string }).token}` };
}

/** Two boxes share no point (touching edges allowed). */
function overlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const skillRow = (page: Page, slug: string): Locator =>
  page.locator("li").filter({ has: page.locator(`[data-skill="${slug}"]`) });

async function chooseLevel(page: Page, slug: string, level: number, label: string) {
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/v1/me/skills/${slug}`) && r.request().method() === "PUT",
  );
  await page.locator(`[data-skill="${slug}"]`).getByText(label, { exact: true }).click();
  expect((await saved).status()).toBe(200);
}

test.describe("skills", () => {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`at ${viewport.width} px a level change confirms, and the history shows it after a reload`, async ({
      page,
      auth,
      user,
    }) => {
      await page.setViewportSize(viewport);
      await auth.signIn(user);
      await page.goto("/skills");
      const row = skillRow(page, "python");
      const history = row.getByRole("list", { name: "Python: rating history" });
      await expect(row.getByText("Not rated yet.")).toBeVisible();

      await chooseLevel(page, "python", 3, "Proficient");
      await expect(row.getByRole("status")).toHaveText(/Python set to Proficient\.$/);
      await expect(row.getByRole("status")).toBeVisible();
      await expect(history.getByRole("listitem")).toHaveCount(1);
      await expect(history).toContainText("Proficient");

      await page.reload();
      await expect(history.getByRole("listitem")).toHaveCount(1);
      await expect(history.getByRole("listitem").first()).toContainText("Proficient");
      // Nothing is confirmed after a reload: the confirmation belongs to the change.
      await expect(row.getByRole("status")).toHaveText("");

      await chooseLevel(page, "python", 4, "Expert");
      await expect(row.getByRole("status")).toHaveText(/Python set to Expert\.$/);
      await page.reload();
      await expect(history.getByRole("listitem")).toHaveCount(2);
      await expect(history.getByRole("listitem").nth(0)).toContainText("Proficient");
      await expect(history.getByRole("listitem").nth(1)).toContainText("Expert");

      // Every level's name shows whole, on one line, inside its button (the chosen one too).
      await chooseLevel(page, "python", 2, "Practicing");
      const cut = await page.locator("[data-skill] label").evaluateAll((labels) =>
        labels
          .map((label) => {
            const name = label.lastElementChild as HTMLElement;
            const box = label.getBoundingClientRect();
            const text = name.getBoundingClientRect();
            const oneLine = text.height <= parseFloat(getComputedStyle(name).lineHeight) * 1.5;
            const inside = text.left >= box.left - 0.5 && text.right <= box.right + 0.5;
            return oneLine && inside && name.scrollWidth <= name.clientWidth + 1
              ? null
              : name.textContent;
          })
          .filter(Boolean),
      );
      expect(cut).toEqual([]);
    });
  }
});

test("a paper's topic is chosen from the tracks, stored as the slug, and counts toward the track", async ({
  page,
  request,
  signedInUser,
}) => {
  const auth = await tokenFor(request, signedInUser);
  await page.goto("/reading");
  const topic = page.getByLabel("Topic (optional)", { exact: true });
  // A select of the tracks and "None", not free text.
  await expect(topic.locator("option")).toHaveText([
    "None",
    "MLOps engineer",
    "Responsible AI specialist",
    "Quantum ML researcher",
  ]);
  await page.getByLabel("Title", { exact: true }).fill("Model Cards for Model Reporting");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Read" });
  await topic.selectOption({ label: "Responsible AI specialist" });
  await page.getByRole("button", { name: "Add paper" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Paper saved.");

  const list = await request.get("/api/v1/me/papers", { headers: auth });
  const { items } = (await list.json()) as { items: { title: string; topic: string | null }[] };
  expect(items).toEqual([
    expect.objectContaining({ title: "Model Cards for Model Reporting", topic: "responsible-ai" }),
  ]);
  const progress = await request.get("/api/v1/me/progress", { headers: auth });
  const { milestones } = (await progress.json()) as {
    milestones: { id: string; progress: { current: number; target: number } }[];
  };
  expect(milestones.find((m) => m.id === RAI_PAPERS)?.progress).toEqual({
    current: 1,
    target: 10,
  });
  await expect(
    page.getByRole("listitem").filter({ hasText: "Model Cards for Model Reporting" }),
  ).toContainText("Responsible AI specialist");
});

test("the hours chart carries its values, and its goal label clears the title at 1280 and 390 px", async ({
  page,
  request,
  signedInUser,
}) => {
  const auth = await tokenFor(request, signedInUser);
  // The goal is the chart's top: where the old label printed over the title.
  const patched = await request.patch("/api/v1/me", {
    headers: auth,
    data: { weeklyHoursGoal: 5 },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const logged = await request.post("/api/v1/me/activities", {
    headers: auth,
    data: {
      date: new Date().toISOString().slice(0, 10),
      minutes: 90,
      kind: "practice",
      title: "Chart check",
    },
  });
  expect(logged.status(), await logged.text()).toBe(201);

  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto("/dashboard");
    const card = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Hours per week", exact: true }) });
    const title = card.getByRole("heading", { name: "Hours per week", exact: true });
    const chart = card.getByRole("img", { name: /^Hours per week for the last 12 weeks: / });
    await expect(chart).toHaveAccessibleName(/1\.5 h; the goal of 5 h was met in 0 of them\.$/);

    // A value over every bar, this week's last.
    const values = chart.getByTestId("bar-value");
    await expect(values).toHaveCount(12);
    await expect(values.last()).toHaveText("1.5");
    await expect(values.first()).toHaveText("0");

    const goal = card.getByTestId("goal-label");
    await expect(goal).toBeVisible();
    await expect(goal).toContainText("goal 5 h · met in 0 of the last 12 weeks");
    const [titleBox, goalBox, chartBox, lastValue] = await Promise.all([
      title.boundingBox(),
      goal.boundingBox(),
      chart.boundingBox(),
      values.last().boundingBox(),
    ]);
    expect(overlap(goalBox!, titleBox!), `${viewport.width} px: goal label over the title`).toBe(
      false,
    );
    // Nothing of the chart, its values included, reaches up into the title.
    expect(chartBox!.y).toBeGreaterThanOrEqual(titleBox!.y + titleBox!.height);
    expect(lastValue!.y).toBeGreaterThanOrEqual(chartBox!.y);
  }
});

test.describe("phone", () => {
  test.use({ viewport: PHONE });

  test("the 52-week heatmap opens scrolled to its latest weeks", async ({ page, auth, user }) => {
    // Signing in lands on the dashboard, so the heatmap is seen as a phone first opens it.
    await auth.signIn(user);
    const scroller = page
      .getByRole("img", { name: /^Study activity over the last 52 weeks/ })
      .locator("xpath=..");
    await expect
      .poll(() =>
        scroller.evaluate((box) => ({
          scrolls: box.scrollWidth > box.clientWidth,
          atEnd: box.scrollLeft > 0 && box.scrollLeft + box.clientWidth >= box.scrollWidth - 1,
        })),
      )
      .toEqual({ scrolls: true, atEnd: true });
  });
});

test.describe("404", () => {
  for (const [path, heading] of [
    ["/nope", "This page does not exist"],
    ["/u/nobody", "No public profile here"],
  ] as const) {
    for (const viewport of [DESKTOP, PHONE]) {
      test(`${path} at ${viewport.width} px answers 404 in the app's look, with a way home`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expect(page.getByTestId("not-found")).toContainText(
          "404 · This page could not be found.",
        );
        await expect(page.getByRole("link", { name: "Epoch", exact: true })).toHaveAttribute(
          "href",
          "/",
        );
        const home = page.getByRole("link", { name: "Go to the home page" });
        await expect(home).toBeVisible();
        await home.click();
        await expect(page).toHaveURL("/");
      });
    }
  }
});

test("settings' import says what it added, and nothing new when the same file comes again", async ({
  page,
  request,
  signedInUser,
}, testInfo) => {
  const auth = await tokenFor(request, signedInUser);
  const exported = await request.get("/api/v1/me/export", { headers: auth });
  const doc = (await exported.json()) as Record<string, unknown[]>;
  doc.papers = [
    {
      id: crypto.randomUUID(),
      title: "Fairness and Machine Learning",
      status: "read",
      topic: "Responsible AI specialist",
    },
  ];
  doc.events = [
    { id: crypto.randomUUID(), title: "Local meetup", kind: "meetup", date: "2025-05-01" },
  ];
  const file = testInfo.outputPath("export.json");
  await writeFile(file, JSON.stringify(doc));

  await page.goto("/settings");
  const input = page.getByLabel("Import an Epoch export (JSON)");
  await input.setInputFiles(file);
  await expect(page.getByText("Imported 1 paper and 1 event.")).toBeVisible();
  // The same file again: the input still reacts, and nothing is added.
  await input.setInputFiles(file);
  await expect(
    page.getByText("Nothing new: everything in this file is already in your account."),
  ).toBeVisible();

  // The topic naming a track by name was stored as its slug.
  const papers = await request.get("/api/v1/me/papers", { headers: auth });
  expect(((await papers.json()) as { items: { topic: string }[] }).items).toEqual([
    expect.objectContaining({ title: "Fairness and Machine Learning", topic: "responsible-ai" }),
  ]);
});
