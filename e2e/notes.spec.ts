import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { AuthPages, expect, firstName, registerUser, test, type Credentials } from "./fixtures";

/*
 * Notes and resources on the roadmap (docs/DECISIONS.md, "Notes and resources"): a fresh
 * learner writes a note and adds a resource link on a milestone, reads them back after a
 * reload, finds the note with the roadmap search, shares the link with their coach (a fresh
 * account linked through the API), and the coach sees it, and only it, in the mentee view.
 */

async function tokenOf(request: APIRequestContext, c: Credentials): Promise<string> {
  const res = await request.post("/api/v1/tokens", {
    data: { email: c.email, password: c.password, name: "e2e" },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** `coach` invites `learner` as their mentee and `learner` accepts, through the API. */
async function linkThroughApi(
  request: APIRequestContext,
  coach: Credentials,
  learner: Credentials,
) {
  const coachToken = await tokenOf(request, coach);
  const learnerToken = await tokenOf(request, learner);
  const invited = await request.post("/api/v1/coaching/invitations", {
    headers: { authorization: `Bearer ${coachToken}` },
    data: { email: learner.email, role: "mentee" },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { id } = (await invited.json()) as { id: string };
  const accepted = await request.post(`/api/v1/coaching/invitations/${id}/accept`, {
    headers: { authorization: `Bearer ${learnerToken}` },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  const me = await request.get("/api/v1/me", {
    headers: { authorization: `Bearer ${learnerToken}` },
  });
  return ((await me.json()) as { id: string }).id;
}

test("a learner keeps a note and a resource on a milestone, finds the note, and shares the link with their coach", async ({
  page,
  signedInUser,
  browser,
  baseURL,
  request,
}) => {
  const word = `zq${randomBytes(4).toString("hex")}`;
  const note = `Plan for this one: ${word} chapter first.\n\nSee https://example.com/guide`;
  await page.goto("/roadmap");
  const milestone = page.locator("[data-milestone]").first();
  const milestoneTitle = (await milestone.locator("p").first().textContent())!;

  // The note.
  await milestone.getByText("Add notes").click();
  await milestone.getByLabel("Your private note").fill(note);
  await milestone.getByRole("button", { name: "Save note" }).click();
  await expect(milestone.getByRole("status")).toHaveText("Note saved.");

  // A resource link, not shared yet.
  await milestone.getByLabel("Resource title").fill("The guide I follow");
  await milestone.getByLabel("Link (http or https)").fill("https://example.com/guide-course");
  await milestone.getByRole("button", { name: "Add resource" }).click();
  await expect(milestone.getByRole("link", { name: "The guide I follow" })).toBeVisible();

  // A second one that stays private.
  await milestone.getByLabel("Resource title").fill("My private list");
  await milestone.getByLabel("Link (http or https)").fill("https://example.com/private");
  await milestone.getByRole("button", { name: "Add resource" }).click();
  await expect(milestone.getByRole("link", { name: "My private list" })).toBeVisible();

  // Back after a reload: the count, the note as text with its link, the resources.
  await page.reload();
  const again = page.locator("[data-milestone]").first();
  await expect(again.getByText("Notes (3)")).toBeVisible();
  await again.getByText("Notes (3)").click();
  const shown = again.getByLabel("Your note");
  await expect(shown).toContainText(`${word} chapter first.`);
  const noteLink = shown.getByRole("link", { name: "https://example.com/guide" });
  await expect(noteLink).toHaveAttribute("rel", "noopener nofollow ugc");
  await expect(again.getByLabel("Your private note")).toHaveValue(note);
  const guide = again.getByRole("link", { name: "The guide I follow" });
  await expect(guide).toHaveAttribute("href", "https://example.com/guide-course");
  await expect(guide).toHaveAttribute("rel", "noopener nofollow ugc");

  // The roadmap search finds the note (by a prefix of its word) and opens it.
  await page
    .getByRole("searchbox", { name: "Search milestones, skills and your notes" })
    .fill(word.slice(0, 6));
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results).toContainText("Your note");
  await expect(results.locator("mark")).toHaveText(word);
  await results.getByRole("link", { name: milestoneTitle }).click();
  await expect(page).toHaveURL(/open=milestone/);
  await expect(page.locator("[data-milestone]").first().getByLabel("Your note")).toBeVisible();

  // Shared with the coach: the one link, never the note or the other link.
  const coach = await registerUser(request);
  const learnerId = await linkThroughApi(request, coach, signedInUser);
  const open = page.locator("[data-milestone]").first();
  const row = open.getByRole("listitem").filter({ hasText: "The guide I follow" });
  await row.getByRole("button", { name: "Share with coach" }).click();
  await expect(row.getByText("Shared with coach")).toBeVisible();

  // A coach with no learning of their own lands on /coaching, not the dashboard.
  const context = await browser.newContext({ baseURL });
  const coachPage = await context.newPage();
  await new AuthPages(coachPage).submitSignIn(coach);
  await expect(coachPage).toHaveURL(/\/coaching$/);
  await coachPage.goto(`/coaching/mentees/${learnerId}`);
  const shared = coachPage.getByRole("list", { name: "Resources shared with you" });
  await expect(shared.getByRole("link", { name: "The guide I follow" })).toHaveAttribute(
    "href",
    "https://example.com/guide-course",
  );
  await expect(shared).toContainText(milestoneTitle);
  await expect(coachPage.getByRole("main")).not.toContainText("My private list");
  await expect(coachPage.getByRole("main")).not.toContainText(word);
  await context.close();
});

test("a note is shown as Markdown, and the HTML typed into it stays text", async ({
  page,
  signedInUser,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const note = [
    `# Plan of ${firstName(signedInUser)}`,
    "Read **the paper** first, then *the code* with `torch.compile`.",
    "- one step\n- another step",
    "> a quote to remember",
    "See https://example.com/bare and [the guide](https://example.com/guide).",
    "[bad link](javascript:window.__xss=4) ![a pixel](https://example.com/pixel.png)",
    '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
    '<iframe src="https://example.com/framed"></iframe>',
  ].join("\n\n");
  await page.goto("/roadmap");
  const milestone = page.locator("[data-milestone]").first();
  await milestone.getByText("Add notes").click();
  await milestone.getByLabel("Your private note").fill(note);
  await milestone.getByRole("button", { name: "Save note" }).click();
  await expect(milestone.getByRole("status")).toHaveText("Note saved.");

  await page.reload();
  const again = page.locator("[data-milestone]").first();
  await again.getByText("Notes (1)").click();
  const shown = again.getByLabel("Your note");
  // Formatted: emphasis, code, a list, a quote; the heading a bold line, not a heading.
  await expect(shown.locator("strong")).toHaveText("the paper");
  await expect(shown.locator("em")).toHaveText("the code");
  await expect(shown.locator("code")).toHaveText("torch.compile");
  await expect(shown.getByRole("listitem")).toHaveText(["one step", "another step"]);
  await expect(shown.locator("blockquote")).toHaveText("a quote to remember");
  await expect(shown.getByText(`Plan of ${firstName(signedInUser)}`)).toBeVisible();
  await expect(shown.getByRole("heading")).toHaveCount(0);
  // Links: the bare one and the written one, as user content; the javascript: one is text.
  for (const [name, href] of [
    ["https://example.com/bare", "https://example.com/bare"],
    ["the guide", "https://example.com/guide"],
  ] as const) {
    const link = shown.getByRole("link", { name });
    await expect(link).toHaveAttribute("href", href);
    await expect(link).toHaveAttribute("rel", "noopener nofollow ugc");
    await expect(link).toHaveAttribute("target", "_blank");
  }
  await expect(shown.getByText("bad link")).toBeVisible();
  await expect(shown.getByRole("link", { name: "bad link" })).toHaveCount(0);
  // The image is a link to its address, never loaded.
  await expect(shown.getByRole("link", { name: "Image: a pixel" })).toHaveAttribute(
    "href",
    "https://example.com/pixel.png",
  );
  // The typed HTML is text: no element of it, nothing ran.
  await expect(shown).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(shown).toContainText("<script>window.__xss=2</script>");
  await expect(shown).toContainText('<iframe src="https://example.com/framed"></iframe>');
  await expect(shown.locator("img, script, iframe")).toHaveCount(0);
  await expect(page.locator("[data-notes] img, [data-notes] iframe")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The form holds the note as typed.
  await expect(again.getByLabel("Your private note")).toHaveValue(note);
});
