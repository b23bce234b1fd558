import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { AuthPages, DEMO_LEARNER, expect, test as base } from "./fixtures";

/*
 * The learner's records through the screens: the study log, the four record
 * screens (/certifications, /projects, /reading, /events), the skill board,
 * and the data section of the settings. Every test that writes signs up a user
 * of its own (the `signedInUser` fixture: registered through the API, signed
 * in through the form); the demo learner is only read.
 *
 * New accounts keep their dates in UTC, so "today" is the UTC date.
 */

/** Every test here runs as a new user, signed in on `page` (on the dashboard), except the demo learner's. */
const test = base.extend<{ newUser: void }>({
  newUser: [
    async ({ signedInUser }, provide) => {
      void signedInUser;
      await provide();
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------- dates

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const todayUtc = () => isoDay(new Date());
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDay(d);
};
/** The Monday of the calendar week (Monday to Sunday) holding `day`. */
const mondayOf = (day: string) =>
  addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
/** As the record screens print a date: "Dec 29, 2026". */
const longDate = (day: string) =>
  new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

// ---------------------------------------------------------------- screens

const main = (page: Page) => page.getByRole("main");

/** The study log's quick entry (or edit) form. */
function logForm(page: Page) {
  return {
    minutes: page.getByLabel("Minutes", { exact: true }),
    date: page.getByLabel("Date", { exact: true }),
    kind: page.getByLabel("Kind", { exact: true }),
    path: page.getByLabel("Learning path (optional)", { exact: true }),
    title: page.getByLabel("What did you do?", { exact: true }),
    submit: page.getByRole("button", { name: "Log it" }),
  };
}

/** This week's group on /log (the week holding the date the form defaults to: today in the learner's time zone). */
async function thisWeek(page: Page): Promise<Locator> {
  const today = await logForm(page).date.inputValue();
  expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return page.getByRole("region", { name: `Week of ${mondayOf(today)}` });
}

/** The row of the study log (or of a record list) that shows `title`. */
const rowOf = (scope: Locator, title: string) =>
  scope.getByRole("listitem").filter({ hasText: title });

/** Logs an activity through the quick entry form, as a person would, and waits for it to be listed. */
async function logActivity(page: Page, a: { minutes: number; title: string; kind?: string }) {
  if (new URL(page.url()).pathname !== "/log") await page.goto("/log");
  const form = logForm(page);
  await form.minutes.fill(String(a.minutes));
  await form.title.fill(a.title);
  if (a.kind) await form.kind.selectOption({ label: a.kind });
  await form.submit.click();
  await expect(main(page).getByRole("status")).toHaveText("Activity saved.");
  await expect(rowOf(await thisWeek(page), a.title)).toHaveCount(1);
}

/** The list of a record screen ("Your projects", "Your reading list", …). */
const listOf = (page: Page, name: string) => page.getByRole("region", { name });

async function download(page: Page, link: Locator): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(await file.failure()).toBeNull();
  return { file, text: await readFile((await file.path())!, "utf8") };
}

// ---------------------------------------------------------------- tests

test.describe("creating records through the screens", () => {
  test("an activity logged on /log shows in this week's group with the week's total, and stays after a reload", async ({
    page,
  }) => {
    const before = todayUtc();
    await page.goto("/log");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study log");
    const form = logForm(page);
    // The date defaults to today in the learner's time zone (UTC for a new account).
    const after = todayUtc();
    expect([before, after]).toContain(await form.date.inputValue());
    await expect(page.getByText("Nothing logged in these weeks yet.")).toBeVisible();
    const week = await thisWeek(page);
    await expect(week.getByTestId("week-total")).toHaveText("0 min");

    await form.minutes.fill("45");
    await form.title.fill("Backprop chapter, exercises 1–4");
    await form.kind.selectOption({ label: "Reading" });
    await form.path.selectOption({ label: "Formal education" });
    await form.title.press("Enter");

    await expect(main(page).getByRole("status")).toHaveText("Activity saved.");
    const row = rowOf(week, "Backprop chapter, exercises 1–4");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("· 45 min");
    await expect(row).toContainText("Reading");
    await expect(week.getByTestId("week-total")).toHaveText("45 min");
    await expect(page.getByText("Nothing logged in these weeks yet.")).toHaveCount(0);
    // The form is ready for the next entry.
    await expect(form.minutes).toHaveValue("");
    await expect(form.title).toHaveValue("");

    // A second entry is a new activity (not the first one again) and adds to the week.
    await form.minutes.fill("30");
    await form.title.fill("SQL window functions drill");
    await form.submit.click();
    await expect(rowOf(week, "SQL window functions drill")).toContainText("· 30 min");
    await expect(week.getByTestId("week-total")).toHaveText("1 h 15 min");

    await page.reload();
    const reloaded = await thisWeek(page);
    await expect(reloaded.getByRole("listitem")).toHaveCount(2);
    await expect(rowOf(reloaded, "Backprop chapter, exercises 1–4")).toContainText("· 45 min");
    await expect(rowOf(reloaded, "Backprop chapter, exercises 1–4")).toContainText("Reading");
    await expect(rowOf(reloaded, "SQL window functions drill")).toContainText("· 30 min");
    await expect(reloaded.getByTestId("week-total")).toHaveText("1 h 15 min");
  });

  test("an earned certification expiring in 30 days is listed as expiring soon, and stays after a reload", async ({
    page,
  }) => {
    const expires = addDays(todayUtc(), 30);
    await page.goto("/certifications");
    await expect(page.getByText("No certifications yet.", { exact: false })).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill("Azure AI Engineer Associate");
    await page.getByLabel("Issuer", { exact: true }).fill("Microsoft");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Earned" });
    await page.getByLabel("Issue date (optional)", { exact: true }).fill(addDays(todayUtc(), -335));
    await page.getByLabel("Expiry date (optional)", { exact: true }).fill(expires);
    await page.getByRole("button", { name: "Add certification" }).click();
    await expect(main(page).getByRole("status")).toHaveText("Certification saved.");

    for (const pass of ["after submit", "after reload"]) {
      if (pass === "after reload") await page.reload();
      const row = rowOf(listOf(page, "Your certifications"), "Azure AI Engineer Associate");
      await expect(row, pass).toHaveCount(1);
      await expect(row, pass).toContainText("Microsoft");
      await expect(row, pass).toContainText("Earned");
      await expect(row, pass).toContainText("Expires soon");
      await expect(row, pass).toContainText(`Expires ${longDate(expires)}`);
      await expect(row, pass).not.toContainText("Expired");
    }
  });

  test("a shipped open-source project is listed with its badges and repository link, and stays after a reload", async ({
    page,
  }) => {
    const repo = "https://github.com/example/tiny-llm-eval";
    await page.goto("/projects");
    await page.getByLabel("Title", { exact: true }).fill("Tiny LLM evaluation harness");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Shipped" });
    await page.getByLabel("Repository URL (optional)", { exact: true }).fill(repo);
    await page.getByLabel("This is an open-source contribution").check();
    await page
      .getByLabel("Summary (optional)", { exact: true })
      .fill("Runs a prompt suite against three models.");
    await page.getByRole("button", { name: "Add project" }).click();
    await expect(main(page).getByRole("status")).toHaveText("Project saved.");

    for (const pass of ["after submit", "after reload"]) {
      if (pass === "after reload") await page.reload();
      const row = rowOf(listOf(page, "Your projects"), "Tiny LLM evaluation harness");
      await expect(row, pass).toHaveCount(1);
      await expect(row, pass).toContainText("Shipped");
      await expect(row, pass).toContainText("Open source");
      await expect(row, pass).toContainText("Runs a prompt suite against three models.");
      const link = row.getByRole("link", { name: "Repository", exact: true });
      await expect(link, pass).toHaveAttribute("href", repo);
      await expect(link, pass).toHaveAttribute("rel", /noopener/);
      await expect(row.getByRole("link", { name: "Demo", exact: true }), pass).toHaveCount(0);
    }
  });

  test("a paper added on /reading is listed with its link and status, and stays after a reload", async ({
    page,
  }) => {
    await page.goto("/reading");
    await expect(page.getByText("Your reading list is empty.", { exact: false })).toBeVisible();
    await page.getByLabel("Title", { exact: true }).fill("Language Models are Few-Shot Learners");
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Reading" });
    await page
      .getByLabel("Link (optional)", { exact: true })
      .fill("https://arxiv.org/abs/2005.14165");
    await page
      .getByLabel("Topic (optional)", { exact: true })
      .selectOption({ label: "Responsible AI specialist" });
    await page.getByRole("button", { name: "Add paper" }).click();
    await expect(main(page).getByRole("status")).toHaveText("Paper saved.");

    for (const pass of ["after submit", "after reload"]) {
      if (pass === "after reload") await page.reload();
      const list = listOf(page, "Your reading list");
      const row = rowOf(list, "Language Models are Few-Shot Learners");
      await expect(row, pass).toHaveCount(1);
      await expect(
        row.getByRole("link", { name: "Language Models are Few-Shot Learners", exact: true }),
        pass,
      ).toHaveAttribute("href", "https://arxiv.org/abs/2005.14165");
      await expect(row, pass).toContainText("Reading");
      await expect(row, pass).toContainText("Responsible AI specialist");
      await expect(
        page.getByText("Your reading list is empty.", { exact: false }),
        pass,
      ).toHaveCount(0);
    }
  });

  test("an event added on /events is listed with its kind and date, and stays after a reload", async ({
    page,
  }) => {
    const before = todayUtc();
    await page.goto("/events");
    // The date defaults to today.
    const date = page.getByLabel("Date", { exact: true });
    expect([before, todayUtc()]).toContain(await date.inputValue());
    const day = addDays(todayUtc(), -3);
    await page.getByLabel("Event", { exact: true }).fill("MLOps Community meetup");
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Conference" });
    await date.fill(day);
    await page.getByRole("button", { name: "Add event" }).click();
    await expect(main(page).getByRole("status")).toHaveText("Event saved.");

    for (const pass of ["after submit", "after reload"]) {
      if (pass === "after reload") await page.reload();
      const row = rowOf(listOf(page, "Your events"), "MLOps Community meetup");
      await expect(row, pass).toHaveCount(1);
      await expect(row, pass).toContainText("Conference");
      await expect(row, pass).toContainText(longDate(day));
    }
  });
});

test.describe("field errors", () => {
  test("an activity of 0 minutes is refused with an error on Minutes, and nothing is logged", async ({
    page,
  }) => {
    await page.goto("/log");
    const form = logForm(page);
    await form.minutes.fill("0");
    await form.title.fill("Nothing really");
    await form.submit.click();

    await expect(main(page).getByRole("alert")).toHaveText(
      "Please correct the highlighted fields.",
    );
    await expect(form.minutes).toHaveAttribute("aria-invalid", "true");
    await expect(form.minutes).toHaveAccessibleDescription("Minutes must be at least 1.");
    await expect(form.title).not.toHaveAttribute("aria-invalid", "true");
    // What was typed is still there to correct, not wiped by the refused submit.
    await expect.soft(form.minutes).toHaveValue("0");
    await expect.soft(form.title).toHaveValue("Nothing really");

    await page.reload();
    const week = await thisWeek(page);
    await expect(week.getByRole("listitem")).toHaveCount(0);
    await expect(week.getByTestId("week-total")).toHaveText("0 min");
    await expect(page.getByText("Nothing logged in these weeks yet.")).toBeVisible();
  });

  test("a javascript: repository URL is refused with an error on Repository URL, and nothing is saved", async ({
    page,
  }) => {
    await page.goto("/projects");
    const repo = page.getByLabel("Repository URL (optional)", { exact: true });
    await page.getByLabel("Title", { exact: true }).fill("Sneaky link");
    await repo.fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Add project" }).click();

    await expect(main(page).getByRole("alert")).toHaveText(
      "Please correct the highlighted fields.",
    );
    await expect(repo).toHaveAttribute("aria-invalid", "true");
    await expect(repo).toHaveAccessibleDescription("Repository URL must be an http(s) URL.");

    await page.reload();
    await expect(page.getByText("No projects yet.", { exact: false })).toBeVisible();
    await expect(listOf(page, "Your projects").getByRole("listitem")).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });
});

test.describe("editing and deleting", () => {
  test("an activity's minutes are edited, then it is deleted after confirming", async ({
    page,
  }) => {
    const title = "Attention paper re-derivation";
    await logActivity(page, { minutes: 45, title });
    let week = await thisWeek(page);
    await expect(week.getByTestId("week-total")).toHaveText("45 min");

    await week.getByRole("link", { name: `Edit ${title}` }).click();
    await expect(page).toHaveURL(/\/log\?edit=[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Edit activity" })).toBeVisible();
    const form = logForm(page);
    await expect(form.minutes).toHaveValue("45");
    await expect(form.title).toHaveValue(title);
    await form.minutes.fill("90");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL("/log?saved=1");
    await expect(main(page).getByRole("status")).toHaveText("Activity updated.");
    await expect(page.getByRole("heading", { name: "Log study time" })).toBeVisible();
    week = await thisWeek(page);
    await expect(week.getByRole("listitem")).toHaveCount(1);
    await expect(rowOf(week, title)).toContainText("· 1 h 30 min");
    await expect(week.getByTestId("week-total")).toHaveText("1 h 30 min");

    // Dismissing the confirmation keeps it.
    const asked: string[] = [];
    page.once("dialog", async (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await week.getByRole("button", { name: `Delete ${title}` }).click();
    await expect.poll(() => asked).toEqual([`confirm: Delete “${title}”? This cannot be undone.`]);
    await page.reload();
    week = await thisWeek(page);
    await expect(rowOf(week, title)).toHaveCount(1);

    // Accepting it deletes it.
    page.once("dialog", async (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.accept();
    });
    await week.getByRole("button", { name: `Delete ${title}` }).click();
    await expect(rowOf(week, title)).toHaveCount(0);
    await expect(week.getByTestId("week-total")).toHaveText("0 min");
    expect(asked).toHaveLength(2);

    await page.reload();
    week = await thisWeek(page);
    await expect(week.getByRole("listitem")).toHaveCount(0);
    await expect(week.getByTestId("week-total")).toHaveText("0 min");
    await expect(page.getByText("Nothing logged in these weeks yet.")).toBeVisible();
  });
});

test.describe("stored markup", () => {
  test("an event titled with HTML shows as literal text and runs nothing", async ({ page }) => {
    const title = `<img src=x onerror="window.__pwned=1">`;
    const notes = `<script>window.__pwned=2</script><b>bold?</b>`;
    await page.goto("/events");
    await page.getByLabel("Event", { exact: true }).fill(title);
    await page.getByLabel("Notes (optional)", { exact: true }).fill(notes);
    await page.getByRole("button", { name: "Add event" }).click();
    await expect(main(page).getByRole("status")).toHaveText("Event saved.");

    for (const pass of ["after submit", "after reload"]) {
      if (pass === "after reload") await page.reload();
      const list = listOf(page, "Your events");
      await expect(list.getByText(title, { exact: true }), pass).toBeVisible();
      await expect(list.getByText(notes, { exact: true }), pass).toBeVisible();
      await expect(list.locator("img, script, b"), pass).toHaveCount(0);
      await expect(list.getByRole("button", { name: `Delete ${title}` }), pass).toHaveCount(1);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
        pass,
      ).toBeUndefined();
    }
  });
});

test.describe("skills", () => {
  const skillRow = (page: Page, slug: string) => page.locator(`[data-skill="${slug}"]`);
  const level = (row: Locator, name: string) => row.getByRole("radio", { name, exact: true });
  /** The skill's messages (the board's alerts; Next's route announcer is an empty alert of its own). */
  const alerts = (page: Page) => main(page).getByRole("alert");

  test("a level chosen on the skill board is saved", async ({ page }) => {
    await page.goto("/skills");
    const python = skillRow(page, "python");
    await expect(level(python, "0 None")).toBeChecked();

    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/me/skills/python") && r.request().method() === "PUT",
    );
    await python.getByText("Proficient", { exact: true }).click();
    const response = await saved;
    expect(response.status(), await response.text()).toBe(200);
    await expect(level(python, "3 Proficient")).toBeChecked();
    await expect(level(python, "0 None")).not.toBeChecked();
    await expect(alerts(page)).toHaveCount(0);

    await page.reload();
    await expect(level(skillRow(page, "python"), "3 Proficient")).toBeChecked();
    await expect(python.getByRole("radio", { checked: true })).toHaveCount(1);
  });

  test("a level the server refuses rolls back, with a message", async ({ page }) => {
    await page.goto("/skills");
    const sql = skillRow(page, "sql");
    await expect(level(sql, "0 None")).toBeChecked();
    await page.route("**/api/v1/me/skills/sql", (route) =>
      route.fulfill({
        status: 422,
        contentType: "application/json",
        body: JSON.stringify({
          error: { code: "validation_failed", message: "Refused for the test." },
        }),
      }),
    );

    await sql.getByText("Practicing", { exact: true }).click();
    await expect(alerts(page)).toHaveText([
      "Could not save SQL: Refused for the test. It is back at its previous level.",
    ]);
    await expect(page.locator("li").filter({ has: sql }).getByRole("alert")).toHaveCount(1);
    await expect(level(sql, "0 None")).toBeChecked();
    await expect(level(sql, "2 Practicing")).not.toBeChecked();

    // Nothing reached the server: after a reload it is still at 0.
    await page.unroute("**/api/v1/me/skills/sql");
    await page.reload();
    await expect(level(skillRow(page, "sql"), "0 None")).toBeChecked();
    await expect(alerts(page)).toHaveCount(0);
  });
});

test.describe("your data", () => {
  test("the JSON export holds the logged activity; the activities CSV has a header row", async ({
    page,
    signedInUser,
  }) => {
    const title = "Exported: gradient descent notebook";
    await logActivity(page, { minutes: 45, title, kind: "Practice" });

    await page.goto("/settings");
    const json = await download(
      page,
      main(page).getByRole("link", { name: "Download everything (JSON)" }),
    );
    expect(json.file.suggestedFilename()).toMatch(/^epoch-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(json.text) as {
      account: { email: string };
      activities: Record<string, unknown>[];
    };
    expect(doc.account.email).toBe(signedInUser.email);
    expect(doc.activities).toEqual([
      expect.objectContaining({ title, minutes: 45, kind: "practice" }),
    ]);

    const csv = await download(
      page,
      main(page).getByRole("link", { name: "Study log", exact: true }),
    );
    expect(csv.file.suggestedFilename()).toMatch(/^epoch-activities-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("id,date,minutes,kind,title,path,skills,notes,url,createdAt,updatedAt");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,45,practice,${title},`);
  });

  test("deleting the account needs the right password and the box ticked, then the credentials stop working", async ({
    page,
    auth,
    signedInUser,
  }) => {
    await page.goto("/settings");
    const password = page.getByLabel("Your password", { exact: true });
    const confirm = page.getByLabel("I understand that my account", { exact: false });
    const submit = page.getByRole("button", { name: "Delete my account" });

    // Without the box ticked.
    await password.fill(signedInUser.password);
    await submit.click();
    await expect(page.getByText("Tick the box to confirm.")).toBeVisible();
    await expect(page).toHaveURL("/settings");

    // The wrong password.
    await password.fill(`${signedInUser.password}-wrong`);
    await confirm.check();
    await submit.click();
    await expect(password).toHaveAccessibleDescription("Password is incorrect.");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL("/settings");

    // The right one, with the box ticked.
    await password.fill(signedInUser.password);
    await confirm.check();
    await submit.click();
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(main(page).getByRole("status")).toHaveText(
      "Your account and everything in it have been deleted.",
    );

    // Signed out, and the credentials no longer sign in (the one deliberate failed sign-in of this file).
    await page.goto("/dashboard");
    await auth.expectSentToSignIn("/dashboard");
    await auth.submitSignIn(signedInUser);
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "The email or password is incorrect.",
    );
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

base.describe("the demo learner's seeded records (read-only)", () => {
  // `.first()`: a development database seeded more than once may hold an older copy of a seed row.
  base("each record screen lists what the seed gave them", async ({ page }) => {
    await new AuthPages(page).signIn(DEMO_LEARNER);

    await page.goto("/log");
    const weeks = main(page).getByRole("region", { name: /^Week of \d{4}-\d{2}-\d{2}$/ });
    await expect(weeks.getByRole("listitem").first()).toBeVisible();
    await expect(
      weeks
        .getByRole("listitem")
        .filter({ hasText: /fast\.ai Practical Deep Learning, lesson \d+/ })
        .first(),
    ).toBeVisible();

    await page.goto("/certifications");
    const certs = listOf(page, "Your certifications");
    await expect(rowOf(certs, "AWS Certified Machine Learning – Specialty").first()).toContainText(
      "Expires soon",
    );
    await expect(rowOf(certs, "TensorFlow Developer Certificate").first()).toContainText(
      "Expired — no longer counts",
    );

    await page.goto("/projects");
    const churn = rowOf(listOf(page, "Your projects"), "Customer churn prediction").first();
    await expect(churn).toContainText("Shipped");
    await expect(churn.getByRole("link", { name: "Repository", exact: true })).toHaveAttribute(
      "href",
      "https://github.com/example/churn-prediction",
    );

    await page.goto("/reading");
    await expect(
      rowOf(listOf(page, "Your reading list"), "Attention Is All You Need").first(),
    ).toContainText("Read");

    await page.goto("/events");
    await expect(rowOf(listOf(page, "Your events"), "PyData Berlin meetup").first()).toContainText(
      "Meetup",
    );
  });
});
