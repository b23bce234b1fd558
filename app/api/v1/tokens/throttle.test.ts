/**
 * The sign-in and registration limits as an attacker meets them: the client address comes from
 * scripts/server.mjs's derivation (client-address.mjs), which sets the one X-Forwarded-For the
 * app reads; the route handlers and PostgreSQL are real.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as registerRoute } from "@/app/api/v1/register/route";
import { POST as createToken } from "@/app/api/v1/tokens/route";
import { db } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { env } from "@/lib/env";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { forwardClientAddress, parseTrustedProxies } from "@/scripts/lib/client-address.mjs";
import {
  createUser,
  expectError,
  jsonRequest,
  ORIGIN,
  uniqueClient,
  uniqueEmail,
} from "../test-helpers";

/**
 * A front like scripts/server.mjs's on a real socket (127.0.0.1): it rewrites X-Forwarded-For
 * with forwardClientAddress, then hands the request to the route handler.
 */
async function front(trusted?: string) {
  const trustedProxies = parseTrustedProxies(trusted);
  const server = http.createServer(async (req, res) => {
    forwardClientAddress(req, trustedProxies);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const route = req.url === "/api/v1/register" ? registerRoute : createToken;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const answer = await route(
      new Request(ORIGIN + req.url, { method: "POST", headers, body: Buffer.concat(chunks) }),
    );
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    post: (path: string, body: unknown, forwardedFor: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify(body),
      }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const signIn = (email: string, password: string, client: string) =>
  createToken(
    jsonRequest("/api/v1/tokens", {
      body: { email, password, name: "x" },
      headers: { "x-forwarded-for": client },
    }),
  );

let spoofs = 0;
const spoofed = () => `192.0.2.${(spoofs++ % 250) + 1}`;

describe("the per-client sign-in limit", () => {
  it("a new X-Forwarded-For per request from an untrusted socket does not give a new key: 429 past the limit", async () => {
    const server = await front();
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= THROTTLE_LIMITS.client; i++) {
        const res = await server.post(
          "/api/v1/tokens",
          { email: uniqueEmail("spray"), password: "wrong-password", name: "x" },
          `${spoofed()}, ${spoofed()}`,
        );
        statuses.push(res.status);
      }
      expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await server.close();
    }
  });

  it("behind a proxy named in TRUSTED_PROXIES, the right-most untrusted entry is the client", async () => {
    const proxy = await front("127.0.0.1");
    const attacker = uniqueClient();
    const guess = () => ({ email: uniqueEmail("spray"), password: "wrong-password", name: "x" });
    try {
      for (let i = 0; i < THROTTLE_LIMITS.client; i++) {
        // The client wrote the left entry; the proxy appended the address it saw.
        const res = await proxy.post("/api/v1/tokens", guess(), `${spoofed()}, ${attacker}`);
        expect(res.status).toBe(401);
      }
      const limited = await proxy.post("/api/v1/tokens", guess(), attacker);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another client of the same proxy has a count of its own.
      expect((await proxy.post("/api/v1/tokens", guess(), uniqueClient())).status).toBe(401);
    } finally {
      await proxy.close();
    }
  });

  it("a 9,000-character X-Forwarded-For is an ordinary 401, and keys stay short", async () => {
    const direct = await signIn(uniqueEmail("huge"), "wrong-password", "1.2.3.4,".repeat(1125));
    await expectError(direct, 401, "unauthorized");
    const junk = await signIn(uniqueEmail("huge"), "wrong-password", "x".repeat(9000));
    await expectError(junk, 401, "unauthorized");
    const keys = await db.select({ key: signInThrottles.key }).from(signInThrottles);
    expect(Math.max(...keys.map((k) => k.key.length))).toBeLessThan(400);
  });

  it("rows whose window ended more than a day ago are deleted; live ones and known clients stay", async () => {
    const t = signInThrottles;
    await db.insert(t).values([
      {
        key: "client:198.51.100.201",
        failures: 3,
        windowStartedAt: sql`now() - interval '2 days'`,
      },
      {
        key: "email:old@example.com",
        failures: 9,
        windowStartedAt: sql`now() - interval '30 hours'`,
      },
      {
        key: "client:198.51.100.202",
        failures: 3,
        windowStartedAt: sql`now() - interval '20 hours'`,
      },
      {
        key: "known:old@example.com|198.51.100.203",
        failures: 0,
        windowStartedAt: sql`now() - interval '10 days'`,
        blockedUntil: sql`now() + interval '20 days'`,
      },
    ]);
    await expectError(
      await signIn(uniqueEmail("any"), "wrong-password", uniqueClient()),
      401,
      "unauthorized",
    );
    const left = await db
      .select({ key: t.key })
      .from(t)
      .where(
        inArray(t.key, [
          "client:198.51.100.201",
          "email:old@example.com",
          "client:198.51.100.202",
          "known:old@example.com|198.51.100.203",
        ]),
      );
    expect(left.map((r) => r.key).sort()).toEqual([
      "client:198.51.100.202",
      "known:old@example.com|198.51.100.203",
    ]);
  });
});

describe("the per-email limit does not lock the owner out", () => {
  it("wrong passwords from one client stop that client; the owner's right password from another works", async () => {
    const owner = await createUser();
    const attacker = uniqueClient();
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++) {
      await expectError(await signIn(owner.email, `wrong-${i}`, attacker), 401, "unauthorized");
    }
    const limited = await signIn(owner.email, owner.password, attacker);
    await expectError(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signIn(owner.email, owner.password, uniqueClient())).status).toBe(201);
  });

  it("past the per-email ceiling (guesses from many clients), a known client still signs in; a new one waits", async () => {
    const owner = await createUser();
    const home = uniqueClient();
    expect((await signIn(owner.email, owner.password, home)).status).toBe(201);
    for (let i = 0; i < THROTTLE_LIMITS.email; i++) {
      const client = `198.18.7.${Math.floor(i / (THROTTLE_LIMITS.pair - 1)) + 1}`;
      await expectError(await signIn(owner.email, `wrong-${i}`, client), 401, "unauthorized");
    }
    await expectError(
      await signIn(owner.email, owner.password, uniqueClient()),
      429,
      "rate_limited",
    );
    expect((await signIn(owner.email, owner.password, home)).status).toBe(201);
    // That sign-in lifted the ceiling for everyone.
    expect((await signIn(owner.email, owner.password, uniqueClient())).status).toBe(201);
  });
});

describe("registration", () => {
  const register = (client: string, email = uniqueEmail("reg")) =>
    registerRoute(
      jsonRequest("/api/v1/register", {
        body: { name: "Many", email, password: "a-long-password-1" },
        headers: { "x-forwarded-for": client },
      }),
    );

  it("429 with Retry-After past the limit per client; other clients still register, a taken email is still 409", async () => {
    const socket = "127.0.0.1";
    const limit = env().REGISTRATION_LIMIT;
    const taken = uniqueEmail("taken");
    expect((await register(uniqueClient(), taken)).status).toBe(201);
    const server = await front();
    try {
      for (let i = 0; i < limit; i++) {
        // Through the front, with a fresh spoofed X-Forwarded-For each time.
        const res = await server.post(
          "/api/v1/register",
          {
            name: "Many",
            email: i === 0 ? taken : uniqueEmail("reg"),
            password: "a-long-password-1",
          },
          spoofed(),
        );
        expect(res.status).toBe(i === 0 ? 409 : 201);
      }
    } finally {
      await server.close();
    }
    const limited = await register(socket);
    await expectError(limited, 429, "rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(9 * 60);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect((await register(uniqueClient())).status).toBe(201);
    await expectError(await register(uniqueClient(), taken), 409, "conflict");
    const [row] = await db
      .select({ failures: signInThrottles.failures })
      .from(signInThrottles)
      .where(eq(signInThrottles.key, `register-client:${socket}`));
    expect(row?.failures).toBe(limit + 1);
  });
});
