/**
 * The private calendar feed (docs/DECISIONS.md, "Calendar feed"): GET /api/v1/me/calendar and
 * POST /api/v1/me/calendar/rotate, and the feed itself, GET /calendar/<secret>.ics, read with
 * the URL alone. Real PostgreSQL; the feed is read back with ical.js.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { PgDatabase } from "drizzle-orm/pg-core";
import fc from "fast-check";
import ICAL from "ical.js";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as feedRoute } from "@/app/calendar/[[...path]]/route";
import { db } from "@/db/client";
import {
  calendarFeeds,
  certifications,
  cohortMembers,
  cohortMilestones,
  cohorts,
  events,
  profiles,
  users,
} from "@/db/schema";
import { feedSecret } from "@/lib/calendar/secret";
import {
  createUser,
  jsonRequest,
  ORIGIN,
  signIn,
  tokenFor,
  type TestUser,
} from "../../test-helpers";
import { GET as getFeedUrl } from "./route";
import { POST as rotateRoute } from "./rotate/route";

type Learner = TestUser & { token: string };

async function learner(name: string, timezone: string): Promise<Learner> {
  const user = await createUser({ name });
  await db.update(profiles).set({ timezone }).where(eq(profiles.userId, user.id));
  return { ...user, token: await tokenFor(user.id) };
}

const urlOf = async (token: string | undefined) => {
  const res = await getFeedUrl(jsonRequest("/api/v1/me/calendar", { token }));
  return { res, body: (await res.json()) as { url: string } };
};
const rotate = async (auth: {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}) => {
  const res = await rotateRoute(
    jsonRequest("/api/v1/me/calendar/rotate", { method: "POST", ...auth }),
  );
  return { res, body: (await res.json()) as { url: string } };
};

/** GET a feed URL as Next.js would route it: the path's segments under /calendar, decoded. */
async function fetchFeed(url: string, init: RequestInit = {}): Promise<Response> {
  const { pathname } = new URL(url, ORIGIN);
  const segments = pathname.split("/").slice(2).filter(Boolean).map(decodeURIComponent);
  return feedRoute(new Request(new URL(url, ORIGIN), init), {
    params: Promise.resolve(segments.length ? { path: segments } : {}),
  });
}

function parseFeed(text: string) {
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
  return new Map(
    events.map((e) => [
      String(e.getFirstPropertyValue("uid")),
      {
        summary: String(e.getFirstPropertyValue("summary")),
        start: e.getFirstProperty("dtstart")!,
      },
    ]),
  );
}

const uidHost = new URL(ORIGIN).hostname;
const uid = (type: string, id: string) => `${type}-${id}@${uidHost}`;

let a: Learner; // Pacific/Kiritimati (UTC+14), member of K1
let b: Learner; // America/Adak (UTC−10/−9), member of K2
let organizer: Learner; // runs K3; A is not in it
const ids = {} as Record<string, string>;

async function insertEvent(userId: string, title: string, date: string) {
  const [row] = await db
    .insert(events)
    .values({ userId, title, kind: "meetup", date })
    .returning({ id: events.id });
  return row!.id;
}

async function cohortWith(name: string, members: [Learner, "organizer" | "member"][]) {
  const [k] = await db
    .insert(cohorts)
    .values({ slug: `k-${randomUUID().slice(0, 8)}`, name, inviteCode: randomUUID() })
    .returning({ id: cohorts.id });
  for (const [u, role] of members)
    await db.insert(cohortMembers).values({ userId: u.id, cohortId: k!.id, role });
  return k!.id;
}

async function milestone(cohortId: string, title: string, dueOn: string | null) {
  const [row] = await db
    .insert(cohortMilestones)
    .values({ cohortId, title, kind: "attested", dueOn })
    .returning({ id: cohortMilestones.id });
  return row!.id;
}

beforeAll(async () => {
  [a, b, organizer] = await Promise.all([
    learner("Ada Feed", "Pacific/Kiritimati"),
    learner("Bo Feed", "America/Adak"),
    learner("Olu Organizer", "UTC"),
  ]);
  ids.aPast = await insertEvent(a.id, "A's past meetup", "2026-01-01");
  ids.aFuture = await insertEvent(a.id, "A's planned conference", "2031-12-31");
  ids.bEvent = await insertEvent(b.id, "B's private meetup", "2026-07-04");
  const certs = await db
    .insert(certifications)
    .values([
      {
        userId: a.id,
        name: "Earned, expiring",
        issuer: "X",
        status: "earned",
        expiresOn: "2030-02-28",
      },
      { userId: a.id, name: "Earned, no expiry", issuer: "X", status: "earned" },
      {
        userId: a.id,
        name: "Planned, with a date",
        issuer: "X",
        status: "planned",
        expiresOn: "2030-03-01",
      },
      {
        userId: a.id,
        name: "In progress, with a date",
        issuer: "X",
        status: "in_progress",
        expiresOn: "2030-03-02",
      },
      {
        userId: b.id,
        name: "B's certification",
        issuer: "X",
        status: "earned",
        expiresOn: "2030-04-01",
      },
    ])
    .returning({ id: certifications.id, name: certifications.name });
  // By name: on Citus a multi-row insert returns its rows grouped by shard, not in order.
  ids.aCert = certs.find((c) => c.name === "Earned, expiring")!.id;
  const k1 = await cohortWith("K1", [
    [organizer, "organizer"],
    [a, "member"],
  ]);
  const k2 = await cohortWith("K2", [
    [organizer, "organizer"],
    [b, "member"],
  ]);
  const k3 = await cohortWith("K3", [[organizer, "organizer"]]);
  ids.k1Due = await milestone(k1, "K1 due", "2030-05-31");
  ids.k1Undated = await milestone(k1, "K1 undated", null);
  ids.k2Due = await milestone(k2, "K2 due", "2030-06-30");
  ids.k3Due = await milestone(k3, "K3 due", "2030-07-31");
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("GET /api/v1/me/calendar", () => {
  it("asks for credentials", async () => {
    const { res } = await urlOf(undefined);
    expect(res.status).toBe(401);
  });

  it("makes the feed on first asking and answers the same secret URL after", async () => {
    const before = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, a.id));
    expect(before).toEqual([]);
    const first = await urlOf(a.token);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get("cache-control")).toBe("private, no-store");
    expect(first.body.url).toMatch(
      new RegExp(`^${ORIGIN}/calendar/[0-9a-f]{32}[A-Za-z0-9_-]{22}\\.ics$`),
    );
    const again = await urlOf(a.token);
    expect(again.body.url).toBe(first.body.url);
    // The browser session gets the same URL.
    const { cookie } = await signIn(a.id);
    const res = await getFeedUrl(jsonRequest("/api/v1/me/calendar", { cookie }));
    expect(((await res.json()) as { url: string }).url).toBe(first.body.url);
    const rows = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, a.id));
    expect(rows).toHaveLength(1);
    // The database holds the feed id, never the URL's secret.
    expect(first.body.url).toContain(rows[0]!.feedId.replaceAll("-", ""));
    expect(JSON.stringify(rows)).not.toContain(first.body.url.slice(-25, -4));
  });

  it("gives each user a URL of their own", async () => {
    const [mine, theirs] = await Promise.all([urlOf(a.token), urlOf(b.token)]);
    expect(mine.body.url).not.toBe(theirs.body.url);
  });
});

describe("GET /calendar/<secret>.ics", () => {
  it("answers the learner's feed with the URL alone, as text/calendar that is never cached", async () => {
    const { url } = (await urlOf(a.token)).body;
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const text = await res.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text).toContain("X-WR-CALNAME:Epoch — Ada Feed\r\n");
  });

  it("shows the learner's events, earned certifications' expiry and their own cohorts' due dates", async () => {
    const feed = parseFeed(await (await fetchFeed((await urlOf(a.token)).body.url)).text());
    expect([...feed.keys()].sort()).toEqual(
      [
        uid("event", ids.aPast!),
        uid("event", ids.aFuture!),
        uid("certification-expiry", ids.aCert!),
        uid("cohort-milestone", ids.k1Due!),
      ].sort(),
    );
    expect(feed.get(uid("event", ids.aPast!))!.summary).toBe("A's past meetup");
    expect(feed.get(uid("cohort-milestone", ids.k1Due!))!.summary).toBe("Due: K1 due (K1)");
    expect(feed.get(uid("certification-expiry", ids.aCert!))!.summary).toBe(
      "Earned, expiring expires",
    );
  });

  it("costs four statements: the owner by feed id, then events, certifications and cohort milestones", async () => {
    const { url } = (await urlOf(a.token)).body;
    const select = vi.spyOn(PgDatabase.prototype, "select");
    const insert = vi.spyOn(PgDatabase.prototype, "insert");
    expect((await fetchFeed(url)).status).toBe(200);
    expect(select).toHaveBeenCalledTimes(4);
    // Reading the feed writes nothing.
    expect(insert).not.toHaveBeenCalled();
  });

  it("keeps each item on its stored date for learners in UTC+14 and UTC−10, whatever the server's zone", async () => {
    const original = process.env.TZ;
    try {
      for (const zone of ["America/Adak", "Pacific/Kiritimati", "UTC"]) {
        process.env.TZ = zone;
        const mine = parseFeed(await (await fetchFeed((await urlOf(a.token)).body.url)).text());
        const theirs = parseFeed(await (await fetchFeed((await urlOf(b.token)).body.url)).text());
        const dateOf = (feed: typeof mine, key: string) => {
          const start = feed.get(key)!.start;
          expect(start.type, `${zone} ${key}`).toBe("date");
          return start.getFirstValue()!.toString();
        };
        expect(dateOf(mine, uid("event", ids.aPast!))).toBe("2026-01-01");
        expect(dateOf(mine, uid("event", ids.aFuture!))).toBe("2031-12-31");
        expect(dateOf(mine, uid("cohort-milestone", ids.k1Due!))).toBe("2030-05-31");
        expect(dateOf(mine, uid("certification-expiry", ids.aCert!))).toBe("2030-02-28");
        expect(dateOf(theirs, uid("event", ids.bEvent!))).toBe("2026-07-04");
        expect(dateOf(theirs, uid("cohort-milestone", ids.k2Due!))).toBe("2030-06-30");
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it("never shows another user's items, nor a cohort's the learner is not in", async () => {
    const mine = await (await fetchFeed((await urlOf(a.token)).body.url)).text();
    for (const other of [
      "B's private meetup",
      "B's certification",
      "K2 due",
      "K3 due",
      ids.bEvent!,
      ids.k2Due!,
      ids.k3Due!,
    ])
      expect(mine).not.toContain(other);
    const theirs = await (await fetchFeed((await urlOf(b.token)).body.url)).text();
    expect(theirs).toContain("B's private meetup");
    for (const other of ["A's past meetup", "K1 due", "K3 due", "Ada Feed"])
      expect(theirs).not.toContain(other);
    // An organizer sees the due dates of every cohort they run, and no member's records.
    const runs = parseFeed(await (await fetchFeed((await urlOf(organizer.token)).body.url)).text());
    expect([...runs.keys()].sort()).toEqual(
      [ids.k1Due!, ids.k2Due!, ids.k3Due!].map((id) => uid("cohort-milestone", id)).sort(),
    );
  });

  it("follows membership: leaving a cohort takes its due dates out of the feed", async () => {
    const c = await learner("Cy Leaver", "UTC");
    const k = await cohortWith("K4", [[c, "member"]]);
    const due = await milestone(k, "K4 due", "2030-08-31");
    const { url } = (await urlOf(c.token)).body;
    expect(parseFeed(await (await fetchFeed(url)).text()).has(uid("cohort-milestone", due))).toBe(
      true,
    );
    await db.delete(cohortMembers).where(eq(cohortMembers.userId, c.id));
    expect(parseFeed(await (await fetchFeed(url)).text()).size).toBe(0);
  });

  it("answers a tampered, forged, malformed or unknown secret with a plain-text 404, before any query but for a well-signed one", async () => {
    const { url } = (await urlOf(a.token)).body;
    const secret = url.slice(url.lastIndexOf("/") + 1, -".ics".length);
    // Every read of the app's database handle goes through here (db is a proxy of one).
    const select = vi.spyOn(PgDatabase.prototype, "select");
    const tampered = [
      secret.slice(0, 40) + (secret[40] === "A" ? "B" : "A") + secret.slice(41),
      (secret[0] === "a" ? "b" : "a") + secret.slice(1),
      secret.slice(0, -1),
      `${secret}x`,
      secret.toUpperCase(),
    ];
    const paths = [
      ...tampered.map((s) => `/calendar/${s}.ics`),
      `/calendar/${secret}`,
      `/calendar/${secret}.ICS`,
      `/calendar/${secret}.ics.html`,
      `/calendar/${secret}.ics/x`,
      `/calendar/x/${secret}.ics`,
      "/calendar",
      "/calendar/",
      "/calendar/.ics",
      `/calendar/${encodeURIComponent("<script>")}.ics`,
    ];
    for (const path of paths) {
      const res = await fetchFeed(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toBe("text/plain; charset=utf-8");
      expect(res.headers.get("cache-control"), path).toBe("private, no-store");
      expect(await res.text(), path).not.toMatch(/<html|BEGIN:VCALENDAR/i);
    }
    expect(select).not.toHaveBeenCalled();
    // Well signed, but for a feed id that does not exist: one query, then 404.
    const forged = await fetchFeed(`/calendar/${feedSecret(randomUUID())}.ics`);
    expect(forged.status).toBe(404);
    expect(select).toHaveBeenCalledTimes(1);
  });

  it("answers any hostile path with a 404 in plain text, never a 5xx or an HTML page", async () => {
    const segment = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.stringMatching(/^[0-9a-f]{32}[A-Za-z0-9_-]{22}\.ics$/),
      fc.constantFrom("..", ".", "%00", "\u0000.ics", "a".repeat(5000) + ".ics", "__proto__.ics"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 3 }), async (segments) => {
        const res = await feedRoute(new Request(`${ORIGIN}/calendar/x`), {
          params: Promise.resolve(segments.length ? { path: segments } : {}),
        });
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      }),
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 30) * 3 },
    );
  });
});

describe("POST /api/v1/me/calendar/rotate", () => {
  it("asks for credentials, and refuses a cookie-authenticated call from another site", async () => {
    expect((await rotate({})).res.status).toBe(401);
    const { cookie } = await signIn(a.id);
    const before = (await urlOf(a.token)).body.url;
    const crossSite = await rotate({ cookie, headers: { origin: "https://evil.example" } });
    expect(crossSite.res.status).toBe(403);
    expect((await urlOf(a.token)).body.url).toBe(before);
  });

  it("stops the old URL at once and answers the new one, which Settings and the API then show", async () => {
    const old = (await urlOf(a.token)).body.url;
    expect((await fetchFeed(old)).status).toBe(200);
    const { res, body } = await rotate({ token: a.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(body.url).not.toBe(old);
    expect(body.url).toMatch(/\/calendar\/[0-9a-f]{32}[A-Za-z0-9_-]{22}\.ics$/);
    const gone = await fetchFeed(old);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain("BEGIN:VCALENDAR");
    const fresh = await fetchFeed(body.url);
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toContain("A's past meetup");
    expect((await urlOf(a.token)).body.url).toBe(body.url);
    // Another user's feed is untouched by it.
    expect((await fetchFeed((await urlOf(b.token)).body.url)).status).toBe(200);
  });

  it("makes the feed when there was none yet", async () => {
    const c = await learner("Cam First", "UTC");
    const { res, body } = await rotate({ token: c.token });
    expect(res.status).toBe(200);
    expect((await urlOf(c.token)).body.url).toBe(body.url);
    expect((await fetchFeed(body.url)).status).toBe(200);
  });

  it("ends with the account: a deleted learner's URL answers 404", async () => {
    const d = await learner("Dee Gone", "UTC");
    await insertEvent(d.id, "Dee's meetup", "2026-05-05");
    const { url } = (await urlOf(d.token)).body;
    expect((await fetchFeed(url)).status).toBe(200);
    await db.delete(users).where(eq(users.id, d.id));
    expect((await fetchFeed(url)).status).toBe(404);
  });
});
