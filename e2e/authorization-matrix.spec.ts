import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIResponse, BrowserContext, Page } from "@playwright/test";
import {
  expect,
  firstName,
  registerUser,
  signInThroughAuthJs,
  test,
  type Credentials,
} from "./fixtures";

/*
 * The screens' authorization matrix (docs/ARCHITECTURE.md, "The policy"): every app/**\/page.tsx,
 * found on disk at test time, visited as each of eight roles. A page without
 * an entry in SCREENS fails, so a new screen cannot ship without deciding who
 * may see it. Parametrised screens aim at learner A's data (A's mentee view,
 * A's cohort K, A's private profile); what a role may not see is the 404 page
 * and shows nothing of it.
 */

const ROLES = [
  "anonymous",
  "owner", // learner A
  "otherLearner", // B
  "activeCoach", // C, coaching A now
  "endedCoach", // E, whose link to A has ended
  "organizer", // O, organizes cohort K (A and M are members)
  "member", // M, in cohort K with A
  "nonMember", // N, in no cohort and no coaching link
] as const;
type Role = (typeof ROLES)[number];
type SignedIn = Exclude<Role, "anonymous">;

/**
 * ok: 200 and the screen's heading · 404: the not-found page · sign-in: sent to
 * sign in with the screen as callbackUrl · moved: redirected to `movedTo`.
 */
type Outcome = "ok" | "404" | "sign-in" | "moved";
type Row = readonly [
  anonymous: Outcome,
  owner: Outcome,
  otherLearner: Outcome,
  activeCoach: Outcome,
  endedCoach: Outcome,
  organizer: Outcome,
  member: Outcome,
  nonMember: Outcome,
];

type World = {
  users: Record<SignedIn | "public", Credentials & { id: string }>;
  ownerSlug: string;
  publicSlug: string;
  cohort: { name: string; slug: string; code: string };
  /** The path of B's personal invitation to K (roster import). */
  invitationPath: string;
  /** The verification page of A's tier-1 badge. */
  badgePath: string;
};

type Scenario = {
  label: string;
  path: (w: World) => string;
  expect: Row;
  /** The h1 a role sees on "ok" (default: any non-empty h1). */
  heading?: (w: World, role: Role) => string | RegExp;
  movedTo?: (w: World, role: Role) => string;
  /** What the 404 page must not show of the target (to anyone but A). */
  hidden?: (w: World) => string;
  /** The 404 page's text, when the screen has a not-found page of its own. */
  notFoundText?: string;
};

const NOT_FOUND = "This page could not be found.";

const OWN = (heading?: Scenario["heading"]): Scenario[] => [
  {
    label: "the caller's own",
    path: () => "",
    expect: ["sign-in", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
    heading,
  },
];
/** Where signing in leads: Coaching for C, who coaches A and has no learning of their own. */
const home = (role: Role) => (role === "activeCoach" ? "/coaching" : "/dashboard");
const signedInGoesHome: Row = ["ok", "moved", "moved", "moved", "moved", "moved", "moved", "moved"];

// [anonymous, owner, otherLearner, activeCoach, endedCoach, organizer, member, nonMember]
const SCREENS: Record<string, Scenario[]> = {
  "/": [
    { label: "landing", path: () => "/", expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"] },
  ],
  "/sign-in": [
    {
      label: "signed in: on to the dashboard",
      path: () => "/sign-in",
      expect: signedInGoesHome,
      heading: () => "Sign in to Epoch",
      movedTo: (_w, role) => home(role),
    },
  ],
  "/forgot-password": [
    {
      // Open to everyone, signed in or not: asking for a link says nothing about any account.
      label: "open to all",
      path: () => "/forgot-password",
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: () => "Forgot your password?",
    },
  ],
  "/reset-password/[token]": [
    {
      // A token nobody was sent: the page says the link does not work, to everyone alike.
      label: "a link that opens nothing",
      path: () => `/reset-password/${randomBytes(32).toString("base64url")}`,
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: () => "Choose a new password",
    },
  ],
  "/verify-email/[token]": [
    {
      // A link nobody was sent: the page only offers a button; nothing is verified by a visit.
      label: "open to all",
      path: () => `/verify-email/${randomBytes(32).toString("base64url")}`,
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: () => "Confirm your email",
    },
  ],
  "/sign-up": [
    {
      label: "signed in: on to the dashboard",
      path: () => "/sign-up",
      expect: signedInGoesHome,
      heading: () => "Create your Epoch account",
      movedTo: (_w, role) => home(role),
    },
  ],
  "/dashboard": [
    {
      label: "the caller's own (C, a coach with no learning of their own, moves on to Coaching)",
      path: () => "",
      expect: ["sign-in", "ok", "ok", "moved", "ok", "ok", "ok", "ok"],
      heading: (w, role) => `Welcome, ${firstName(w.users[role as SignedIn])}`,
      movedTo: () => "/coaching",
    },
  ],
  "/roadmap": OWN(),
  "/skills": OWN(),
  "/log": OWN(),
  "/certifications": OWN(),
  "/projects": OWN(),
  "/reading": OWN(),
  "/events": OWN(),
  "/cohorts": OWN(),
  "/coaching": OWN(),
  "/notifications": OWN(() => "Notifications"),
  "/settings": OWN(() => "Settings"),
  "/cohorts/[slug]": [
    {
      label: "cohort K",
      path: (w) => `/cohorts/${w.cohort.slug}`,
      expect: ["sign-in", "ok", "404", "404", "404", "ok", "ok", "404"],
      heading: (w) => w.cohort.name,
      hidden: (w) => w.cohort.name,
    },
  ],
  "/cohorts/join/[code]": [
    {
      label: "a code that opens nothing",
      path: () => `/cohorts/join/NOSUCHCODE${randomBytes(3).toString("hex").toUpperCase()}`,
      // Signed out too: an invite link is open to visitors.
      expect: ["404", "404", "404", "404", "404", "404", "404", "404"],
      notFoundText: "This invite link no longer works",
    },
    {
      // Whoever holds the code may see the invitation (signed out too, with Sign in / Sign up);
      // members go straight to the cohort.
      label: "K's code",
      path: (w) => `/cohorts/join/${w.cohort.code}`,
      expect: ["ok", "moved", "ok", "ok", "ok", "moved", "moved", "ok"],
      heading: () => "Join a cohort",
      movedTo: (w) => `/cohorts/${w.cohort.slug}`,
    },
  ],
  "/cohorts/invitation/[token]": [
    {
      // A token nobody was sent: the page says the link is not valid, to everyone alike.
      label: "a link that opens nothing",
      path: () => `/cohorts/invitation/${randomBytes(32).toString("base64url")}`,
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: () => "Join a cohort",
    },
    {
      // The link shows the invitation to whoever holds it; only B (the invited email) gets the
      // Join button, everyone else is told it is for another email (e2e/roster-import.spec.ts).
      label: "B's personal invitation to K",
      path: (w) => w.invitationPath,
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: () => "Join a cohort",
    },
  ],
  "/coaching/mentees/[userId]": [
    {
      // Only an active coach: not A themself, not an ended coach, not A's cohort.
      label: "A's mentee view",
      path: (w) => `/coaching/mentees/${w.users.owner.id}`,
      expect: ["sign-in", "404", "404", "ok", "404", "404", "404", "404"],
      heading: (w) => w.users.owner.name,
      hidden: (w) => w.users.owner.name,
    },
  ],
  "/badges/[id]": [
    {
      // A badge's verification page is public: everyone reads it, signed in or not.
      label: "A's badge",
      path: (w) => w.badgePath,
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: () => "Tier 1 · Foundations",
    },
    {
      label: "a badge that does not exist",
      path: () => "/badges/00000000-0000-4000-8000-000000000000",
      expect: ["404", "404", "404", "404", "404", "404", "404", "404"],
      notFoundText: "Epoch has not issued a badge at this address.",
    },
  ],
  "/u/[slug]": [
    {
      // The public page shows only what is public: nothing of a private profile, to A included.
      label: "A's private profile",
      path: (w) => `/u/${w.ownerSlug}`,
      expect: ["404", "404", "404", "404", "404", "404", "404", "404"],
      hidden: (w) => w.users.owner.name,
    },
    {
      label: "P's public profile",
      path: (w) => `/u/${w.publicSlug}`,
      expect: ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
      heading: (w) => w.users.public.name,
    },
  ],
};

// ---------------------------------------------------------------- the pages on disk

const APP = fileURLToPath(new URL("../app", import.meta.url));

/** Every app/**\/page.tsx as its route pattern: route groups like (app) dropped. */
function pagePatterns(): string[] {
  return readdirSync(APP, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.+\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

const PAGES = pagePatterns();

// ---------------------------------------------------------------- the world

let world: World;
const pages = new Map<Role, Page>();
const contexts: BrowserContext[] = [];

async function ok(response: Promise<APIResponse>, status = 200) {
  const r = await response;
  expect(r.status(), await r.text()).toBe(status);
  return r.json() as Promise<Record<string, unknown>>;
}

// One world for the file: its tests run in order in one worker.
test.describe.configure({ mode: "default" });

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  testInfo.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL;
  const request = await playwright.request.newContext({ baseURL });
  const tag = randomBytes(3).toString("hex");
  const names: Record<SignedIn | "public", string> = {
    owner: "Owner",
    otherLearner: "Other",
    activeCoach: "Coach",
    endedCoach: "Ended",
    organizer: "Organizer",
    member: "Member",
    nonMember: "Stranger",
    public: "Public",
  };
  const users = {} as World["users"];
  for (const [role, name] of Object.entries(names) as [SignedIn | "public", string][]) {
    const credentials = await registerUser(request, {
      name: `${name}${tag} Matrix`,
      email: `matrix-${role.toLowerCase()}-${tag}@example.test`,
      password: `pw-${randomBytes(6).toString("hex")}`,
    });
    users[role] = { ...credentials, id: "" };
  }
  await request.dispose();

  // A browser per role, signed in through Auth.js's endpoint (the form has tests of its own, and
  // eight forms and dashboards rendered at once outlast the timeouts on a busy machine); the API
  // calls below ride on the same cookie.
  const anonymous = await browser.newContext({ baseURL });
  contexts.push(anonymous);
  pages.set("anonymous", await anonymous.newPage());
  const signIn = async (role: SignedIn | "public") => {
    const context = await browser.newContext({ baseURL });
    contexts.push(context);
    const page = await context.newPage();
    expect(
      await signInThroughAuthJs(context.request, users[role]),
      `${role} signed in`,
    ).toBeTruthy();
    users[role].id = (await ok(page.request.get("/api/v1/me"))).id as string;
    return page;
  };
  const signedIn = await Promise.all(
    (Object.keys(names) as (SignedIn | "public")[]).map(async (r) => [r, await signIn(r)] as const),
  );
  const api = Object.fromEntries(signedIn.map(([r, page]) => [r, page.request])) as Record<
    SignedIn | "public",
    Page["request"]
  >;
  for (const [role, page] of signedIn) if (role !== "public") pages.set(role, page);

  // Coaching: C active; E's link ended by A.
  for (const coach of ["activeCoach", "endedCoach"] as const) {
    const { id } = await ok(
      api[coach].post("/api/v1/coaching/invitations", {
        data: { email: users.owner.email, role: "mentee" },
      }),
      201,
    );
    await ok(api.owner.post(`/api/v1/coaching/invitations/${id as string}/accept`));
  }
  const ended = await api.owner.delete(`/api/v1/coaching/${users.endedCoach.id}/${users.owner.id}`);
  expect(ended.status()).toBe(204);

  // Cohort K by O, with A and M.
  const cohortName = `Matrix cohort ${tag}`;
  const cohort = await ok(
    api.organizer.post("/api/v1/cohorts", { data: { name: cohortName } }),
    201,
  );
  for (const role of ["owner", "member"] as const)
    await ok(api[role].post("/api/v1/cohorts/join", { data: { code: cohort.inviteCode } }));

  // B is invited to K by email (roster import); the link is listed, as no mail is sent.
  await ok(
    api.organizer.post(`/api/v1/cohorts/${cohort.slug as string}/invitations`, {
      data: { emails: [users.otherLearner.email] },
    }),
  );
  const invitations = await ok(
    api.organizer.get(`/api/v1/cohorts/${cohort.slug as string}/invitations`),
  );
  const [invitation] = invitations.items as { link: string }[];

  // A's profile has an address but is private; P's is public.
  const ownerSlug = `matrix-a-${tag}`;
  await ok(api.owner.patch("/api/v1/me", { data: { slug: ownerSlug, publicProfile: false } }));
  const publicMe = await ok(api.public.patch("/api/v1/me", { data: { publicProfile: true } }));

  // A reaches tier 1 and claims its badge.
  for (const [skill, level] of [
    ["python", 2],
    ["linear-algebra", 2],
    ["calculus", 2],
    ["probability", 2],
    ["sql", 1],
  ] as const)
    await ok(api.owner.put(`/api/v1/me/skills/${skill}`, { data: { level } }));
  await ok(
    api.owner.post("/api/v1/me/activities", {
      data: {
        date: new Date().toISOString().slice(0, 10),
        minutes: 1200,
        kind: "course",
        title: "Foundations",
      },
    }),
    201,
  );
  await ok(
    api.owner.post("/api/v1/me/projects", { data: { title: "First", status: "building" } }),
    201,
  );
  const badge = await ok(api.owner.post("/api/v1/me/badges", { data: { tier: 1 } }), 201);

  world = {
    badgePath: `/badges/${badge.id as string}`,
    users,
    ownerSlug,
    publicSlug: (publicMe.profile as { slug: string }).slug,
    cohort: { name: cohortName, slug: cohort.slug as string, code: cohort.inviteCode as string },
    invitationPath: new URL(invitation!.link).pathname,
  };
});

test.afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
});

// ---------------------------------------------------------------- visiting

async function expectOutcome(role: Role, scenario: Scenario, url: string, expected: Outcome) {
  const page = pages.get(role)!;
  const response = await page.goto(url);
  const h1 = page.getByRole("heading", { level: 1 });
  const where = `${url} as ${role}`;
  switch (expected) {
    case "sign-in":
      await expect(page, where).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(url)}`);
      await expect(h1, where).toHaveText("Sign in to Epoch");
      break;
    case "moved":
      await expect(page, where).toHaveURL(scenario.movedTo!(world, role));
      break;
    case "ok": {
      expect(response?.status(), where).toBe(200);
      expect(new URL(page.url()).pathname, where).toBe(url);
      const heading = scenario.heading?.(world, role);
      if (heading) await expect(h1, where).toHaveText(heading);
      else await expect(h1, where).toHaveText(/\S/);
      await expect(page.getByText(NOT_FOUND), where).toHaveCount(0);
      break;
    }
    case "404": {
      expect(response?.status(), where).toBe(404);
      expect(new URL(page.url()).pathname, where).toBe(url);
      await expect(page.getByText(scenario.notFoundText ?? NOT_FOUND), where).toBeVisible();
      const hidden = scenario.hidden?.(world);
      if (hidden && role !== "owner") await expect(page.getByText(hidden), where).toHaveCount(0);
      break;
    }
  }
}

/** An assertion's message on one line, without colours. */
const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/\s+/g, " ")
    .slice(0, 300);

test("every page on disk has a matrix entry, and every entry a page", () => {
  expect(PAGES.length).toBeGreaterThan(15);
  expect(
    PAGES.filter((p) => !(p in SCREENS)),
    "pages without a SCREENS entry",
  ).toEqual([]);
  expect(
    Object.keys(SCREENS).filter((p) => !PAGES.includes(p)),
    "SCREENS entries with no page",
  ).toEqual([]);
});

for (const pattern of PAGES) {
  const scenarios = SCREENS[pattern];
  if (!scenarios) {
    test(`${pattern} has a matrix entry`, () => {
      expect(
        SCREENS[pattern],
        `app has a page for ${pattern} but SCREENS has no entry for it`,
      ).toBeDefined();
    });
    continue;
  }
  for (const scenario of scenarios) {
    test(`${pattern} — ${scenario.label}`, async () => {
      // Eight browsers load the screen at once: on a busy two-core machine that outlasts 30 s.
      test.slow();
      const url = scenario.path(world) || pattern;
      // Roles are independent browsers: visit concurrently, report each.
      const results = await Promise.allSettled(
        ROLES.map((role, i) =>
          test.step(`as ${role}: ${scenario.expect[i]}`, () =>
            expectOutcome(role, scenario, url, scenario.expect[i]!)),
        ),
      );
      const failed = results.flatMap((r, i) =>
        r.status === "rejected" ? [`${ROLES[i]}: ${messageOf(r.reason)}`] : [],
      );
      expect(failed, `${url}`).toEqual([]);
    });
  }
}
