import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import {
  AuthPages,
  expect,
  registerUser,
  signedInContext,
  test,
  uniqueCredentials,
} from "./fixtures";

/*
 * Roster import through the screens: an organizer pastes a list on the cohort page and sees
 * each person's link (no SMTP here), a new learner signs up with an invited email through
 * their link and joins, someone else's account is refused, and the organizer sees "joined".
 */

const main = (page: Page) => page.getByRole("main");
const card = (page: Page, title: string) =>
  main(page)
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: title }) });
const invitation = (page: Page, email: string) =>
  page.getByTestId("invitation").and(page.locator(`[data-email="${email}"]`));

test.describe("roster import", () => {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  test("an organizer invites a list; an invited learner signs up through their link and joins", async ({
    page,
    auth,
    user: organizer,
    browser,
    baseURL,
  }) => {
    // Four browsers and two sign-ups: on a busy machine that outlasts 30 s.
    test.slow();
    await auth.signIn(organizer);
    const name = `Roster ${randomBytes(3).toString("hex")} Cohort`;
    await page.goto("/cohorts");
    await card(page, "Create a cohort").getByLabel("Name", { exact: true }).fill(name);
    await card(page, "Create a cohort").getByRole("button", { name: "Create cohort" }).click();
    await expect(page).toHaveURL(/\/cohorts\/[a-z0-9-]+$/);
    const slug = new URL(page.url()).pathname.split("/").pop()!;

    const learner = uniqueCredentials();
    const other = uniqueCredentials();
    const roster = card(page, "Invite a list");
    await roster
      .getByLabel("Emails, one per line (a name after a comma is optional)")
      .fill(
        `email,name\n${learner.email.toUpperCase()},"${learner.name}"\n${other.email}\nnot-an-email,Nobody\n`,
      );
    await roster.getByRole("button", { name: "Invite", exact: true }).click();
    await expect(roster.getByRole("status")).toHaveText("2 invited, 1 row refused.");
    await expect(roster.getByTestId("roster-invalid")).toHaveText(
      "Row 4 · not-an-email: is not a valid email address",
    );
    await expect(invitation(page, learner.email).getByTestId("invitation-status")).toHaveText(
      "invited",
    );
    const link = await invitation(page, learner.email).getByTestId("invitation-link").inputValue();
    expect(link).toMatch(/\/cohorts\/invitation\/[A-Za-z0-9_-]{43}$/);
    const linkPath = new URL(link).pathname;

    // Importing the same list again invites no one twice.
    await roster
      .getByLabel("Emails, one per line (a name after a comma is optional)")
      .fill(`${learner.email}\n${other.email}\n`);
    await roster.getByRole("button", { name: "Invite", exact: true }).click();
    await expect(roster.getByRole("status")).toHaveText(
      "0 invited, 2 already invited or in the cohort.",
    );
    await expect(page.getByTestId("invitation")).toHaveCount(2);

    // Someone else, signed in, cannot use the learner's link.
    const stranger = await registerUser(page.request, uniqueCredentials());
    const sc = await browser.newContext({ baseURL });
    contexts.push(sc);
    const sp = await sc.newPage();
    await new AuthPages(sp).signIn(stranger);
    await sp.goto(linkPath);
    await expect(sp.getByTestId("invitation-problem")).toContainText(
      `This invitation is for ${learner.email}`,
    );
    await expect(main(sp).getByRole("button", { name: `Join ${name}` })).toHaveCount(0);

    // The learner, signed out in a browser of their own, follows the link and signs up.
    const lc = await browser.newContext({ baseURL });
    contexts.push(lc);
    const lp = await lc.newPage();
    await lp.goto(linkPath);
    await expect(main(lp).getByText(`You are invited to ${name}`)).toBeVisible();
    await main(lp).getByRole("link", { name: "Sign up" }).click();
    await expect(lp).toHaveURL(`/sign-up?callbackUrl=${encodeURIComponent(linkPath)}`);
    await new AuthPages(lp).submitSignUp(learner);
    await expect(lp).toHaveURL(linkPath);
    await main(lp)
      .getByRole("button", { name: `Join ${name}` })
      .click();
    await expect(lp).toHaveURL(`/cohorts/${slug}?joined=1`);
    await expect(lp.getByRole("heading", { level: 1 })).toHaveText(name);

    // The organizer reloads: joined, and the link is gone.
    await page.reload();
    await expect(invitation(page, learner.email).getByTestId("invitation-status")).toHaveText(
      "joined",
    );
    await expect(invitation(page, learner.email).getByTestId("invitation-link")).toHaveCount(0);
    await expect(invitation(page, other.email).getByTestId("invitation-status")).toHaveText(
      "invited",
    );
    await expect(card(page, "Invite a list")).toContainText("(2: 1 joined, 1 not yet)");
  });

  test("an unknown link says so", async ({ page }) => {
    await page.goto(`/cohorts/invitation/${"A".repeat(43)}`);
    await expect(page.getByTestId("invitation-problem")).toContainText(
      "This invitation link is not valid",
    );
  });
});

test("the invitations list dates each invitation where the organizer lives, not where the server runs", async ({
  browser,
  baseURL,
  request,
}) => {
  // One of these two zones is on another calendar day than UTC at any hour.
  const isoIn = (timeZone: string) =>
    new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const timezone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find(
    (z) => isoIn(z) !== isoIn("UTC"),
  )!;
  const organizer = uniqueCredentials();
  const registered = await request.post("/api/v1/register", { data: { ...organizer, timezone } });
  expect(registered.status(), await registered.text()).toBe(201);
  const { context, page } = await signedInContext(browser, baseURL, organizer);
  try {
    const created = await page.request.post("/api/v1/cohorts", {
      data: { name: `Zones ${randomBytes(3).toString("hex")}` },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    const email = `zone-${randomBytes(4).toString("hex")}@example.com`;
    const invited = await page.request.post(`/api/v1/cohorts/${slug}/invitations`, {
      data: { emails: [email] },
    });
    expect(invited.status(), await invited.text()).toBe(200);
    await page.goto(`/cohorts/${slug}`);
    const localDay = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      month: "short",
      day: "numeric",
      year: "numeric",
    }).format(new Date());
    await expect(invitation(page, email)).toContainText(`invited ${localDay}`);
  } finally {
    await context.close();
  }
});
