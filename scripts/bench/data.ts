// The benchmark's dataset: its learners and their records, written through the app's schema
// (db/schema.ts) with drizzle, in bulk inserts; the rollups and the sessions and API tokens the
// benchmark acts with come from the app's own functions in lib/.
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  activities,
  activityDays,
  activityTotals,
  certifications,
  coachingLinks,
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
import { eachLimited, insertAll, seeded, times } from "./bulk";
import { generateCohorts } from "./data-cohorts";

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

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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
  const big = await generateCohorts({
    db,
    S,
    random,
    step,
    learners,
    daysFromToday,
    skillSlugs,
    firstSmall,
    smallCohorts: SMALL_COHORTS,
  });
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
  return { people, cookies, tokens, cohortSlug: big.slug, cohortId: big.id };
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
