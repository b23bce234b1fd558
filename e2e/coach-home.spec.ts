import { randomBytes } from "node:crypto";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import {
  AuthPages,
  expect,
  registerUser,
  signInThroughAuthJs,
  test,
  type Credentials,
} from "./fixtures";

/*
 * Each role sees its own work first, across a learner and a coach (fresh accounts, each in a
 * browser of their own): the learner asks for a review from what can be reviewed; the coach,
 * who has no learning of their own, signs in and lands on Coaching with the review queue
 * first, opens what is reviewed, approves it, sees the confirmation and the Decided list, and
 * verifies a milestone from the mentee view; the learner sees both verified, the notifications
 * on their page, and marks them read.
 */

const unique = () => randomBytes(3).toString("hex");
const main = (page: Page) => page.getByRole("main");
const card = (page: Page, title: string) =>
  main(page)
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
const bell = (page: Page) => page.getByTestId("bell").filter({ visible: true });

type Json = Record<string, unknown>;

async function ok(response: Promise<import("@playwright/test").APIResponse>, status = 200) {
  const r = await response;
  expect(r.status(), await r.text()).toBe(status);
  return (r.status() === 204 ? {} : await r.json()) as Json;
}

/** The coach's side for API set-up only: a request context with their session. */
async function apiAs(browser: Browser, baseURL: string | undefined, c: Credentials) {
  const context = await browser.newContext({ baseURL });
  expect(await signInThroughAuthJs(context.request, c)).toBeTruthy();
  return { context, request: context.request };
}

/** The learner invites `coach` as their coach and the coach accepts: an active link. */
async function linkThroughApi(learner: APIRequestContext, coach: APIRequestContext, email: string) {
  const { id } = await ok(
    learner.post("/api/v1/coaching/invitations", { data: { email, role: "coach" } }),
    201,
  );
  await ok(coach.post(`/api/v1/coaching/invitations/${id as string}/accept`));
}

/** Signs in through the form in a fresh browser; the caller says where it should land. */
async function signInFresh(browser: Browser, baseURL: string | undefined, c: Credentials) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await new AuthPages(page).submitSignIn(c);
  return { context, page };
}

test.describe("a coach's home", () => {
  test.describe.configure({ timeout: 120_000 });

  test("learner asks for a review; the coach lands on the queue, approves, verifies a milestone; the learner sees it all", async ({
    page,
    signedInUser: learner,
    browser,
    baseURL,
    request,
  }) => {
    const coach = await registerUser(request);
    const coachApi = await apiAs(browser, baseURL, coach);
    const title = `Model audit toolkit ${unique()}`;
    const repo = `https://github.com/example/audit-${unique()}`;
    const idea = `Idea only ${unique()}`;
    const attestationNote = "Presented the churn model to the sales team.";

    // The learner's records: a shipped project (reviewable), an idea (not), and an attested
    // milestone checked off with a note (reviewable); then the coaching link.
    const project = await ok(
      page.request.post("/api/v1/me/projects", {
        data: { title, status: "shipped", repoUrl: repo },
      }),
      201,
    );
    await ok(
      page.request.post("/api/v1/me/projects", { data: { title: idea, status: "idea" } }),
      201,
    );
    const progress = await ok(page.request.get("/api/v1/me/progress"));
    const milestones = progress.milestones as {
      id: string;
      kind: string;
      title: string;
      met: boolean;
    }[];
    const attested = milestones.find((m) => m.kind === "attested")!;
    const unmet = milestones.find((m) => m.kind === "hours" && !m.met)!;
    await ok(
      page.request.put(`/api/v1/me/milestones/${attested.id}/attestation`, {
        data: { attested: true, note: attestationNote },
      }),
    );
    await linkThroughApi(page.request, coachApi.request, coach.email);
    await coachApi.context.close();

    // "What to review" lists what can be reviewed, not ideas nor unmet milestones.
    await page.goto("/coaching");
    const subject = page.getByLabel("What to review", { exact: true });
    await expect(subject.locator("option").filter({ hasText: title })).toHaveCount(1);
    await expect(subject.locator("option").filter({ hasText: idea })).toHaveCount(0);
    await expect(subject.locator("option").filter({ hasText: attested.title })).toHaveCount(1);
    await expect(subject.locator("option").filter({ hasText: unmet.title })).toHaveCount(0);
    // A learner sees no coach's cards.
    await expect(card(page, "Review queue")).toHaveCount(0);
    await expect(card(page, "My mentees")).toHaveCount(0);

    // The learner asks for a review of the project.
    await page.getByLabel("Coach", { exact: true }).selectOption({ label: coach.name });
    await subject.selectOption(`project:${project.id as string}`);
    await page.getByLabel("Note (optional)", { exact: true }).fill("Is the audit sound?");
    await page.getByRole("button", { name: "Request review" }).click();
    await expect(card(page, "My coaches").getByRole("status")).toHaveText(
      "Review requested. Your coach has been told.",
    );
    // Once asked, it is not offered again.
    await expect(subject.locator("option").filter({ hasText: title })).toHaveCount(0);

    // The coach signs in and lands on Coaching, the review queue first.
    const coachSide = await signInFresh(browser, baseURL, coach);
    const cp = coachSide.page;
    try {
      await expect(cp).toHaveURL("/coaching");
      await expect(cp.getByRole("heading", { level: 1 })).toHaveText("Coaching");
      await expect(
        main(cp).locator("section").first().getByRole("heading", { level: 2 }),
      ).toHaveText("Review queue");
      // /dashboard, too, leads a coach with no learning of their own here, and the page says
      // when their own dashboard begins.
      await cp.goto("/dashboard");
      await expect(cp).toHaveURL("/coaching");
      await expect(main(cp)).toContainText(
        "Your own learning dashboard opens once you log study time or rate a skill.",
      );

      // The item links to what is reviewed: the repository, and the project on the mentee view.
      const queue = card(cp, "Review queue");
      const item = queue.getByRole("listitem").filter({ hasText: title }).first();
      await expect(item.locator("p").first()).toHaveText(
        `${learner.name} asks you to review a project: ${title}`,
      );
      await expect(item.getByRole("link", { name: "Repository", exact: true })).toHaveAttribute(
        "href",
        repo,
      );
      await item.getByRole("link", { name: `See it on ${learner.name}’s page` }).click();
      await expect(cp).toHaveURL(
        new RegExp(`/coaching/mentees/[0-9a-f-]{36}#project-${project.id as string}$`),
      );
      await expect(cp.locator(`[id="project-${project.id as string}"]`)).toContainText(title);

      // Back in the queue, the coach approves it: a confirmation, and it moves to Decided.
      await cp.goto("/coaching");
      await item.getByLabel("Feedback", { exact: true }).fill("Clear and reproducible.");
      await item.getByRole("radio", { name: "Approve", exact: true }).check();
      await item.getByRole("button", { name: "Send decision" }).click();
      await expect(main(cp).getByRole("status").first()).toHaveText(
        `Approved “${title}” for ${learner.name}: it now shows as verified. It is in the Decided list.`,
      );
      await expect(queue).toContainText("Nothing waiting for you.");
      const decided = card(cp, "Decided").getByRole("listitem").filter({ hasText: title });
      await expect(decided).toContainText("Approved · verified");
      await expect(decided).toContainText("Clear and reproducible.");

      // From the mentee view, the coach verifies the checked-off milestone with a note.
      await card(cp, "My mentees").getByRole("link", { name: learner.name, exact: true }).click();
      const row = cp.locator(`[id="milestone-${attested.id}"]`);
      await row.getByLabel(`Note on ${attested.title} (optional)`).fill("Saw the deck.");
      await row.getByRole("button", { name: "Verify", exact: true }).click();
      await expect(row.getByRole("status")).toHaveText("Verified.");
      await expect(row).toContainText(`Verified by ${coach.name}`);
      await expect(row).toContainText("“Saw the deck.”");
      await expect(row.getByRole("button", { name: "Withdraw verification" })).toBeVisible();
    } finally {
      await coachSide.context.close();
    }

    // The learner: the project answers verified, by whom; the milestone too.
    const got = await ok(page.request.get(`/api/v1/me/projects/${project.id as string}`));
    expect(got).toMatchObject({ verified: true, verifiedBy: { name: coach.name } });
    const after = await ok(page.request.get("/api/v1/me/progress"));
    expect(
      (after.milestones as { id: string; verified: boolean }[]).find((m) => m.id === attested.id)!
        .verified,
    ).toBe(true);
    await page.goto("/dashboard");
    await expect(page.getByTestId("verified")).toContainText(`Project: ${title}`);
    await expect(page.getByTestId("verified")).toContainText(attested.title);

    // The public profile's "Verified by a coach" lists both.
    const slug = `coached-${unique()}`;
    await ok(page.request.patch("/api/v1/me", { data: { publicProfile: true, slug } }));
    await page.goto(`/u/${slug}`);
    const verifiedCard = page.getByTestId("coach-verified");
    await expect(verifiedCard).toContainText(`Project: ${title}`);
    await expect(verifiedCard).toContainText(attested.title);

    // The notifications have a page of their own; the bell opens it.
    await page.goto("/dashboard");
    await bell(page).click();
    await expect(page).toHaveURL("/notifications");
    // The coach's acceptance of the invitation, the approval, the verification.
    await expect(bell(page)).toHaveAccessibleName("Notifications: 3 unread");
    const list = page.getByTestId("notifications");
    await expect(list).toContainText("Your coach approved your review request");
    await expect(list).toContainText(`${coach.name} verified “${attested.title}”`);
    // Opening one goes to its subject and reads it.
    await list.getByRole("link", { name: "Your coach approved your review request" }).click();
    await expect(page).toHaveURL(/\/coaching#review-[0-9a-f-]{36}$/);
    await expect(bell(page)).toHaveAccessibleName("Notifications: 2 unread");
    // "Mark all read" reads the rest.
    await page.goto("/notifications");
    await page.getByRole("button", { name: "Mark all read" }).click();
    await expect(bell(page)).toHaveAccessibleName("Notifications");
    await expect(page.getByRole("heading", { level: 2, name: "All read" })).toBeVisible();
  });

  test("on a phone, a coach's first card is the review queue", async ({
    browser,
    baseURL,
    request,
  }) => {
    const [learner, coach] = [await registerUser(request), await registerUser(request)];
    const l = await apiAs(browser, baseURL, learner);
    const c = await apiAs(browser, baseURL, coach);
    const project = await ok(
      l.request.post("/api/v1/me/projects", { data: { title: "Phone-sized", status: "shipped" } }),
      201,
    );
    await linkThroughApi(l.request, c.request, coach.email);
    const me = await ok(c.request.get("/api/v1/me"));
    await ok(
      l.request.post("/api/v1/me/reviews", {
        data: { subjectType: "project", subjectId: project.id, coachId: me.id },
      }),
      201,
    );
    await Promise.all([l.context.close(), c.context.close()]);

    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await new AuthPages(page).submitSignIn(coach);
      await expect(page).toHaveURL("/coaching");
      const first = main(page).locator("section").first();
      await expect(first.getByRole("heading", { level: 2 })).toHaveText("Review queue");
      await expect(first).toContainText("Phone-sized");
      // It is on the first screen, under the header.
      const box = await first.boundingBox();
      expect(box!.y).toBeLessThan(844);
    } finally {
      await context.close();
    }
  });
});
