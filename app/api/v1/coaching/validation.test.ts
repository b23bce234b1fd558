/**
 * Every invalid field of every coaching body (and path parameter) answers 422
 * naming the field, and changes nothing; malformed JSON answers 400.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { expectError, expectStatus, recordApi, type TestUser } from "../me/records-test-helpers";
import {
  api,
  askReview,
  coachingState,
  link,
  makeUserWith,
  reviewRow,
} from "./coaching-test-helpers";

type Case = { name: string; field: string; body: Record<string, unknown> };

let learner: TestUser;
let coach: TestUser;
let projectId: string;
let reviewId: string; // requested: open for decisions
let changesId: string; // changes_requested: open for replies
let invitationId: string; // pending, to the learner

beforeAll(async () => {
  [learner, coach] = await Promise.all([makeUserWith("learner"), makeUserWith("coach")]);
  await link(coach, learner);
  projectId = (
    await expectStatus<{ id: string }>(
      await recordApi("projects").create(learner.token, { title: "Vision", status: "shipped" }),
      201,
    )
  ).id;
  reviewId = await askReview(learner, coach, "project", projectId);
  changesId = await askReview(learner, coach, "project", projectId);
  await expectStatus(
    await api.decide(coach.token, changesId, { decision: "request_changes", feedback: "More" }),
    200,
  );
  const other = await makeUserWith("inviter");
  invitationId = (
    await expectStatus<{ id: string }>(
      await api.invite(other.token, { email: learner.email, role: "coach" }),
      201,
    )
  ).id;
});

/** Runs the request, expects 422 naming `field`, and that no coaching table changed. */
async function refused(field: string, call: () => Promise<Response>) {
  const before = await coachingState();
  await expectError(await call(), 422, "validation_failed", field);
  expect(await coachingState()).toEqual(before);
}

const without = (body: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => k !== field));
const textCases = (field: string, max: number, required: boolean): Case[] => [
  ...(required
    ? [
        { name: `${field} missing`, field, body: { [field]: undefined } },
        { name: `${field} empty`, field, body: { [field]: "" } },
        { name: `${field} blank`, field, body: { [field]: "   " } },
        { name: `${field} null`, field, body: { [field]: null } },
      ]
    : []),
  { name: `${field} too long`, field, body: { [field]: "x".repeat(max + 1) } },
  { name: `${field} a number`, field, body: { [field]: 42 } },
  { name: `${field} an object`, field, body: { [field]: { text: "hi" } } },
  { name: `${field} with a NUL character`, field, body: { [field]: "a\u0000b" } },
];
const enumCases = (field: string, ...wrong: unknown[]): Case[] => [
  { name: `${field} missing`, field, body: { [field]: undefined } },
  { name: `${field} null`, field, body: { [field]: null } },
  ...wrong.map((value) => ({
    name: `${field} ${JSON.stringify(value)}`,
    field,
    body: { [field]: value },
  })),
];
const uuidCases = (field: string): Case[] => [
  { name: `${field} missing`, field, body: { [field]: undefined } },
  { name: `${field} null`, field, body: { [field]: null } },
  { name: `${field} not a UUID`, field, body: { [field]: "not-a-uuid" } },
  { name: `${field} a number`, field, body: { [field]: 12345 } },
  { name: `${field} a UUID with junk`, field, body: { [field]: `${randomUUID()}x` } },
];
const extra: Case = { name: "an unknown extra field", field: "bogus", body: { bogus: "surprise" } };

/** Merges a case into a valid body; an undefined value drops the field. */
function merged(valid: Record<string, unknown>, c: Case): Record<string, unknown> {
  let body = { ...valid, ...c.body };
  for (const [k, v] of Object.entries(c.body)) if (v === undefined) body = without(body, k);
  return body;
}

describe("POST /api/v1/coaching/invitations", () => {
  const valid = () => ({ email: "new-person@example.com", role: "mentee" });
  const cases: Case[] = [
    { name: "email missing", field: "email", body: { email: undefined } },
    { name: "email null", field: "email", body: { email: null } },
    { name: "email empty", field: "email", body: { email: "" } },
    { name: "email not an address", field: "email", body: { email: "not-an-email" } },
    { name: "email without a domain", field: "email", body: { email: "someone@" } },
    { name: "email too long", field: "email", body: { email: `${"a".repeat(250)}@example.com` } },
    { name: "email a number", field: "email", body: { email: 7 } },
    { name: "email a list", field: "email", body: { email: ["a@example.com"] } },
    { name: "email with a NUL character", field: "email", body: { email: "a\u0000@example.com" } },
    ...enumCases("role", "mentor", "COACH", "", 1, true),
    extra,
  ];
  it.each(cases)("$name: 422 naming $field", async (c) => {
    await refused(c.field, () => api.invite(coach.token, merged(valid(), c)));
  });

  it("malformed JSON: 400, nothing stored", async () => {
    const before = await coachingState();
    await expectError(
      await api.inviteRaw(coach.token, '{"email": "x@example.com", "role":'),
      400,
      "bad_request",
    );
    expect(await coachingState()).toEqual(before);
  });
});

describe("POST /api/v1/me/reviews", () => {
  const valid = () => ({
    subjectType: "project",
    subjectId: projectId,
    coachId: coach.id,
    note: "please",
  });
  const cases: Case[] = [
    ...enumCases("subjectType", "skill", "Project", "projects", "", 3),
    ...uuidCases("subjectId"),
    ...uuidCases("coachId"),
    {
      name: "coachId a UUID that coaches nobody",
      field: "coachId",
      body: { coachId: randomUUID() },
    },
    {
      name: "subjectId a UUID that is no project",
      field: "subjectId",
      body: { subjectId: randomUUID() },
    },
    ...textCases("note", 2000, false),
    extra,
  ];
  it.each(cases)("$name: 422 naming $field", async (c) => {
    await refused(c.field, () => api.requestReview(learner.token, merged(valid(), c)));
  });

  it("the valid body is accepted (so each case above fails for its field alone)", async () => {
    const created = await expectStatus<{ id: string }>(
      await api.requestReview(learner.token, valid()),
      201,
    );
    expect((await reviewRow(created.id))?.status).toBe("requested");
  });

  it("malformed JSON: 400, nothing stored", async () => {
    const before = await coachingState();
    await expectError(await api.requestReviewRaw(learner.token, "{not json"), 400, "bad_request");
    expect(await coachingState()).toEqual(before);
  });
});

describe("POST /api/v1/reviews/{id}/decision", () => {
  const valid = () => ({ decision: "approve", feedback: "Looks right" });
  const cases: Case[] = [
    ...enumCases("decision", "reject", "APPROVE", "approved", "", 1),
    ...textCases("feedback", 5000, true),
    extra,
  ];
  it.each(cases)("$name: 422 naming $field", async (c) => {
    await refused(c.field, () => api.decide(coach.token, reviewId, merged(valid(), c)));
    expect((await reviewRow(reviewId))?.status).toBe("requested");
  });

  it("an id that is not a UUID: 422 naming id", async () => {
    await refused("id", () => api.decide(coach.token, "not-a-uuid", valid()));
  });

  it("malformed JSON: 400, the review stays open", async () => {
    const before = await coachingState();
    await expectError(
      await api.decideRaw(coach.token, reviewId, '{"decision": "approve"'),
      400,
      "bad_request",
    );
    expect(await coachingState()).toEqual(before);
  });
});

describe("POST /api/v1/me/reviews/{id}/reply", () => {
  const valid = () => ({ message: "Done", requestAgain: true });
  const cases: Case[] = [
    ...textCases("message", 5000, true),
    { name: 'requestAgain "yes"', field: "requestAgain", body: { requestAgain: "yes" } },
    { name: "requestAgain 1", field: "requestAgain", body: { requestAgain: 1 } },
    { name: "requestAgain null", field: "requestAgain", body: { requestAgain: null } },
    extra,
  ];
  it.each(cases)("$name: 422 naming $field", async (c) => {
    await refused(c.field, () => api.reply(learner.token, changesId, merged(valid(), c)));
    expect((await reviewRow(changesId))?.status).toBe("changes_requested");
  });

  it("an id that is not a UUID: 422 naming id", async () => {
    await refused("id", () => api.reply(learner.token, "42", valid()));
  });
});

describe("path parameters", () => {
  it("accept / decline with an id that is not a UUID: 422 naming id; the invitation stays pending", async () => {
    await refused("id", () => api.accept(learner.token, "not-a-uuid"));
    await refused("id", () => api.decline(learner.token, "1"));
    const { items } = await expectStatus<{ items: { id: string; status: string }[] }>(
      await api.invitations(learner.token, "?direction=incoming"),
      200,
    );
    expect(items.find((i) => i.id === invitationId)?.status).toBe("pending");
  });

  it("DELETE /coaching/{coachId}/{menteeId} with a bad id: 422 naming it; the link stays", async () => {
    await refused("coachId", () => api.endLink(learner.token, "nope", learner.id));
    await refused("menteeId", () => api.endLink(learner.token, coach.id, "nope"));
    await expectStatus(await api.menteeProgress(coach.token, learner.id), 200);
  });

  it("GET /mentees/{userId}/progress with a bad id: 422 naming userId", async () => {
    await refused("userId", () => api.menteeProgress(coach.token, "me"));
  });
});
