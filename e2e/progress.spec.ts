import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { DEMO_LEARNER, expect, test } from "./fixtures";

/*
 * Progress through the screens: the tier a learner holds and the next steps
 * on /dashboard, the per-milestone status and target track on /roadmap, the
 * self-checked milestones of the dashboard's "Check off" card, and the public
 * profile (/u/<slug> and GET /api/v1/profiles/<slug>).
 *
 * Every test that writes signs up a user of its own (the `signedInUser`
 * fixture); the demo learner is only read. New accounts keep their dates in
 * UTC, and the study log's date field defaults to today.
 */

// ---------------------------------------------------------------- content (lib/roadmap/content.ts)

const FOUNDATIONS = [
  "Python at practicing level",
  "Linear algebra at practicing level",
  "Calculus at practicing level",
  "Probability at practicing level",
  "SQL awareness",
  "20 hours of study logged",
  "A portfolio project started",
];
const EXPLAINED = "Explained a project to a non-technical audience"; // tier 2, attested
const CROSS_FUNCTIONAL = "Worked in a cross-functional team"; // tier 3, attested

/** Tier-1 skill evidence (lib/roadmap/content.ts): slug → [level, its label on the skill board]. */
const TIER_ONE_SKILLS: [slug: string, level: number, label: string][] = [
  ["python", 2, "Practicing"],
  ["linear-algebra", 2, "Practicing"],
  ["calculus", 2, "Practicing"],
  ["probability", 2, "Practicing"],
  ["sql", 1, "Aware"],
];

// ---------------------------------------------------------------- screens

const main = (page: Page) => page.getByRole("main");
const currentTier = (page: Page) => page.getByTestId("current-tier");
const nextSteps = (page: Page) => page.getByTestId("next-steps");
/** A next step's title (the exact text of its title, not the criteria line below it). */
const stepTitled = (steps: Locator, title: string) => steps.getByText(title, { exact: true });

/** The dashboard's "Check off" card. */
const checkOffCard = (page: Page) =>
  page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Check off", exact: true }) });
const checkOff = (page: Page, title: string) =>
  checkOffCard(page).getByRole("checkbox", { name: title });

/** Resolves with the response of the check-off's PUT. */
const attestationSaved = (page: Page) =>
  page.waitForResponse(
    (r) =>
      /\/api\/v1\/me\/milestones\/[^/]+\/attestation$/.test(r.url()) &&
      r.request().method() === "PUT",
  );

/** A milestone's row on /roadmap. */
const roadmapRow = (page: Page, title: string) =>
  main(page)
    .locator("li[data-milestone]")
    .filter({ has: page.getByText(title, { exact: true }) });

/** A track's card on /roadmap (the nearest section around its heading). */
const trackCard = (page: Page, name: string) =>
  main(page)
    .getByRole("heading", { name, exact: true, level: 3 })
    .locator("xpath=ancestor::section[1]");

/** Chooses a level on /skills and waits until the server has saved it and the radio stays checked. */
async function setSkillLevel(page: Page, slug: string, level: number, label: string) {
  const row = page.locator(`[data-skill="${slug}"]`);
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/v1/me/skills/${slug}`) && r.request().method() === "PUT",
  );
  await row.getByText(label, { exact: true }).click();
  const response = await saved;
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ skill: slug, level });
  await expect(row.getByRole("radio", { name: `${level} ${label}`, exact: true })).toBeChecked();
}

/** Logs study time with the quick entry on /log, dated as the form defaults (today), and waits for it to be listed. */
async function logMinutes(page: Page, minutes: number, title: string) {
  await page.getByLabel("Minutes", { exact: true }).fill(String(minutes));
  await page.getByLabel("What did you do?", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Activity saved.");
  await expect(main(page).getByRole("listitem").filter({ hasText: title })).toHaveCount(1);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const todayUtc = () => isoDay(new Date());
/** The Monday of the calendar week (Monday to Sunday) holding `day`. */
const mondayOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return isoDay(d);
};

// ---------------------------------------------------------------- tests

test.describe("reaching a tier", () => {
  test("a new learner reaches tier 1 through the screens alone, and the next steps move on to tier 2", async ({
    page,
    signedInUser,
  }) => {
    void signedInUser;
    // Five skill saves, two log entries, a project and four dashboards.
    test.slow();

    // A new learner: no tier yet, the next steps are the Foundations milestones.
    await page.goto("/dashboard");
    await expect(currentTier(page)).toHaveText("Getting started");
    await expect(
      main(page).getByText("Toward tier 1 · Foundations", { exact: true }),
    ).toBeVisible();
    await expect(nextSteps(page).getByRole("listitem")).toHaveCount(FOUNDATIONS.length);
    for (const title of FOUNDATIONS)
      await expect(stepTitled(nextSteps(page), title), title).toBeVisible();

    // Skills on /skills.
    await page.goto("/skills");
    for (const [slug, level, label] of TIER_ONE_SKILLS)
      await setSkillLevel(page, slug, level, label);
    await page.reload();
    for (const [slug, level, label] of TIER_ONE_SKILLS) {
      await expect(
        page
          .locator(`[data-skill="${slug}"]`)
          .getByRole("radio", { name: `${level} ${label}`, exact: true }),
        slug,
      ).toBeChecked();
    }

    // 20 hours on /log: two entries of 600 minutes, dated today (the form's default).
    const before = todayUtc();
    await page.goto("/log");
    const date = await page.getByLabel("Date", { exact: true }).inputValue();
    expect([before, todayUtc()]).toContain(date);
    await logMinutes(page, 600, "Linear algebra and probability bootcamp, day 1");
    await logMinutes(page, 600, "Linear algebra and probability bootcamp, day 2");
    await expect(
      page.getByRole("region", { name: `Week of ${mondayOf(date)}` }).getByTestId("week-total"),
    ).toHaveText("20 h");

    // Everything but the project: still no tier, and the project is the one step left.
    await page.goto("/dashboard");
    await expect(currentTier(page)).toHaveText("Getting started");
    await expect(nextSteps(page).getByRole("listitem")).toHaveCount(1);
    const projectStep = nextSteps(page)
      .getByRole("listitem")
      .filter({ has: page.getByText("A portfolio project started", { exact: true }) });
    await expect(projectStep).toContainText("0/1 project");

    // The last piece of evidence: a project being built, on /projects.
    await page.goto("/projects");
    await page.getByLabel("Title", { exact: true }).fill("Handwritten digit recognizer");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Building" });
    await page.getByRole("button", { name: "Add project" }).click();
    await expect(main(page).getByRole("status")).toHaveText("Project saved.");
    await expect(
      page
        .getByRole("region", { name: "Your projects" })
        .getByRole("listitem")
        .filter({ hasText: "Handwritten digit recognizer" }),
    ).toContainText("Building");

    // Tier 1, and the next steps are tier 2's.
    await page.goto("/dashboard");
    await expect(currentTier(page)).toHaveText("Tier 1 · Foundations");
    await expect(
      main(page).getByText("Toward tier 2 · Entry-level ML engineer", { exact: true }),
    ).toBeVisible();
    await expect(main(page).getByText("Toward tier 1 · Foundations", { exact: true })).toHaveCount(
      0,
    );
    const steps = nextSteps(page);
    await expect(stepTitled(steps, "Python at proficient level")).toBeVisible();
    // Nearest to done first: Python is at 2 of 3.
    await expect(steps.getByRole("listitem").first()).toContainText("level 2/3");
    for (const title of FOUNDATIONS) await expect(stepTitled(steps, title), title).toHaveCount(0);
  });

  test("the roadmap shows each milestone's status for a tier-1 learner, and the target track can be set", async ({
    page,
    signedInUser,
  }) => {
    void signedInUser;
    // The tier-1 evidence of the test above, recorded through the JSON API (the screens are that test's subject).
    const api = page.request;
    for (const [slug, level] of TIER_ONE_SKILLS) {
      const r = await api.put(`/api/v1/me/skills/${slug}`, { data: { level } });
      expect(r.status(), await r.text()).toBe(200);
    }
    for (const day of [1, 2]) {
      const r = await api.post("/api/v1/me/activities", {
        data: {
          date: todayUtc(),
          minutes: 600,
          kind: "practice",
          title: `Foundations bootcamp, day ${day}`,
        },
      });
      expect(r.status(), await r.text()).toBe(201);
    }
    const project = await api.post("/api/v1/me/projects", {
      data: { title: "Handwritten digit recognizer", status: "building" },
    });
    expect(project.status(), await project.text()).toBe(201);

    await page.goto("/roadmap");
    const tierOne = main(page)
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Tier 1 · Foundations", exact: true }) });
    await expect(tierOne).toContainText("Reached · 7/7 met");

    const sql = roadmapRow(page, "SQL awareness");
    await expect(sql.getByText("Met", { exact: true })).toBeVisible();
    await expect(sql.getByText("Not yet", { exact: true })).toHaveCount(0);
    await expect(sql).toContainText("1/1");
    await expect(
      roadmapRow(page, "20 hours of study logged").getByText("Met", { exact: true }),
    ).toBeVisible();

    const python = roadmapRow(page, "Python at proficient level");
    await expect(python.getByText("Not yet", { exact: true })).toBeVisible();
    await expect(python.getByText("Met", { exact: true })).toHaveCount(0);
    await expect(python).toContainText("2/3");
    await expect(roadmapRow(page, "150 hours of study logged")).toContainText("20/150");

    // No target yet.
    const select = page.getByLabel("Your target track", { exact: true });
    await expect(select).toHaveValue("");
    await expect(main(page).getByText("Your target", { exact: true })).toHaveCount(0);

    await select.selectOption({ label: "MLOps engineer" });
    await page.getByRole("button", { name: "Set target" }).click();
    await expect(main(page).locator("form").getByRole("status")).toHaveText("Target track saved.");

    await page.reload();
    await expect(page.getByLabel("Your target track", { exact: true })).toHaveValue("mlops");
    await expect(
      trackCard(page, "MLOps engineer").getByText("Your target", { exact: true }),
    ).toBeVisible();
    await expect(main(page).getByText("Your target", { exact: true })).toHaveCount(1);
    await expect(
      trackCard(page, "Responsible AI specialist").getByText("Your target", { exact: true }),
    ).toHaveCount(0);
  });
});

test.describe("checking off milestones on the dashboard", () => {
  test("a check-off stays after a reload; a refused one rolls back with a message", async ({
    page,
    signedInUser,
  }) => {
    void signedInUser;
    await page.goto("/dashboard");
    const explained = checkOff(page, EXPLAINED);
    const crossFunctional = checkOff(page, CROSS_FUNCTIONAL);
    await expect(explained).not.toBeChecked();
    await expect(crossFunctional).not.toBeChecked();

    const saved = attestationSaved(page);
    await explained.check();
    const response = await saved;
    expect(response.status(), await response.text()).toBe(200);
    await expect(explained).toBeChecked();

    await page.reload();
    await expect(checkOff(page, EXPLAINED)).toBeChecked();
    await expect(checkOff(page, CROSS_FUNCTIONAL)).not.toBeChecked();
    // The roadmap agrees.
    await page.goto("/roadmap");
    await expect(roadmapRow(page, EXPLAINED).getByText("Attested", { exact: true })).toBeVisible();

    // The server refuses the next one.
    await page.goto("/dashboard");
    // The refusal is held back until the tick has been seen, so the test shows the box ticked, then rolled back.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/v1/me/milestones/*/attestation", async (route) => {
      await held;
      await route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "unavailable", message: "Refused for the test." } }),
      });
    });
    await expect(checkOffCard(page).getByRole("alert")).toHaveCount(0);
    await checkOff(page, CROSS_FUNCTIONAL).click();
    await expect(checkOff(page, CROSS_FUNCTIONAL)).toBeChecked();
    release();
    await expect(checkOffCard(page).getByRole("alert")).toHaveText(
      `Could not save “${CROSS_FUNCTIONAL}”: Refused for the test. It is back as it was.`,
    );
    await expect(checkOff(page, CROSS_FUNCTIONAL)).not.toBeChecked();
    // Only the refused one rolled back.
    await expect(checkOff(page, EXPLAINED)).toBeChecked();

    // Nothing reached the server.
    await page.unroute("**/api/v1/me/milestones/*/attestation");
    await page.reload();
    await expect(checkOff(page, CROSS_FUNCTIONAL)).not.toBeChecked();
    await expect(checkOff(page, EXPLAINED)).toBeChecked();
    await expect(checkOffCard(page).getByRole("alert")).toHaveCount(0);
  });
});

test.describe("public profile", () => {
  test("the demo learner's public profile shows the tier, shipped projects and valid certifications, and nothing private", async ({
    page,
    request,
  }) => {
    const api = await request.get("/api/v1/profiles/ada-learner");
    expect(api.status(), await api.text()).toBe(200);
    const profile = (await api.json()) as {
      name: string;
      headline: string | null;
      tier: { number: number; name: string };
      shippedProjects: unknown[];
      earnedCertifications: unknown[];
    };
    expect(profile.name).toBe(DEMO_LEARNER.name);
    const tierLine =
      profile.tier.number > 0
        ? `Tier ${profile.tier.number} · ${profile.tier.name}`
        : "Getting started";
    // The API tells no more than the page: no email, no study log.
    const apiText = JSON.stringify(profile);
    expect(apiText).not.toContain(DEMO_LEARNER.email);
    expect(apiText).not.toContain("fast.ai");

    const response = await page.goto("/u/ada-learner");
    expect(response?.status()).toBe(200);
    const body = page.locator("body");
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Ada Learner");
    await expect(
      main(page).getByText(new RegExp(`^${tierLine.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
    ).toBeVisible();

    // `.first()`: a development database seeded more than once may hold an older copy of a seed row.
    const shipped = main(page)
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Shipped projects" }) });
    await expect(
      shipped.getByText("Customer churn prediction", { exact: true }).first(),
    ).toBeVisible();
    // Only shipped ones: not the one being built nor the idea.
    await expect(body).not.toContainText("CIFAR-10 image classifier in PyTorch");
    await expect(body).not.toContainText("Fairness audit of a credit-scoring model");

    const certs = main(page)
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Certifications" }) });
    await expect(
      certs.getByText("AWS Certified Machine Learning – Specialty", { exact: true }).first(),
    ).toBeVisible();
    await expect(body).not.toContainText("Professional Machine Learning Engineer"); // planned
    await expect(body).not.toContainText("TensorFlow Developer Certificate"); // expired

    // Nothing of the study log (nor reading list, events or email).
    for (const text of [
      "fast.ai Practical Deep Learning",
      "SQL window functions practice",
      "Churn model: feature engineering",
      "Took notes on what to revisit",
      "Attention Is All You Need",
      "PyData Berlin meetup",
      DEMO_LEARNER.email,
    ]) {
      await expect(body, text).not.toContainText(text);
    }

    // Open Graph tags, in the HTML the page was served with.
    const title = `Ada Learner — ${tierLine}`;
    const description =
      profile.headline ??
      `${profile.shippedProjects.length} shipped projects, ${profile.earnedCertifications.length} certifications on the path to AI/ML engineer.`;
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      "content",
      description,
    );
    const html = await (
      await request.get("/u/ada-learner", { headers: { "User-Agent": "facebookexternalhit/1.1" } })
    ).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toMatch(/<meta[^>]+property="og:title"[^>]*>/);
    expect(head).toMatch(/<meta[^>]+property="og:description"[^>]*>/);
    expect(head).toContain(`content="${title}"`);
  });

  test("a new user's profile is public only while the box is ticked and an address is set", async ({
    page,
    request,
    signedInUser,
  }) => {
    const slug = `e2e-${randomBytes(5).toString("hex")}`;
    const profileApi = () => request.get(`/api/v1/profiles/${slug}`);
    const publicBox = page.getByLabel("Show my name, headline, tier", { exact: false });
    const address = page.getByLabel("Profile address", { exact: true });
    const save = async () => {
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.locator("form").getByRole("status")).toHaveText("Profile saved.");
    };

    let r = await profileApi();
    expect(r.status()).toBe(404);

    // An address alone does not publish it.
    await page.goto("/settings");
    await expect(publicBox).not.toBeChecked();
    await address.fill(slug);
    await save();
    r = await profileApi();
    expect(r.status(), await r.text()).toBe(404);
    expect(await r.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await page.request.get(`/u/${slug}`)).status()).toBe(404);

    // Ticked: public.
    await page.reload();
    await expect(address).toHaveValue(slug);
    await publicBox.check();
    await save();
    r = await profileApi();
    expect(r.status(), await r.text()).toBe(200);
    expect(await r.json()).toMatchObject({ name: signedInUser.name, slug, tier: { number: 0 } });

    const shown = await page.goto(`/u/${slug}`);
    expect(shown?.status()).toBe(200);
    await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(signedInUser.name);
    await expect(main(page).getByText("Getting started", { exact: true })).toBeVisible();

    // Unticked again: gone.
    await page.goto("/settings");
    await expect(publicBox).toBeChecked();
    await publicBox.uncheck();
    await save();
    r = await profileApi();
    expect(r.status(), await r.text()).toBe(404);
    const gone = await page.goto(`/u/${slug}`);
    expect(gone?.status()).toBe(404);
    await expect(page.getByText(signedInUser.name)).toHaveCount(0);
  });
});
