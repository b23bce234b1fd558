/**
 * Every invalid value of every field of every kind of learner record answers
 * 422 naming the field, on create and on PATCH, and writes nothing.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  KINDS,
  REQUIRED_FIELDS,
  TABLES,
  countRows,
  expectError,
  expectStatus,
  invalidCases,
  makeUser,
  recordApi,
  rowOf,
  sample,
  setTimezone,
  shiftDate,
  todayInZone,
  type Json,
  type TestUser,
} from "../records-test-helpers";

let learner: TestUser;
const today = todayInZone("UTC");

beforeAll(async () => {
  learner = await makeUser("validator");
});

describe.each(KINDS)("%s", (kind) => {
  const api = recordApi(kind);
  const cases = invalidCases(kind, today);

  it.each(cases.map((c) => [c.name, c] as const))(
    "create with %s answers 422 naming the field; no row",
    async (_name, c) => {
      const before = await countRows(TABLES[kind]);
      const res = await api.create(learner.token, { ...sample(kind, today), ...c.values });
      await expectError(res, 422, "validation_failed", c.field);
      expect(await countRows(TABLES[kind])).toBe(before);
    },
  );

  it.each(cases.map((c) => [c.name, c] as const))(
    "PATCH with %s answers 422 naming the field; row unchanged",
    async (_name, c) => {
      const created = await expectStatus<Json>(
        await api.create(learner.token, sample(kind, today)),
        201,
      );
      const before = await rowOf(kind, created.id as string);
      const res = await api.patch(learner.token, created.id as string, c.values);
      await expectError(res, 422, "validation_failed", c.field);
      expect(await rowOf(kind, created.id as string)).toEqual(before);
    },
  );

  it.each(REQUIRED_FIELDS[kind])("create without %s answers 422 naming it", async (field) => {
    const body = sample(kind, today);
    delete body[field];
    const before = await countRows(TABLES[kind]);
    await expectError(await api.create(learner.token, body), 422, "validation_failed", field);
    expect(await countRows(TABLES[kind])).toBe(before);
  });

  it("create with an id that is not a UUID answers 422 naming id", async () => {
    const before = await countRows(TABLES[kind]);
    await expectError(
      await api.create(learner.token, { ...sample(kind, today), id: "42" }),
      422,
      "validation_failed",
      "id",
    );
    expect(await countRows(TABLES[kind])).toBe(before);
  });

  it("a body that is a JSON array or string answers 422, not 500", async () => {
    const before = await countRows(TABLES[kind]);
    await expectError(await api.createRaw(learner.token, "[1,2,3]"), 422, "validation_failed");
    await expectError(await api.createRaw(learner.token, '"hello"'), 422, "validation_failed");
    expect(await countRows(TABLES[kind])).toBe(before);
  });

  it("several invalid fields are all named", async () => {
    const bad = cases.filter((c) => c.field !== "bogus" && Object.keys(c.values).length === 1);
    const fields = [...new Set(bad.map((c) => c.field))];
    const body = { ...sample(kind, today) };
    for (const field of fields) Object.assign(body, bad.find((c) => c.field === field)!.values);
    const error = await expectError(
      await api.create(learner.token, body),
      422,
      "validation_failed",
    );
    expect(fields.length).toBeGreaterThan(3);
    expect(Object.keys(error.error.fields ?? {}).sort()).toEqual([...fields].sort());
  });
});

describe("boundary values that are valid", () => {
  it("activities accept minutes 1 and 1440, a 200-character title and today's date", async () => {
    const api = recordApi("activities");
    for (const values of [
      { minutes: 1 },
      { minutes: 1440 },
      { title: "t".repeat(200) },
      { date: today },
      { date: "1900-01-01" },
    ]) {
      const created = await expectStatus<Json>(
        await api.create(learner.token, { ...sample("activities", today), ...values }),
        201,
      );
      expect(created).toMatchObject(values);
    }
  });

  it("optional text that is blank is stored as null; surrounding spaces are trimmed", async () => {
    const api = recordApi("papers");
    const created = await expectStatus<Json>(
      await api.create(learner.token, {
        ...sample("papers", today),
        topic: "   ",
        notes: "",
        title: "  Attention  ",
      }),
      201,
    );
    expect(created).toMatchObject({ topic: null, notes: null, title: "Attention" });
  });

  it("a repeated skill is stored once", async () => {
    const created = await expectStatus<Json>(
      await recordApi("projects").create(learner.token, {
        ...sample("projects", today),
        skills: ["python", "python", "sql"],
      }),
      201,
    );
    expect(created.skills).toEqual(["python", "sql"]);
  });

  it("events may be in the future (an upcoming conference)", async () => {
    const date = shiftDate(today, 90);
    const created = await expectStatus<Json>(
      await recordApi("events").create(learner.token, { ...sample("events", today), date }),
      201,
    );
    expect(created.date).toBe(date);
  });
});

describe("activity dates and the learner's today", () => {
  // Kiritimati (UTC+14) is always a day or two ahead of Pago Pago (UTC-11).
  const AHEAD = "Pacific/Kiritimati";
  const BEHIND = "Pacific/Pago_Pago";

  it("a learner far ahead of UTC may log today's date; one behind may not log that date", async () => {
    const ahead = await makeUser("ahead", AHEAD);
    const behind = await makeUser("behind", BEHIND);
    const aheadToday = todayInZone(AHEAD);
    expect(aheadToday > todayInZone(BEHIND)).toBe(true);
    const api = recordApi("activities");

    const created = await expectStatus<Json>(
      await api.create(ahead.token, { ...sample("activities", aheadToday), date: aheadToday }),
      201,
    );
    expect(created.date).toBe(aheadToday);
    await expectError(
      await api.create(ahead.token, {
        ...sample("activities", aheadToday),
        date: shiftDate(aheadToday, 1),
      }),
      422,
      "validation_failed",
      "date",
    );

    const before = await countRows(TABLES.activities, behind.id);
    await expectError(
      await api.create(behind.token, { ...sample("activities", aheadToday), date: aheadToday }),
      422,
      "validation_failed",
      "date",
    );
    expect(await countRows(TABLES.activities, behind.id)).toBe(before);
    const ok = await expectStatus<Json>(
      await api.create(behind.token, {
        ...sample("activities", aheadToday),
        date: todayInZone(BEHIND),
      }),
      201,
    );
    expect(ok.date).toBe(todayInZone(BEHIND));
  });

  it("PATCH cannot move an activity into the learner's future", async () => {
    const learnerBehind = await makeUser("behind-patch");
    await setTimezone(learnerBehind.id, BEHIND);
    const api = recordApi("activities");
    const created = await expectStatus<Json>(
      await api.create(learnerBehind.token, {
        ...sample("activities", today),
        date: shiftDate(today, -3),
      }),
      201,
    );
    const before = await rowOf("activities", created.id as string);
    await expectError(
      await api.patch(learnerBehind.token, created.id as string, { date: todayInZone(AHEAD) }),
      422,
      "validation_failed",
      "date",
    );
    expect(await rowOf("activities", created.id as string)).toEqual(before);
  });
});

describe("certification dates checked against the stored record", () => {
  const api = recordApi("certifications");

  it("PATCH of expiresOn before the stored issuedOn answers 422 naming expiresOn; row unchanged", async () => {
    const created = await expectStatus<Json>(
      await api.create(learner.token, {
        ...sample("certifications", today),
        issuedOn: "2024-05-10",
        expiresOn: null,
      }),
      201,
    );
    const before = await rowOf("certifications", created.id as string);
    await expectError(
      await api.patch(learner.token, created.id as string, { expiresOn: "2024-05-01" }),
      422,
      "validation_failed",
      "expiresOn",
    );
    expect(await rowOf("certifications", created.id as string)).toEqual(before);
    // On the issue date itself is fine.
    const ok = await expectStatus<Json>(
      await api.patch(learner.token, created.id as string, { expiresOn: "2024-05-10" }),
      200,
    );
    expect(ok.expiresOn).toBe("2024-05-10");
  });

  it("PATCH of issuedOn after the stored expiresOn answers 422; row unchanged", async () => {
    const created = await expectStatus<Json>(
      await api.create(learner.token, {
        ...sample("certifications", today),
        issuedOn: "2024-01-01",
        expiresOn: "2025-01-01",
      }),
      201,
    );
    const before = await rowOf("certifications", created.id as string);
    await expectError(
      await api.patch(learner.token, created.id as string, { issuedOn: "2025-06-01" }),
      422,
      "validation_failed",
      "expiresOn",
    );
    expect(await rowOf("certifications", created.id as string)).toEqual(before);
  });

  it("clearing issuedOn lifts the rule", async () => {
    const created = await expectStatus<Json>(
      await api.create(learner.token, {
        ...sample("certifications", today),
        issuedOn: "2024-01-01",
        expiresOn: "2025-01-01",
      }),
      201,
    );
    const ok = await expectStatus<Json>(
      await api.patch(learner.token, created.id as string, {
        issuedOn: null,
        expiresOn: "2020-01-01",
      }),
      200,
    );
    expect(ok).toMatchObject({ issuedOn: null, expiresOn: "2020-01-01" });
  });

  it("a client id for a record of another kind is independent", async () => {
    const id = randomUUID();
    await expectStatus(
      await recordApi("papers").create(learner.token, { ...sample("papers", today), id }),
      201,
    );
    const cert = await expectStatus<Json>(
      await api.create(learner.token, { ...sample("certifications", today), id }),
      201,
    );
    expect(cert.id).toBe(id);
  });
});
