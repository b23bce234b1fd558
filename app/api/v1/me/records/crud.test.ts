/**
 * Create, read, list, update and delete of every kind of learner record,
 * ownership, idempotent creates and verbatim free text.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  KINDS,
  TABLES,
  TEXT_FIELDS,
  countRows,
  expectError,
  expectStatus,
  makeUser,
  patchOf,
  recordApi,
  rowOf,
  rowsOfUser,
  sample,
  shiftDate,
  todayInZone,
  walk,
  type Json,
  type Kind,
  type Page,
  type TestUser,
} from "../records-test-helpers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DATE_ORDERED: Kind[] = ["activities", "events"];

let owner: TestUser;
let other: TestUser;
let today: string;

beforeAll(async () => {
  [owner, other] = await Promise.all([makeUser("owner"), makeUser("other")]);
  today = todayInZone("UTC");
});

async function create(kind: Kind, user: TestUser, body: Json): Promise<Json> {
  return expectStatus<Json>(await recordApi(kind).create(user.token, body), 201);
}

describe.each(KINDS)("%s", (kind) => {
  const api = recordApi(kind);

  it("POST answers 201 with the record as sent, an id and timestamps, and stores it for the caller", async () => {
    const body = sample(kind, today, 1);
    const before = await countRows(TABLES[kind], owner.id);
    const res = await api.create(owner.token, body);
    const created = await expectStatus<Json>(res, 201);
    expect(created).toMatchObject(body);
    expect(created.id).toMatch(UUID);
    expect(created.createdAt).toMatch(ISO);
    expect(created.updatedAt).toMatch(ISO);
    expect(created).not.toHaveProperty("userId");
    if (kind === "certifications") {
      expect(created.expired).toBe(false);
      expect(created.expiringSoon).toBe(false);
    }
    expect(await countRows(TABLES[kind], owner.id)).toBe(before + 1);
    const row = await rowOf(kind, created.id as string);
    expect(row?.userId).toBe(owner.id);
    for (const [field, value] of Object.entries(body)) expect(row?.[field]).toEqual(value);
  });

  it("GET /{id} answers 200 with the same record", async () => {
    const created = await create(kind, owner, sample(kind, today, 2));
    const got = await expectStatus<Json>(await api.get(owner.token, created.id as string), 200);
    expect(got).toEqual(created);
  });

  it("GET /{id} of a missing record answers 404; a malformed id answers 422 naming id", async () => {
    await expectError(await api.get(owner.token, randomUUID()), 404, "not_found");
    await expectError(await api.get(owner.token, "not-a-uuid"), 422, "validation_failed", "id");
  });

  it("optional fields may be left out", async () => {
    const minimal: Record<Kind, Json> = {
      activities: { date: today, minutes: 15, kind: "reading", title: "Minimal" },
      certifications: { name: "Minimal", issuer: "Issuer", status: "planned" },
      projects: { title: "Minimal", status: "idea" },
      papers: { title: "Minimal", status: "to_read" },
      events: { title: "Minimal", kind: "talk", date: today },
    };
    const created = await create(kind, owner, minimal[kind]);
    expect(created).toMatchObject(minimal[kind]);
    if ("skills" in sample(kind, today)) expect(created.skills).toEqual([]);
    if (kind === "projects") expect(created.openSource).toBe(false);
  });

  it("lists newest first; ?limit=2 then ?cursor= walks every row exactly once", async () => {
    const learner = await makeUser(`pager-${kind}`);
    // Date-ordered kinds get ties on the date, so the id tie-break is exercised.
    const offsets = [-3, -1, -1, -5, -1];
    const created: Json[] = [];
    for (const [i, offset] of offsets.entries()) {
      const body = { ...sample(kind, today, i) };
      if (DATE_ORDERED.includes(kind)) body.date = shiftDate(today, offset);
      created.push(await create(kind, learner, body));
    }
    const expected = DATE_ORDERED.includes(kind)
      ? [...created]
          .sort((a, b) => (a.id as string).localeCompare(b.id as string))
          .reverse()
          .sort((a, b) => (b.date as string).localeCompare(a.date as string))
          .map((r) => r.id)
      : [...created].reverse().map((r) => r.id);

    const pages = await walk(kind, learner.token, 2);
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.at(-1)!.nextCursor).toBeNull();
    for (const page of pages.slice(0, -1)) expect(typeof page.nextCursor).toBe("string");
    const walked = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(walked).toEqual(expected);
    expect(new Set(walked).size).toBe(created.length);

    // Items in a list are the same as GET /{id} answers.
    const byId = new Map(created.map((c) => [c.id, c]));
    for (const item of pages.flatMap((p) => p.items)) expect(item).toEqual(byId.get(item.id));

    // Without ?limit= every row fits on one page; an exact fit has no next page.
    const all = await expectStatus<Page>(await api.list(learner.token), 200);
    expect(all.items.map((i) => i.id)).toEqual(expected);
    expect(all.nextCursor).toBeNull();
    const exact = await expectStatus<Page>(await api.list(learner.token, "?limit=5"), 200);
    expect(exact.items).toHaveLength(5);
    expect(exact.nextCursor).toBeNull();
    const one = await expectStatus<Page>(await api.list(learner.token, "?limit=1&limit=1"), 200);
    expect(one.items.map((i) => i.id)).toEqual(expected.slice(0, 1));
  });

  it("a list shows only the caller's records", async () => {
    const learner = await makeUser(`lonely-${kind}`);
    const mine = await create(kind, learner, sample(kind, today, 3));
    await create(kind, other, sample(kind, today, 4));
    const page = await expectStatus<Page>(await api.list(learner.token), 200);
    expect(page.items.map((i) => i.id)).toEqual([mine.id]);
  });

  it.each([
    ["limit 0", "?limit=0", "limit"],
    ["limit 101", "?limit=101", "limit"],
    ["limit -1", "?limit=-1", "limit"],
    ["limit 1.5", "?limit=1.5", "limit"],
    ["limit abc", "?limit=abc", "limit"],
    ["a garbage cursor", "?cursor=garbage", "cursor"],
    [
      "a cursor of JSON that is not a pair",
      `?cursor=${Buffer.from('{"a":1}').toString("base64url")}`,
      "cursor",
    ],
    ["a cursor that is too long", `?cursor=${"a".repeat(300)}`, "cursor"],
  ])("list with %s answers 422 naming the field", async (_label, query, field) => {
    await expectError(await api.list(owner.token, query), 422, "validation_failed", field);
  });

  it.each([
    ["a sort key that is not a date or time", () => JSON.stringify(["not-a-date", randomUUID()])],
    [
      "an id of 36 dashes",
      () =>
        JSON.stringify([
          kind === "activities" || kind === "events" ? today : new Date().toISOString(),
          "-".repeat(36),
        ]),
    ],
  ])("a well-formed cursor with %s answers 422 naming cursor", async (_label, make) => {
    const cursor = Buffer.from(make()).toString("base64url");
    await expectError(
      await api.list(owner.token, `?cursor=${cursor}`),
      422,
      "validation_failed",
      "cursor",
    );
  });

  it("PATCH answers 200 and changes only the fields given", async () => {
    const created = await create(kind, owner, sample(kind, today, 5));
    const changes = patchOf(kind, today);
    const res = await api.patch(owner.token, created.id as string, changes);
    const patched = await expectStatus<Json>(res, 200);
    for (const [field, value] of Object.entries(changes)) expect(patched[field]).toEqual(value);
    const untouched = Object.keys(created).filter((k) => !(k in changes) && k !== "updatedAt");
    expect(untouched.length).toBeGreaterThan(3);
    for (const field of untouched) expect(patched[field], field).toEqual(created[field]);
    expect(Date.parse(patched.updatedAt as string)).toBeGreaterThanOrEqual(
      Date.parse(created.updatedAt as string),
    );
    expect(await expectStatus<Json>(await api.get(owner.token, created.id as string), 200)).toEqual(
      patched,
    );
    const row = await rowOf(kind, created.id as string);
    for (const [field, value] of Object.entries(changes)) expect(row?.[field]).toEqual(value);
  });

  it("PATCH with an empty body changes nothing but answers 200", async () => {
    const created = await create(kind, owner, sample(kind, today, 6));
    const patched = await expectStatus<Json>(
      await api.patch(owner.token, created.id as string, {}),
      200,
    );
    expect(patched).toEqual({ ...created, updatedAt: patched.updatedAt });
  });

  it("PATCH cannot change the id", async () => {
    const created = await create(kind, owner, sample(kind, today, 7));
    await expectError(
      await api.patch(owner.token, created.id as string, { id: randomUUID() }),
      422,
      "validation_failed",
      "id",
    );
    expect((await rowOf(kind, created.id as string))?.id).toBe(created.id);
  });

  it("PATCH of a missing record answers 404", async () => {
    await expectError(
      await api.patch(owner.token, randomUUID(), patchOf(kind, today)),
      404,
      "not_found",
    );
  });

  it("DELETE answers 204, then GET, PATCH and DELETE answer 404 and the row is gone", async () => {
    const created = await create(kind, owner, sample(kind, today, 8));
    const keep = await create(kind, owner, sample(kind, today, 9));
    const before = await countRows(TABLES[kind], owner.id);
    const res = await api.remove(owner.token, created.id as string);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    const id = created.id as string;
    await expectError(await api.get(owner.token, id), 404, "not_found");
    await expectError(await api.patch(owner.token, id, patchOf(kind, today)), 404, "not_found");
    await expectError(await api.remove(owner.token, id), 404, "not_found");
    expect(await rowOf(kind, id)).toBeUndefined();
    expect(await countRows(TABLES[kind], owner.id)).toBe(before - 1);
    expect(await rowOf(kind, keep.id as string)).toBeDefined();
  });

  it("another user gets 404 on GET, PATCH and DELETE, and the row is unchanged", async () => {
    const created = await create(kind, owner, sample(kind, today, 10));
    const id = created.id as string;
    const before = await rowOf(kind, id);
    await expectError(await api.get(other.token, id), 404, "not_found");
    await expectError(await api.patch(other.token, id, patchOf(kind, today)), 404, "not_found");
    await expectError(await api.remove(other.token, id), 404, "not_found");
    expect(await rowOf(kind, id)).toEqual(before);
    expect(await expectStatus<Json>(await api.get(owner.token, id), 200)).toEqual(created);
  });

  it("answers 401 without credentials or with a bad token", async () => {
    const created = await create(kind, owner, sample(kind, today, 11));
    await expectError(await api.list(""), 401, "unauthorized");
    await expectError(await api.list("epoch_not-a-real-token"), 401, "unauthorized");
    await expectError(
      await api.create("epoch_not-a-real-token", sample(kind, today)),
      401,
      "unauthorized",
    );
    await expectError(await api.get("epoch_nope", created.id as string), 401, "unauthorized");
    await expectError(await api.remove("epoch_nope", created.id as string), 401, "unauthorized");
    expect(await rowOf(kind, created.id as string)).toBeDefined();
  });

  it("a body that is not JSON answers 400 and writes nothing", async () => {
    const before = await countRows(TABLES[kind]);
    await expectError(await api.createRaw(owner.token, '{"title": '), 400, "bad_request");
    expect(await countRows(TABLES[kind])).toBe(before);
  });

  describe("a client-chosen id", () => {
    it("a repeated create makes one row; the repeat answers 200 with the same resource", async () => {
      const id = randomUUID();
      const body = { ...sample(kind, today, 12), id };
      const first = await create(kind, owner, body);
      expect(first.id).toBe(id);
      const second = await expectStatus<Json>(await api.create(owner.token, body), 200);
      expect(second).toEqual(first);
      expect((await rowsOfUser(kind, owner.id)).filter((r) => r.id === id)).toHaveLength(1);
    });

    it("50 concurrent creates with one id make one row: one 201, 49 × 200, all the same resource", async () => {
      const id = randomUUID();
      const body = { ...sample(kind, today, 13), id };
      const before = await countRows(TABLES[kind], owner.id);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => api.create(owner.token, body)),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([...Array<number>(49).fill(200), 201]);
      const bodies = await Promise.all(responses.map((r) => r.json() as Promise<Json>));
      for (const b of bodies) expect(b).toEqual(bodies[0]);
      expect(bodies[0]!.id).toBe(id);
      expect(await countRows(TABLES[kind], owner.id)).toBe(before + 1);
    });

    it("an id another user already used is theirs and ours apart: 201, their row untouched", async () => {
      // Ids are unique per learner (the key is (user_id, id), so Citus can keep a learner's
      // rows on one shard): nothing says the id exists elsewhere, nor whose it is.
      const theirs = await create(kind, owner, { ...sample(kind, today, 14), id: randomUUID() });
      const id = theirs.id as string;
      const countBefore = await countRows(TABLES[kind], other.id);
      const ours = await expectStatus<Json>(
        await api.create(other.token, { ...sample(kind, today, 15), id }),
        201,
      );
      expect(ours.id).toBe(id);
      expect(ours).not.toEqual(theirs);
      expect(await countRows(TABLES[kind], other.id)).toBe(countBefore + 1);
      expect(await expectStatus<Json>(await api.get(owner.token, id), 200)).toEqual(theirs);
      expect(await expectStatus<Json>(await api.get(other.token, id), 200)).toEqual(ours);
      // Deleting ours leaves theirs.
      expect((await api.remove(other.token, id)).status).toBe(204);
      expect(await expectStatus<Json>(await api.get(owner.token, id), 200)).toEqual(theirs);
    });
  });

  describe("free text", () => {
    const tricky = [
      "<script>alert(1)</script>",
      "'; DROP TABLE users; --",
      'Ünïcødé ✓ 🚀 «quotes» "double" & <b>bold</b>',
      "line one\nline two\ttabbed \\ backslash",
    ];

    it("is stored and answered verbatim, never escaped or stripped", async () => {
      const fields = TEXT_FIELDS[kind];
      for (const [n, text] of tricky.entries()) {
        const body = { ...sample(kind, today, 20 + n) };
        for (const field of fields) body[field] = text;
        const created = await create(kind, owner, body);
        const got = await expectStatus<Json>(await api.get(owner.token, created.id as string), 200);
        const row = await rowOf(kind, created.id as string);
        for (const field of fields) {
          expect(created[field]).toBe(body[field]);
          expect(got[field]).toBe(body[field]);
          expect(row?.[field]).toBe(body[field]);
        }
      }
      const created = await create(kind, owner, sample(kind, today, 30));
      const patched = await expectStatus<Json>(
        await api.patch(owner.token, created.id as string, { [fields[0]!]: tricky[0] }),
        200,
      );
      expect(patched[fields[0]!]).toBe(tricky[0]);
    });

    it("a NUL character answers 422 naming the field (PostgreSQL cannot store it), not 500", async () => {
      const field = TEXT_FIELDS[kind][0]!;
      const before = await countRows(TABLES[kind]);
      const res = await api.create(owner.token, {
        ...sample(kind, today, 40),
        [field]: "before\u0000after",
      });
      await expectError(res, 422, "validation_failed", field);
      expect(await countRows(TABLES[kind])).toBe(before);
    });
  });
});
