/**
 * A cohort's own milestones through /api/v1/cohorts/{slug}/milestones: who may list, add,
 * change, remove and check them off (organizer, cohort coach, member, outsider, anonymous);
 * criteria per kind; hostile input; completion within what each member shares (hours private:
 * neither counted nor revealed); check-offs kept on edit and gone on delete; the learner's
 * dashboard section fresh at once; the CSV's columns.
 */
import { eq } from "drizzle-orm";
import { PgDatabase } from "drizzle-orm/pg-core";
import { describe, expect, it, vi } from "vitest";
import * as attestationRoute from "@/app/api/v1/cohorts/[slug]/milestones/[id]/attestation/route";
import * as milestoneRoute from "@/app/api/v1/cohorts/[slug]/milestones/[id]/route";
import * as milestonesRoute from "@/app/api/v1/cohorts/[slug]/milestones/route";
import { db } from "@/db/client";
import { cohortMilestoneAttestations, profiles } from "@/db/schema";
import { cohortMilestoneBoard, myCohortMilestones } from "@/lib/cohorts/milestones";
import { getDashboard } from "@/lib/dashboard/dashboard";
import { recordApi } from "../me/records-test-helpers";
import { jsonRequest, routeParams } from "../test-helpers";
import {
  api,
  expectError,
  expectStatus,
  joinAs,
  logMinutes,
  makeCohort,
  makeUser,
  parseCsv,
  rateSkill,
  share,
  shiftDate,
  todayInZone,
  type CohortUser,
  type Token,
} from "./cohorts-test-helpers";

const ms = {
  list: (token: Token, slug: string) =>
    milestonesRoute.GET(
      jsonRequest(`/api/v1/cohorts/${slug}/milestones`, { token }),
      routeParams({ slug }),
    ),
  create: (token: Token, slug: string, body: unknown) =>
    milestonesRoute.POST(
      jsonRequest(`/api/v1/cohorts/${slug}/milestones`, { method: "POST", token, body }),
      routeParams({ slug }),
    ),
  createRaw: (token: Token, slug: string, raw: string) =>
    milestonesRoute.POST(
      jsonRequest(`/api/v1/cohorts/${slug}/milestones`, { method: "POST", token, raw }),
      routeParams({ slug }),
    ),
  patch: (token: Token, slug: string, id: string, body: unknown) =>
    milestoneRoute.PATCH(
      jsonRequest(`/api/v1/cohorts/${slug}/milestones/${id}`, { method: "PATCH", token, body }),
      routeParams({ slug, id }),
    ),
  remove: (token: Token, slug: string, id: string) =>
    milestoneRoute.DELETE(
      jsonRequest(`/api/v1/cohorts/${slug}/milestones/${id}`, { method: "DELETE", token }),
      routeParams({ slug, id }),
    ),
  attest: (token: Token, slug: string, id: string, body: unknown) =>
    attestationRoute.PUT(
      jsonRequest(`/api/v1/cohorts/${slug}/milestones/${id}/attestation`, {
        method: "PUT",
        token,
        body,
      }),
      routeParams({ slug, id }),
    ),
};

type Item = {
  id: string;
  title: string;
  description: string | null;
  kind: string;
  criteria: Record<string, unknown>;
  dueOn: string | null;
  completion: { met?: boolean; attested?: boolean; done?: number; of?: number };
};

const actorOf = (u: CohortUser) => ({ userId: u.id, via: "token" as const });
const today = () => todayInZone("UTC");

/** An organizer, a cohort coach, two members (Ann shares progress and hours, Bob progress only), an outsider. */
async function world() {
  const [organizer, coach, ann, bob, outsider] = await Promise.all([
    makeUser("Olga Organizer"),
    makeUser("Carl Coach"),
    makeUser("Ann Member"),
    makeUser("Bob Member"),
    makeUser("Otto Outsider"),
  ]);
  const cohort = await makeCohort(organizer);
  for (const u of [coach, ann, bob]) await joinAs(u, cohort.inviteCode);
  await expectStatus(
    await api.role(organizer.token, cohort.slug, coach.id, { role: "coach" }),
    200,
  );
  await share(ann, cohort.slug, { shareProgress: true, shareHours: true });
  await share(bob, cohort.slug, { shareProgress: true, shareHours: false });
  return { organizer, coach, ann, bob, outsider, cohort };
}

async function add(token: string, slug: string, body: Record<string, unknown>): Promise<Item> {
  return expectStatus<Item>(await ms.create(token, slug, body), 201);
}

async function listAs(token: string, slug: string): Promise<Item[]> {
  return (await expectStatus<{ items: Item[] }>(await ms.list(token, slug), 200)).items;
}

describe("who may do what", () => {
  it("organizer and cohort coach add (201); a member 403; an outsider 404; anonymous 401", async () => {
    const { organizer, coach, ann, outsider, cohort } = await world();
    const created = await add(organizer.token, cohort.slug, {
      title: "Ship a demo",
      description: "Show it on demo day",
      kind: "attested",
      dueOn: "2027-01-15",
    });
    expect(created).toMatchObject({
      title: "Ship a demo",
      description: "Show it on demo day",
      kind: "attested",
      criteria: {},
      dueOn: "2027-01-15",
    });
    await add(coach.token, cohort.slug, {
      title: "By the coach",
      kind: "project",
      criteria: { count: 1 },
    });
    await expectError(
      await ms.create(ann.token, cohort.slug, { title: "x", kind: "attested" }),
      403,
      "forbidden",
    );
    await expectError(
      await ms.create(outsider.token, cohort.slug, { title: "x", kind: "attested" }),
      404,
      "not_found",
    );
    await expectError(
      await ms.create(undefined, cohort.slug, { title: "x", kind: "attested" }),
      401,
      "unauthorized",
    );
    expect((await listAs(organizer.token, cohort.slug)).map((m) => m.title)).toEqual([
      "Ship a demo",
      "By the coach",
    ]);
  });

  it("lists: a member's own {met, attested}; organizer and coach {done, of}; outsiders 404; anonymous 401", async () => {
    const { organizer, coach, ann, bob, outsider, cohort } = await world();
    const m = await add(organizer.token, cohort.slug, { title: "Check in", kind: "attested" });
    await expectStatus(await ms.attest(ann.token, cohort.slug, m.id, { attested: true }), 200);
    expect((await listAs(ann.token, cohort.slug))[0]!.completion).toEqual({
      met: true,
      attested: true,
    });
    expect((await listAs(bob.token, cohort.slug))[0]!.completion).toEqual({
      met: false,
      attested: false,
    });
    for (const runner of [organizer, coach])
      expect((await listAs(runner.token, cohort.slug))[0]!.completion).toEqual({ done: 1, of: 2 });
    await expectError(await ms.list(outsider.token, cohort.slug), 404, "not_found");
    await expectError(await ms.list(undefined, cohort.slug), 401, "unauthorized");
    await expectError(await ms.list(ann.token, "no-such-cohort"), 404, "not_found");
  });

  it("PATCH and DELETE: organizer and coach 200/204; member 403; outsider, unknown id and another cohort's id 404", async () => {
    const { organizer, coach, ann, outsider, cohort } = await world();
    const other = await makeCohort(outsider);
    const foreign = await add(outsider.token, other.slug, { title: "Theirs", kind: "attested" });
    const m = await add(organizer.token, cohort.slug, { title: "Mine", kind: "attested" });

    const patched = await expectStatus<Item>(
      await ms.patch(coach.token, cohort.slug, m.id, { title: "Renamed", dueOn: "2027-02-01" }),
      200,
    );
    expect(patched).toMatchObject({
      id: m.id,
      title: "Renamed",
      dueOn: "2027-02-01",
      kind: "attested",
    });
    await expectError(
      await ms.patch(ann.token, cohort.slug, m.id, { title: "No" }),
      403,
      "forbidden",
    );
    await expectError(
      await ms.patch(outsider.token, cohort.slug, m.id, { title: "No" }),
      404,
      "not_found",
    );
    await expectError(
      await ms.patch(organizer.token, cohort.slug, "00000000-0000-4000-8000-000000000000", {
        title: "No",
      }),
      404,
      "not_found",
    );
    await expectError(
      await ms.patch(organizer.token, cohort.slug, foreign.id, { title: "No" }),
      404,
      "not_found",
    );
    await expectError(await ms.remove(organizer.token, cohort.slug, foreign.id), 404, "not_found");
    await expectError(await ms.remove(ann.token, cohort.slug, m.id), 403, "forbidden");
    await expectError(await ms.remove(undefined, cohort.slug, m.id), 401, "unauthorized");
    expect((await listAs(outsider.token, other.slug))[0]!.title).toBe("Theirs");

    expect((await ms.remove(organizer.token, cohort.slug, m.id)).status).toBe(204);
    expect(await listAs(organizer.token, cohort.slug)).toEqual([]);
    await expectError(await ms.remove(organizer.token, cohort.slug, m.id), 404, "not_found");
  });

  it("attestation: a member 200 (again changes nothing); organizer and coach 403; outsider 404; other kinds 422", async () => {
    const { organizer, coach, ann, outsider, cohort } = await world();
    const m = await add(organizer.token, cohort.slug, { title: "Check in", kind: "attested" });
    const hours = await add(organizer.token, cohort.slug, {
      title: "Hours",
      kind: "hours",
      criteria: { hours: 1 },
    });
    for (let i = 0; i < 2; i++) {
      const body = await expectStatus<Item>(
        await ms.attest(ann.token, cohort.slug, m.id, { attested: true }),
        200,
      );
      expect(body.completion).toEqual({ met: true, attested: true });
    }
    const off = await expectStatus<Item>(
      await ms.attest(ann.token, cohort.slug, m.id, { attested: false }),
      200,
    );
    expect(off.completion).toEqual({ met: false, attested: false });
    for (const runner of [organizer, coach])
      await expectError(
        await ms.attest(runner.token, cohort.slug, m.id, { attested: true }),
        403,
        "forbidden",
      );
    await expectError(
      await ms.attest(outsider.token, cohort.slug, m.id, { attested: true }),
      404,
      "not_found",
    );
    await expectError(
      await ms.attest(ann.token, cohort.slug, hours.id, { attested: true }),
      422,
      "validation_failed",
      "attested",
    );
    await expectError(
      await ms.attest(ann.token, cohort.slug, m.id, { attested: "yes" }),
      422,
      "validation_failed",
      "attested",
    );
  });
});

describe("criteria by kind", () => {
  it("accepts each kind's criteria and answers them back", async () => {
    const { organizer, cohort } = await world();
    const cases: [string, Record<string, unknown>][] = [
      ["attested", {}],
      ["hours", { hours: 12.5, from: "2026-01-01", to: "2026-03-31" }],
      ["hours", { hours: 40 }],
      ["skill", { skill: "python", level: 3 }],
      ["project", { count: 2 }],
      ["certification", { count: 1 }],
    ];
    for (const [kind, criteria] of cases) {
      const m = await add(organizer.token, cohort.slug, { title: `A ${kind}`, kind, criteria });
      expect(m.criteria).toEqual(criteria);
    }
  });

  it.each([
    ["unknown kind", { kind: "vibes" }, "kind"],
    ["attested with criteria", { kind: "attested", criteria: { hours: 3 } }, "criteria.hours"],
    ["hours without hours", { kind: "hours", criteria: {} }, "criteria.hours"],
    ["hours of zero", { kind: "hours", criteria: { hours: 0 } }, "criteria.hours"],
    ["hours too many", { kind: "hours", criteria: { hours: 1e9 } }, "criteria.hours"],
    ["hours as text", { kind: "hours", criteria: { hours: "10" } }, "criteria.hours"],
    [
      "hours range backwards",
      { kind: "hours", criteria: { hours: 1, from: "2026-05-01", to: "2026-04-01" } },
      "criteria.to",
    ],
    [
      "hours bad date",
      { kind: "hours", criteria: { hours: 1, from: "2026-02-30" } },
      "criteria.from",
    ],
    [
      "skill unknown",
      { kind: "skill", criteria: { skill: "juggling", level: 2 } },
      "criteria.skill",
    ],
    [
      "skill level too high",
      { kind: "skill", criteria: { skill: "python", level: 5 } },
      "criteria.level",
    ],
    [
      "skill level fraction",
      { kind: "skill", criteria: { skill: "python", level: 1.5 } },
      "criteria.level",
    ],
    ["project count 0", { kind: "project", criteria: { count: 0 } }, "criteria.count"],
    [
      "certification count huge",
      { kind: "certification", criteria: { count: 101 } },
      "criteria.count",
    ],
    [
      "project extra key",
      { kind: "project", criteria: { count: 1, status: "idea" } },
      "criteria.status",
    ],
    ["criteria not an object", { kind: "project", criteria: "lots" }, "criteria"],
  ])("refuses %s (422 naming the field), adding nothing", async (_name, body, field) => {
    const { organizer, cohort } = await world();
    await expectError(
      await ms.create(organizer.token, cohort.slug, { title: "Bad", ...body }),
      422,
      "validation_failed",
      field,
    );
    expect(await listAs(organizer.token, cohort.slug)).toEqual([]);
  });

  it("PATCH checks criteria against the kind the milestone ends up with", async () => {
    const { organizer, cohort } = await world();
    const m = await add(organizer.token, cohort.slug, {
      title: "Hours",
      kind: "hours",
      criteria: { hours: 5 },
    });
    await expectError(
      await ms.patch(organizer.token, cohort.slug, m.id, { criteria: { count: 2 } }),
      422,
      "validation_failed",
      "criteria.hours",
    );
    await expectError(
      await ms.patch(organizer.token, cohort.slug, m.id, { kind: "skill" }),
      422,
      "validation_failed",
      "criteria.skill",
    );
    const changed = await expectStatus<Item>(
      await ms.patch(organizer.token, cohort.slug, m.id, {
        kind: "project",
        criteria: { count: 2 },
      }),
      200,
    );
    expect(changed).toMatchObject({ kind: "project", criteria: { count: 2 } });
  });
});

describe("hostile input", () => {
  it.each([
    ["a control character in the title", { title: "Ship\u0007it", kind: "attested" }, "title"],
    ["a newline in the title", { title: "Ship\nit", kind: "attested" }, "title"],
    ["a NUL in the title", { title: "Ship\u0000it", kind: "attested" }, "title"],
    ["a huge title", { title: "x".repeat(5000), kind: "attested" }, "title"],
    ["a blank title", { title: "   ", kind: "attested" }, "title"],
    ["a title of the wrong type", { title: ["x"], kind: "attested" }, "title"],
    [
      "a control character in the description",
      { title: "ok", description: "a\u001bb", kind: "attested" },
      "description",
    ],
    [
      "a huge description",
      { title: "ok", description: "y".repeat(2001), kind: "attested" },
      "description",
    ],
    ["an impossible due date", { title: "ok", kind: "attested", dueOn: "2026-02-30" }, "dueOn"],
    [
      "a due date that is not a date",
      { title: "ok", kind: "attested", dueOn: "tomorrow" },
      "dueOn",
    ],
    ["an unknown field", { title: "ok", kind: "attested", cohortId: "x" }, "cohortId"],
    [
      "a prototype key",
      JSON.parse('{"title":"ok","kind":"attested","__proto__":{"polluted":1}}'),
      null,
    ],
  ])("refuses %s", async (_name, body, field) => {
    const { organizer, cohort } = await world();
    const res = await ms.create(organizer.token, cohort.slug, body);
    expect(res.status).toBe(422);
    const error = (await res.json()) as { error: { fields?: Record<string, string> } };
    if (field) expect(Object.keys(error.error.fields ?? {})).toContain(field);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await listAs(organizer.token, cohort.slug)).toEqual([]);
  });

  it("keeps a description's newlines; refuses malformed JSON, a bad id and a huge slug", async () => {
    const { organizer, cohort } = await world();
    const m = await add(organizer.token, cohort.slug, {
      title: "ok",
      description: "one\ntwo",
      kind: "attested",
    });
    expect(m.description).toBe("one\ntwo");
    await expectError(
      await ms.createRaw(organizer.token, cohort.slug, "{not json"),
      400,
      "bad_request",
    );
    await expectError(
      await ms.patch(organizer.token, cohort.slug, "not-a-uuid", { title: "x" }),
      422,
      "validation_failed",
      "id",
    );
    await expectError(
      await ms.list(organizer.token, "s".repeat(500)),
      422,
      "validation_failed",
      "slug",
    );
  });
});

describe("completion within what members share", () => {
  it("counts hours only of members who share hours, and reveals nothing of the others", async () => {
    const { organizer, coach, ann, bob, cohort } = await world();
    const from = shiftDate(today(), -10);
    const m = await add(organizer.token, cohort.slug, {
      title: "Two hours",
      kind: "hours",
      criteria: { hours: 2, from },
    });
    await logMinutes(ann, today(), 150);
    await logMinutes(bob, today(), 300); // met, but Bob keeps hours private
    await logMinutes(ann, shiftDate(from, -1), 600); // before the range: not counted
    for (const runner of [organizer, coach])
      expect((await listAs(runner.token, cohort.slug))[0]!.completion).toEqual({ done: 1, of: 1 });
    // Bob himself sees his own.
    expect((await listAs(bob.token, cohort.slug))[0]!.completion).toEqual({
      met: true,
      attested: false,
    });

    const dashboard = await myCohortMilestones(actorOf(ann));
    expect(dashboard[0]!.items[0]).toMatchObject({
      id: m.id,
      met: true,
      progress: { current: 2.5, target: 2 },
    });

    // The CSV: yes for Ann; empty for Bob, who does not share hours.
    const csv = parseCsv(await (await api.csv(organizer.token, cohort.slug)).text());
    const header = csv[0]!;
    const col = header.indexOf("milestone: Two hours");
    expect(col).toBeGreaterThan(-1);
    const row = (name: string) => csv.find((r) => r[0] === name)!;
    expect(row("Ann Member")[col]).toBe("yes");
    expect(row("Bob Member")[col]).toBe("");
  });

  it("counts nothing of members who do not share progress; skill, project and certification from their records", async () => {
    const { organizer, ann, bob, cohort } = await world();
    await share(bob, cohort.slug, { shareProgress: false });
    const skill = await add(organizer.token, cohort.slug, {
      title: "Python 2",
      kind: "skill",
      criteria: { skill: "python", level: 2 },
    });
    const project = await add(organizer.token, cohort.slug, {
      title: "Ship one",
      kind: "project",
      criteria: { count: 1 },
    });
    const cert = await add(organizer.token, cohort.slug, {
      title: "Certified",
      kind: "certification",
      criteria: { count: 1 },
    });
    for (const u of [ann, bob]) {
      await rateSkill(u, "python", 3);
      await expectStatus(
        await recordApi("projects").create(u.token, { title: "Shipped", status: "shipped" }),
        201,
      );
      await expectStatus(
        await recordApi("projects").create(u.token, { title: "Idea", status: "idea" }),
        201,
      );
      // Expired yesterday: does not count.
      await expectStatus(
        await recordApi("certifications").create(u.token, {
          name: "Old",
          issuer: "X",
          status: "earned",
          issuedOn: "2020-01-01",
          expiresOn: shiftDate(today(), -1),
        }),
        201,
      );
    }
    const items = await listAs(organizer.token, cohort.slug);
    const of = (id: string) => items.find((i) => i.id === id)!.completion;
    expect(of(skill.id)).toEqual({ done: 1, of: 1 });
    expect(of(project.id)).toEqual({ done: 1, of: 1 });
    expect(of(cert.id)).toEqual({ done: 0, of: 1 });
    await expectStatus(
      await recordApi("certifications").create(ann.token, {
        name: "New",
        issuer: "X",
        status: "earned",
      }),
      201,
    );
    const after = await listAs(organizer.token, cohort.slug);
    expect(after.find((i) => i.id === cert.id)!.completion).toEqual({ done: 1, of: 1 });
  });
});

describe("editing and deleting", () => {
  it("an edit keeps members' check-offs; a delete removes them with the milestone", async () => {
    const { organizer, ann, bob, cohort } = await world();
    const m = await add(organizer.token, cohort.slug, { title: "Check in", kind: "attested" });
    await expectStatus(await ms.attest(ann.token, cohort.slug, m.id, { attested: true }), 200);
    await expectStatus(await ms.attest(bob.token, cohort.slug, m.id, { attested: true }), 200);
    await expectStatus(
      await ms.patch(organizer.token, cohort.slug, m.id, {
        title: "Checked in",
        description: "Say hi",
      }),
      200,
    );
    expect((await listAs(ann.token, cohort.slug))[0]!.completion).toEqual({
      met: true,
      attested: true,
    });
    expect((await listAs(organizer.token, cohort.slug))[0]!.completion).toEqual({ done: 2, of: 2 });
    expect((await ms.remove(organizer.token, cohort.slug, m.id)).status).toBe(204);
    const left = await db
      .select()
      .from(cohortMilestoneAttestations)
      .where(eq(cohortMilestoneAttestations.cohortMilestoneId, m.id));
    expect(left).toEqual([]);
  });
});

describe("the learner's dashboard section", () => {
  it("shows an organizer's new or changed milestone and the learner's check-off at once, though the cached dashboard is reused", async () => {
    const { organizer, ann, cohort } = await world();
    const actor = actorOf(ann);
    const revision = async () =>
      (
        await db
          .select({ r: profiles.dataRevision })
          .from(profiles)
          .where(eq(profiles.userId, ann.id))
      )[0]!.r;
    const before = await revision();
    await getDashboard(actor, { dataRevision: before });
    expect(await myCohortMilestones(actor, { dataRevision: before })).toEqual([]);

    const m = await add(organizer.token, cohort.slug, {
      title: "Say hello",
      kind: "attested",
      dueOn: shiftDate(today(), -1),
    });
    // The organizer's change does not move Ann's data revision: the cached dashboard stands,
    // and the section is read beside it.
    expect(await revision()).toBe(before);
    // Read with the data revision, as the dashboard reads it: what this process saw before is
    // reused only while the milestones and the check-offs are the ones it saw.
    let groups = await myCohortMilestones(actor, { dataRevision: before });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ slug: cohort.slug, name: cohort.name });
    expect(groups[0]!.items[0]).toMatchObject({
      id: m.id,
      title: "Say hello",
      met: false,
      overdue: true,
    });

    await expectStatus(
      await ms.patch(organizer.token, cohort.slug, m.id, { title: "Say hi" }),
      200,
    );
    groups = await myCohortMilestones(actor, { dataRevision: before });
    expect(groups[0]!.items[0]!.title).toBe("Say hi");

    await expectStatus(await ms.attest(ann.token, cohort.slug, m.id, { attested: true }), 200);
    groups = await myCohortMilestones(actor, { dataRevision: before });
    expect(groups[0]!.items[0]).toMatchObject({ met: true, attested: true, overdue: false });
    await expectStatus(await ms.attest(ann.token, cohort.slug, m.id, { attested: false }), 200);
    groups = await myCohortMilestones(actor, { dataRevision: before });
    expect(groups[0]!.items[0]).toMatchObject({ met: false, attested: false });
    await expectStatus(await ms.attest(ann.token, cohort.slug, m.id, { attested: true }), 200);

    // Organizers and coaches are not learners: no section for them.
    expect(await myCohortMilestones(actorOf(organizer))).toEqual([]);
  });
});

describe("cost", () => {
  it("evaluates a 30-milestone cohort with one evidence statement, not one per milestone", async () => {
    const { organizer, ann, bob, cohort } = await world();
    const kinds: Record<string, unknown>[] = [
      { kind: "attested" },
      { kind: "hours", criteria: { hours: 1, from: shiftDate(today(), -30) } },
      { kind: "skill", criteria: { skill: "python", level: 1 } },
      { kind: "project", criteria: { count: 1 } },
      { kind: "certification", criteria: { count: 1 } },
    ];
    for (let i = 0; i < 30; i++)
      await add(organizer.token, cohort.slug, { title: `Milestone ${i}`, ...kinds[i % 5]! });
    await logMinutes(ann, today(), 90);
    await rateSkill(bob, "python", 2);
    // The evidence statement is the one raw statement (`execute`) of an evaluation.
    const execute = vi.spyOn(PgDatabase.prototype, "execute");
    try {
      const board = await cohortMilestoneBoard(actorOf(organizer), cohort.slug);
      expect(execute).toHaveBeenCalledTimes(1);
      expect(board.items).toHaveLength(30);
      const done = (kind: string) =>
        board.items.filter((m) => m.kind === kind).map((m) => m.completion);
      // Ann shares hours, Bob does not: the hours milestones are over Ann alone.
      expect(new Set(done("hours").map((c) => JSON.stringify(c)))).toEqual(
        new Set([JSON.stringify({ done: 1, of: 1 })]),
      );
      expect(new Set(done("skill").map((c) => JSON.stringify(c)))).toEqual(
        new Set([JSON.stringify({ done: 1, of: 2 })]),
      );
      execute.mockClear();
      const mine = await myCohortMilestones(actorOf(ann));
      expect(execute).toHaveBeenCalledTimes(1);
      expect(mine[0]!.items).toHaveLength(30);
    } finally {
      execute.mockRestore();
    }
  });

  it("evaluates a cohort of 100 hours milestones (more than one SQL function takes arguments)", async () => {
    const { organizer, ann, cohort } = await world();
    for (let i = 0; i < 100; i++)
      await add(organizer.token, cohort.slug, {
        title: `Hours ${i}`,
        kind: "hours",
        criteria: { hours: i < 50 ? 1 : 2 },
      });
    await logMinutes(ann, today(), 90);
    const board = await cohortMilestoneBoard(actorOf(organizer), cohort.slug);
    expect(board.items).toHaveLength(100);
    const done = board.items.map((m) => (m.completion as { done: number }).done);
    // Ann's 90 minutes meet the 1-hour milestones, not the 2-hour ones.
    expect(done.filter((d) => d === 1)).toHaveLength(50);
    const mine = await myCohortMilestones(actorOf(ann));
    const met = mine[0]!.items.filter((m) => m.met);
    expect(met).toHaveLength(50);
    expect(mine[0]!.items.find((m) => m.title === "Hours 99")!.progress).toEqual({
      current: 1.5,
      target: 2,
    });
  });
});
