import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Each form: fill, save, the fields show what is stored; save again untouched,
// nothing changes; reload; the JSON API reads back the same values. React
// resets a form after its action, so a field that forgot its stored value
// (a select snapping to its first option) shows up here. See docs/FORMS.md.

async function me(page: Page) {
  const response = await page.request.get("/api/v1/me");
  expect(response.status()).toBe(200);
  return (await response.json()) as {
    name: string;
    profile: Record<string, unknown>;
  };
}

async function expectValues(fields: [Locator, string][]) {
  for (const [field, value] of fields) await expect(field).toHaveValue(value);
}

test.describe("settings", () => {
  test("the profile form shows what was saved and a second save changes nothing", async ({
    page,
    signedInUser,
  }) => {
    await page.goto("/settings");
    await expect(page.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();

    const name = page.getByLabel("Name", { exact: true });
    const headline = page.getByLabel("Headline", { exact: true });
    const track = page.getByLabel("Target track");
    const date = page.getByLabel("Target date");
    const goal = page.getByLabel("Weekly study goal (hours)");
    const timezone = page.getByLabel("Time zone");
    const publicProfile = page.getByRole("checkbox", { name: /Show my name/ });
    const slug = page.getByLabel("Profile address");
    const status = page.locator("form").getByRole("status");
    const save = page.getByRole("button", { name: "Save profile" });

    await name.fill("Robin Keeps");
    await headline.fill("Evaluating LLMs");
    await track.selectOption("mlops");
    await date.fill("2027-06-30");
    await goal.fill("9");
    await timezone.selectOption("America/New_York");
    await publicProfile.check();
    const address = `keeps-${signedInUser.email.slice(4, 14)}`;
    await slug.fill(address);
    const shown: [Locator, string][] = [
      [name, "Robin Keeps"],
      [headline, "Evaluating LLMs"],
      [track, "mlops"],
      [date, "2027-06-30"],
      [goal, "9"],
      [timezone, "America/New_York"],
      [slug, address],
    ];

    await save.click();
    await expect(status).toHaveText("Profile saved.");
    await expectValues(shown);
    await expect(publicProfile).toBeChecked();
    const stored = await me(page);
    expect(stored.name).toBe("Robin Keeps");
    expect(stored.profile).toEqual({
      headline: "Evaluating LLMs",
      targetTrack: "mlops",
      targetDate: "2027-06-30",
      weeklyHoursGoal: 9,
      timezone: "America/New_York",
      publicProfile: true,
      slug: address,
    });

    // Saved again untouched: the same values, on screen and stored.
    await save.click();
    await expect(save).toHaveText("Save profile");
    await expect(status).toHaveText("Profile saved.");
    await expectValues(shown);
    await expect(publicProfile).toBeChecked();
    expect(await me(page)).toEqual(stored);

    await page.reload();
    await expectValues(shown);
    await expect(publicProfile).toBeChecked();
    expect(await me(page)).toEqual(stored);

    // UTC stays on the list once another zone is chosen, and choosing it sticks.
    await timezone.selectOption("UTC");
    await save.click();
    await expect(status).toHaveText("Profile saved.");
    await expect(timezone).toHaveValue("UTC");
    expect((await me(page)).profile.timezone).toBe("UTC");
  });

  test("clearing optional profile fields shows them empty and stores them empty", async ({
    page,
    signedInUser,
  }) => {
    await page.request.patch("/api/v1/me", {
      data: { headline: "Before", targetTrack: "quantum-ml", targetDate: "2027-01-01" },
    });
    await page.goto("/settings");
    await expect(page.getByText(`Signed in as ${signedInUser.email}`)).toBeVisible();
    const track = page.getByLabel("Target track");
    await expect(track).toHaveValue("quantum-ml");
    await page.getByLabel("Headline", { exact: true }).fill("");
    await track.selectOption("");
    await page.getByLabel("Target date").fill("");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.locator("form").getByRole("status")).toHaveText("Profile saved.");
    await expectValues([
      [page.getByLabel("Headline", { exact: true }), ""],
      [track, ""],
      [page.getByLabel("Target date"), ""],
    ]);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("button", { name: "Save profile" })).toBeEnabled();
    await page.reload();
    await expect(track).toHaveValue("");
    expect((await me(page)).profile).toMatchObject({
      headline: null,
      targetTrack: null,
      targetDate: null,
    });
  });
});

test.describe("roadmap", () => {
  test("the target-track form shows the saved track and a second save keeps it", async ({
    page,
    signedInUser,
  }) => {
    void signedInUser;
    await page.goto("/roadmap");
    const track = page.getByLabel("Your target track");
    const save = page.getByRole("button", { name: "Set target" });
    await expect(track).toHaveValue("");

    await track.selectOption("responsible-ai");
    await save.click();
    await expect(page.getByText("Target track saved.")).toBeVisible();
    await expect(track).toHaveValue("responsible-ai");
    expect((await me(page)).profile.targetTrack).toBe("responsible-ai");

    await save.click();
    await expect(save).toHaveText("Set target");
    await expect(page.getByText("Target track saved.")).toBeVisible();
    await expect(track).toHaveValue("responsible-ai");
    expect((await me(page)).profile.targetTrack).toBe("responsible-ai");

    await page.reload();
    await expect(track).toHaveValue("responsible-ai");
    expect((await me(page)).profile.targetTrack).toBe("responsible-ai");
  });
});
