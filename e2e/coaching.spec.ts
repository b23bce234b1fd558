import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import {
  AuthPages,
  DEMO_PASSWORD,
  expect,
  registerUser,
  signedInContext,
  test as base,
  uniqueCredentials,
  type Credentials,
} from "./fixtures";

/*
 * Coaching through the screens (/coaching, the mentee view, the bell): a
 * learner and a coach, each a fresh account in a browser of their own. The
 * learner is the `signedInUser` fixture on `page`; the coach is registered
 * through the API and signed in in a second browser context (`coach.page`).
 * The demo coach and Ada's seeded review are only read, never decided.
 */

const DEMO_COACH: Credentials = {
  name: "Grace Coach",
  email: "coach@epoch.dev",
  password: DEMO_PASSWORD,
};

type Side = { user: Credentials; page: Page };

const test = base.extend<{ learner: Side; coach: Side }>({
  learner: async ({ page, signedInUser }, provide) => {
    await provide({ user: signedInUser, page });
  },
  coach: async ({ browser, baseURL, request }, provide) => {
    const user = await registerUser(request);
    const { context, page } = await signedInContext(browser, baseURL, user);
    await provide({ user, page });
    await context.close();
  },
});

// ---------------------------------------------------------------- screens

const unique = () => randomBytes(3).toString("hex");
const main = (page: Page) => page.getByRole("main");

/** A card of a screen: the <section> under its h2 heading. */
const card = (page: Page, title: string | RegExp) =>
  main(page)
    .locator("section")
    .filter({
      has: page.getByRole("heading", { level: 2, name: title, exact: typeof title === "string" }),
    });

/** The bell that is shown (the phone top bar's or the desktop sidebar's). */
const bell = (page: Page) => page.getByTestId("bell").filter({ visible: true });

async function expectUnread(page: Page, unread: number) {
  await expect(bell(page)).toHaveCount(1);
  await expect(bell(page)).toHaveAccessibleName(
    unread ? `Notifications: ${unread} unread` : "Notifications",
  );
  await expect(bell(page)).toHaveText(unread ? String(unread) : "");
}

/** A review in "My review requests" or the "Review queue": the list item naming `title` (not an entry of a thread). */
const reviewItem = (page: Page, cardTitle: string, title: string) =>
  card(page, cardTitle)
    .getByRole("listitem")
    .filter({ has: page.getByText(title, { exact: true }) });

/** The entries of a review's thread. */
const threadOf = (item: Locator) => item.getByRole("listitem");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One thread entry as shown: "<label> · <who> · <n units> ago" then the message. */
const entry = (label: string, who: string, body = "") =>
  new RegExp(`^${escape(label)} · ${escape(who)} · \\d+ \\w+ ago${escape(body)}$`);

/** An action form's message: its status (success) or its alert (refusal). */
const formMessage = (scope: Locator) =>
  scope.locator("form").getByRole("status").or(scope.locator("form").getByRole("alert"));

async function openCoaching(page: Page) {
  await page.goto("/coaching");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coaching");
}

/** Sends an invitation from /coaching. */
async function invite(page: Page, email: string, role: "my coach" | "my mentee") {
  await openCoaching(page);
  await page.getByLabel("Their email", { exact: true }).fill(email);
  await page.getByRole("radio", { name: role, exact: true }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  const inviteCard = card(page, "Invite a coach or a mentee");
  // The form's message, success or error (so a refusal shows what it said).
  // The e2e server has no SMTP_URL: the form says that no email goes out.
  await expect(formMessage(inviteCard)).toHaveText(
    `Invitation saved for ${email}. No email goes out from this server: they will see it when they sign in (or sign up with this address).`,
  );
  await expect(inviteCard.getByRole("listitem").filter({ hasText: email })).toHaveText(
    `${email} as your ${role === "my coach" ? "coach" : "mentee"}`,
  );
}

/** Accepts the one pending invitation from `from` under "Invitations to you". */
async function acceptInvitation(page: Page, from: Credentials, says: string) {
  await openCoaching(page);
  const invitations = card(page, "Invitations to you");
  const item = invitations.getByRole("listitem").filter({ hasText: from.name });
  await expect(item).toHaveCount(1);
  await expect(item.locator("p")).toHaveText(`${from.name} ${says}`);
  await item.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(invitations).toContainText("No invitations waiting.");
  await expect(invitations.getByRole("button", { name: "Accept" })).toHaveCount(0);
}

/** The learner invites the coach; the coach accepts; each sees the other. */
async function linkCoach(learner: Side, coach: Side) {
  await invite(learner.page, coach.user.email, "my coach");
  await acceptInvitation(coach.page, learner.user, "asks you to be their coach.");
  await expect(
    card(coach.page, "My mentees").getByRole("link", { name: learner.user.name, exact: true }),
  ).toBeVisible();
  await openCoaching(learner.page);
  await expect(card(learner.page, "My coaches").getByRole("listitem")).toHaveCount(1);
  await expect(card(learner.page, "My coaches").getByRole("listitem")).toContainText(
    coach.user.name,
  );
}

/** Adds a shipped project with a repository through /projects. */
async function addShippedProject(page: Page, title: string, repo: string) {
  await page.goto("/projects");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Shipped" });
  await page.getByLabel("Repository URL (optional)", { exact: true }).fill(repo);
  await page.getByRole("button", { name: "Add project" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Project saved.");
}

const projectRow = (page: Page, title: string) =>
  page
    .getByRole("region", { name: "Your projects" })
    .getByRole("listitem")
    .filter({ hasText: title });

/** Asks `coach` for a review of the project `title` with `note`, from /coaching. */
async function askForReview(page: Page, coach: Credentials, title: string, note: string) {
  await openCoaching(page);
  await page.getByLabel("Coach", { exact: true }).selectOption({ label: coach.name });
  const subject = page.getByLabel("What to review", { exact: true });
  const option = subject.locator("option").filter({ hasText: title });
  await expect(option).toHaveCount(1);
  const value = await option.getAttribute("value");
  expect(value).toMatch(/^project:[0-9a-f-]{36}$/);
  await subject.selectOption(value!);
  await page.getByLabel("Note (optional)", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Request review" }).click();
  await expect(formMessage(card(page, "My coaches"))).toHaveText(
    "Review requested. Your coach has been told.",
  );
}

/** The coach's decision on the review of `title` in the Review queue. */
async function decide(
  page: Page,
  title: string,
  decision: "Approve" | "Request changes",
  feedback: string,
) {
  const item = reviewItem(page, "Review queue", title);
  await item.getByLabel("Feedback", { exact: true }).fill(feedback);
  await item.getByRole("radio", { name: decision, exact: true }).check();
  await item.getByRole("button", { name: "Send decision" }).click();
  await expect(item).toHaveCount(0);
}

// ---------------------------------------------------------------- tests

test.describe("coaching", () => {
  // Two people, each signed in through the form, through a whole journey: longer than one screen's test.
  test.describe.configure({ timeout: 90_000 });

  test("a learner invites a coach, asks for a review of a shipped project, and the approval shows as verified everywhere", async ({
    learner,
    coach,
  }) => {
    const title = `Churn-aware RAG service ${unique()}`;
    const repo = `https://github.com/example/rag-${unique()}`;
    const note = "Please check the evaluation section and the README.";
    const feedback = "Solid evaluation; the README explains the trade-offs well.";

    // Nothing waits for the coach yet.
    await coach.page.goto("/dashboard");
    await expectUnread(coach.page, 0);

    // The learner invites the coach by email.
    await invite(learner.page, coach.user.email, "my coach");

    // The coach's bell shows it; it leads to the notifications page.
    await coach.page.reload();
    await expectUnread(coach.page, 1);
    await bell(coach.page).click();
    await expect(coach.page).toHaveURL("/notifications");
    const notifications = coach.page.getByTestId("notifications").getByRole("listitem");
    await expect(notifications).toHaveCount(1);
    await expect(notifications).toContainText(`${learner.user.name} asks you to be their coach`);

    // Accepting the invitation reads what told of it: the bell empties.
    await acceptInvitation(coach.page, learner.user, "asks you to be their coach.");
    await expect(
      card(coach.page, "My mentees").getByRole("link", { name: learner.user.name, exact: true }),
    ).toBeVisible();
    await expectUnread(coach.page, 0);

    // The learner was told, and now has a coach; marking everything read empties the bell.
    await learner.page.goto("/notifications");
    await expectUnread(learner.page, 1);
    await expect(learner.page.getByTestId("notifications")).toContainText(
      `${coach.user.name} accepted your coaching invitation`,
    );
    await learner.page.getByRole("button", { name: "Mark all read" }).click();
    await expectUnread(learner.page, 0);
    await openCoaching(learner.page);
    await expect(card(learner.page, "Invite a coach or a mentee")).not.toContainText(
      "Waiting for an answer",
    );
    await expect(card(learner.page, "My coaches").getByRole("listitem")).toContainText(
      coach.user.name,
    );

    // A shipped project, not verified yet.
    await addShippedProject(learner.page, title, repo);
    await expect(projectRow(learner.page, title)).toContainText("Shipped");
    await expect(projectRow(learner.page, title)).not.toContainText("Verified by your coach");

    // The learner asks for a review of it.
    await askForReview(learner.page, coach.user, title, note);
    let mine = reviewItem(learner.page, "My review requests", title);
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText("Waiting for review");
    await expect(threadOf(mine)).toHaveText([entry("Request", "You", note)]);

    // The coach is told, and finds it waiting in the queue.
    await coach.page.goto("/notifications");
    await expectUnread(coach.page, 1);
    await expect(coach.page.getByTestId("notifications")).toContainText(
      `${learner.user.name} asks you to review “${title}”`,
    );
    await openCoaching(coach.page);
    const queued = reviewItem(coach.page, "Review queue", title);
    await expect(queued).toHaveCount(1);
    await expect(queued.locator("p").first()).toHaveText(
      `${learner.user.name} asks you to review a project: ${title}`,
    );
    await expect(queued.getByRole("link", { name: "Repository", exact: true })).toHaveAttribute(
      "href",
      repo,
    );
    await expect(queued.getByText(/^Waiting \d+ \w+$/)).toBeVisible();
    await expect(threadOf(queued)).toHaveText([entry("Request", learner.user.name, note)]);
    await expect(card(coach.page, "My mentees")).toContainText("1 open review");

    // The coach approves it with feedback.
    await decide(coach.page, title, "Approve", feedback);
    await expect(card(coach.page, "Review queue")).toContainText("Nothing waiting for you.");

    // The learner sees it approved, with the feedback in the thread.
    await openCoaching(learner.page);
    mine = reviewItem(learner.page, "My review requests", title);
    await expect(mine).toContainText("Approved · verified");
    await expect(mine).not.toContainText("Waiting for review");
    await expect(threadOf(mine)).toHaveText([
      entry("Request", "You", note),
      entry("Approved", coach.user.name, feedback),
    ]);
    await expect(mine.getByRole("button", { name: "Answer and ask again" })).toHaveCount(0);

    // The dashboard's "Verified by your coach" card lists it.
    await learner.page.goto("/dashboard");
    await expect(learner.page.getByTestId("verified").getByRole("listitem")).toHaveText([
      `✓ Project: ${title}`,
    ]);

    // So does /projects.
    await learner.page.goto("/projects");
    await expect(projectRow(learner.page, title)).toContainText("Verified by your coach");

    // And the public profile, once it is public.
    const slug = `coached-${unique()}`;
    await learner.page.goto("/settings");
    await learner.page.getByRole("checkbox", { name: /^Show my name, headline, tier/ }).check();
    await learner.page.getByLabel("Profile address", { exact: true }).fill(slug);
    await learner.page.getByRole("button", { name: "Save profile" }).click();
    await expect(learner.page.locator("form").getByRole("status")).toHaveText("Profile saved.");

    await learner.page.goto(`/u/${slug}`);
    await expect(learner.page.getByRole("heading", { level: 1 })).toHaveText(learner.user.name);
    const shipped = card(learner.page, "Shipped projects")
      .getByRole("listitem")
      .filter({ hasText: title });
    await expect(shipped).toHaveCount(1);
    await expect(shipped).toContainText("Coach-verified");
    await expect(shipped.getByRole("link", { name: "Repository", exact: true })).toHaveAttribute(
      "href",
      repo,
    );
  });

  test("the coach requests changes; the learner answers and asks again; it is back in the queue with the answer", async ({
    learner,
    coach,
  }) => {
    const title = `Fraud detector ${unique()}`;
    const note = "Is the threshold choice sound?";
    const feedback = "Add a precision-recall curve and justify the threshold.";
    const answer = "Added the PR curve; the threshold now maximises F2.";

    await linkCoach(learner, coach);
    await addShippedProject(learner.page, title, `https://github.com/example/fraud-${unique()}`);
    await askForReview(learner.page, coach.user, title, note);

    await openCoaching(coach.page);
    await decide(coach.page, title, "Request changes", feedback);
    await expect(card(coach.page, "Review queue")).toContainText("Nothing waiting for you.");

    // The learner sees the changes requested and the feedback.
    await openCoaching(learner.page);
    let mine = reviewItem(learner.page, "My review requests", title);
    await expect(mine).toContainText("Changes requested");
    await expect(mine).not.toContainText("Approved · verified");
    await expect(threadOf(mine)).toHaveText([
      entry("Request", "You", note),
      entry("Changes requested", coach.user.name, feedback),
    ]);
    // Not verified.
    await learner.page.goto("/projects");
    await expect(projectRow(learner.page, title)).not.toContainText("Verified by your coach");

    // The learner answers and asks again.
    await openCoaching(learner.page);
    mine = reviewItem(learner.page, "My review requests", title);
    await mine.getByLabel("Your answer", { exact: true }).fill(answer);
    await mine.getByRole("button", { name: "Answer and ask again" }).click();
    await expect(mine).toContainText("Waiting for review");
    await expect(mine.getByRole("button", { name: "Answer and ask again" })).toHaveCount(0);
    await expect(threadOf(mine)).toHaveText([
      entry("Request", "You", note),
      entry("Changes requested", coach.user.name, feedback),
      entry("Answer", "You", answer),
    ]);

    // Back in the coach's queue, with the whole thread.
    await coach.page.reload();
    const queued = reviewItem(coach.page, "Review queue", title);
    await expect(queued).toHaveCount(1);
    await expect(threadOf(queued)).toHaveText([
      entry("Request", learner.user.name, note),
      entry("Changes requested", "You", feedback),
      entry("Answer", learner.user.name, answer),
    ]);
    await expect(queued.getByRole("button", { name: "Send decision" })).toBeEnabled();
    await coach.page.goto("/notifications");
    await expect(coach.page.getByTestId("notifications")).toContainText(
      "A mentee answered your feedback",
    );
  });

  test("when the learner ends the link, the coach's mentee view is not found at once", async ({
    learner,
    coach,
  }) => {
    await linkCoach(learner, coach);

    // While linked, the coach sees the mentee view.
    await coach.page.getByRole("link", { name: learner.user.name, exact: true }).click();
    await expect(coach.page).toHaveURL(/\/coaching\/mentees\/[0-9a-f-]{36}$/);
    const menteeUrl = new URL(coach.page.url()).pathname;
    await expect(coach.page.getByRole("heading", { level: 1 })).toHaveText(learner.user.name);
    await expect(main(coach.page)).toContainText("Coaching / mentee");

    // The learner ends it, confirming.
    await openCoaching(learner.page);
    const asked: string[] = [];
    learner.page.once("dialog", async (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.accept();
    });
    await card(learner.page, "My coaches")
      .getByRole("button", { name: "End", exact: true })
      .click();
    await expect(card(learner.page, "My coaches")).toContainText(
      "No coach yet. Invite one by email.",
    );
    expect(asked).toEqual([
      `confirm: Stop being coached by ${coach.user.name}? They lose access at once.`,
    ]);
    await expect(learner.page.getByRole("button", { name: "Request review" })).toHaveCount(0);

    // The coach's mentee view is now the not-found page.
    const response = await coach.page.goto(menteeUrl);
    expect(response?.status()).toBe(404);
    await expect(coach.page.getByText("This page could not be found.")).toBeVisible();
    await expect(coach.page.getByRole("heading", { name: learner.user.name })).toHaveCount(0);
    await expect(coach.page.getByText("Coaching / mentee")).toHaveCount(0);

    // And the learner is gone from the coach's mentees.
    // Someone who coaches no one (and has nothing waiting) sees no empty coach's cards.
    await openCoaching(coach.page);
    await expect(card(coach.page, "My mentees")).toHaveCount(0);
    await expect(card(coach.page, "Review queue")).toHaveCount(0);
    await expect(main(coach.page).getByRole("link", { name: learner.user.name })).toHaveCount(0);
  });

  test("an invitation to an email without an account waits for it to sign up, then can be accepted", async ({
    learner,
    browser,
    baseURL,
  }) => {
    const newcomer = uniqueCredentials();
    expect(newcomer.email).toMatch(/@example\.test$/);
    await invite(learner.page, newcomer.email, "my mentee");

    // The newcomer signs up through the form, in a browser of their own.
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      await new AuthPages(page).signUp(newcomer);
      await expectUnread(page, 1);

      await page.goto("/notifications");
      await expect(page.getByTestId("notifications")).toContainText(
        "You have a coaching invitation waiting",
      );
      await acceptInvitation(page, learner.user, "offers to coach you.");
      await expect(card(page, "My coaches").getByRole("listitem")).toContainText(learner.user.name);

      // The inviter now coaches them.
      await openCoaching(learner.page);
      await expect(card(learner.page, "Invite a coach or a mentee")).not.toContainText(
        "Waiting for an answer",
      );
      await expect(
        card(learner.page, "My mentees").getByRole("link", { name: newcomer.name, exact: true }),
      ).toBeVisible();
    } finally {
      await context.close();
    }
  });
});

base.describe("the demo coach (seeded, read-only)", () => {
  base(
    "sees Ada under My mentees with her waiting review, and her mentee view read-only",
    async ({ page }) => {
      await new AuthPages(page).signIn(DEMO_COACH, "/coaching");
      await openCoaching(page);

      const ada = card(page, "My mentees").getByRole("listitem").filter({ hasText: "Ada Learner" });
      await expect(ada).toHaveCount(1);
      const line = ada.locator("p");
      await expect(line).toHaveText(
        /^Tier \d+ · [^·]+ · (last studied .+|no study logged) · \d+ open reviews?$/,
      );
      const tier = /^Tier \d+ · [^·]+?(?= · )/.exec((await line.textContent()) ?? "")?.[0];
      expect(tier).toBeTruthy();

      const churn = reviewItem(page, "Review queue", "Customer churn prediction");
      await expect(churn).toHaveCount(1);
      await expect(churn.locator("p").first()).toHaveText(
        "Ada Learner asks you to review a project: Customer churn prediction",
      );
      await expect(churn.getByText(/^Waiting \d+ \w+$/)).toBeVisible();
      await expect(threadOf(churn).first()).toHaveText(
        entry(
          "Request",
          "Ada Learner",
          "Could you check the model card and the evaluation section?",
        ),
      );

      await ada.getByRole("link", { name: "Ada Learner", exact: true }).click();
      await expect(page).toHaveURL(/\/coaching\/mentees\/[0-9a-f-]{36}$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ada Learner");
      await expect(main(page)).toContainText("Coaching / mentee");
      await expect(card(page, "Tier").locator("p").first()).toHaveText(tier!);
      const project = card(page, "Projects")
        .getByRole("listitem")
        .filter({ hasText: "Customer churn prediction" });
      await expect(project).toHaveCount(1);
      await expect(project).toContainText("Shipped");
      await expect(project.getByRole("link", { name: "Repository", exact: true })).toHaveAttribute(
        "href",
        "https://github.com/example/churn-prediction",
      );

      // Read-only but for verifying milestones: nothing to edit or delete.
      const buttons = await main(page).getByRole("button").allTextContents();
      expect(buttons.length).toBeGreaterThan(0);
      for (const b of buttons) expect(b).toMatch(/^(Verify|Withdraw verification)$/);
      await expect(main(page).getByRole("link", { name: /^(Edit|Delete)\b/ })).toHaveCount(0);
      await expect(main(page).locator("textarea, select")).toHaveCount(0);
    },
  );
});
