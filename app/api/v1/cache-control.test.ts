/**
 * Cache-Control on every API answer (lib/api/handler.ts): private and error answers are
 * `private, no-store`; the public reads have the policy docs/DECISIONS.md gives them.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cacheControlFor } from "@/lib/api/handler";
import { operations, type Operation } from "@/lib/api/operations";
import { GET as healthRoute } from "./health/route";
import { GET as meRoute, PATCH as patchMeRoute } from "./me/route";
import { GET as openApiRoute } from "./openapi.json/route";
import { GET as profileRoute } from "./profiles/[slug]/route";
import { GET as roadmapRoute } from "./roadmap/route";
import { POST as createTokenRoute } from "./tokens/route";
import {
  createUser,
  jsonRequest,
  routeParams,
  signIn,
  tokenFor,
  type TestUser,
} from "./test-helpers";

const PRIVATE = "private, no-store";
const cacheOf = (res: Response) => res.headers.get("cache-control");

let user: TestUser;
let token: string;
let publicSlug: string;

beforeAll(async () => {
  user = await createUser({ name: "Cache Tester" });
  token = await tokenFor(user.id);
  const res = await patchMeRoute(
    jsonRequest("/api/v1/me", { method: "PATCH", token, body: { publicProfile: true } }),
  );
  expect(res.status).toBe(200);
  publicSlug = ((await res.json()) as { profile: { slug: string } }).profile.slug;
});

describe("Cache-Control", () => {
  it("keeps an authenticated answer out of every cache, by token or by session", async () => {
    const byToken = await meRoute(jsonRequest("/api/v1/me", { token }));
    expect(byToken.status).toBe(200);
    expect(cacheOf(byToken)).toBe(PRIVATE);
    const { cookie } = await signIn(user.id);
    const bySession = await meRoute(jsonRequest("/api/v1/me", { cookie }));
    expect(bySession.status).toBe(200);
    expect(cacheOf(bySession)).toBe(PRIVATE);
  });

  it("keeps errors out of every cache", async () => {
    const unauthorized = await meRoute(jsonRequest("/api/v1/me"));
    expect(unauthorized.status).toBe(401);
    expect(cacheOf(unauthorized)).toBe(PRIVATE);
    const missing = await profileRoute(
      jsonRequest("/api/v1/profiles/nobody-here"),
      routeParams({ slug: "nobody-here" }),
    );
    expect(missing.status).toBe(404);
    expect(cacheOf(missing)).toBe(PRIVATE);
  });

  it("keeps a public write's answer (a new access token) out of every cache", async () => {
    const res = await createTokenRoute(
      jsonRequest("/api/v1/tokens", {
        body: { email: user.email, password: user.password, name: "cli" },
        headers: { "x-forwarded-for": "203.0.113.77" },
      }),
    );
    expect(res.status).toBe(201);
    expect(cacheOf(res)).toBe(PRIVATE);
  });

  it("lets shared caches keep the roadmap and the OpenAPI document five minutes", async () => {
    const roadmap = await roadmapRoute(jsonRequest("/api/v1/roadmap"));
    expect(roadmap.status).toBe(200);
    expect(cacheOf(roadmap)).toBe("public, max-age=300");
    // Credentials change nothing: the roadmap is the same for everyone.
    const withToken = await roadmapRoute(jsonRequest("/api/v1/roadmap", { token }));
    expect(cacheOf(withToken)).toBe("public, max-age=300");
    const openapi = await openApiRoute(jsonRequest("/api/v1/openapi.json"));
    expect(openapi.status).toBe(200);
    expect(cacheOf(openapi)).toBe("public, max-age=300");
  });

  it("never stores a public profile (its owner may hide it at any moment) nor health", async () => {
    const profile = await profileRoute(
      jsonRequest(`/api/v1/profiles/${publicSlug}`),
      routeParams({ slug: publicSlug }),
    );
    expect(profile.status).toBe(200);
    expect(cacheOf(profile)).toBe("no-store");
    const health = await healthRoute(jsonRequest("/api/v1/health"));
    expect(health.status).toBe(200);
    expect(cacheOf(health)).toBe("no-store");
  });

  it("gives every operation its Cache-Control, even when called with nothing", async () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const file = (p: string) =>
      path.join(
        root,
        "app",
        ...p
          .split("/")
          .filter(Boolean)
          .map((s) => s.replace(/^\{(.+)\}$/, "[$1]")),
        "route.ts",
      );
    for (const op of Object.values(operations) as Operation[]) {
      const mod = (await import(file(op.path))) as Record<
        string,
        (r: Request, c?: unknown) => Promise<Response>
      >;
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const params = Object.fromEntries(names.map((n) => [n, "x"]));
      const res = await mod[op.method]!(
        jsonRequest(op.path, { method: op.method, raw: op.method === "GET" ? undefined : "{" }),
        routeParams(params),
      );
      const label = `${op.method} ${op.path} → ${res.status}`;
      expect(cacheOf(res), label).toBe(cacheControlFor(op, res.status));
      if (op.auth === "user" || op.method !== "GET") expect(cacheOf(res), label).toBe(PRIVATE);
    }
  });
});
