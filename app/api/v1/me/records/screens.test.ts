/**
 * What the screens promise, checked where it is decided: a paper's topic is a
 * track slug (and then counts toward that track), error messages name fields
 * by their labels, an import says what it added and maps free-text topics,
 * and the skills page's history reads the latest changes of each skill.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/me/import/route";
import { GET as progressRoute } from "@/app/api/v1/me/progress/route";
import { PUT as putSkill } from "@/app/api/v1/me/skills/[skillSlug]/route";
import { listSkillHistory } from "@/lib/skills/ratings";
import {
  expectError,
  expectStatus,
  makeUser,
  params,
  recordApi,
  request,
  rowOf,
  sample,
  todayInZone,
  type Json,
  type TestUser,
} from "../records-test-helpers";

const today = todayInZone("UTC");
const papers = recordApi("papers");
const certifications = recordApi("certifications");
const RAI_PAPERS = "0b8f6a52-0001-4c1e-9a01-000000000415";

type Progress = {
  milestones: { id: string; progress: { current: number; target: number } }[];
};
const raiPapers = async (token: string) => {
  const body = await expectStatus<Progress>(
    await progressRoute(request("/api/v1/me/progress", { token })),
    200,
  );
  return body.milestones.find((m) => m.id === RAI_PAPERS)!.progress;
};

let learner: TestUser;
beforeAll(async () => {
  learner = await makeUser("screens");
});

describe("a paper's topic", () => {
  it("is one of the track slugs, and then counts toward that track's paper milestone", async () => {
    const user = await makeUser("topic-counts");
    expect(await raiPapers(user.token)).toEqual({ current: 0, target: 10 });
    const created = await expectStatus<Json>(
      await papers.create(user.token, {
        ...sample("papers", today),
        status: "read",
        topic: "responsible-ai",
      }),
      201,
    );
    expect(created.topic).toBe("responsible-ai");
    expect(await raiPapers(user.token)).toEqual({ current: 1, target: 10 });
    // Another track's paper does not count here.
    await expectStatus(
      await papers.create(user.token, { ...sample("papers", today), topic: "quantum-ml" }),
      201,
    );
    expect(await raiPapers(user.token)).toEqual({ current: 1, target: 10 });
  });

  it.each([["transformers"], ["Responsible AI"], ["RESPONSIBLE-AI"], [42]])(
    "%s answers 422 naming topic, with the track slugs in the message; nothing stored",
    async (topic) => {
      const body = await expectError(
        await papers.create(learner.token, { ...sample("papers", today), topic }),
        422,
        "validation_failed",
        "topic",
      );
      expect(body.error.fields!.topic).toBe("must be one of mlops, responsible-ai, quantum-ml");
      expect(body.error.message).toContain("Topic must be one of");
    },
  );

  it("is none when blank or null, and a PATCH can set and clear it", async () => {
    const created = await expectStatus<Json>(
      await papers.create(learner.token, { ...sample("papers", today), topic: "  " }),
      201,
    );
    expect(created.topic).toBeNull();
    const id = created.id as string;
    await expectStatus(await papers.patch(learner.token, id, { topic: "mlops" }), 200);
    expect((await rowOf("papers", id))?.topic).toBe("mlops");
    await expectStatus(await papers.patch(learner.token, id, { topic: null }), 200);
    expect((await rowOf("papers", id))?.topic).toBeNull();
  });
});

describe("error messages name fields by their labels", () => {
  it("an expiry before the issue date: 'Expiry date must be …', fields keyed by expiresOn", async () => {
    const body = await expectError(
      await certifications.create(learner.token, {
        ...sample("certifications", today),
        issuedOn: "2024-05-10",
        expiresOn: "2024-05-09",
      }),
      422,
      "validation_failed",
      "expiresOn",
    );
    expect(body.error.message).toBe("Expiry date must be on or after the issue date.");
    expect(body.error.fields).toEqual({ expiresOn: "must be on or after the issue date" });
  });

  it("the same on a PATCH", async () => {
    const created = await expectStatus<Json>(
      await certifications.create(learner.token, {
        ...sample("certifications", today),
        issuedOn: "2024-05-10",
        expiresOn: null,
      }),
      201,
    );
    const body = await expectError(
      await certifications.patch(learner.token, created.id as string, { expiresOn: "2024-01-01" }),
      422,
      "validation_failed",
      "expiresOn",
    );
    expect(body.error.message).toBe("Expiry date must be on or after the issue date.");
  });

  it("a malformed body lists each field by label, never by key", async () => {
    const body = await expectError(
      await certifications.create(learner.token, {
        ...sample("certifications", today),
        expiresOn: "someday",
        credentialUrl: "javascript:alert(1)",
      }),
      422,
      "validation_failed",
    );
    expect(Object.keys(body.error.fields!).sort()).toEqual(["credentialUrl", "expiresOn"]);
    expect(body.error.message).toContain("Expiry date must be a date");
    expect(body.error.message).toContain("Credential URL must be an http(s) URL");
    expect(body.error.message).not.toMatch(/expiresOn|credentialUrl/);
  });
});

type Summary = Record<string, number> & { message: string };
const importDoc = (token: string, body: unknown) =>
  importRoute(request("/api/v1/me/import", { method: "POST", token, body }));
const paper = (id: string, topic: string | null, notes: string | null = null) => ({
  id,
  title: `Paper ${id.slice(-4)}`,
  status: "read",
  readOn: "2025-01-01",
  topic,
  notes,
});

describe("import", () => {
  const ids = [
    "7c0b3c1e-0000-4000-8000-000000000001",
    "7c0b3c1e-0000-4000-8000-000000000002",
    "7c0b3c1e-0000-4000-8000-000000000003",
    "7c0b3c1e-0000-4000-8000-000000000004",
  ];
  const doc = {
    format: "epoch-export",
    version: 1,
    skills: [{ skill: "python", level: 3, updatedAt: "2025-02-01T10:00:00.123Z" }],
    skillHistory: [{ skill: "python", level: 3, changedAt: "2025-02-01T10:00:00.123Z" }],
    papers: [
      paper(ids[0]!, "Responsible AI specialist"),
      paper(ids[1]!, "QUANTUM-ML"),
      paper(ids[2]!, "transformers", "Read with the team."),
      paper(ids[3]!, "vision"),
    ],
  };
  let importer: TestUser;
  beforeAll(async () => {
    importer = await makeUser("importer");
  });

  it("maps a topic naming a track (slug or name, any case) to its slug, and keeps any other in the notes", async () => {
    const summary = await expectStatus<Summary>(await importDoc(importer.token, doc), 200);
    expect(summary).toMatchObject({
      papers: 4,
      skills: 1,
      skillHistory: 1,
      activities: 0,
      certifications: 0,
      projects: 0,
      events: 0,
    });
    expect(summary.message).toBe("Imported 4 papers, 1 skill rating and 1 entry of skill history.");
    const rows = await Promise.all(ids.map((id) => rowOf("papers", id)));
    expect(rows.map((r) => [r?.topic, r?.notes])).toEqual([
      ["responsible-ai", null],
      ["quantum-ml", null],
      [null, "Read with the team.\n\nTopic: transformers"],
      [null, "Topic: vision"],
    ]);
    expect(await raiPapers(importer.token)).toEqual({ current: 1, target: 10 });
  });

  it("a re-import says nothing new, skill ratings included", async () => {
    const summary = await expectStatus<Summary>(await importDoc(importer.token, doc), 200);
    expect(summary).toEqual({
      activities: 0,
      certifications: 0,
      projects: 0,
      papers: 0,
      events: 0,
      skills: 0,
      skillHistory: 0,
      notes: 0,
      resources: 0,
      message: "Nothing new: everything in this file is already in your account.",
    });
  });

  it("a skill rating that differs from the stored one counts as imported", async () => {
    const changed = {
      ...doc,
      skills: [{ skill: "python", level: 4, updatedAt: "2025-03-01T10:00:00.000Z" }],
    };
    const summary = await expectStatus<Summary>(await importDoc(importer.token, changed), 200);
    expect(summary).toMatchObject({ skills: 1, papers: 0 });
    expect(summary.message).toBe("Imported 1 skill rating.");
  });

  it("a refused record is named by label and position; fields keep the path of keys", async () => {
    const user = await makeUser("refused-import");
    const body = await expectError(
      await importDoc(user.token, {
        format: "epoch-export",
        version: 1,
        certifications: [
          {
            id: "7c0b3c1e-0000-4000-8000-0000000000c1",
            name: "Cert",
            issuer: "Issuer",
            status: "earned",
            issuedOn: "2024-05-10",
            expiresOn: "2024-05-01",
          },
        ],
      }),
      422,
      "validation_failed",
      "certifications.0.expiresOn",
    );
    expect(body.error.message).toBe(
      "Expiry date (certifications, item 1) must be on or after the issue date.",
    );
  });
});

describe("skill history for the skills page", () => {
  const put = async (token: string, skillSlug: string, level: number) =>
    expectStatus(
      await putSkill(
        request(`/api/v1/me/skills/${skillSlug}`, { method: "PUT", token, body: { level } }),
        params({ skillSlug }),
      ),
      200,
    );

  it("lists each skill's latest changes, oldest first, at most six, only the learner's own", async () => {
    const [user, other] = await Promise.all([makeUser("history"), makeUser("history-other")]);
    for (const level of [1, 2, 3, 2, 3, 4, 3, 4]) await put(user.token, "python", level);
    await put(user.token, "sql", 2);
    await put(other.token, "python", 1);
    const history = await listSkillHistory({ userId: user.id, via: "session" });
    expect(history.timezone).toBe("UTC");
    expect(Object.keys(history.skills).sort()).toEqual(["python", "sql"]);
    expect(history.skills.python!.map((c) => c.level)).toEqual([3, 2, 3, 4, 3, 4]);
    const times = history.skills.python!.map((c) => Date.parse(c.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(history.skills.sql!.map((c) => c.level)).toEqual([2]);
    const others = await listSkillHistory({ userId: other.id, via: "session" });
    expect(others.skills).toEqual({ python: [{ level: 1, changedAt: expect.any(String) }] });
  });
});
