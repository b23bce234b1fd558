/**
 * The error paths every route shares, through the route handlers against real PostgreSQL: a
 * method a path does not serve answers 405 with Allow (lib/api/methods.ts), on every route file;
 * a body that is not JSON answers 415 and changes nothing (lib/api/handler.ts).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activities, cohortInvitations } from "@/db/schema";
import { allowedMethods, otherMethods } from "@/lib/api/methods";
import { operations, type Operation } from "@/lib/api/operations";
import { ROUTE_METHODS, UNROUTABLE_METHOD_HEADER } from "@/lib/route-methods.mjs";
import * as unknownPathRoute from "../[...path]/route";
import { cohortIdOf, makeCohort, makeUser, type CohortUser } from "./cohorts/cohorts-test-helpers";
import * as invitationsRoute from "./cohorts/[slug]/invitations/route";
import * as activitiesRoute from "./me/activities/route";
import * as meRoute from "./me/route";
import * as roadmapRoute from "./roadmap/route";
import { ORIGIN, routeParams, type ErrorBody } from "./test-helpers";
import * as tokenRoute from "./tokens/[id]/route";

type Handler = (request: Request, context?: unknown) => Promise<Response>;
type RouteModule = Record<string, unknown>;

const root = path.resolve(import.meta.dirname, "../../..");
const call = (routeModule: RouteModule, method: string, init: RequestInit = {}, url = "/") =>
  (routeModule[method] as Handler)(new Request(ORIGIN + url, { method, ...init }));

/** Every route file of the API, the badge key set and the calendar feeds, by URL path. */
function routeFiles(): { url: string; file: string }[] {
  return ["app/api", "app/.well-known", "app/calendar"].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((f) => path.basename(f) === "route.ts")
      .map((f) => {
        const segments = path.dirname(path.join(dir, f)).split(path.sep).slice(1);
        const url = `/${segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
        return { url, file: path.join(root, dir, f) };
      }),
  );
}

const operationList = Object.values(operations) as Operation[];
const methodsOf = (url: string) => operationList.filter((o) => o.path === url).map((o) => o.method);
/** Route files that serve no operation, and what they serve. */
const OTHER_ROUTES: Record<string, string[]> = {
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/calendar/[[...path]]": ["GET"],
};

describe("405 for a method a path does not serve", () => {
  it("every route file answers every method Next.js routes, and allows what its operations are", async () => {
    const files = routeFiles().filter(({ url }) => url !== "/api/[...path]");
    const served = new Set(files.map(({ url }) => url));
    // Every operation has its route file, and every route file is an operation's or listed here.
    expect(operationList.map((o) => o.path).filter((p) => !served.has(p))).toEqual([]);
    for (const { url, file } of files) {
      const routeModule = (await import(file)) as RouteModule;
      const serves = OTHER_ROUTES[url] ?? methodsOf(url);
      expect(serves.length, `${url} serves something`).toBeGreaterThan(0);
      const allow = allowedMethods(serves);
      for (const method of ROUTE_METHODS)
        expect(typeof routeModule[method], `${url} exports ${method}`).toBe("function");
      const options = await call(routeModule, "OPTIONS");
      expect(options.status, url).toBe(204);
      expect(options.headers.get("allow"), url).toBe(allow.join(", "));
      for (const method of ROUTE_METHODS.filter((m) => !allow.includes(m))) {
        const res = await call(
          routeModule,
          method,
          ["GET", "HEAD"].includes(method) ? {} : { body: "{}" },
        );
        expect(res.status, `${method} ${url}`).toBe(405);
        expect(res.headers.get("allow"), `${method} ${url}`).toBe(allow.join(", "));
        expect(res.headers.get("cache-control"), `${method} ${url}`).toBe("private, no-store");
        if (url.startsWith("/calendar")) {
          expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        } else {
          expect(res.headers.get("content-type"), `${method} ${url}`).toMatch(/^application\/json/);
          expect(((await res.json()) as ErrorBody).error.code).toBe("method_not_allowed");
        }
      }
    }
  });

  it("a route file that does not export exactly its path's operations fails as it loads", () => {
    expect(() => otherMethods({ GET: activitiesRoute.GET })).toThrow(
      "The route file for /api/v1/me/activities exports GET, but its operations are GET, POST.",
    );
    expect(() => otherMethods({ GET: activitiesRoute.POST, POST: activitiesRoute.GET })).toThrow(
      /exports GET, POST/,
    );
    expect(() => otherMethods({ GET: activitiesRoute.GET, POST: meRoute.PATCH })).toThrow();
  });

  it("answers in the error format, naming the method and what the path allows", async () => {
    const res = await call(activitiesRoute, "PUT", { body: "{}" }, "/api/v1/me/activities");
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({
      error: {
        code: "method_not_allowed",
        message: "PUT is not allowed here; this path allows GET, HEAD, POST, OPTIONS.",
      },
    });
    const get = await call(tokenRoute, "GET", {}, "/api/v1/tokens/x");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("DELETE, OPTIONS");
    const patch = await call(meRoute, "POST", { body: "{}" }, "/api/v1/me");
    expect(patch.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE, OPTIONS");
  });

  it("HEAD is GET without the body where there is a GET, and 405 where there is none", async () => {
    const head = await call(roadmapRoute, "HEAD", {}, "/api/v1/roadmap");
    expect(head.status).toBe(200);
    expect(head.headers.get("cache-control")).toBe("public, max-age=300");
    const noGet = await call(tokenRoute, "HEAD", {}, "/api/v1/tokens/x");
    expect(noGet.status).toBe(405);
    expect(noGet.headers.get("allow")).toBe("DELETE, OPTIONS");
  });

  it("a method Next.js cannot route, handed over as OPTIONS by the front door, answers 405", async () => {
    const res = await call(
      activitiesRoute,
      "OPTIONS",
      { headers: { [UNROUTABLE_METHOD_HEADER]: "TRACE" } },
      "/api/v1/me/activities",
    );
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
    expect(((await res.json()) as ErrorBody).error).toEqual({
      code: "method_not_allowed",
      message: "TRACE is not allowed here; this path allows GET, HEAD, POST, OPTIONS.",
    });
  });

  it("an unknown API path answers 404 whatever the method, TRACE included", async () => {
    for (const method of ROUTE_METHODS) {
      const res = await call(unknownPathRoute, method, {}, "/api/v1/nothing-here");
      expect(res.status, method).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe("not_found");
    }
    const trace = await call(
      unknownPathRoute,
      "OPTIONS",
      { headers: { [UNROUTABLE_METHOD_HEADER]: "TRACE" } },
      "/api/v1/nothing-here",
    );
    expect(trace.status).toBe(404);
  });
});

describe("415 for a body that is not JSON", () => {
  let user: CohortUser;
  const activity = () => ({
    id: crypto.randomUUID(),
    date: "2026-01-05",
    minutes: 15,
    kind: "practice",
    title: "Sent as JSON",
  });
  const activityCount = async () =>
    (await db.select({ n: count() }).from(activities).where(eq(activities.userId, user.id)))[0]!.n;
  const post = (body: BodyInit, headers: Record<string, string>) =>
    activitiesRoute.POST(
      new Request(`${ORIGIN}/api/v1/me/activities`, {
        method: "POST",
        body,
        headers: { authorization: `Bearer ${user.token}`, ...headers },
      }),
    );

  beforeAll(async () => {
    user = await makeUser("Media Type Tester");
  });

  it("refuses JSON sent as text/plain, naming the accepted type, and records nothing", async () => {
    const res = await post(JSON.stringify(activity()), { "content-type": "text/plain" });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(((await res.json()) as ErrorBody).error).toEqual({
      code: "unsupported_media_type",
      message: "Send the body as application/json, not text/plain.",
    });
    expect(await activityCount()).toBe(0);
  });

  it("refuses a body with no Content-Type at all", async () => {
    const res = await post(new TextEncoder().encode(JSON.stringify(activity())), {});
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorBody).error.message).toBe(
      "Send the body as application/json with that Content-Type.",
    );
    for (const type of ["application/x-www-form-urlencoded", "application/jsonx", "text/json"]) {
      const refused = await post(JSON.stringify(activity()), { "content-type": type });
      expect(refused.status, type).toBe(415);
    }
    expect(await activityCount()).toBe(0);
  });

  it("reads application/json with parameters and application/*+json", async () => {
    for (const type of [
      "application/json; charset=utf-8",
      "Application/JSON",
      "application/merge-patch+json",
    ]) {
      const res = await post(JSON.stringify(activity()), { "content-type": type });
      expect(res.status, type).toBe(201);
    }
    expect(await activityCount()).toBe(3);
  });

  it("an empty body is no body whatever its type: the fields it lacks are named (422)", async () => {
    const res = await post("", { "content-type": "text/plain" });
    expect(res.status).toBe(422);
  });

  it("roster import: text/csv still works, JSON too, and anything else is 415 naming both", async () => {
    const organizer = await makeUser("Roster Organizer");
    const cohort = await makeCohort(organizer);
    const cohortId = await cohortIdOf(cohort.slug);
    const rows = async () =>
      (
        await db
          .select({ n: count() })
          .from(cohortInvitations)
          .where(eq(cohortInvitations.cohortId, cohortId))
      )[0]!.n;
    const send = (body: string, type: string) =>
      invitationsRoute.POST(
        new Request(`${ORIGIN}/api/v1/cohorts/${cohort.slug}/invitations`, {
          method: "POST",
          body,
          headers: { authorization: `Bearer ${organizer.token}`, "content-type": type },
        }),
        routeParams({ slug: cohort.slug }),
      );
    const refused = await send("a@example.com\n", "text/plain");
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as ErrorBody).error.message).toBe(
      "Send the body as application/json or text/csv, not text/plain.",
    );
    expect(await rows()).toBe(0);
    expect((await send("a@example.com,Ann\n", "text/csv; charset=utf-8")).status).toBe(200);
    expect(
      (await send(JSON.stringify({ emails: ["b@example.com"] }), "application/json")).status,
    ).toBe(200);
    expect(await rows()).toBe(2);
  });
});
