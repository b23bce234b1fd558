import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, registerUser, signedInContext, test } from "./fixtures";

/*
 * A cohort's own milestones across roles: the organizer adds one with a due date on the
 * cohort page; the member sees it on their dashboard in a section named after the cohort,
 * flagged overdue, and checks it off there; the organizer reloads the cohort page and sees
 * the completion change, and the CSV carries it; an edit keeps the check-off; a delete asks
 * first. Every test makes its own users and cohort.
 */

const main = (page: Page) => page.getByRole("main");
const card = (page: Page, title: string | RegExp) =>
  main(page)
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: title }) });

const isoDay = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

test("journey: organizer adds a milestone, the member checks it off on the dashboard, the organizer sees it, the CSV has it", async ({
  page,
  signedInUser,
  browser,
  baseURL,
  request,
}) => {
  test.slow();
  void signedInUser;
  const name = `Milestones ${randomBytes(3).toString("hex")} Bootcamp`;
  const created = await page.request.post("/api/v1/cohorts", { data: { name } });
  expect(created.status(), await created.text()).toBe(201);
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };

  const memberCredentials = await registerUser(request);
  const member = await signedInContext(browser, baseURL, memberCredentials);
  try {
    const joined = await member.page.request.post("/api/v1/cohorts/join", {
      data: { code: inviteCode },
    });
    expect(joined.status(), await joined.text()).toBe(200);

    // The organizer adds a milestone due a week ago (so it is overdue) on the cohort page.
    await page.goto(`/cohorts/${slug}`);
    const section = card(page, "Cohort milestones");
    await expect(section).toContainText("No milestones of the cohort’s own yet.");
    const add = section.locator("details").filter({ hasText: "Add a milestone" });
    await add.locator("summary").click();
    await add.getByLabel("Title").fill("Present your project");
    await add.getByLabel("Due date (optional)").fill(isoDay(-7));
    await add.getByLabel("Description (optional)").fill("Five minutes on demo day.");
    await expect(add.getByLabel("Met when")).toHaveValue("attested");
    await add.getByRole("button", { name: "Add milestone" }).click();
    await expect(add.getByRole("status")).toContainText("Milestone “Present your project” added.");
    const listed = section.getByTestId("cohort-milestones").locator("li").first();
    await expect(listed).toContainText("Present your project");
    await expect(listed.getByTestId("completion")).toHaveText("0 of 1 done");
    await expect(listed).toContainText("Overdue");

    // A member may not add one (403).
    const refused = await member.page.request.post(`/api/v1/cohorts/${slug}/milestones`, {
      data: { title: "Mine", kind: "attested" },
    });
    expect(refused.status()).toBe(403);

    // The member's dashboard: a section named after the cohort, the due date, overdue.
    await member.page.goto("/dashboard");
    const mine = card(member.page, name);
    await expect(mine).toContainText("Present your project");
    await expect(mine).toContainText("Overdue");
    await expect(mine).toContainText(/due \w{3} \d{1,2}, \d{4}/);
    const box = mine.getByRole("checkbox", { name: "Done: Present your project" });
    await expect(box).toBeEnabled();
    await box.check();
    await expect(mine.getByText("Done", { exact: true }).first()).toBeVisible();
    await expect(mine).not.toContainText("Overdue");
    await member.page.reload();
    await expect(card(member.page, name).getByRole("checkbox")).toBeChecked();

    // The organizer reloads: completion changed.
    await page.reload();
    await expect(
      card(page, "Cohort milestones")
        .getByTestId("cohort-milestones")
        .locator("li")
        .first()
        .getByTestId("completion"),
    ).toHaveText("1 of 1 done");
    await expect(
      card(page, "Cohort milestones").getByTestId("cohort-milestone-members"),
    ).toContainText(memberCredentials.name);

    // The CSV has a column for it, "yes" for the member.
    const csv = await page.request.get(`/api/v1/cohorts/${slug}/export.csv`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.split("\n")[0]).toContain("milestone: Present your project");
    expect(text).toMatch(new RegExp(`${memberCredentials.name}.*,yes`));

    // An edit keeps the member's check-off.
    const first = card(page, "Cohort milestones")
      .getByTestId("cohort-milestones")
      .locator("li")
      .first();
    const edit = first.locator("details");
    await edit.locator("summary").click();
    await edit.getByLabel("Title").fill("Present your project on demo day");
    await edit.getByRole("button", { name: "Save milestone" }).click();
    await expect(edit.getByRole("status")).toContainText("Milestone saved.");
    const asMember = await member.page.request.get(`/api/v1/cohorts/${slug}/milestones`);
    const { items } = (await asMember.json()) as {
      items: { title: string; completion: { met: boolean; attested: boolean } }[];
    };
    expect(items).toEqual([
      expect.objectContaining({
        title: "Present your project on demo day",
        completion: { met: true, attested: true },
      }),
    ]);
    await member.page.goto("/dashboard");
    await expect(card(member.page, name)).toContainText("Present your project on demo day");

    // Deleting asks first; dismissed, nothing changes; accepted, it is gone.
    await page.reload();
    const del = card(page, "Cohort milestones").getByRole("button", { name: "Delete" });
    page.once("dialog", (d) => void d.dismiss());
    await del.click();
    await expect(card(page, "Cohort milestones").getByTestId("cohort-milestones")).toHaveCount(1);
    let question = "";
    page.once("dialog", (d) => {
      question = d.message();
      void d.accept();
    });
    await del.click();
    await expect(card(page, "Cohort milestones")).toContainText(
      "No milestones of the cohort’s own yet.",
    );
    expect(question).toContain("Delete “Present your project on demo day”?");
    await member.page.goto("/dashboard");
    await expect(card(member.page, name)).toHaveCount(0);
  } finally {
    await member.context.close();
  }
});

test("the organizer's form names the field at fault and keeps the page", async ({
  page,
  signedInUser,
}) => {
  void signedInUser;
  const name = `Milestones ${randomBytes(3).toString("hex")} Form`;
  const created = await page.request.post("/api/v1/cohorts", { data: { name } });
  const { slug } = (await created.json()) as { slug: string };
  await page.goto(`/cohorts/${slug}`);
  const add = card(page, "Cohort milestones")
    .locator("details")
    .filter({ hasText: "Add a milestone" });
  await add.locator("summary").click();
  await add.getByLabel("Title").fill("Log hours");
  await add.getByLabel("Met when").selectOption("hours");
  await add.getByLabel("Hours").fill("0");
  await add.getByRole("button", { name: "Add milestone" }).click();
  await expect(add.getByText("Hours must be more than 0.")).toBeVisible();
  // What was typed is still there.
  await expect(add.getByLabel("Title")).toHaveValue("Log hours");
  await expect(add.getByLabel("Met when")).toHaveValue("hours");
  await add.getByLabel("Hours").fill("12");
  await add.getByRole("button", { name: "Add milestone" }).click();
  await expect(add.getByRole("status")).toContainText("Milestone “Log hours” added.");
  await expect(card(page, "Cohort milestones")).toContainText("12 h logged");
});

test("a member's dashboard shows the first six of a cohort's milestones still to do, and all on request", async ({
  page,
  signedInUser,
  browser,
  baseURL,
  request,
}) => {
  test.slow();
  void signedInUser;
  const name = `Many ${randomBytes(3).toString("hex")} Bootcamp`;
  const created = await page.request.post("/api/v1/cohorts", { data: { name } });
  expect(created.status(), await created.text()).toBe(201);
  const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };
  const TOTAL = 8;
  for (let i = 1; i <= TOTAL; i++) {
    const res = await page.request.post(`/api/v1/cohorts/${slug}/milestones`, {
      data: { title: `Week ${i} check-in`, kind: "attested", dueOn: isoDay(i) },
    });
    expect(res.status(), await res.text()).toBe(201);
  }

  const member = await signedInContext(browser, baseURL, await registerUser(request));
  try {
    const joined = await member.page.request.post("/api/v1/cohorts/join", {
      data: { code: inviteCode },
    });
    expect(joined.status(), await joined.text()).toBe(200);
    // Week 1 done: it moves behind those still to do.
    const [first] = (
      (await (await member.page.request.get(`/api/v1/cohorts/${slug}/milestones`)).json()) as {
        items: { id: string }[];
      }
    ).items;
    const attested = await member.page.request.put(
      `/api/v1/cohorts/${slug}/milestones/${first!.id}/attestation`,
      { data: { attested: true } },
    );
    expect(attested.status(), await attested.text()).toBe(200);

    await member.page.goto("/dashboard");
    const cardOf = member.page.locator(`#cohort-${slug}`);
    const items = cardOf.getByTestId(`cohort-section-${slug}`).locator("li");
    await expect(cardOf.getByTestId("cohort-done")).toHaveText(`1 of ${TOTAL} done`);
    await expect(items).toHaveCount(6);
    await expect(items.first()).toContainText("Week 2 check-in");
    await cardOf.getByRole("link", { name: `Show all ${TOTAL} milestones` }).click();
    await expect(member.page).toHaveURL(new RegExp(`/dashboard\\?cohort=${slug}#cohort-${slug}$`));
    await expect(items).toHaveCount(TOTAL);
    await expect(items.last()).toContainText("Week 1 check-in");
    await cardOf.getByRole("link", { name: "Show the first 6" }).click();
    await expect(items).toHaveCount(6);
  } finally {
    await member.context.close();
  }
});
