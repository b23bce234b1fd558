/**
 * Notes and resources (docs/DECISIONS.md, "Notes and resources"): the note and resource
 * endpoints, who sees what (owner, another learner, coach, cohort, anonymous), hostile values,
 * the roadmap's full-text search, and export/import.
 */
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/me/export/route";
import { POST as importRoute } from "@/app/api/v1/me/import/route";
import * as menteeResourcesRoute from "@/app/api/v1/mentees/[userId]/resources/route";
import { db } from "@/db/client";
import { milestones, notes, resources } from "@/db/schema";
import { searchRoadmap } from "@/lib/notes/search";
import { api as coachingApi, link } from "../../coaching/coaching-test-helpers";
import { api as cohortApi } from "../../cohorts/cohorts-test-helpers";
import {
  expectError,
  expectStatus,
  makeUser,
  params,
  request,
  type TestUser,
} from "../records-test-helpers";
import * as noteRoute from "./[subjectType]/[subjectId]/route";
import * as resourceRoute from "../resources/[id]/route";
import * as resourcesRoute from "../resources/route";

type Note = { subjectType: string; subjectId: string; body: string; updatedAt: string | null };
type Resource = {
  id: string;
  subjectType: string;
  subjectId: string;
  title: string;
  url: string;
  done: boolean;
  sharedWithCoach: boolean;
  createdAt: string;
  updatedAt: string;
};
type Token = string | undefined;

const notesApi = {
  get: (token: Token, subjectType: string, subjectId: string) =>
    noteRoute.GET(
      request(`/api/v1/me/notes/${subjectType}/${subjectId}`, { token }),
      params({ subjectType, subjectId }),
    ),
  put: (token: Token, subjectType: string, subjectId: string, body: unknown) =>
    noteRoute.PUT(
      request(`/api/v1/me/notes/${subjectType}/${subjectId}`, { method: "PUT", token, body }),
      params({ subjectType, subjectId }),
    ),
  list: (token: Token, query = "") =>
    resourcesRoute.GET(request(`/api/v1/me/resources${query}`, { token })),
  create: (token: Token, body: unknown) =>
    resourcesRoute.POST(request("/api/v1/me/resources", { method: "POST", token, body })),
  one: (token: Token, id: string) =>
    resourceRoute.GET(request(`/api/v1/me/resources/${id}`, { token }), params({ id })),
  patch: (token: Token, id: string, body: unknown) =>
    resourceRoute.PATCH(
      request(`/api/v1/me/resources/${id}`, { method: "PATCH", token, body }),
      params({ id }),
    ),
  remove: (token: Token, id: string) =>
    resourceRoute.DELETE(
      request(`/api/v1/me/resources/${id}`, { method: "DELETE", token }),
      params({ id }),
    ),
  shared: (token: Token, userId: string) =>
    menteeResourcesRoute.GET(
      request(`/api/v1/mentees/${userId}/resources`, { token }),
      params({ userId }),
    ),
};

let owner: TestUser;
let other: TestUser;
let coach: TestUser;
let organizer: TestUser;
let member: TestUser;
let milestoneId: string;
let milestoneTitle: string;

const resourceBody = (over: Record<string, unknown> = {}) => ({
  subjectType: "milestone",
  subjectId: milestoneId,
  title: "Deep learning course",
  url: "https://example.com/course",
  ...over,
});

beforeAll(async () => {
  [owner, other, coach, organizer, member] = await Promise.all([
    makeUser("owner"),
    makeUser("other"),
    makeUser("coach"),
    makeUser("organizer"),
    makeUser("member"),
  ]);
  const [m] = await db
    .select({ id: milestones.id, title: milestones.title })
    .from(milestones)
    .where(isNull(milestones.retiredAt))
    .orderBy(milestones.tier, milestones.position)
    .limit(1);
  milestoneId = m!.id;
  milestoneTitle = m!.title;
  await link(coach, owner);
  // A cohort with the owner sharing everything: still nothing of the notes reaches it.
  const cohort = await expectStatus<{ slug: string; inviteCode: string }>(
    await cohortApi.create(organizer.token, { name: "Notes cohort" }),
    201,
  );
  for (const u of [owner, member])
    await expectStatus(await cohortApi.join(u.token, cohort.inviteCode), 200);
  await expectStatus(
    await cohortApi.membership(owner.token, cohort.slug, { shareProgress: true, shareHours: true }),
    200,
  );
});

describe("notes", () => {
  it("answers an empty note before one is written, then the note, to its owner alone", async () => {
    expect(
      await expectStatus<Note>(await notesApi.get(owner.token, "milestone", milestoneId), 200),
    ).toEqual({
      subjectType: "milestone",
      subjectId: milestoneId,
      body: "",
      updatedAt: null,
    });
    const body = "## Plan\n\nRead <script>alert(1)</script> and [this](https://example.com).";
    const saved = await expectStatus<Note>(
      await notesApi.put(owner.token, "milestone", milestoneId, { body }),
      200,
    );
    expect(saved.body).toBe(body);
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(
      (await expectStatus<Note>(await notesApi.get(owner.token, "milestone", milestoneId), 200))
        .body,
    ).toBe(body);
    // Everyone else reads their own (empty) note on the same milestone.
    for (const u of [other, coach, organizer, member]) {
      expect(
        (await expectStatus<Note>(await notesApi.get(u.token, "milestone", milestoneId), 200)).body,
      ).toBe("");
    }
    // Writing again replaces it: one row per subject.
    await expectStatus(
      await notesApi.put(owner.token, "milestone", milestoneId, { body: "Second" }),
      200,
    );
    const rows = await db.select().from(notes).where(eq(notes.userId, owner.id));
    expect(rows.map((r) => r.body)).toEqual(["Second"]);
  });

  it("takes skills by slug, and removes a note written blank", async () => {
    await expectStatus(
      await notesApi.put(owner.token, "skill", "python", { body: "Pandas first" }),
      200,
    );
    expect(
      (await expectStatus<Note>(await notesApi.get(owner.token, "skill", "python"), 200)).body,
    ).toBe("Pandas first");
    const cleared = await expectStatus<Note>(
      await notesApi.put(owner.token, "skill", "python", { body: "  " }),
      200,
    );
    expect(cleared).toMatchObject({ body: "", updatedAt: null });
    const left = await db
      .select()
      .from(notes)
      .where(and(eq(notes.userId, owner.id), eq(notes.subjectType, "skill")));
    expect(left).toEqual([]);
  });

  it("refuses unknown subjects (404), bad types and overlong bodies (422), and anonymous callers (401)", async () => {
    await expectError(await notesApi.get(owner.token, "milestone", randomUUID()), 404, "not_found");
    await expectError(await notesApi.get(owner.token, "skill", "no-such-skill"), 404, "not_found");
    await expectError(
      await notesApi.put(owner.token, "skill", "no-such-skill", { body: "x" }),
      404,
      "not_found",
    );
    await expectError(
      await notesApi.get(owner.token, "project", milestoneId),
      422,
      "validation_failed",
    );
    const long = await expectError(
      await notesApi.put(owner.token, "milestone", milestoneId, { body: "x".repeat(20_001) }),
      422,
      "validation_failed",
    );
    expect(long.error.fields).toHaveProperty("body");
    await expectStatus(
      await notesApi.put(owner.token, "milestone", milestoneId, { body: "x".repeat(20_000) }),
      200,
    );
    await expectError(
      await notesApi.put(owner.token, "milestone", milestoneId, { body: 5 }),
      422,
      "validation_failed",
    );
    await expectError(
      await notesApi.put(owner.token, "milestone", milestoneId, { body: "a", extra: 1 }),
      422,
      "validation_failed",
    );
    await expectError(await notesApi.get(undefined, "milestone", milestoneId), 401, "unauthorized");
    await expectError(
      await notesApi.put(undefined, "milestone", milestoneId, { body: "x" }),
      401,
      "unauthorized",
    );
    await expectStatus(
      await notesApi.put(owner.token, "milestone", milestoneId, { body: "Second" }),
      200,
    );
  });
});

describe("resources", () => {
  it("creates (201), repeats a client id idempotently (200), reads, changes and deletes", async () => {
    const id = randomUUID();
    const made = await expectStatus<Resource>(
      await notesApi.create(owner.token, resourceBody({ id })),
      201,
    );
    expect(made).toMatchObject({
      id,
      done: false,
      sharedWithCoach: false,
      title: "Deep learning course",
    });
    expect(made).not.toHaveProperty("userId");
    expect(made).not.toHaveProperty("search");
    const again = await expectStatus<Resource>(
      await notesApi.create(owner.token, resourceBody({ id, title: "Other" })),
      200,
    );
    expect(again.title).toBe("Deep learning course");
    expect(await expectStatus<Resource>(await notesApi.one(owner.token, id), 200)).toEqual(made);
    const changed = await expectStatus<Resource>(
      await notesApi.patch(owner.token, id, { done: true }),
      200,
    );
    expect(changed).toMatchObject({ done: true, title: "Deep learning course", url: made.url });
    expect((await notesApi.remove(owner.token, id)).status).toBe(204);
    await expectError(await notesApi.one(owner.token, id), 404, "not_found");
  });

  it("answers 404 for another user's resource; another user's id is a resource of one's own", async () => {
    const mine = await expectStatus<Resource>(
      await notesApi.create(owner.token, resourceBody()),
      201,
    );
    for (const u of [other, coach, organizer, member]) {
      await expectError(await notesApi.one(u.token, mine.id), 404, "not_found");
      await expectError(
        await notesApi.patch(u.token, mine.id, { title: "Mine now" }),
        404,
        "not_found",
      );
      await expectError(await notesApi.remove(u.token, mine.id), 404, "not_found");
      const list = await expectStatus<{ items: Resource[] }>(await notesApi.list(u.token), 200);
      expect(list.items.map((r) => r.id)).not.toContain(mine.id);
    }
    // Ids are unique per learner: the other user makes a resource of their own with this id.
    const theirs = await expectStatus<Resource>(
      await notesApi.create(other.token, resourceBody({ id: mine.id, title: "Theirs" })),
      201,
    );
    expect(theirs.id).toBe(mine.id);
    expect(
      (await expectStatus<Resource>(await notesApi.one(other.token, mine.id), 200)).title,
    ).toBe("Theirs");
    expect(
      (await expectStatus<Resource>(await notesApi.one(owner.token, mine.id), 200)).title,
    ).toBe("Deep learning course");
    for (const call of [
      notesApi.list(undefined),
      notesApi.create(undefined, resourceBody()),
      notesApi.one(undefined, mine.id),
      notesApi.remove(undefined, mine.id),
    ])
      await expectError(await call, 401, "unauthorized");
  });

  it("refuses links that are not http(s), unknown subjects and unknown fields (422)", async () => {
    const before = await db.$count(resources, eq(resources.userId, owner.id));
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,x",
      "ftp://example.com",
      "not a url",
      "",
    ]) {
      const e = await expectError(
        await notesApi.create(owner.token, resourceBody({ url })),
        422,
        "validation_failed",
      );
      expect(e.error.fields).toHaveProperty("url");
    }
    const noUrl: Record<string, unknown> = resourceBody();
    delete noUrl.url;
    await expectError(await notesApi.create(owner.token, noUrl), 422, "validation_failed");
    const unknown = await expectError(
      await notesApi.create(owner.token, resourceBody({ subjectId: randomUUID() })),
      422,
      "validation_failed",
    );
    expect(unknown.error.fields).toHaveProperty("subjectId");
    await expectError(
      await notesApi.create(owner.token, resourceBody({ subjectType: "skill" })),
      422,
      "validation_failed",
    );
    await expectError(
      await notesApi.create(owner.token, resourceBody({ owner: other.id })),
      422,
      "validation_failed",
    );
    await expectError(
      await notesApi.create(owner.token, resourceBody({ title: " " })),
      422,
      "validation_failed",
    );
    expect(await db.$count(resources, eq(resources.userId, owner.id))).toBe(before);
  });

  it("lists newest first, page by page with a cursor", async () => {
    const u = await makeUser("lister");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (
          await expectStatus<Resource>(
            await notesApi.create(u.token, resourceBody({ title: `R${i}` })),
            201,
          )
        ).id,
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Resource[]; nextCursor: string | null } = await expectStatus(
        await notesApi.list(u.token, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    await expectError(await notesApi.list(u.token, "?cursor=bogus"), 422, "validation_failed");
  });
});

describe("what a coach sees", () => {
  it("only the resources shared with them, while the link is active; nobody else anything", async () => {
    const privateOne = await expectStatus<Resource>(
      await notesApi.create(owner.token, resourceBody({ title: "Private link" })),
      201,
    );
    const shared = await expectStatus<Resource>(
      await notesApi.create(
        owner.token,
        resourceBody({ title: "For my coach", sharedWithCoach: true }),
      ),
      201,
    );
    const seen = await expectStatus<{ items: Record<string, unknown>[] }>(
      await notesApi.shared(coach.token, owner.id),
      200,
    );
    expect(seen.items.map((r) => r.id)).toEqual([shared.id]);
    expect(seen.items[0]).toMatchObject({ title: "For my coach", url: shared.url });
    expect(JSON.stringify(seen)).not.toContain(privateOne.id);
    // Sharing is the learner's to withdraw.
    await expectStatus(
      await notesApi.patch(owner.token, shared.id, { sharedWithCoach: false }),
      200,
    );
    expect(
      (await expectStatus<{ items: unknown[] }>(await notesApi.shared(coach.token, owner.id), 200))
        .items,
    ).toEqual([]);
    await expectStatus(
      await notesApi.patch(owner.token, shared.id, { sharedWithCoach: true }),
      200,
    );
    // The mentee themself, another learner, the cohort's organizer and member: 404.
    for (const u of [owner, other, organizer, member])
      await expectError(await notesApi.shared(u.token, owner.id), 404, "not_found");
    await expectError(await notesApi.shared(undefined, owner.id), 401, "unauthorized");
    // Ending the link ends access at once.
    const ender = await makeUser("ended-coach");
    await link(ender, owner);
    expect(
      (await expectStatus<{ items: unknown[] }>(await notesApi.shared(ender.token, owner.id), 200))
        .items.length,
    ).toBeGreaterThan(0);
    expect((await coachingApi.endLink(owner.token, ender.id, owner.id)).status).toBe(204);
    await expectError(await notesApi.shared(ender.token, owner.id), 404, "not_found");
  });
});

describe("the roadmap search (PostgreSQL full text)", () => {
  const actorOf = (u: TestUser) => ({ userId: u.id, via: "token" as const });

  it("finds the learner's own notes and resources by word prefix, and never anyone else's", async () => {
    await expectStatus(
      await notesApi.put(owner.token, "skill", "pytorch", {
        body: "Try the quantization tutorials next week.",
      }),
      200,
    );
    await expectStatus(
      await notesApi.create(
        owner.token,
        resourceBody({ title: "Transformers explained visually" }),
      ),
      201,
    );
    await expectStatus(
      await notesApi.put(other.token, "skill", "python", { body: "My quantization secrets" }),
      200,
    );
    const hits = await searchRoadmap(actorOf(owner), "quantiz");
    expect(hits.map((h) => [h.kind, h.subjectType, h.subjectId])).toEqual([
      ["note", "skill", "pytorch"],
    ]);
    expect(hits[0]!.excerpt).toContain("«quantization»");
    expect(hits[0]!.subjectTitle).toBe("PyTorch");
    const resourceHits = await searchRoadmap(actorOf(owner), "transformers visual");
    expect(resourceHits.filter((h) => h.kind === "resource").map((h) => h.subjectId)).toEqual([
      milestoneId,
    ]);
    // Another learner finds only their own note.
    const theirs = await searchRoadmap(actorOf(other), "quantization");
    expect(theirs.map((h) => [h.kind, h.subjectId])).toEqual([["note", "python"]]);
  });

  it("finds milestones and skills by their names, and takes any input without error", async () => {
    const word = milestoneTitle.split(/\s+/).find((w) => /^[a-z]{4,}$/i.test(w))!;
    const hits = await searchRoadmap(actorOf(member), word);
    expect(hits.some((h) => h.kind === "milestone" && h.subjectId === milestoneId)).toBe(true);
    const skills = await searchRoadmap(actorOf(member), "pytor");
    expect(skills.map((h) => [h.kind, h.subjectId])).toContainEqual(["skill", "pytorch"]);
    for (const q of ["", "   ", "!!:*&|", "a' or 1=1 --", "\\", "(((", "🙂"])
      await expect(searchRoadmap(actorOf(member), q)).resolves.toBeInstanceOf(Array);
  });

  it("uses the GIN index on the notes' tsvector", async () => {
    await db.transaction(async (tx) => {
      // On Citus the setting must reach the shards (a placeholder on plain PostgreSQL).
      await tx.execute(sql`set local citus.propagate_set_commands = 'local'`);
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = (await tx.execute(
        sql`explain select 1 from notes where search @@ to_tsquery('english', 'quantiz:*')`,
      )) as unknown as { "QUERY PLAN": string }[];
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("notes_search_idx");
    });
  });
});

describe("export and import", () => {
  it("carries notes and resources through a round trip into another account, once", async () => {
    const source = await makeUser("exporter");
    await expectStatus(
      await notesApi.put(source.token, "milestone", milestoneId, { body: "Exported **note**" }),
      200,
    );
    const r = await expectStatus<Resource>(
      await notesApi.create(
        source.token,
        resourceBody({ title: "Exported link", done: true, sharedWithCoach: true }),
      ),
      201,
    );
    const doc = await expectStatus<{ notes: Note[]; resources: Resource[] }>(
      await exportRoute(request("/api/v1/me/export", { token: source.token })),
      200,
    );
    expect(doc.notes).toEqual([
      expect.objectContaining({
        subjectType: "milestone",
        subjectId: milestoneId,
        body: "Exported **note**",
      }),
    ]);
    expect(doc.resources).toEqual([
      expect.objectContaining({
        id: r.id,
        title: "Exported link",
        done: true,
        sharedWithCoach: true,
      }),
    ]);

    const target = await makeUser("importer");
    const first = await expectStatus<{ notes: number; resources: number; message: string }>(
      await importRoute(
        request("/api/v1/me/import", { method: "POST", token: target.token, body: doc }),
      ),
      200,
    );
    expect(first).toMatchObject({ notes: 1, resources: 1 });
    expect(first.message).toContain("1 note");
    expect(
      (await expectStatus<Note>(await notesApi.get(target.token, "milestone", milestoneId), 200))
        .body,
    ).toBe("Exported **note**");
    const imported = await expectStatus<{ items: Resource[] }>(
      await notesApi.list(target.token),
      200,
    );
    expect(imported.items).toEqual([
      expect.objectContaining({
        title: "Exported link",
        url: r.url,
        done: true,
        sharedWithCoach: true,
      }),
    ]);
    // Ids are unique per learner: the copy keeps the id, and the source keeps its own.
    expect(imported.items[0]!.id).toBe(r.id);
    expect((await expectStatus<Resource>(await notesApi.one(source.token, r.id), 200)).title).toBe(
      "Exported link",
    );
    const again = await expectStatus<{ notes: number; resources: number }>(
      await importRoute(
        request("/api/v1/me/import", { method: "POST", token: target.token, body: doc }),
      ),
      200,
    );
    expect(again).toMatchObject({ notes: 0, resources: 0 });
    expect(
      (await expectStatus<{ items: Resource[] }>(await notesApi.list(target.token), 200)).items,
    ).toHaveLength(1);
  });

  it("refuses a document with a note on a subject the roadmap does not have", async () => {
    const target = await makeUser("bad-import");
    const doc = {
      format: "epoch-export",
      version: 1,
      notes: [{ subjectType: "milestone", subjectId: randomUUID(), body: "Lost" }],
    };
    const e = await expectError(
      await importRoute(
        request("/api/v1/me/import", { method: "POST", token: target.token, body: doc }),
      ),
      422,
      "validation_failed",
    );
    expect(e.error.fields).toHaveProperty(["notes.0.subjectId"]);
    expect(await db.$count(notes, eq(notes.userId, target.id))).toBe(0);
  });
});
