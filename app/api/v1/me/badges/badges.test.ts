/**
 * Tier badges through the API (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)"): claiming
 * (201, then 200 with the same badge, 422 when not reached), listing, revoking (204, 404 for
 * anyone else), the public status, the JWK Set a verifier uses, and key rotation.
 */
import { eq, isNull } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  badges,
  badgeSigningKeys,
  profiles,
  webhookDeliveries,
  webhookEndpoints,
} from "@/db/schema";
import { badgesSeenBy, verifyBadgeJwt } from "@/lib/badges/badges";
import { encryptPrivateKey, rotateSigningKey } from "@/lib/badges/keys";
import { schemaErrors } from "@/lib/badges/schema";
import { GET as jwksRoute } from "@/app/.well-known/jwks.json/route";
import { GET as publicBadgeRoute } from "../../badges/[id]/route";
import { GET as issuerRoute } from "../../badges/issuer/route";
import { GET as keyRoute } from "../../badges/keys/[kid]/route";
import { makeUser, reachTierOne, type CohortUser } from "../../cohorts/cohorts-test-helpers";
import { expectStatus } from "../records-test-helpers";
import { ORIGIN, jsonRequest, routeParams, type ErrorBody } from "../../test-helpers";
import { DELETE as revokeRoute } from "./[id]/route";
import { GET as listRoute, POST as claimRoute } from "./route";

type Claimed = { id: string; url: string; credential: Record<string, unknown>; jwt: string };
type PublicBadge = {
  credential: Record<string, unknown>;
  jwt: string;
  status: "active" | "revoked";
  verified: boolean;
};

const claim = (user: CohortUser, body: unknown) =>
  claimRoute(jsonRequest("/api/v1/me/badges", { token: user.token, body }));
const list = (user: CohortUser) =>
  listRoute(jsonRequest("/api/v1/me/badges", { token: user.token }));
const revoke = (user: CohortUser, id: string) =>
  revokeRoute(
    jsonRequest(`/api/v1/me/badges/${id}`, { token: user.token, method: "DELETE" }),
    routeParams({ id }),
  );
const publicBadge = (id: string) =>
  publicBadgeRoute(jsonRequest(`/api/v1/badges/${id}`), routeParams({ id }));
const jwks = async () =>
  expectStatus<JSONWebKeySet>(await jwksRoute(jsonRequest("/.well-known/jwks.json")), 200);

const today = new Date().toISOString().slice(0, 10);
let ada: CohortUser;
let newcomer: CohortUser;
let first: Claimed;

beforeAll(async () => {
  [ada, newcomer] = await Promise.all([makeUser("Ada Badge"), makeUser("New Comer")]);
  await reachTierOne(ada, today);
  first = await expectStatus<Claimed>(await claim(ada, { tier: 1 }), 201);
});

describe("claiming a badge", () => {
  it("answers 201 with the badge: its page, the credential and its VC-JWT", async () => {
    expect(first.url).toBe(`${ORIGIN}/badges/${first.id}`);
    expect(first.credential.id).toBe(first.url);
    expect(schemaErrors(first.credential)).toEqual([]);
    const [row] = await db.select().from(badges).where(eq(badges.id, first.id));
    expect(row).toMatchObject({ userId: ada.id, tier: 1, track: null, jwt: first.jwt });
  });

  it("claiming again answers the same badge (200), and makes no second row", async () => {
    const again = await expectStatus<Claimed>(await claim(ada, { tier: 1 }), 200);
    expect(again).toEqual(first);
    expect(await db.select().from(badges).where(eq(badges.userId, ada.id))).toHaveLength(1);
  });

  it("two claims at once make one badge", async () => {
    const twin = await makeUser("Twin Claim");
    await reachTierOne(twin, today);
    const [a, b] = await Promise.all([claim(twin, { tier: 1 }), claim(twin, { tier: 1 })]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const [ja, jb] = (await Promise.all([a.json(), b.json()])) as Claimed[];
    expect(ja!.id).toBe(jb!.id);
    expect(await db.select().from(badges).where(eq(badges.userId, twin.id))).toHaveLength(1);
  });

  it("a new badge queues badge.issued for the learner's webhooks; claiming again queues nothing", async () => {
    const learner = await makeUser("Hooked Learner");
    await reachTierOne(learner, today);
    const [endpoint] = await db
      .insert(webhookEndpoints)
      .values({
        userId: learner.id,
        url: "https://93.184.215.14/hooks",
        events: ["badge.issued"],
        secretEncrypted: "unused: nothing is sent in this test",
      })
      .returning();
    const badge = await expectStatus<Claimed>(await claim(learner, { tier: 1 }), 201);
    await expectStatus<Claimed>(await claim(learner, { tier: 1 }), 200);
    const sent = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpoint!.id));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ event: "badge.issued", attempt: 1, status: "pending" });
    expect(sent[0]!.payload).toMatchObject({
      type: "badge.issued",
      data: {
        learner: { id: learner.id, name: "Hooked Learner" },
        badge: { id: badge.id, tier: 1, track: null, url: badge.url },
      },
    });
  });

  it("a tier not reached, or a track not completed, is 422 naming the field; nothing is written", async () => {
    const tier = await expectStatus<ErrorBody>(await claim(newcomer, { tier: 1 }), 422);
    expect(tier.error.fields?.tier).toMatch(/not reached/);
    expect(
      (await expectStatus<ErrorBody>(await claim(ada, { tier: 2 }), 422)).error.fields,
    ).toHaveProperty("tier");
    const track = await expectStatus<ErrorBody>(await claim(ada, { track: "mlops" }), 422);
    expect(track.error.fields?.track).toMatch(/not completed/);
    expect(await db.select().from(badges).where(eq(badges.userId, newcomer.id))).toEqual([]);
  });

  it("bad input is 422 naming the field", async () => {
    for (const [body, field] of [
      [{}, "tier"],
      [{ tier: 1, track: "mlops" }, "track"],
      [{ tier: 9 }, "tier"],
      [{ tier: "one" }, "tier"],
      [{ tier: true }, "tier"],
      [{ tier: 1.5 }, "tier"],
      [{ tier: null }, "tier"],
      [{ track: "astrology" }, "track"],
      [{ tier: 1, extra: true }, "extra"],
    ] as const) {
      const res = await expectStatus<ErrorBody>(await claim(ada, body), 422);
      expect(res.error.fields, JSON.stringify(body)).toHaveProperty(field);
    }
  });

  it("without credentials: 401", async () => {
    expect((await claimRoute(jsonRequest("/api/v1/me/badges", { body: { tier: 1 } }))).status).toBe(
      401,
    );
  });
});

describe("the credential embeds the evidence and keeps the email private", () => {
  it("names the learner by a salted email hash and their name; shows skills, hours and projects", async () => {
    const text = JSON.stringify(first.credential);
    const [row] = await db.select().from(badges).where(eq(badges.id, first.id));
    expect(row).toBeDefined();
    expect(text).toMatch(/"identityHash":"sha256\$[0-9a-f]{64}"/);
    expect(text).not.toMatch(/@example\.com/);
    const evidence = first.credential.evidence as { name: string; narrative: string }[];
    const byName = Object.fromEntries(evidence.map((e) => [e.name, e.narrative]));
    expect(byName["Skill levels"]).toContain("- Python: 2 (practicing)");
    expect(byName["Study time"]).toBe("20 hours of study logged.");
    expect(byName["Shipped projects"]).toBe("0 portfolio projects shipped.");
    // Ada's profile is private: no link to it.
    expect(evidence.map((e) => e.name)).not.toContain("Public profile");
  });

  it("a public profile is linked", async () => {
    const pub = await makeUser("Public Pat");
    await reachTierOne(pub, today);
    await db
      .update(profiles)
      .set({ publicProfile: true, slug: "public-pat" })
      .where(eq(profiles.userId, pub.id));
    const made = await expectStatus<Claimed>(await claim(pub, { tier: 1 }), 201);
    const evidence = made.credential.evidence as { name: string; id?: string }[];
    expect(evidence.find((e) => e.name === "Public profile")?.id).toBe(`${ORIGIN}/u/public-pat`);
  });
});

describe("verifying with the issuer's published keys", () => {
  it("the JWT verifies with the JWK Set at /.well-known/jwks.json, and its payload is the credential", async () => {
    const set = await jwks();
    const header = decodeProtectedHeader(first.jwt);
    expect(header.alg).toBe("EdDSA");
    expect(set.keys.map((k) => k.kid)).toContain(header.kid);
    const { payload } = await jwtVerify(first.jwt, createLocalJWKSet(set));
    const { iss, jti, nbf, ...credential } = payload;
    expect(credential).toEqual(first.credential);
    expect(iss).toBe(`${ORIGIN}/api/v1/badges/issuer`);
    expect(jti).toBe(first.url);
    expect(nbf).toBe(Date.parse(first.credential.validFrom as string) / 1000);
  });

  it("the kid resolves: the key URL answers that JWK, the issuer URL the Profile", async () => {
    const kid = decodeProtectedHeader(first.jwt).kid!;
    expect(kid).toMatch(new RegExp(`^${ORIGIN}/api/v1/badges/keys/[A-Za-z0-9_-]{43}$`));
    const id = kid.split("/").at(-1)!;
    const jwk = await expectStatus<{ kid: string; kty: string }>(
      await keyRoute(jsonRequest(`/api/v1/badges/keys/${id}`), routeParams({ kid: id })),
      200,
    );
    expect(jwk).toMatchObject({ kid, kty: "OKP" });
    expect(jwk).not.toHaveProperty("d");
    const missing = await keyRoute(
      jsonRequest("/api/v1/badges/keys/nope"),
      routeParams({ kid: "nope" }),
    );
    expect(missing.status).toBe(404);
    const issuer = await expectStatus<{ id: string; type: string[] }>(
      await issuerRoute(jsonRequest("/api/v1/badges/issuer")),
      200,
    );
    expect(issuer).toMatchObject({ id: `${ORIGIN}/api/v1/badges/issuer`, type: ["Profile"] });
  });

  it("the public status says active and verified; a tampered token or credential does not verify", async () => {
    const res = await expectStatus<PublicBadge>(await publicBadge(first.id), 200);
    expect(res).toMatchObject({ status: "active", verified: true, jwt: first.jwt });
    const [head, body, sig] = first.jwt.split(".");
    const forged = JSON.parse(Buffer.from(body!, "base64url").toString());
    forged.name = "Tier 3 · Experienced ML engineer";
    const tampered = `${head}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${sig}`;
    expect((await verifyBadgeJwt(tampered, first.id, forged)).verified).toBe(false);
    const altered = { ...first.credential, name: "Something else" };
    const differs = await verifyBadgeJwt(first.jwt, first.id, altered);
    expect(differs).toMatchObject({ verified: false, signature: true });
    // The same token shown for another badge's page does not verify either.
    expect(
      (await verifyBadgeJwt(first.jwt, "00000000-0000-4000-8000-000000000000", first.credential))
        .verified,
    ).toBe(false);
  });

  it("an unknown badge is 404, a malformed id 422", async () => {
    expect((await publicBadge("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await publicBadge("not-a-uuid")).status).toBe(422);
  });
});

describe("rotating the signing key", () => {
  it("retires the current key, signs new badges with the new one, and old badges still verify", async () => {
    const oldKid = decodeProtectedHeader(first.jwt).kid!;
    const rotated = await rotateSigningKey();
    expect(rotated.retired).toEqual([oldKid.split("/").at(-1)]);
    const keys = await db.select().from(badgeSigningKeys);
    expect(keys.filter((k) => k.retiredAt === null).map((k) => k.id)).toEqual([rotated.id]);
    // Stored encrypted: no PEM in the database.
    for (const k of keys) expect(k.privateKeyEncrypted).not.toMatch(/PRIVATE KEY/);

    const later = await makeUser("Later Claimant");
    await reachTierOne(later, today);
    const made = await expectStatus<Claimed>(await claim(later, { tier: 1 }), 201);
    expect(decodeProtectedHeader(made.jwt).kid).toBe(`${ORIGIN}/api/v1/badges/keys/${rotated.id}`);

    const set = await jwks();
    expect(set.keys.map((k) => k.kid).sort()).toEqual(
      [oldKid, `${ORIGIN}/api/v1/badges/keys/${rotated.id}`].sort(),
    );
    for (const jwt of [first.jwt, made.jwt])
      await expect(jwtVerify(jwt, createLocalJWKSet(set))).resolves.toBeDefined();
    expect((await expectStatus<PublicBadge>(await publicBadge(first.id), 200)).verified).toBe(true);
  });

  it("an RS256 key works the same way", async () => {
    const rotated = await rotateSigningKey("rs256");
    const user = await makeUser("Rsa Claimant");
    await reachTierOne(user, today);
    const made = await expectStatus<Claimed>(await claim(user, { tier: 1 }), 201);
    expect(decodeProtectedHeader(made.jwt)).toMatchObject({
      alg: "RS256",
      kid: `${ORIGIN}/api/v1/badges/keys/${rotated.id}`,
    });
    await expect(jwtVerify(made.jwt, createLocalJWKSet(await jwks()))).resolves.toBeDefined();
    expect((await expectStatus<PublicBadge>(await publicBadge(made.id), 200)).verified).toBe(true);
  });
});

describe("a key this server's secret cannot open", () => {
  it("is retired and replaced at the next claim; what it signed stays verifiable", async () => {
    const before = await db
      .select()
      .from(badgeSigningKeys)
      .where(isNull(badgeSigningKeys.retiredAt));
    expect(before).toHaveLength(1);
    // As if another AUTH_SECRET had encrypted it.
    await db
      .update(badgeSigningKeys)
      .set({ privateKeyEncrypted: encryptPrivateKey("not this one", "another-secret-".repeat(3)) })
      .where(eq(badgeSigningKeys.id, before[0]!.id));
    const user = await makeUser("After Secret Change");
    await reachTierOne(user, today);
    const made = await expectStatus<Claimed>(await claim(user, { tier: 1 }), 201);
    const current = await db
      .select()
      .from(badgeSigningKeys)
      .where(isNull(badgeSigningKeys.retiredAt));
    expect(current).toHaveLength(1);
    expect(current[0]!.id).not.toBe(before[0]!.id);
    expect(decodeProtectedHeader(made.jwt).kid).toMatch(new RegExp(`${current[0]!.id}$`));
    expect((await expectStatus<PublicBadge>(await publicBadge(first.id), 200)).verified).toBe(true);
  });
});

describe("others' view of a learner's badges", () => {
  it("an active coach reads the active badges; anyone else is told they do not exist", async () => {
    const seen = await badgesSeenBy(
      { userId: newcomer.id, via: "token" },
      ada.id,
      {},
      { activeCoach: true },
    );
    expect(seen.map((b) => [b.id, b.name])).toEqual([[first.id, "Tier 1 · Foundations"]]);
    await expect(badgesSeenBy({ userId: newcomer.id, via: "token" }, ada.id)).rejects.toMatchObject(
      { code: "not_found" },
    );
    await expect(badgesSeenBy(null, ada.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("listing and revoking", () => {
  it("lists the learner's own badges", async () => {
    const { items } = await expectStatus<{ items: Record<string, unknown>[] }>(
      await list(ada),
      200,
    );
    expect(items).toEqual([
      {
        id: first.id,
        tier: 1,
        track: null,
        issuedAt: expect.any(String),
        revokedAt: null,
        url: first.url,
      },
    ]);
    expect((await expectStatus<{ items: unknown[] }>(await list(newcomer), 200)).items).toEqual([]);
  });

  it("another learner cannot revoke it (404, nothing changes); the owner can (204), and the status says revoked", async () => {
    expect((await revoke(newcomer, first.id)).status).toBe(404);
    expect((await expectStatus<PublicBadge>(await publicBadge(first.id), 200)).status).toBe(
      "active",
    );
    expect((await revoke(ada, first.id)).status).toBe(204);
    const after = await expectStatus<PublicBadge>(await publicBadge(first.id), 200);
    expect(after).toMatchObject({ status: "revoked", verified: true });
    // Again: still 204, the first revocation's date stays.
    const [before] = await db.select().from(badges).where(eq(badges.id, first.id));
    expect((await revoke(ada, first.id)).status).toBe(204);
    const [again] = await db.select().from(badges).where(eq(badges.id, first.id));
    expect(again!.revokedAt).toEqual(before!.revokedAt);
    const { items } = await expectStatus<{ items: { revokedAt: string | null }[] }>(
      await list(ada),
      200,
    );
    expect(items[0]!.revokedAt).toBe(before!.revokedAt!.toISOString());
    // Claiming again answers the revoked badge: a revoked credential is not re-issued.
    expect((await expectStatus<Claimed>(await claim(ada, { tier: 1 }), 200)).id).toBe(first.id);
  });

  it("the learner's export carries their badges as issued", async () => {
    const exporter = await import("../export/route");
    const doc = await expectStatus<{ badges: { id: string; jwt: string; credential: unknown }[] }>(
      await exporter.GET(jsonRequest("/api/v1/me/export", { token: ada.token })),
      200,
    );
    expect(doc.badges.map((b) => b.id)).toEqual([first.id]);
    expect(doc.badges[0]!.jwt).toBe(first.jwt);
    expect(doc.badges[0]!.credential).toEqual(first.credential);
  });

  it("a badge id that is not one: 404; not a UUID: 422", async () => {
    expect((await revoke(ada, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await revoke(ada, "nope")).status).toBe(422);
  });
});
