import { describe, expect, it } from "vitest";
import { ROUTE_METHODS, UNROUTABLE_METHOD_HEADER } from "../../lib/route-methods.mjs";
import { methodFront } from "./method-front.mjs";
import { SECURITY_HEADERS } from "./page-front.mjs";

describe("methodFront", () => {
  it("leaves every method a route handler can be written for to Next.js", () => {
    for (const method of ROUTE_METHODS) {
      expect(methodFront({ method, url: "/api/v1/me" })).toBeNull();
      expect(methodFront({ method, url: "/dashboard" })).toBeNull();
    }
  });

  it("hands an unroutable method on a route handler's path to its OPTIONS, marked", () => {
    for (const url of [
      "/api/v1/me/activities?limit=5",
      "/api/v1/no-such-path",
      "/api",
      "/calendar/abc.ics",
      "/.well-known/jwks.json",
    ]) {
      expect(methodFront({ method: "TRACE", url })).toEqual({
        method: "OPTIONS",
        requestHeaders: { [UNROUTABLE_METHOD_HEADER]: "TRACE" },
      });
    }
    expect(methodFront({ method: "PROPFIND", url: "/api/v1/me" })?.requestHeaders).toEqual({
      [UNROUTABLE_METHOD_HEADER]: "PROPFIND",
    });
  });

  it("answers it elsewhere with a plain 405 that has Allow and the security headers", () => {
    for (const url of ["/dashboard", "/", "/_next/static/chunk.js", "/apiary", "/.well-known/x"]) {
      const { reply } = methodFront({ method: "TRACE", url });
      expect(reply.status).toBe(405);
      expect(reply.headers).toMatchObject(SECURITY_HEADERS);
      expect(reply.headers.Allow).toBe("GET, HEAD");
      expect(reply.headers["Content-Type"]).toBe("text/plain; charset=utf-8");
      expect(reply.headers["Content-Security-Policy"]).toContain("default-src 'none'");
      expect(reply.body).toBe("TRACE is not allowed here; this path allows GET, HEAD.\n");
    }
  });

  it("answers CONNECT itself, whatever it names: it asks for a tunnel, never a route", () => {
    expect(methodFront({ method: "CONNECT", url: "example.com:443" }).reply.status).toBe(405);
    expect(methodFront({ method: "CONNECT", url: "/api/v1/me" }).reply.status).toBe(405);
  });
});
