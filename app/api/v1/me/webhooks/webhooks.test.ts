/**
 * The webhooks API (docs/DECISIONS.md, "Webhooks"): registering (https on a public address,
 * the secret shown once), changing, removing, reading deliveries page by page, and the
 * cohort's endpoints being its organizers' alone.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as cohortHooks from "@/app/api/v1/cohorts/[slug]/webhooks/route";
import { db } from "@/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { api as cohortApi } from "../../cohorts/cohorts-test-helpers";
import {
  createUser,
  expectError,
  jsonRequest,
  routeParams,
  tokenFor,
  type TestUser,
} from "../../test-helpers";
import * as one from "./[id]/route";
import * as deliveries from "./[id]/deliveries/route";
import * as list from "./route";

type Hook = {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  disabledAt: string | null;
  secret?: string;
};
type User = TestUser & { token: string };

const PUBLIC = "https://93.184.215.14/hooks/epoch";

const hooks = {
  create: (token: string, body: unknown) =>
    list.POST(jsonRequest("/api/v1/me/webhooks", { token, body })),
  list: (token: string) => list.GET(jsonRequest("/api/v1/me/webhooks", { token })),
  patch: (token: string, id: string, body: unknown) =>
    one.PATCH(
      jsonRequest(`/api/v1/me/webhooks/${id}`, { method: "PATCH", token, body }),
      routeParams({ id }),
    ),
  remove: (token: string, id: string) =>
    one.DELETE(
      jsonRequest(`/api/v1/me/webhooks/${id}`, { method: "DELETE", token }),
      routeParams({ id }),
    ),
  deliveries: (token: string, id: string, query = "") =>
    deliveries.GET(
      jsonRequest(`/api/v1/me/webhooks/${id}/deliveries${query}`, { token }),
      routeParams({ id }),
    ),
};

let ada: User;
let bob: User;
beforeAll(async () => {
  const make = async (name: string) => {
    const u = await createUser({ name });
    return { ...u, token: await tokenFor(u.id) };
  };
  [ada, bob] = await Promise.all([make("Ada"), make("Bob")]);
});

describe("POST /api/v1/me/webhooks", () => {
  it("registers an https endpoint on a public address: 201 with the secret, shown once", async () => {
    const res = await hooks.create(ada.token, {
      url: PUBLIC,
      events: ["tier.reached", "review.decided", "tier.reached"],
    });
    expect(res.status).toBe(201);
    const made = (await res.json()) as Hook;
    expect(made).toMatchObject({
      url: PUBLIC,
      events: ["tier.reached", "review.decided"],
      active: true,
      disabledAt: null,
    });
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const listed = (await (await hooks.list(ada.token)).json()) as { items: Hook[] };
    expect(listed.items.map((h) => h.id)).toEqual([made.id]);
    expect(JSON.stringify(listed)).not.toContain(made.secret!.slice(6));
    expect(listed.items[0]).not.toHaveProperty("secret");
  });

  it.each([
    ["http://93.184.215.14/hook", "must be an https URL"],
    ["https://10.0.0.8/hook", "resolves to 10.0.0.8, a private, loopback or link-local address"],
    ["https://169.254.169.254/latest", "resolves to 169.254.169.254"],
    ["https://[::ffff:192.168.0.1]/hook", "resolves to"],
    ["https://localhost/hook", "resolves to 127.0.0.1"],
    ["nope", "must be a URL"],
  ])("refuses %s with 422 naming the url, and keeps nothing", async (url, why) => {
    const before = (await db.select().from(webhookEndpoints)).length;
    const body = await expectError(
      await hooks.create(bob.token, { url, events: ["tier.reached"] }),
      422,
      "validation_failed",
    );
    expect(body.error.fields?.url).toContain(why);
    expect((await db.select().from(webhookEndpoints)).length).toBe(before);
  });

  it("refuses unknown and missing events with 422", async () => {
    const unknown = await expectError(
      await hooks.create(bob.token, { url: PUBLIC, events: ["tier.lost"] }),
      422,
      "validation_failed",
    );
    expect(Object.keys(unknown.error.fields ?? {})[0]).toMatch(/^events/);
    const none = await expectError(
      await hooks.create(bob.token, { url: PUBLIC, events: [] }),
      422,
      "validation_failed",
    );
    expect(none.error.fields?.events).toBe("must name at least one event");
  });

  it("keeps at most ten endpoints per account (409)", async () => {
    const carol = await createUser();
    const token = await tokenFor(carol.id);
    for (let i = 0; i < 10; i++)
      expect(
        (await hooks.create(token, { url: `${PUBLIC}/${i}`, events: ["badge.issued"] })).status,
      ).toBe(201);
    await expectError(
      await hooks.create(token, { url: PUBLIC, events: ["badge.issued"] }),
      409,
      "conflict",
    );
  });
});

describe("PATCH and DELETE /api/v1/me/webhooks/{id}", () => {
  let hook: Hook;
  beforeAll(async () => {
    hook = (await (
      await hooks.create(ada.token, { url: `${PUBLIC}/patch`, events: ["badge.issued"] })
    ).json()) as Hook;
  });

  it("changes events and active; a private URL is refused and nothing changes", async () => {
    const off = await hooks.patch(ada.token, hook.id, {
      active: false,
      events: ["track.completed"],
    });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ active: false, events: ["track.completed"] });
    await expectError(
      await hooks.patch(ada.token, hook.id, { url: "https://192.168.1.1/x" }),
      422,
      "validation_failed",
    );
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, hook.id));
    expect(row!.url).toBe(`${PUBLIC}/patch`);
  });

  it("re-enables an endpoint disabled by failures", async () => {
    await db
      .update(webhookEndpoints)
      .set({ disabledAt: new Date(), failingSince: new Date(Date.now() - 90_000_000) })
      .where(eq(webhookEndpoints.id, hook.id));
    const listed = (await (await hooks.list(ada.token)).json()) as { items: Hook[] };
    expect(listed.items.find((h) => h.id === hook.id)).toMatchObject({ active: false });
    const res = await hooks.patch(ada.token, hook.id, { active: true });
    expect(await res.json()).toMatchObject({ active: true, disabledAt: null, failingSince: null });
  });

  it("another account's endpoint is not found (404) and stays as it was", async () => {
    await expectError(await hooks.patch(bob.token, hook.id, { active: false }), 404, "not_found");
    await expectError(await hooks.remove(bob.token, hook.id), 404, "not_found");
    await expectError(await hooks.deliveries(bob.token, hook.id), 404, "not_found");
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, hook.id));
    expect(row!.active).toBe(true);
  });

  it("deletes the endpoint with its deliveries (204)", async () => {
    const made = (await (
      await hooks.create(ada.token, { url: `${PUBLIC}/gone`, events: ["badge.issued"] })
    ).json()) as Hook;
    await db.insert(webhookDeliveries).values({
      endpointId: made.id,
      messageId: "msg_gone",
      event: "badge.issued",
      payload: {},
      attempt: 1,
      status: "succeeded",
      responseCode: 200,
    });
    expect((await hooks.remove(ada.token, made.id)).status).toBe(204);
    expect(
      await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, made.id)),
    ).toEqual([]);
    await expectError(await hooks.remove(ada.token, made.id), 404, "not_found");
  });
});

describe("GET /api/v1/me/webhooks/{id}/deliveries", () => {
  it("pages through the attempts, newest first, with their response codes", async () => {
    const made = (await (
      await hooks.create(ada.token, { url: `${PUBLIC}/log`, events: ["badge.issued"] })
    ).json()) as Hook;
    const base = Date.now() - 60_000;
    await db.insert(webhookDeliveries).values(
      [200, 500, 503].map((code, i) => ({
        endpointId: made.id,
        messageId: "msg_log",
        event: "badge.issued" as const,
        payload: { type: "badge.issued" },
        attempt: 3 - i,
        status: code === 200 ? ("succeeded" as const) : ("failed" as const),
        responseCode: code,
        at: new Date(base - i * 1000),
      })),
    );
    const first = (await (await hooks.deliveries(ada.token, made.id, "?limit=2")).json()) as {
      items: { attempt: number; status: string; responseCode: number; at: string }[];
      nextCursor: string | null;
    };
    expect(first.items.map((d) => [d.attempt, d.status, d.responseCode])).toEqual([
      [3, "succeeded", 200],
      [2, "failed", 500],
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const rest = (await (
      await hooks.deliveries(ada.token, made.id, `?limit=2&cursor=${first.nextCursor}`)
    ).json()) as typeof first;
    expect(rest.items.map((d) => d.responseCode)).toEqual([503]);
    expect(rest.nextCursor).toBeNull();
    await expectError(
      await hooks.deliveries(ada.token, made.id, "?cursor=bm9wZQ"),
      422,
      "validation_failed",
    );
  });
});

describe("/api/v1/cohorts/{slug}/webhooks", () => {
  it("is the organizers' alone: members 403, outsiders 404", async () => {
    const cohort = (await (await cohortApi.create(ada.token, { name: "Hooked" })).json()) as {
      slug: string;
      inviteCode: string;
    };
    expect((await cohortApi.join(bob.token, cohort.inviteCode)).status).toBe(200);
    const outsider = await createUser();
    const outsiderToken = await tokenFor(outsider.id);
    const url = `/api/v1/cohorts/${cohort.slug}/webhooks`;
    const params = routeParams({ slug: cohort.slug });
    const post = (token: string) =>
      cohortHooks.POST(
        jsonRequest(url, { token, body: { url: PUBLIC, events: ["cohort.member_joined"] } }),
        params,
      );
    const get = (token: string) => cohortHooks.GET(jsonRequest(url, { token }), params);

    const made = await post(ada.token);
    expect(made.status).toBe(201);
    expect(((await made.json()) as Hook).secret).toMatch(/^whsec_/);
    await expectError(await post(bob.token), 403, "forbidden");
    await expectError(await get(bob.token), 403, "forbidden");
    await expectError(await post(outsiderToken), 404, "not_found");
    await expectError(await get(outsiderToken), 404, "not_found");
    const listed = (await (await get(ada.token)).json()) as { items: Hook[] };
    expect(listed.items).toHaveLength(1);
    // The cohort's endpoint is not in the organizer's own list.
    const own = (await (await hooks.list(ada.token)).json()) as { items: Hook[] };
    expect(own.items.map((h) => h.id)).not.toContain(listed.items[0]!.id);
    await expectError(
      await cohortHooks.POST(
        jsonRequest(url, {
          token: ada.token,
          body: { url: "https://10.1.1.1/x", events: ["cohort.member_left"] },
        }),
        params,
      ),
      422,
      "validation_failed",
    );
  });
});
