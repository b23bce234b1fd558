/**
 * DELETE /api/v1/me: asks for the password, then removes the account and
 * every row it owns in every table; its tokens stop working at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteMe, GET as getMe } from "@/app/api/v1/me/route";
import { PUT as putSkill } from "@/app/api/v1/me/skills/[skillSlug]/route";
import { createSession } from "@/lib/auth/sessions";
import { createApiToken } from "@/lib/auth/tokens";
import {
  KINDS,
  expectError,
  expectStatus,
  makeUser,
  params,
  recordApi,
  request,
  rowOf,
  sample,
  todayInZone,
  userFootprint,
  type Json,
  type Kind,
  type TestUser,
} from "../records-test-helpers";

const today = todayInZone("UTC");
const TABLE_NAMES = [
  "users",
  "profiles",
  "activities",
  "certifications",
  "projects",
  "papers",
  "events",
  "skill_ratings",
  "skill_rating_history",
  "api_tokens",
  "sessions",
];

const remove = (token: string, body?: unknown, raw?: string) =>
  deleteMe(request("/api/v1/me", { method: "DELETE", token, body, raw }));

/** Something in every table the user owns rows in; returns the record ids made. */
async function populate(user: TestUser): Promise<[Kind, string][]> {
  const ids: [Kind, string][] = [];
  for (const kind of KINDS) {
    const created = await expectStatus<Json>(
      await recordApi(kind).create(user.token, sample(kind, today)),
      201,
    );
    ids.push([kind, created.id as string]);
  }
  for (const [skillSlug, level] of [
    ["python", 2],
    ["python", 3],
    ["aws", 1],
  ] as const) {
    await expectStatus(
      await putSkill(
        request(`/api/v1/me/skills/${skillSlug}`, {
          method: "PUT",
          token: user.token,
          body: { level },
        }),
        params({ skillSlug }),
      ),
      200,
    );
  }
  await createSession(user.id);
  return ids;
}

describe("DELETE /api/v1/me", () => {
  let leaver: TestUser;
  let secondToken: string;
  let leaverRecords: [Kind, string][];
  let bystander: TestUser;
  let bystanderRecords: [Kind, string][];

  beforeAll(async () => {
    [leaver, bystander] = await Promise.all([makeUser("leaver"), makeUser("bystander")]);
    leaverRecords = await populate(leaver);
    bystanderRecords = await populate(bystander);
    secondToken = (await createApiToken(leaver.id, "second")).token;
  });

  it("the setup put rows in every table", async () => {
    const footprint = await userFootprint(leaver.id);
    expect(Object.keys(footprint).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) expect(footprint[name], name).toBeGreaterThan(0);
  });

  it("with the wrong password answers 422 naming password and deletes nothing", async () => {
    const before = await userFootprint(leaver.id);
    await expectError(
      await remove(leaver.token, { password: "not-the-password" }),
      422,
      "validation_failed",
      "password",
    );
    expect(await userFootprint(leaver.id)).toEqual(before);
    expect((await getMe(request("/api/v1/me", { token: leaver.token }))).status).toBe(200);
  });

  it.each([
    ["no body", undefined],
    ["an empty password", { password: "" }],
    ["a password that is not text", { password: 12345678901 }],
  ])("with %s answers 422 naming password and deletes nothing", async (_label, body) => {
    const before = await userFootprint(leaver.id);
    await expectError(await remove(leaver.token, body), 422, "validation_failed", "password");
    expect(await userFootprint(leaver.id)).toEqual(before);
  });

  it("without a token answers 401 and deletes nothing", async () => {
    const before = await userFootprint(leaver.id);
    await expectError(await remove("", { password: leaver.password }), 401, "unauthorized");
    expect(await userFootprint(leaver.id)).toEqual(before);
  });

  it("with the right password answers 204 and every table's rows for the user are gone", async () => {
    const bystanderBefore = await userFootprint(bystander.id);
    const res = await remove(leaver.token, { password: leaver.password });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");

    const after = await userFootprint(leaver.id);
    expect(Object.keys(after).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) expect(after[name], name).toBe(0);
    for (const [kind, id] of leaverRecords) expect(await rowOf(kind, id), kind).toBeUndefined();

    // Nobody else lost anything.
    expect(await userFootprint(bystander.id)).toEqual(bystanderBefore);
    for (const [kind, id] of bystanderRecords)
      expect((await rowOf(kind, id))?.userId).toBe(bystander.id);
  });

  it("afterwards the old bearer tokens answer 401", async () => {
    await expectError(
      await getMe(request("/api/v1/me", { token: leaver.token })),
      401,
      "unauthorized",
    );
    await expectError(
      await getMe(request("/api/v1/me", { token: secondToken })),
      401,
      "unauthorized",
    );
    await expectError(await recordApi("activities").list(leaver.token), 401, "unauthorized");
    await expectError(
      await recordApi("projects").create(leaver.token, sample("projects", today)),
      401,
      "unauthorized",
    );
    await expectError(
      await remove(leaver.token, { password: leaver.password }),
      401,
      "unauthorized",
    );
    expect((await userFootprint(leaver.id)).projects).toBe(0);
  });
});
