// The benchmark's dataset: its learners and their records, written through the app's schema
// (db/schema.ts) with drizzle, in bulk inserts; the rollups and the sessions and API tokens the
// benchmark acts with come from the app's own functions in lib/.
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import {
  activities,
  activityDays,
  activityTotals,
  certifications,
  coachingLinks,
  cohortMembers,
  cohortMilestoneAttestations,
  cohortMilestones,
  cohorts,
  events,
  milestoneAttestations,
  milestones,
  notes,
  notifications,
  papers,
  profiles,
  projects,
  resources,
  sessions,
  skillRatingHistory,
  skillRatings,
  skills,
  users,
} from "@/db/schema";
import { rebuildActivityDays } from "@/lib/activities/rollup";
import { SESSION_COOKIE } from "@/lib/auth/session-cookies.mjs";
import { createSession } from "@/lib/auth/sessions";
import { createApiToken } from "@/lib/auth/tokens";
import { setProfileSlug } from "@/lib/profiles/slugs";
import { bumpDataRevision } from "@/lib/progress/data-revision";

export type BenchSettings = {
  learners: number;
  perLearner: number;
  heavy: number;
  light: number;
  cohortSize: number;
  historyDays: number;
};

export type Role = "heavy" | "light" | "writer" | "organizer";

export type Dataset = {
  people: Record<Role, string>;
  cookies: Record<Role, string>;
  tokens: Record<Role, string>;
  cohortSlug: string;
  cohortId: string;
};

const log = (...a: unknown[]) => console.log(...a);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A seeded generator (mulberry32): the same settings give the same dataset's shape. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Rows per INSERT: at most 65,534 parameters a statement, and the widest rows have ten columns.
const CHUNK = 4000;
// INSERTs in flight at once.
const IN_FLIGHT = 3;

/** Inserts rows as they are generated, CHUNK at a time; returns how many. */
async function insertAll<T extends PgTable>(
  db: Database,
  table: T,
  rows: Iterable<T["$inferInsert"]>,
): Promise<number> {
  let total = 0;
  let chunk: T["$inferInsert"][] = [];
  const running = new Set<Promise<unknown>>();
  const flush = async () => {
    if (!chunk.length) return;
    const values = chunk;
    chunk = [];
    total += values.length;
    const p: Promise<unknown> = db
      .insert(table)
      .values(values)
      .then(() => running.delete(p));
    running.add(p);
    if (running.size >= IN_FLIGHT) await Promise.race(running);
  };
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  await Promise.all(running);
  return total;
}

/** Runs `fn` for every item, `width` at a time. */
async function eachLimited<T>(items: T[], width: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

export async function generate(
  db: Database,
  S: BenchSettings,
  authSecret: string,
): Promise<Dataset> {
  const t0 = performance.now();
  const step = async (label: string, work: () => Promise<number | void>) => {
    const t = performance.now();
    const n = await work();
    log(
      `  ${label.padEnd(34)} ${String(n ?? "").padStart(9)} rows  ${seconds(performance.now() - t)}`,
    );
  };
  const random = seeded(42);
  const pick = <V>(values: readonly V[]): V => values[Math.floor(random() * values.length)]!;
  const skillSlugs = (
    await db.select({ slug: skills.slug }).from(skills).where(isNull(skills.retiredAt))
  )
    .map((r) => r.slug)
    .sort();
  const attested = (
    await db
      .select({ id: milestones.id })
      .from(milestones)
      .where(and(isNull(milestones.retiredAt), sql`${milestones.criteria}->>'kind' = 'attested'`))
  ).map((r) => r.id);
  const roadmapMilestones = await db
    .select({ id: milestones.id })
    .from(milestones)
    .where(isNull(milestones.retiredAt))
    .orderBy(milestones.position);
  const skill = () => pick(skillSlugs);
  const N = S.learners;
  const firstSmall = 4 + S.cohortSize; // learners from here on are in small cohorts of 20
  const SMALL_COHORTS = Math.max(0, Math.min(199, Math.floor((N - firstSmall + 1) / 20)));
  const now = Date.now();
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  const daysFromToday = (d: number) => isoDay(today + d * DAY);
  const ago = (days: number) => new Date(now - days * DAY);

  // The plan: who the learners are and how many records of each kind they have.
  const TIMEZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Tokyo"];
  const learners = Array.from({ length: N }, (_, i) => {
    const n = i + 1;
    const r = (heavy: number, light: number, other: () => number) =>
      n === 1 ? heavy : n === 2 ? light : other();
    return {
      n,
      id: randomUUID(),
      acts: r(S.heavy, S.light, () => Math.floor(random() * (2 * S.perLearner + 1))),
      // About 5 certifications, projects and papers per learner: 50,000 together for 10,000.
      projs: r(40, 1, () => Math.floor(random() * 4)),
      certs: r(15, 0, () => Math.floor(random() * 3)),
      paps: r(300, 2, () => Math.floor(random() * 6)),
      evts: r(60, 1, () => Math.floor(random() * 9)),
      tz: n <= 4 ? "UTC" : TIMEZONES[n % 5]!,
    };
  });
  const learner = (n: number) => learners[n - 1]!;
  function* each<R>(rowsOf: (l: (typeof learners)[number]) => Iterable<R>) {
    for (const l of learners) yield* rowsOf(l);
  }
  const times = (k: number) => Array.from({ length: k }, (_, i) => i + 1);

  await step("users", () =>
    insertAll(
      db,
      users,
      each((l) => [
        {
          id: l.id,
          name:
            ["Heavy Learner", "Light Learner", "Writer Learner", "Cohort Organizer"][l.n - 1] ??
            `Learner ${String(l.n).padStart(6, "0")}`,
          email: `bench-${l.n}@bench.local`,
          emailVerified: new Date(now),
          createdAt: ago(800),
        },
      ]),
    ),
  );
  await step("profiles", () =>
    insertAll(
      db,
      profiles,
      each((l) => [
        {
          userId: l.id,
          headline: "Aspiring ML engineer",
          targetTrack:
            l.n <= 4 ? "mlops" : [null, "mlops", "responsible-ai", "quantum-ml"][l.n % 4]!,
          weeklyHoursGoal: 5 + (l.n % 15),
          timezone: l.tz,
        },
      ]),
    ),
  );
  await step("activities", () =>
    insertAll(
      db,
      activities,
      each((l) =>
        times(l.acts).map((g) => ({
          userId: l.id,
          date: daysFromToday(-1 - Math.floor(random() * S.historyDays)),
          minutes: 15 + Math.floor(random() * 166),
          kind: pick(["course", "reading", "project", "practice", "event", "other"]),
          title: `Study session ${g}`,
          path: pick(["formal", "online", "projects", null]),
          skills: random() < 0.5 ? [skill()] : [skill(), skill()],
          notes: random() < 0.3 ? "Notes on what was covered and what to revisit next time." : null,
        })),
      ),
    ),
  );
  // The rollups as the app rebuilds them after a bulk import (both in one pass, per learner).
  const rowsOf = async (table: typeof activityDays | typeof activityTotals) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  await step("activity_days (rollup)", async () => {
    await eachLimited(learners, 4, (l) => rebuildActivityDays(db, l.id));
    return rowsOf(activityDays);
  });
  await step("activity_totals (rollup)", () => rowsOf(activityTotals));
  // Two learners in five (and the four the benchmark acts as) rate every skill, the others none.
  const ratings = learners.flatMap((l) =>
    (l.n <= 4 || random() < 0.4 ? skillSlugs : []).map((slug) => ({
      userId: l.id,
      skillSlug: slug,
      level: Math.floor(random() * 5),
      updatedAt: new Date(now - random() * 300 * DAY),
    })),
  );
  await step("skill_ratings", () => insertAll(db, skillRatings, ratings));
  await step("skill_rating_history", () =>
    insertAll(
      db,
      skillRatingHistory,
      ratings.map((r) => ({
        userId: r.userId,
        skillSlug: r.skillSlug,
        level: r.level,
        changedAt: r.updatedAt,
      })),
    ),
  );
  await step("projects", () =>
    insertAll(
      db,
      projects,
      each((l) =>
        times(l.projs).map((g) => ({
          userId: l.id,
          title: `Project ${g}`,
          summary: "A portfolio project.",
          repoUrl: random() < 0.6 ? `https://github.com/example/project-${g}` : null,
          status: pick(["idea", "building", "shipped"]),
          openSource: random() < 0.2,
          track: pick([null, "mlops", "responsible-ai", "quantum-ml"]),
          skills: [skill()],
        })),
      ),
    ),
  );
  await step("certifications", () =>
    insertAll(
      db,
      certifications,
      each((l) =>
        times(l.certs).map((g) => ({
          userId: l.id,
          name: `Certification ${g}`,
          issuer: "Cloud vendor",
          status: pick(["planned", "in_progress", "earned", "earned"]),
          issuedOn: daysFromToday(-Math.floor(random() * 700)),
          expiresOn: random() < 0.6 ? daysFromToday(Math.floor(random() * 900) - 200) : null,
          skills: [pick(["aws", "gcp", "azure", "python", "pytorch"])],
        })),
      ),
    ),
  );
  await step("papers", () =>
    insertAll(
      db,
      papers,
      each((l) =>
        times(l.paps).map((g) => ({
          userId: l.id,
          title: `Paper ${g}`,
          status: pick(["to_read", "reading", "read", "read"]),
          readOn: daysFromToday(-Math.floor(random() * 700)),
          topic: pick([null, "responsible-ai", "quantum-ml", "nlp", "vision"]),
        })),
      ),
    ),
  );
  await step("events", () =>
    insertAll(
      db,
      events,
      each((l) =>
        times(l.evts).map((g) => ({
          userId: l.id,
          title: `Event ${g}`,
          kind: pick(["conference", "meetup", "forum", "talk"]),
          date: daysFromToday(60 - Math.floor(random() * 760)),
        })),
      ),
    ),
  );
  if (attested.length) {
    await step("milestone_attestations", () =>
      insertAll(
        db,
        milestoneAttestations,
        each((l) =>
          attested
            .filter(() => random() < 0.3)
            .map((milestoneId) => ({ userId: l.id, milestoneId, note: "Done." })),
        ),
      ),
    );
  }
  await step("notifications", () =>
    insertAll(
      db,
      notifications,
      each((l) =>
        times(1 + (l.n % 5)).map((g) => ({
          userId: l.id,
          kind: "review_decided" as const,
          title: "Your review was decided",
          link: "/coaching",
          createdAt: ago(3 * g),
          readAt: random() < 0.7 ? new Date(now) : null,
        })),
      ),
    ),
  );
  await step("sessions (one per learner)", () =>
    insertAll(
      db,
      sessions,
      each((l) => [
        {
          sessionToken: randomBytes(16).toString("hex") + l.n,
          userId: l.id,
          expires: new Date(now + 30 * DAY),
        },
      ]),
    ),
  );
  // The big cohort: the organizer (learner 4), the heavy and the light learners (1 and 2, so
  // that both dashboards show the cohort's own milestones and the flat-cost comparison is of
  // history alone) and the next cohortSize - 3 learners.
  const [big] = await db
    .insert(cohorts)
    .values({
      slug: `bench-cohort-${S.cohortSize}`,
      name: `Bench cohort (${S.cohortSize})`,
      description: "The benchmark's large cohort.",
      startsOn: daysFromToday(-120),
      inviteCode: `BENCHBIG${Math.floor(random() * 1e6)}`,
      createdBy: learner(4).id,
    })
    .returning({ id: cohorts.id, slug: cohorts.slug });
  await step("cohort_members (big cohort)", () =>
    insertAll(
      db,
      cohortMembers,
      learners
        .filter((l) => l.n === 4 || l.n <= 2 || (l.n >= 5 && l.n <= firstSmall - 3))
        .map((l) => ({
          userId: l.id,
          cohortId: big!.id,
          role: l.n === 4 ? "organizer" : "member",
          shareProgress: l.n === 4 || random() < 0.9,
          shareHours: l.n === 4 || random() < 0.5,
          leaderboard: random() < 0.3,
        })),
    ),
  );
  // The big cohort's own milestones: 30, of every kind, half of them with a due date (some
  // past); the attested ones checked off by about half the members.
  const COHORT_MILESTONES = 30;
  const milestoneKinds = ["attested", "hours", "skill", "project", "certification"] as const;
  const ownMilestones = await db
    .insert(cohortMilestones)
    .values(
      times(COHORT_MILESTONES).map((g) => {
        const kind = milestoneKinds[(g - 1) % milestoneKinds.length]!;
        const criteria =
          kind === "hours"
            ? { hours: 10 * g, from: daysFromToday(-120) }
            : kind === "skill"
              ? { skill: skillSlugs[g % skillSlugs.length]!, level: 1 + (g % 4) }
              : kind === "attested"
                ? {}
                : { count: 1 + (g % 3) };
        return {
          cohortId: big!.id,
          title: `Bootcamp milestone ${g}`,
          description: `What week ${g} of the bootcamp asks for.`,
          kind,
          criteria,
          dueOn: g % 2 ? daysFromToday(7 * g - 60) : null,
          createdBy: learner(4).id,
        };
      }),
    )
    .returning({ id: cohortMilestones.id, kind: cohortMilestones.kind });
  await step(`cohort_milestone_attestations (${COHORT_MILESTONES} milestones)`, () =>
    insertAll(
      db,
      cohortMilestoneAttestations,
      ownMilestones
        .filter((m) => m.kind === "attested")
        .flatMap((m) =>
          learners
            .filter((l) => (l.n <= 2 || (l.n >= 5 && l.n <= firstSmall - 3)) && random() < 0.5)
            .map((l) => ({ userId: l.id, cohortMilestoneId: m.id })),
        ),
    ),
  );
  // The heavy learner's notes and resources: 200 in all, on milestones and skills.
  const subjects = [
    ...roadmapMilestones.map((m) => ({ subjectType: "milestone" as const, subjectId: m.id })),
    ...skillSlugs.map((slug) => ({ subjectType: "skill" as const, subjectId: slug })),
  ];
  const heavyNotes = Math.min(100, subjects.length);
  await step("notes and resources (heavy learner: 200)", async () => {
    await insertAll(
      db,
      notes,
      subjects.slice(0, heavyNotes).map((subject, i) => ({
        userId: learner(1).id,
        ...subject,
        body: `Week ${i + 1}: worked through the exercises; revisit gradient clipping and the learning-rate schedule.\n\nSee https://example.com/notes/${i + 1}`,
      })),
    );
    await insertAll(
      db,
      resources,
      times(200 - heavyNotes).map((g) => ({
        userId: learner(1).id,
        ...subjects[g % subjects.length]!,
        title: `Resource ${g}: a tutorial`,
        url: `https://example.com/resources/${g}`,
        done: g % 3 === 0,
        sharedWithCoach: g % 4 === 0,
      })),
    );
    return 200;
  });
  // 199 more cohorts of 20 (200 in all), so cohort_members is not tiny.
  const small: { id: string; slug: string }[] = [];
  await step(`cohorts (${SMALL_COHORTS} small, 20 members)`, async () => {
    if (!SMALL_COHORTS) return 0;
    small.push(
      ...(await db
        .insert(cohorts)
        .values(
          times(SMALL_COHORTS).map((g) => ({
            slug: `bench-small-${g - 1}`,
            name: `Study group ${g - 1}`,
            inviteCode: `BSMALL${g - 1}`,
            createdBy: learner(firstSmall + (g - 1) * 20).id,
          })),
        )
        .returning({ id: cohorts.id, slug: cohorts.slug })),
    );
    return small.length;
  });
  const smallId = new Map(small.map((c) => [c.slug, c.id]));
  await step("cohort_members (small cohorts)", () =>
    insertAll(
      db,
      cohortMembers,
      learners
        .filter((l) => l.n >= firstSmall && l.n <= firstSmall + SMALL_COHORTS * 20 - 1)
        .map((l) => ({
          userId: l.id,
          cohortId: smallId.get(`bench-small-${Math.floor((l.n - firstSmall) / 20)}`)!,
          role: (l.n - firstSmall) % 20 === 0 ? "organizer" : "member",
          shareProgress: random() < 0.9,
          shareHours: random() < 0.5,
          leaderboard: random() < 0.3,
        })),
    ),
  );
  // 500 coaches with 10 mentees each, from the last learners (coaches are learners too).
  const COACHES = Math.min(500, Math.floor(N / 11));
  await step(`coaching_links (${COACHES} coaches × 10)`, () =>
    insertAll(
      db,
      coachingLinks,
      times(COACHES).flatMap((c) =>
        times(10).map((m) => ({
          coachId: learner(N - COACHES + c).id,
          menteeId: learner(N - COACHES * 11 + (c - 1) * 10 + m).id,
        })),
      ),
    ),
  );
  // The learners the benchmark acts as, with sessions and API tokens of their own.
  const people: Record<Role, string> = {
    heavy: learner(1).id,
    light: learner(2).id,
    writer: learner(3).id,
    organizer: learner(4).id,
  };
  // The organizer also coaches the heavy learner (for the mentee screen's first-load JS), and the
  // heavy learner's profile is public (for /u/<slug>).
  await db.insert(coachingLinks).values({ coachId: people.organizer, menteeId: people.heavy });
  await db.update(profiles).set({ publicProfile: true }).where(eq(profiles.userId, people.heavy));
  await setProfileSlug(db, people.heavy, "bench-heavy");
  // Written in bulk, past the app's functions: every learner's data revision goes up once, as
  // the app's own writes raise it, so no cache keyed by it predates the dataset.
  await step("data_revision (every learner)", async () => {
    await bumpDataRevision(
      db,
      learners.map((l) => l.id),
    );
    return N;
  });
  const { encode } = await import("next-auth/jwt");
  const cookies = {} as Record<Role, string>;
  const tokens = {} as Record<Role, string>;
  for (const [role, userId] of Object.entries(people) as [Role, string][]) {
    const sid = await createSession(userId);
    const jwt = await encode({
      token: { sub: userId, sid },
      secret: authSecret,
      salt: SESSION_COOKIE,
    });
    cookies[role] = `${SESSION_COOKIE}=${jwt}`;
    tokens[role] = (await createApiToken(userId, "bench")).token;
  }
  const tv = performance.now();
  await db.execute(sql`vacuum analyze`);
  log(
    `  ${"vacuum analyze".padEnd(34)} ${"".padStart(9)}       ${seconds(performance.now() - tv)}`,
  );
  log(`Dataset generated in ${seconds(performance.now() - t0)}.`);
  return { people, cookies, tokens, cohortSlug: big!.slug, cohortId: big!.id };
}

/** The size of every table the benchmark fills, as PostgreSQL's statistics estimate it. */
export async function tableSizes(db: Database, tables: string[]) {
  const rows = await db.execute<{ relname: string; rows: string; bytes: string }>(sql`
    select relname, reltuples::bigint as rows, pg_total_relation_size(oid) as bytes
    from pg_class where relkind = 'r' and relname = any(${`{${tables.join(",")}}`}::text[])`);
  return new Map(rows.map((r) => [r.relname, Number(r.rows)]));
}

export async function describeDataset(db: Database, data: Dataset, tables: string[]) {
  const sizes = await tableSizes(db, tables);
  const countOf = async (table: typeof activities | typeof activityDays, userId: string) => {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.userId, userId));
    return row?.n ?? 0;
  };
  const [{ bytes }] = (await db.execute<{ bytes: string }>(
    sql`select pg_database_size(current_database()) as bytes`,
  )) as unknown as [{ bytes: string }];
  log("\nDataset:");
  log("  " + tables.map((t) => `${t} ${(sizes.get(t) ?? 0).toLocaleString("en-US")}`).join(" · "));
  log(
    `  heavy learner: ${await countOf(activities, data.people.heavy)} activities on ${await countOf(activityDays, data.people.heavy)} days · light learner: ${await countOf(activities, data.people.light)} activities on ${await countOf(activityDays, data.people.light)} days · database ${(Number(bytes) / 2 ** 20).toFixed(0)} MB`,
  );
  return sizes;
}
