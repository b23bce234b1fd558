/**
 * Content changes keep progress: a second roadmap version renames a
 * milestone, raises a target, moves a skill to another area and retires a
 * milestone, applied in place by syncRoadmapContent. Attestations and coach
 * verifications hang on stable ids and must survive every step.
 *
 * The tests run in order and share one learner: v1 (from the migration) → v1
 * again → v2 → v2 again → v1.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { syncRoadmapContent } from "@/scripts/db/content-sync";
import { milestoneAttestations, milestones, milestoneVerifications } from "@/db/schema";
import type { Actor } from "../policy";
import { createRecord } from "../records/crud";
import { RECORD_KINDS } from "../records/kinds";
import { forgetRoadmap } from "../roadmap/queries";
import { ROADMAP, type MilestoneCriteria, type RoadmapContent } from "../roadmap/content";
import { getRoadmap, type Roadmap } from "../roadmap/queries";
import { setSkillLevel } from "../skills/ratings";
import { registerUser } from "../users/accounts";
import { todayFor } from "../users/timezone";
import type { Progress } from "./evaluate";
import { progressOf, setAttestation } from "./progress";

const id = (n: number) => `0b8f6a52-0001-4c1e-9a01-${String(n).padStart(12, "0")}`;
const PYTHON_2 = 101; // verified by a coach
const SQL_1 = 105; // on the skill that moves
const HOURS_20 = 106; // raised to 25 h
const EXPLAINED = 210; // attested, renamed
const CROSS_FUNCTIONAL = 311; // attested, retired
const NEW_TITLE = "Presented a project to a non-technical audience";
const OLD_TITLE = ROADMAP.milestones.find((m) => m.id === id(EXPLAINED))!.title;

/** Version 2: one rename, one raised target, one skill moved to another area, one milestone dropped. */
function buildV2(): RoadmapContent {
  const v2 = structuredClone(ROADMAP);
  v2.version = 2;
  const find = (n: number) => {
    const m = v2.milestones.find((x) => x.id === id(n));
    if (!m) throw new Error(`no milestone ${n}`);
    return m;
  };
  find(EXPLAINED).title = NEW_TITLE;
  const hours = find(HOURS_20);
  hours.title = "25 hours of study logged";
  hours.criteria = { kind: "hours", hours: 25 };
  const data = v2.skillAreas.find((a) => a.slug === "data")!;
  const programming = v2.skillAreas.find((a) => a.slug === "programming")!;
  const sqlSkill = data.skills.find((s) => s.slug === "sql")!;
  data.skills = data.skills.filter((s) => s.slug !== "sql");
  programming.skills.push(sqlSkill);
  v2.milestones = v2.milestones.filter((m) => m.id !== id(CROSS_FUNCTIONAL));
  return v2;
}
const V2 = buildV2();

/** Version 3: the last skill area and the last track dropped, with the milestones that named them. */
function buildV3(): RoadmapContent {
  const v3 = structuredClone(ROADMAP);
  v3.version = 3;
  const area = v3.skillAreas.pop()!;
  const track = v3.tracks.pop()!;
  const dropped = new Set(area.skills.map((s) => s.slug));
  const namesDropped = (c: MilestoneCriteria) =>
    (c.kind === "skill" && c.anyOf.some((s) => dropped.has(s))) ||
    (c.kind === "certifications" && (c.skillsAnyOf ?? []).some((s) => dropped.has(s))) ||
    (c.kind === "projects" && c.track === track.slug);
  v3.milestones = v3.milestones.filter((m) => m.track !== track.slug && !namesDropped(m.criteria));
  return v3;
}
const V3 = buildV3();
const LAST_AREA = ROADMAP.skillAreas.at(-1)!;
const LAST_TRACK = ROADMAP.tracks.at(-1)!;

const allMilestoneIds = (r: Roadmap) =>
  [...r.tiers.flatMap((t) => t.milestones), ...r.tracks.flatMap((t) => t.milestones)].map(
    (m) => m.id,
  );
const areaOf = (r: Roadmap, skill: string) =>
  r.skillAreas.filter((a) => a.skills.some((s) => s.slug === skill)).map((a) => a.slug);
const statusIn = (p: Progress, n: number) => p.milestones.find((m) => m.id === id(n));

/** Every row the content sync writes, plus the learner's attestations and verifications. */
async function snapshot() {
  const rows = async (query: ReturnType<typeof sql>) => [...(await db.execute(query))];
  return {
    areas: await rows(sql`select * from skill_areas order by slug`),
    skills: await rows(sql`select * from skills order by slug`),
    tiers: await rows(sql`select * from tiers order by number`),
    tracks: await rows(sql`select * from tracks order by slug`),
    milestones: await rows(sql`select * from milestones order by id`),
    versions: await rows(sql`select * from roadmap_versions order by version`),
    attestations: await rows(
      sql`select * from milestone_attestations order by user_id, milestone_id`,
    ),
    verifications: await rows(
      sql`select * from milestone_verifications order by user_id, milestone_id`,
    ),
  };
}

let learner: { id: string; actor: Actor };
let roadmapV1: Roadmap;
let progressV1: Progress;
let learnerRowsV1: Awaited<ReturnType<typeof learnerRows>>;

async function learnerRows() {
  const [attestations, verifications] = await Promise.all([
    db
      .select()
      .from(milestoneAttestations)
      .where(eq(milestoneAttestations.userId, learner.id))
      .orderBy(milestoneAttestations.milestoneId),
    db
      .select()
      .from(milestoneVerifications)
      .where(eq(milestoneVerifications.userId, learner.id))
      .orderBy(milestoneVerifications.milestoneId),
  ]);
  return { attestations, verifications };
}
const progress = () => progressOf(learner.id, "UTC", null);

beforeAll(async () => {
  const [user, coach] = await Promise.all([
    registerUser({
      name: "Learner",
      email: `learner-${randomUUID()}@example.test`,
      password: "a long enough password",
    }),
    registerUser({
      name: "Coach",
      email: `coach-${randomUUID()}@example.test`,
      password: "a long enough password",
    }),
  ]);
  learner = { id: user.id, actor: { userId: user.id, via: "session" } };
  // Tier 1 under v1, with Python below its target but verified by the coach.
  for (const [skill, level] of [
    ["python", 1],
    ["linear-algebra", 2],
    ["calculus", 2],
    ["probability", 2],
    ["sql", 1],
  ] as const) {
    await setSkillLevel(learner.actor, skill, level);
  }
  const { projects, activities } = RECORD_KINDS;
  await createRecord(
    projects,
    learner.actor,
    projects.create.parse({ title: "First model", status: "building" }),
  );
  const today = await todayFor(learner.id);
  await createRecord(
    activities,
    learner.actor,
    activities.create.parse({ date: today, minutes: 1200, kind: "course", title: "Course" }),
  );
  await setAttestation(learner.actor, id(EXPLAINED), { attested: true, note: "Demo day" });
  await setAttestation(learner.actor, id(CROSS_FUNCTIONAL), { attested: true });
  await db
    .insert(milestoneVerifications)
    .values({ userId: learner.id, milestoneId: id(PYTHON_2), verifiedBy: coach.id });

  roadmapV1 = await getRoadmap();
  progressV1 = await progress();
  learnerRowsV1 = await learnerRows();
});

describe("content changes keep progress", () => {
  it("under v1 the learner holds tier 1 with both attestations and the verification", () => {
    expect(progressV1.tier.number).toBe(1);
    expect(statusIn(progressV1, PYTHON_2)).toMatchObject({
      met: true,
      verified: true,
      progress: { current: 1, target: 2 },
    });
    expect(statusIn(progressV1, EXPLAINED)).toMatchObject({
      met: true,
      attested: true,
      title: OLD_TITLE,
    });
    expect(statusIn(progressV1, CROSS_FUNCTIONAL)).toMatchObject({ met: true, attested: true });
    expect(statusIn(progressV1, HOURS_20)).toMatchObject({
      met: true,
      progress: { current: 20, target: 20 },
    });
    expect(learnerRowsV1.attestations.map((a) => a.milestoneId)).toEqual([
      id(EXPLAINED),
      id(CROSS_FUNCTIONAL),
    ]);
    expect(learnerRowsV1.verifications.map((v) => v.milestoneId)).toEqual([id(PYTHON_2)]);
    expect(allMilestoneIds(roadmapV1)).toHaveLength(ROADMAP.milestones.length);
  });

  it("applying v1 again, on top of the migration's v1, changes nothing", async () => {
    const before = await snapshot();
    await syncRoadmapContent(db, ROADMAP);
    forgetRoadmap();
    expect(await snapshot()).toEqual(before);
    expect(await getRoadmap()).toEqual(roadmapV1);
  });

  it("v2 keeps attestations and verifications, and shows the rename, the raised target, the move and the retirement", async () => {
    await syncRoadmapContent(db, V2);
    forgetRoadmap();
    const roadmap = await getRoadmap();
    const p = await progress();

    // Attestations and verifications: the same rows, retired milestone included.
    expect(await learnerRows()).toEqual(learnerRowsV1);

    // The renamed milestone.
    expect(
      roadmap.tiers.find((t) => t.number === 2)!.milestones.find((m) => m.id === id(EXPLAINED))
        ?.title,
    ).toBe(NEW_TITLE);
    expect(statusIn(p, EXPLAINED)).toMatchObject({ title: NEW_TITLE, met: true, attested: true });

    // The raised target: 20 hours logged no longer meet it, so tier 1 is lost until 5 more hours.
    expect(statusIn(p, HOURS_20)).toMatchObject({
      title: "25 hours of study logged",
      met: false,
      progress: { current: 20, target: 25 },
    });
    expect(p.tier.number).toBe(0);
    expect(p.nextSteps.map((m) => m.id)).toEqual([id(HOURS_20)]);

    // The moved skill: under its new area only, and the learner's rating still counts.
    expect(areaOf(roadmap, "sql")).toEqual(["programming"]);
    expect(
      roadmap.skillAreas.find((a) => a.slug === "programming")!.skills.map((s) => s.slug),
    ).toEqual(["python", "r", "java", "sql"]);
    expect(roadmap.skillAreas.find((a) => a.slug === "data")!.skills.map((s) => s.slug)).toEqual([
      "spark",
      "hadoop",
    ]);
    expect(statusIn(p, SQL_1)).toMatchObject({ met: true, progress: { current: 1, target: 1 } });

    // The verification still counts.
    expect(statusIn(p, PYTHON_2)).toMatchObject({ met: true, verified: true });

    // The retired milestone: gone from the roadmap and from progress, its row kept and marked.
    expect(allMilestoneIds(roadmap)).toEqual(V2.milestones.map((m) => m.id));
    expect(allMilestoneIds(roadmap)).not.toContain(id(CROSS_FUNCTIONAL));
    expect(statusIn(p, CROSS_FUNCTIONAL)).toBeUndefined();
    expect(p.milestones).toHaveLength(ROADMAP.milestones.length - 1);
    const [retired] = await db
      .select()
      .from(milestones)
      .where(eq(milestones.id, id(CROSS_FUNCTIONAL)));
    expect(retired?.retiredAt).toBeInstanceOf(Date);
    expect(retired?.title).toBe("Worked in a cross-functional team");
    const [live] = await db
      .select()
      .from(milestones)
      .where(eq(milestones.id, id(EXPLAINED)));
    expect(live?.retiredAt).toBeNull();

    // A retired milestone can no longer be checked off or un-checked.
    for (const attested of [true, false]) {
      await expect(
        setAttestation(learner.actor, id(CROSS_FUNCTIONAL), { attested }),
      ).rejects.toMatchObject({ status: 404 });
    }
    expect(await learnerRows()).toEqual(learnerRowsV1);
  });

  it("applying v2 a second time changes nothing, the retirement time included", async () => {
    const before = await snapshot();
    const roadmap = await getRoadmap();
    await syncRoadmapContent(db, V2);
    forgetRoadmap();
    expect(await snapshot()).toEqual(before);
    expect(await getRoadmap()).toEqual(roadmap);
  });

  it("re-applying v1 un-retires the milestone with its attestation intact and restores v1 exactly", async () => {
    await syncRoadmapContent(db, ROADMAP);
    forgetRoadmap();
    const [row] = await db
      .select()
      .from(milestones)
      .where(eq(milestones.id, id(CROSS_FUNCTIONAL)));
    expect(row?.retiredAt).toBeNull();
    expect(await learnerRows()).toEqual(learnerRowsV1);

    const p = await progress();
    expect(statusIn(p, CROSS_FUNCTIONAL)).toMatchObject({ met: true, attested: true });
    expect(statusIn(p, EXPLAINED)).toMatchObject({ title: OLD_TITLE, met: true, attested: true });
    expect(statusIn(p, HOURS_20)).toMatchObject({
      met: true,
      progress: { current: 20, target: 20 },
    });
    expect(await getRoadmap()).toEqual(roadmapV1);
    expect(p).toEqual(progressV1);
  });

  it("a version that drops a skill area and a track retires them, and restoring them brings them back", async () => {
    await syncRoadmapContent(db, V3);
    forgetRoadmap();
    const roadmap = await getRoadmap();
    expect(roadmap.skillAreas.map((a) => a.slug)).not.toContain(LAST_AREA.slug);
    expect(roadmap.tracks.map((t) => t.slug)).not.toContain(LAST_TRACK.slug);
    expect(roadmap.skillAreas).toHaveLength(ROADMAP.skillAreas.length - 1);
    expect(roadmap.tracks).toHaveLength(ROADMAP.tracks.length - 1);
    // Retired, not deleted: what refers to them keeps its rows.
    const [area] = await db.execute<{ retired: boolean }>(
      sql`select retired_at is not null as retired from skill_areas where slug = ${LAST_AREA.slug}`,
    );
    const [track] = await db.execute<{ retired: boolean }>(
      sql`select retired_at is not null as retired from tracks where slug = ${LAST_TRACK.slug}`,
    );
    expect([area?.retired, track?.retired]).toEqual([true, true]);
    const retiredSkills = await db.execute<{ slug: string }>(
      sql`select slug from skills where area_slug = ${LAST_AREA.slug} and retired_at is not null`,
    );
    expect(retiredSkills.map((r) => r.slug).sort()).toEqual(
      LAST_AREA.skills.map((s) => s.slug).sort(),
    );

    await syncRoadmapContent(db, ROADMAP);
    forgetRoadmap();
    expect(await getRoadmap()).toEqual(roadmapV1);
    expect(await progress()).toEqual(progressV1);
  });
});
