import type { Locator, Page } from "@playwright/test";
import { expect, registerUser, signedInContext, test } from "./fixtures";

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

/** Clicks a form's submit button and waits for its server action's answer. */
async function save(page: Page, button: Locator) {
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]),
  );
  await button.click();
  await answered;
  await expect(button).toBeEnabled();
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
    const saveProfile = page.getByRole("button", { name: "Save profile" });

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

    await save(page, saveProfile);
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
    await save(page, saveProfile);
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
    await save(page, saveProfile);
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
    await save(page, page.getByRole("button", { name: "Save profile" }));
    await expect(page.locator("form").getByRole("status")).toHaveText("Profile saved.");
    await expectValues([
      [page.getByLabel("Headline", { exact: true }), ""],
      [track, ""],
      [page.getByLabel("Target date"), ""],
    ]);
    await save(page, page.getByRole("button", { name: "Save profile" }));
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
    const setTarget = page.getByRole("button", { name: "Set target" });
    await expect(track).toHaveValue("");

    await track.selectOption("responsible-ai");
    await save(page, setTarget);
    await expect(page.getByText("Target track saved.")).toBeVisible();
    await expect(track).toHaveValue("responsible-ai");
    expect((await me(page)).profile.targetTrack).toBe("responsible-ai");

    await save(page, setTarget);
    await expect(page.getByText("Target track saved.")).toBeVisible();
    await expect(track).toHaveValue("responsible-ai");
    expect((await me(page)).profile.targetTrack).toBe("responsible-ai");

    await page.reload();
    await expect(track).toHaveValue("responsible-ai");
    expect((await me(page)).profile.targetTrack).toBe("responsible-ai");
  });
});

// ---------------------------------------------------------------- records

type RecordCase = {
  kind: string;
  screen: string;
  /** Every field filled, as the API takes it. */
  body: Record<string, unknown>;
  /** What the edit form must show for that body, by field label. */
  shown: Record<string, string>;
  /** A change made through the edit form (label → value), and what the API then holds. */
  change: Record<string, string>;
  changed: Record<string, unknown>;
};

const RECORDS: RecordCase[] = [
  {
    kind: "activities",
    screen: "/log",
    body: {
      minutes: 50,
      date: "2026-11-02",
      kind: "course",
      path: "online",
      title: "Backprop, chapter 6",
      skills: ["python", "pytorch"],
      url: "https://example.com/course",
      notes: "Exercises 1–4",
    },
    shown: {
      Minutes: "50",
      Date: "2026-11-02",
      Kind: "course",
      "Learning path": "online",
      "What did you do?": "Backprop, chapter 6",
      Link: "https://example.com/course",
      Notes: "Exercises 1–4",
    },
    change: { Kind: "reading", "Learning path": "formal" },
    changed: { kind: "reading", path: "formal" },
  },
  {
    kind: "certifications",
    screen: "/certifications",
    body: {
      name: "ML Specialty",
      issuer: "Cloud Co",
      status: "earned",
      issuedOn: "2026-01-10",
      expiresOn: "2029-01-10",
      credentialId: "ABC-123",
      credentialUrl: "https://example.com/cred",
      skills: ["python"],
    },
    shown: {
      Name: "ML Specialty",
      Issuer: "Cloud Co",
      Status: "earned",
      "Issue date": "2026-01-10",
      "Expiry date": "2029-01-10",
      "Credential ID": "ABC-123",
      "Credential URL": "https://example.com/cred",
    },
    change: { Status: "in_progress", Issuer: "Cloud Company" },
    changed: { status: "in_progress", issuer: "Cloud Company" },
  },
  {
    kind: "projects",
    screen: "/projects",
    body: {
      title: "Feature store",
      status: "building",
      track: "mlops",
      repoUrl: "https://github.com/example/fs",
      demoUrl: "https://example.com/demo",
      openSource: true,
      summary: "Online and offline features",
      skills: ["pytorch"],
    },
    shown: {
      Title: "Feature store",
      Status: "building",
      "Specialization track": "mlops",
      "Repository URL": "https://github.com/example/fs",
      "Demo URL": "https://example.com/demo",
      Summary: "Online and offline features",
    },
    change: { Status: "shipped", "Specialization track": "responsible-ai" },
    changed: { status: "shipped", track: "responsible-ai" },
  },
  {
    kind: "papers",
    screen: "/reading",
    body: {
      title: "Attention is all you need",
      status: "reading",
      readOn: "2026-10-01",
      url: "https://arxiv.org/abs/1706.03762",
      notes: "Section 3 again",
    },
    shown: {
      Title: "Attention is all you need",
      Status: "reading",
      "Read on": "2026-10-01",
      Link: "https://arxiv.org/abs/1706.03762",
      Notes: "Section 3 again",
    },
    change: { Status: "read" },
    changed: { status: "read" },
  },
  {
    kind: "events",
    screen: "/events",
    body: {
      title: "Local ML meetup",
      kind: "meetup",
      date: "2026-09-15",
      url: "https://example.com/meetup",
      notes: "Lightning talks",
    },
    shown: {
      Event: "Local ML meetup",
      Kind: "meetup",
      Date: "2026-09-15",
      Link: "https://example.com/meetup",
      Notes: "Lightning talks",
    },
    change: { Kind: "talk", Notes: "Gave a lightning talk" },
    changed: { kind: "talk", notes: "Gave a lightning talk" },
  },
];

/** A record form's field by its label, "(optional)" or not. */
const fieldOf = (page: Page, label: string) =>
  page
    .locator("form")
    .getByLabel(new RegExp(`^${label.replace(/[?()]/g, "\\$&")}( \\(optional\\))?$`));

async function setField(field: Locator, value: string) {
  if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
  else await field.fill(value);
}

/** The stored record, without the timestamp a save moves. */
async function storedRecord(page: Page, kind: string, id: string) {
  const response = await page.request.get(`/api/v1/me/${kind}/${id}`);
  expect(response.status()).toBe(200);
  const record = (await response.json()) as Record<string, unknown>;
  delete record.updatedAt;
  return record;
}

test.describe("record edit forms", () => {
  for (const c of RECORDS) {
    test(`${c.kind}: the edit form shows what is stored, before and after saves`, async ({
      page,
      signedInUser,
    }) => {
      void signedInUser;
      const created = await page.request.post(`/api/v1/me/${c.kind}`, { data: c.body });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const original = await storedRecord(page, c.kind, id);
      const edit = `${c.screen}?edit=${id}`;
      const saveChanges = page.getByRole("button", { name: "Save changes" });
      const showsStored = async (shown: Record<string, string>) => {
        for (const [label, value] of Object.entries(shown))
          await expect(fieldOf(page, label)).toHaveValue(value);
      };

      await page.goto(edit);
      await showsStored(c.shown);
      for (const [label, value] of Object.entries(c.change))
        await setField(fieldOf(page, label), value);
      await saveChanges.click();
      await expect(page).toHaveURL(`${c.screen}?saved=1`);
      const stored = await storedRecord(page, c.kind, id);
      expect(stored).toEqual({ ...original, ...c.changed });

      // Open again: the new values show; saved untouched, nothing changes.
      const now = { ...c.shown, ...c.change };
      await page.goto(edit);
      await showsStored(now);
      await saveChanges.click();
      await expect(page).toHaveURL(`${c.screen}?saved=1`);
      expect(await storedRecord(page, c.kind, id)).toEqual(stored);

      await page.goto(edit);
      await page.reload();
      await showsStored(now);
    });
  }
});

// ---------------------------------------------------------------- cohorts

test.describe("cohort forms", () => {
  test("the organizer's details form and a member's sharing form show what is stored", async ({
    page,
    signedInUser,
    browser,
    baseURL,
  }) => {
    void signedInUser;
    const created = await page.request.post("/api/v1/cohorts", {
      data: { name: "Keeps cohort" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { slug, inviteCode } = (await created.json()) as { slug: string; inviteCode: string };
    const dashboard = async (as: Page = page) => {
      const response = await as.request.get(`/api/v1/cohorts/${slug}/dashboard`);
      expect(response.status()).toBe(200);
      return (await response.json()) as {
        cohort: Record<string, unknown>;
        you: Record<string, boolean>;
      };
    };
    await page.goto(`/cohorts/${slug}`);

    // Details (the cohort's own milestones have a form with a description too).
    const detailsCard = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { level: 2, name: "Cohort details" }) });
    const details: [Locator, string][] = [
      [detailsCard.getByLabel("Name", { exact: true }), "Keeps cohort, autumn"],
      [detailsCard.getByLabel("Description (optional)"), "Twelve weeks of MLOps"],
      [detailsCard.getByLabel("Starts on (optional)"), "2026-09-01"],
      [detailsCard.getByLabel("Ends on (optional)"), "2026-11-30"],
    ];
    for (const [field, value] of details) await field.fill(value);
    const saveDetails = page.getByRole("button", { name: "Save details" });
    await save(page, saveDetails);
    await expect(page.getByText("Cohort saved.")).toBeVisible();
    await expectValues(details);
    const cohort = (await dashboard()).cohort;
    expect(cohort).toMatchObject({
      name: "Keeps cohort, autumn",
      description: "Twelve weeks of MLOps",
      startsOn: "2026-09-01",
      endsOn: "2026-11-30",
    });
    await save(page, saveDetails);
    await expect(page.getByText("Cohort saved.")).toBeVisible();
    await expectValues(details);
    expect((await dashboard()).cohort).toEqual(cohort);

    await page.reload();
    await expectValues(details);
    expect((await dashboard()).cohort).toEqual(cohort);

    // Sharing, by a member (organizers and coaches run the cohort and have no sharing form):
    // every box flipped from its default.
    const { context, page: memberPage } = await signedInContext(
      browser,
      baseURL,
      await registerUser(page.request),
    );
    try {
      const joined = await memberPage.request.post("/api/v1/cohorts/join", {
        data: { code: inviteCode },
      });
      expect(joined.status(), await joined.text()).toBe(200);
      await memberPage.goto(`/cohorts/${slug}`);
      const boxes = [
        memberPage.getByRole("checkbox", { name: /Share my progress/ }),
        memberPage.getByRole("checkbox", { name: /Share my hours/ }),
        memberPage.getByRole("checkbox", { name: /Join the leaderboard/ }),
      ];
      const before = (await dashboard(memberPage)).you;
      const flipped = {
        shareProgress: !before.shareProgress,
        shareHours: !before.shareHours,
        leaderboard: !before.leaderboard,
      };
      const wanted = [flipped.shareProgress, flipped.shareHours, flipped.leaderboard];
      for (const [i, box] of boxes.entries()) await box.setChecked(wanted[i]!);
      const saveSharing = memberPage.getByRole("button", { name: "Save sharing" });
      const showsSharing = async () => {
        for (const [i, box] of boxes.entries())
          await expect(box).toBeChecked({ checked: wanted[i]! });
      };
      await save(memberPage, saveSharing);
      await expect(memberPage.getByText("Sharing saved.")).toBeVisible();
      await showsSharing();
      expect((await dashboard(memberPage)).you).toEqual(flipped);
      await save(memberPage, saveSharing);
      await expect(memberPage.getByText("Sharing saved.")).toBeVisible();
      await showsSharing();
      expect((await dashboard(memberPage)).you).toEqual(flipped);

      await memberPage.reload();
      await showsSharing();
      expect((await dashboard(memberPage)).you).toEqual(flipped);
    } finally {
      await context.close();
    }
  });
});
