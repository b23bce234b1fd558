import { DEMO_LEARNER, expect, test } from "./fixtures";

// The private calendar feed (docs/DECISIONS.md, "Calendar feed"): the link in Settings, read
// signed out as a calendar app would, and reset.

const FEED_URL = /^http:\/\/127\.0\.0\.1:\d+\/calendar\/[0-9a-f]{32}[A-Za-z0-9_-]{22}\.ics$/;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the demo learner copies their calendar link, reads it signed out, resets it, and the old one stops", async ({
  page,
  auth,
  playwright,
}) => {
  await auth.signIn(DEMO_LEARNER);
  await page.goto("/settings");
  const section = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Calendar feed", level: 2 }) });
  await expect(section.getByText("Google Calendar", { exact: true })).toBeVisible();
  const field = section.getByLabel("Your calendar link");
  const shown = await field.inputValue();
  expect(shown).toMatch(FEED_URL);

  await section.getByRole("button", { name: "Copy link" }).click();
  await expect(section.getByText("Copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);

  // A calendar app: no cookie, no redirect to sign-in.
  const app = await playwright.request.newContext();
  try {
    const feed = await app.get(copied, { maxRedirects: 0 });
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(feed.headers()["cache-control"]).toBe("private, no-store");
    const text = await feed.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text).toContain("X-WR-CALNAME:Epoch — Ada Learner\r\n");
    // Ada's meetup, the cohort's dated milestones and her expiring certification, all whole days.
    expect(text).toContain("SUMMARY:PyData Berlin meetup\r\n");
    expect(text).toContain("SUMMARY:Due: Ship a project (Spring ML Bootcamp)\r\n");
    expect(text).toContain("SUMMARY:AWS Certified Machine Learning – Specialty expires\r\n");
    expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
    expect(text).not.toMatch(/DTSTART:/);

    // Reset: asked first; dismissing it changes nothing.
    page.once("dialog", (dialog) => void dialog.dismiss());
    await section.getByRole("button", { name: "Reset link" }).click();
    await expect(field).toHaveValue(shown);
    expect((await app.get(copied)).status()).toBe(200);

    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("stops working at once");
      void dialog.accept();
    });
    await section.getByRole("button", { name: "Reset link" }).click();
    await expect(section.getByRole("status")).toContainText("New link made");
    await expect(field).not.toHaveValue(shown);
    const fresh = await field.inputValue();
    expect(fresh).toMatch(FEED_URL);

    const old = await app.get(copied, { maxRedirects: 0 });
    expect(old.status()).toBe(404);
    expect(old.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(await old.text()).not.toContain("BEGIN:VCALENDAR");
    const renewed = await app.get(fresh);
    expect(renewed.status()).toBe(200);
    expect(await renewed.text()).toContain("SUMMARY:PyData Berlin meetup\r\n");

    // The page read again shows the new link.
    await page.reload();
    await expect(field).toHaveValue(fresh);
  } finally {
    await app.dispose();
  }
});

test("a wrong feed path is a plain-text 404 for anyone, never a page or a sign-in redirect", async ({
  playwright,
}) => {
  const app = await playwright.request.newContext();
  try {
    for (const path of [
      `/calendar/${"0".repeat(32)}${"A".repeat(22)}.ics`,
      "/calendar/not-a-feed.ics",
      "/calendar/%FF.ics",
      "/calendar/a/b",
      "/calendar",
    ]) {
      const res = await app.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(404);
      expect(res.headers()["content-type"], path).toBe("text/plain; charset=utf-8");
      expect(res.headers()["content-security-policy"], path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(await res.text(), path).not.toMatch(/<html/i);
    }
  } finally {
    await app.dispose();
  }
});
