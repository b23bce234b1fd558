/**
 * GET /me/export and POST /me/import: a full round trip, idempotent imports,
 * imports into a second account, refused documents, and CSV export.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/me/export/route";
import { POST as importRoute } from "@/app/api/v1/me/import/route";
import { PUT as putSkill } from "@/app/api/v1/me/skills/[skillSlug]/route";
import {
  KINDS,
  expectError,
  expectStatus,
  makeUser,
  params,
  parseCsv,
  recordApi,
  request,
  rowOf,
  rowsOfUser,
  sample,
  todayInZone,
  userFootprint,
  type Json,
  type Kind,
  type TestUser,
} from "../records-test-helpers";

type ExportDoc = Json & {
  format: string;
  version: number;
  exportedAt: string;
  skills: { skill: string; level: number; updatedAt: string }[];
  skillHistory: { skill: string; level: number; changedAt: string }[];
} & Record<Kind, Json[]>;

const today = todayInZone("UTC");

const exportJson = async (token: string) =>
  expectStatus<ExportDoc>(await exportRoute(request("/api/v1/me/export", { token })), 200);
const exportCsv = (token: string, query: string) =>
  exportRoute(request(`/api/v1/me/export${query}`, { token }));
const importDoc = (token: string, body: unknown) =>
  importRoute(request("/api/v1/me/import", { method: "POST", token, body }));
const setSkill = async (token: string, skillSlug: string, level: number) =>
  expectStatus(
    await putSkill(
      request(`/api/v1/me/skills/${skillSlug}`, { method: "PUT", token, body: { level } }),
      params({ skillSlug }),
    ),
    200,
  );

const omit = (value: Json, key: string): Json =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
const withoutStamp = (doc: ExportDoc): Json => omit(doc, "exportedAt");
const idsOf = (doc: ExportDoc) => KINDS.flatMap((k) => doc[k].map((r) => r.id as string));
/** A record without its id, to compare copies that were given fresh ids. */
const content = (record: Json): Json => omit(record, "id");

/** Fills an account with two records of every kind and some skill levels (with history). */
async function fill(user: TestUser) {
  // Exports carry millisecond timestamps; a pause keeps every creation in a millisecond of its own,
  // so the export's order (by createdAt) is the same before and after a round trip.
  const pause = () => new Promise((resolve) => setTimeout(resolve, 2));
  for (const kind of KINDS) {
    for (const i of [1, 2]) {
      await expectStatus(await recordApi(kind).create(user.token, sample(kind, today, i)), 201);
      await pause();
    }
  }
  for (const [skill, level] of [
    ["python", 2],
    ["python", 3],
    ["sql", 4],
  ] as const) {
    await setSkill(user.token, skill, level);
    await pause();
  }
}

describe("export and import", () => {
  let first: TestUser;
  let second: TestUser;
  let original: ExportDoc;

  beforeAll(async () => {
    [first, second] = await Promise.all([makeUser("exporter"), makeUser("second")]);
    await fill(first);
  });

  it("GET /me/export answers the whole account as one document", async () => {
    const res = await exportRoute(request("/api/v1/me/export", { token: first.token }));
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="epoch-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    original = await expectStatus<ExportDoc>(res, 200);
    expect(original).toMatchObject({
      format: "epoch-export",
      version: 1,
      account: { email: first.email },
    });
    expect(Number.isNaN(Date.parse(original.exportedAt))).toBe(false);
    for (const kind of KINDS) {
      expect(original[kind], kind).toHaveLength(2);
      for (const record of original[kind]) {
        expect(record).not.toHaveProperty("userId");
        expect(record).toMatchObject({
          id: expect.any(String),
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        });
      }
    }
    expect(original[KINDS[0]][0]).toMatchObject(sample(KINDS[0], today, 1));
    expect(original.skills.map((s) => [s.skill, s.level])).toEqual([
      ["python", 3],
      ["sql", 4],
    ]);
    expect(original.skillHistory.map((h) => [h.skill, h.level]).sort()).toEqual([
      ["python", 2],
      ["python", 3],
      ["sql", 4],
    ]);
  });

  it("after deleting every record through the API, importing the document restores it exactly", async () => {
    for (const kind of KINDS) {
      for (const record of original[kind]) {
        expect((await recordApi(kind).remove(first.token, record.id as string)).status).toBe(204);
      }
    }
    const emptied = await exportJson(first.token);
    for (const kind of KINDS) expect(emptied[kind]).toEqual([]);

    const summary = await expectStatus<Json>(await importDoc(first.token, original), 200);
    expect(summary).toMatchObject({
      activities: 2,
      certifications: 2,
      projects: 2,
      papers: 2,
      events: 2,
      skillHistory: 0,
    });

    const restored = await exportJson(first.token);
    expect(withoutStamp(restored)).toEqual(withoutStamp(original));
    // And the API answers the restored records as before.
    const cert = original.certifications[0]!;
    const got = await expectStatus<Json>(
      await recordApi("certifications").get(first.token, cert.id as string),
      200,
    );
    expect(got).toMatchObject({ ...cert, expired: false, expiringSoon: false });
  });

  it("importing the same document again adds nothing", async () => {
    const before = await userFootprint(first.id);
    const summary = await expectStatus<Json>(await importDoc(first.token, original), 200);
    expect(summary).toMatchObject({
      activities: 0,
      certifications: 0,
      projects: 0,
      papers: 0,
      events: 0,
      skillHistory: 0,
    });
    expect(await userFootprint(first.id)).toEqual(before);
    expect(withoutStamp(await exportJson(first.token))).toEqual(withoutStamp(original));
  });

  it("imports into a second account, which keeps the ids (unique per learner)", async () => {
    const firstRows = Object.fromEntries(
      await Promise.all(KINDS.map(async (k) => [k, await rowsOfUser(k, first.id)] as const)),
    );
    const summary = await expectStatus<Json>(await importDoc(second.token, original), 200);
    expect(summary).toMatchObject({
      activities: 2,
      certifications: 2,
      projects: 2,
      papers: 2,
      events: 2,
      skillHistory: 3,
    });

    const copy = await exportJson(second.token);
    expect(copy.account).toMatchObject({ email: second.email });
    const firstIds = new Set(idsOf(original));
    for (const kind of KINDS) {
      expect(copy[kind], kind).toHaveLength(2);
      for (const record of copy[kind])
        expect(firstIds.has(record.id as string), `${kind} ${String(record.id)}`).toBe(true);
      expect(copy[kind].map(content)).toEqual(original[kind].map(content));
    }
    expect(copy.skills).toEqual(original.skills);
    expect(copy.skillHistory).toEqual(original.skillHistory);

    // The first account is untouched.
    for (const kind of KINDS) expect(await rowsOfUser(kind, first.id)).toEqual(firstRows[kind]);
    expect(withoutStamp(await exportJson(first.token))).toEqual(withoutStamp(original));
  });

  it("importing the same document into the second account again adds nothing there either", async () => {
    const before = await userFootprint(second.id);
    const summary = await expectStatus<Json>(await importDoc(second.token, original), 200);
    expect(await userFootprint(second.id)).toEqual(before);
    expect(summary).toMatchObject({
      activities: 0,
      certifications: 0,
      projects: 0,
      papers: 0,
      events: 0,
      skillHistory: 0,
    });
  });
});

describe("a document that is refused writes nothing", () => {
  let importer: TestUser;
  let valid: ExportDoc;

  beforeAll(async () => {
    importer = await makeUser("importer");
    // A document of the importer's own with new ids, so any partial write would show.
    const source = await makeUser("source");
    await fill(source);
    const doc = await exportJson(source.token);
    valid = {
      ...doc,
      ...Object.fromEntries(KINDS.map((k) => [k, doc[k].map((r) => ({ ...r, id: randomUUID() }))])),
    } as ExportDoc;
    valid.skills = [{ skill: "spark", level: 2, updatedAt: new Date().toISOString() }];
  });

  const broken: [string, (doc: ExportDoc) => unknown, string | undefined][] = [
    ["a wrong format", (d) => ({ ...d, format: "something-else" }), "format"],
    ["version 2", (d) => ({ ...d, version: 2 }), "version"],
    [
      "an activity with minutes 0 after a valid one",
      (d) => ({ ...d, activities: [d.activities[0], { ...d.activities[1], minutes: 0 }] }),
      "activities.1.minutes",
    ],
    ["a record without an id", (d) => ({ ...d, papers: [content(d.papers[0]!)] }), "papers.0.id"],
    [
      "a project with a javascript: URL",
      (d) => ({ ...d, projects: [{ ...d.projects[0], repoUrl: "javascript:alert(1)" }] }),
      "projects.0.repoUrl",
    ],
    [
      "an activity dated in the future",
      (d) => ({ ...d, activities: [{ ...d.activities[0], date: "2999-01-01" }] }),
      "activities.0.date",
    ],
    [
      "a certification that expires before it was issued",
      (d) => ({
        ...d,
        certifications: [
          { ...d.certifications[0], issuedOn: "2024-05-10", expiresOn: "2024-05-01" },
        ],
      }),
      "certifications.0.expiresOn",
    ],
    [
      "a level for an unknown skill",
      (d) => ({ ...d, skills: [{ skill: "not-a-skill", level: 2 }] }),
      "skills",
    ],
    [
      "a skill level of 7",
      (d) => ({ ...d, skills: [{ skill: "python", level: 7 }] }),
      "skills.0.level",
    ],
    [
      "history for an unknown skill",
      (d) => ({
        ...d,
        skillHistory: [{ skill: "not-a-skill", level: 1, changedAt: new Date().toISOString() }],
      }),
      "skills",
    ],
    ["records that are not a list", (d) => ({ ...d, events: { not: "a list" } }), "events"],
    ["a list instead of a document", () => [1, 2, 3], undefined],
    ["an empty object", () => ({}), "format"],
  ];

  it.each(broken)("%s answers 422", async (_label, breakIt, field) => {
    const before = await userFootprint(importer.id);
    const exportBefore = withoutStamp(await exportJson(importer.token));
    await expectError(
      await importDoc(importer.token, breakIt(valid)),
      422,
      "validation_failed",
      field,
    );
    expect(await userFootprint(importer.id)).toEqual(before);
    expect(withoutStamp(await exportJson(importer.token))).toEqual(exportBefore);
    for (const kind of KINDS)
      for (const r of valid[kind]) expect(await rowOf(kind, r.id as string)).toBeUndefined();
  });

  it("a body that is not JSON answers 400", async () => {
    const before = await userFootprint(importer.id);
    const res = await importRoute(
      request("/api/v1/me/import", {
        method: "POST",
        token: importer.token,
        raw: '{"format": "epoch-export",',
      }),
    );
    await expectError(res, 400, "bad_request");
    expect(await userFootprint(importer.id)).toEqual(before);
  });

  it("the valid document itself is accepted (so the refusals above are about the breakage)", async () => {
    const summary = await expectStatus<Json>(await importDoc(importer.token, valid), 200);
    expect(summary).toMatchObject({
      activities: 2,
      certifications: 2,
      projects: 2,
      papers: 2,
      events: 2,
      skills: 1,
    });
    for (const kind of KINDS)
      for (const r of valid[kind])
        expect((await rowOf(kind, r.id as string))?.userId).toBe(importer.id);
  });

  it("export and import answer 401 without a token", async () => {
    await expectError(await exportRoute(request("/api/v1/me/export")), 401, "unauthorized");
    await expectError(await importDoc("", valid), 401, "unauthorized");
  });
});

describe("CSV export", () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-3", "@SUM(A1:A2)"];
  const COLUMNS = [
    "id",
    "date",
    "minutes",
    "kind",
    "title",
    "path",
    "skills",
    "notes",
    "url",
    "createdAt",
    "updatedAt",
  ];
  let learner: TestUser;
  const created: Json[] = [];

  beforeAll(async () => {
    learner = await makeUser("spreadsheet");
    const titles = [...FORMULAS, 'Plain, with a comma and "quotes"'];
    for (const [i, title] of titles.entries()) {
      created.push(
        await expectStatus<Json>(
          await recordApi("activities").create(learner.token, {
            ...sample("activities", today, i),
            title,
          }),
          201,
        ),
      );
    }
  });

  it("?format=csv&kind=activities has a header row and one line per record", async () => {
    const res = await exportCsv(learner.token, "?format=csv&kind=activities");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="epoch-activities-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await res.text();
    expect(text.trimEnd().split(/\r?\n/)).toHaveLength(created.length + 1);
    const [header, ...rows] = parseCsv(text.trimEnd());
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(created.length);
    const byId = new Map(
      rows.map((r) => [r[0], Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]]))]),
    );
    for (const record of created) {
      const row = byId.get(record.id as string)!;
      expect(row, String(record.id)).toBeDefined();
      expect(row.date).toBe(record.date);
      expect(row.minutes).toBe(String(record.minutes));
      expect(row.skills).toBe((record.skills as string[]).join(" "));
    }
  });

  it("neutralizes cells that a spreadsheet would run as a formula, and keeps others as they are", async () => {
    const text = await (await exportCsv(learner.token, "?format=csv&kind=activities")).text();
    const [, ...rows] = parseCsv(text.trimEnd());
    const titleOf = new Map(rows.map((r) => [r[0], r[COLUMNS.indexOf("title")]]));
    for (const record of created) {
      const title = record.title as string;
      const expected = FORMULAS.includes(title) ? `'${title}` : title;
      expect(titleOf.get(record.id as string)).toBe(expected);
    }
    // The record itself keeps the title verbatim.
    const first = await expectStatus<Json>(
      await recordApi("activities").get(learner.token, created[0]!.id as string),
      200,
    );
    expect(first.title).toBe(FORMULAS[0]);
  });

  it("?kind=skills lists the skill levels", async () => {
    await setSkill(learner.token, "r", 2);
    const text = await (await exportCsv(learner.token, "?format=csv&kind=skills")).text();
    const [header, ...rows] = parseCsv(text.trimEnd());
    expect(header).toEqual(["skill", "level", "updatedAt"]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([["r", "2"]]);
  });

  it("another learner's CSV has only the header", async () => {
    const stranger = await makeUser("stranger");
    const text = await (await exportCsv(stranger.token, "?format=csv&kind=activities")).text();
    expect(parseCsv(text.trimEnd())).toEqual([COLUMNS]);
  });

  it.each([
    ["?format=xml", "format"],
    ["?format=csv&kind=bogus", "kind"],
  ])("%s answers 422 naming the parameter", async (query, field) => {
    await expectError(await exportCsv(learner.token, query), 422, "validation_failed", field);
  });
});
