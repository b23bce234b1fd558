/**
 * Skill self-ratings: GET /me/skills lists every skill, PUT /me/skills/{slug}
 * sets a level and appends to skill_rating_history in the same transaction.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listSkills } from "@/app/api/v1/me/skills/route";
import { PUT as putSkill } from "@/app/api/v1/me/skills/[skillSlug]/route";
import { db } from "@/db/client";
import { skillRatingHistory, skillRatings } from "@/db/schema";
import { SKILL_AREAS } from "@/lib/roadmap/content";
import {
  countRows,
  expectError,
  expectStatus,
  historyRows,
  makeUser,
  params,
  request,
  type TestUser,
} from "../records-test-helpers";

type Rating = { skill: string; level: number; updatedAt: string | null };

const ALL_SKILLS = SKILL_AREAS.flatMap((a) => a.skills.map((s) => s.slug));

const list = (token: string) => listSkills(request("/api/v1/me/skills", { token }));
const put = (token: string, skillSlug: string, body: unknown) =>
  putSkill(
    request(`/api/v1/me/skills/${skillSlug}`, { method: "PUT", token, body }),
    params({ skillSlug }),
  );

async function ratingRow(userId: string, skill: string) {
  const [row] = await db
    .select()
    .from(skillRatings)
    .where(and(eq(skillRatings.userId, userId), eq(skillRatings.skillSlug, skill)));
  return row;
}

let learner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [learner, other] = await Promise.all([makeUser("rater"), makeUser("bystander")]);
});

describe("GET /api/v1/me/skills", () => {
  it("lists every skill of the roadmap once, level 0 and no date when unrated", async () => {
    const fresh = await makeUser("unrated");
    const body = await expectStatus<{ items: Rating[] }>(await list(fresh.token), 200);
    expect(body.items.map((i) => i.skill).sort()).toEqual([...ALL_SKILLS].sort());
    expect(new Set(body.items.map((i) => i.skill)).size).toBe(body.items.length);
    for (const item of body.items)
      expect(item).toEqual({ skill: item.skill, level: 0, updatedAt: null });
  });

  it("answers 401 without a token", async () => {
    await expectError(await list(""), 401, "unauthorized");
  });
});

describe("PUT /api/v1/me/skills/{slug}", () => {
  it("answers 200, the list shows the level, and each change adds a history row", async () => {
    const res = await put(learner.token, "python", { level: 3 });
    const rating = await expectStatus<Rating>(res, 200);
    expect(rating.skill).toBe("python");
    expect(rating.level).toBe(3);
    expect(Number.isNaN(Date.parse(rating.updatedAt!))).toBe(false);
    expect(await historyRows(learner.id, "python")).toHaveLength(1);

    const again = await expectStatus<Rating>(await put(learner.token, "python", { level: 1 }), 200);
    expect(again.level).toBe(1);
    const history = await historyRows(learner.id, "python");
    expect(history.map((h) => h.level).sort()).toEqual([1, 3]);
    expect((await ratingRow(learner.id, "python"))?.level).toBe(1);

    const listed = await expectStatus<{ items: Rating[] }>(await list(learner.token), 200);
    expect(listed.items.find((i) => i.skill === "python")).toEqual(again);
    expect(listed.items.filter((i) => i.level !== 0).map((i) => i.skill)).toEqual(["python"]);
    expect(listed.items).toHaveLength(ALL_SKILLS.length);

    // Another learner's levels are their own.
    const theirs = await expectStatus<{ items: Rating[] }>(await list(other.token), 200);
    expect(theirs.items.find((i) => i.skill === "python")).toEqual({
      skill: "python",
      level: 0,
      updatedAt: null,
    });
    expect(await historyRows(other.id, "python")).toHaveLength(0);
  });

  it("level 0 and level 4 are accepted", async () => {
    expect(
      (await expectStatus<Rating>(await put(learner.token, "sql", { level: 4 }), 200)).level,
    ).toBe(4);
    expect(
      (await expectStatus<Rating>(await put(learner.token, "sql", { level: 0 }), 200)).level,
    ).toBe(0);
    expect((await historyRows(learner.id, "sql")).map((h) => h.level).sort()).toEqual([0, 4]);
  });

  it("an unknown skill answers 404 and writes nothing", async () => {
    const ratings = await countRows(skillRatings);
    const history = await countRows(skillRatingHistory);
    await expectError(await put(learner.token, "not-a-skill", { level: 2 }), 404, "not_found");
    expect(await countRows(skillRatings)).toBe(ratings);
    expect(await countRows(skillRatingHistory)).toBe(history);
  });

  it.each([
    ["5", 5],
    ["-1", -1],
    ["2.5", 2.5],
    ['"3"', "3"],
    ["null", null],
    ["true", true],
  ])("level %s answers 422 naming level and writes nothing", async (_label, level) => {
    await put(learner.token, "java", { level: 2 });
    const before = await ratingRow(learner.id, "java");
    const history = await countRows(skillRatingHistory);
    await expectError(
      await put(learner.token, "java", { level }),
      422,
      "validation_failed",
      "level",
    );
    expect(await ratingRow(learner.id, "java")).toEqual(before);
    expect(await countRows(skillRatingHistory)).toBe(history);
  });

  it("a missing level answers 422 naming level", async () => {
    await expectError(await put(learner.token, "java", {}), 422, "validation_failed", "level");
  });

  it("answers 401 without a token and writes nothing", async () => {
    const history = await countRows(skillRatingHistory);
    await expectError(await put("", "python", { level: 2 }), 401, "unauthorized");
    expect(await countRows(skillRatingHistory)).toBe(history);
  });

  it("20 concurrent PUTs: every one answers 200, the final level is one sent, and there are exactly 20 history rows", async () => {
    const racer = await makeUser("racer");
    // Only levels 1–3 are sent, so a final 0 or 4 would be a level nobody sent.
    const levels = Array.from({ length: 20 }, (_, i) => 1 + (i % 3));
    const responses = await Promise.all(
      levels.map((level) => put(racer.token, "pytorch", { level })),
    );
    expect(responses.map((r) => r.status)).toEqual(levels.map(() => 200));
    const answered = (await Promise.all(responses.map((r) => r.json() as Promise<Rating>))).map(
      (r) => r.level,
    );
    expect(answered.sort()).toEqual([...levels].sort());

    const final = await ratingRow(racer.id, "pytorch");
    expect([1, 2, 3]).toContain(final?.level);
    const ratingRows = await db
      .select()
      .from(skillRatings)
      .where(eq(skillRatings.userId, racer.id));
    expect(ratingRows).toHaveLength(1);
    const history = await historyRows(racer.id, "pytorch");
    expect(history).toHaveLength(20);
    expect(history.map((h) => h.level).sort()).toEqual([...levels].sort());

    const listed = await expectStatus<{ items: Rating[] }>(await list(racer.token), 200);
    expect(listed.items.find((i) => i.skill === "pytorch")?.level).toBe(final?.level);
  });
});
