/**
 * The API's error paths through the production server (scripts/server.mjs in front of Next.js):
 * a method Next.js cannot route (TRACE, PROPFIND, CONNECT), a method a path does not serve, a
 * body that is not JSON and an unknown path each answer a documented JSON error, with Allow
 * where the method is the problem.
 */
import net from "node:net";
import { expect, test, type APIResponse } from "@playwright/test";

async function expectError(res: APIResponse, status: number, code: string, label: string) {
  expect(res.status(), label).toBe(status);
  const headers = res.headers();
  expect(headers["content-type"], label).toMatch(/^application\/json/);
  expect(headers["cache-control"], label).toBe("private, no-store");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  // The API's own policy (next.config.ts); /.well-known/jwks.json has the pages' one.
  if (label.includes(" /api/"))
    expect(headers["content-security-policy"], label).toContain("default-src 'none'");
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code, label).toBe(code);
  expect(body.error.message, label).toEqual(expect.any(String));
  return body.error;
}

test("TRACE and other methods Next.js cannot route: 405 with the path's Allow, JSON under /api/", async ({
  request,
}) => {
  for (const [method, path, allow] of [
    ["TRACE", "/api/v1/me/activities", "GET, HEAD, POST, OPTIONS"],
    ["TRACE", "/api/v1/tokens/00000000-0000-4000-8000-000000000000", "DELETE, OPTIONS"],
    ["PROPFIND", "/api/v1/health", "GET, HEAD, OPTIONS"],
    ["TRACE", "/api/auth/session", "GET, HEAD, POST, OPTIONS"],
    ["TRACE", "/.well-known/jwks.json", "GET, HEAD, OPTIONS"],
  ] as const) {
    const res = await request.fetch(path, { method, maxRedirects: 0 });
    const error = await expectError(res, 405, "method_not_allowed", `${method} ${path}`);
    expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
    expect(error.message).toBe(`${method} is not allowed here; this path allows ${allow}.`);
  }
  // An unknown API path is not there for any method.
  await expectError(
    await request.fetch("/api/v1/nope", { method: "TRACE" }),
    404,
    "not_found",
    "TRACE /api/v1/nope",
  );
  // A page: a plain 405, with the security headers every answer has.
  const page = await request.fetch("/dashboard", { method: "TRACE", maxRedirects: 0 });
  expect(page.status()).toBe(405);
  expect(page.headers()["allow"]).toBe("GET, HEAD");
  expect(page.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  // A calendar feed path: plain text, as its other errors.
  const feed = await request.fetch("/calendar/not-a-secret.ics", { method: "TRACE" });
  expect(feed.status()).toBe(405);
  expect(feed.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(feed.headers()["content-type"]).toBe("text/plain; charset=utf-8");
});

test("CONNECT asks for a tunnel: 405, and the connection is answered, not dropped", async ({
  baseURL,
}) => {
  const { hostname, port } = new URL(baseURL!);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () =>
      socket.write(`CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`),
    );
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
  });
  expect(answer).toMatch(/^HTTP\/1\.1 405 /);
  expect(answer).toMatch(/\r\nAllow: GET, HEAD\r\n/);
  expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
});

test("a method a path does not serve: 405 in the error format with Allow; OPTIONS lists them", async ({
  request,
}) => {
  for (const [method, path, allow] of [
    ["DELETE", "/api/v1/health", "GET, HEAD, OPTIONS"],
    ["PUT", "/api/v1/tokens", "GET, HEAD, POST, OPTIONS"],
    ["GET", "/api/v1/register", "POST, OPTIONS"],
    ["PATCH", "/api/v1/roadmap", "GET, HEAD, OPTIONS"],
  ] as const) {
    const res = await request.fetch(path, { method, data: method === "GET" ? undefined : {} });
    await expectError(res, 405, "method_not_allowed", `${method} ${path}`);
    expect(res.headers()["allow"], `${method} ${path}`).toBe(allow);
  }
  const options = await request.fetch("/api/v1/me/activities", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
  // The mark the front door puts on an unroutable method is never taken from a client.
  const marked = await request.fetch("/api/v1/me/activities", {
    method: "OPTIONS",
    headers: { "x-unroutable-method": "TRACE" },
  });
  expect(marked.status()).toBe(204);
  const head = await request.fetch("/api/v1/register", { method: "HEAD" });
  expect(head.status()).toBe(405);
  expect(head.headers()["allow"]).toBe("POST, OPTIONS");
});

test("a body that is not JSON where JSON is documented: 415 naming the accepted type", async ({
  request,
}) => {
  const credentials = JSON.stringify({ email: "nobody@example.com", password: "x", name: "t" });
  for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
    const res = await request.post("/api/v1/tokens", {
      data: credentials,
      headers: { "content-type": type },
    });
    const error = await expectError(res, 415, "unsupported_media_type", type);
    expect(error.message).toBe(`Send the body as application/json, not ${type}.`);
  }
  // The same body as JSON reaches the credentials check.
  const json = await request.post("/api/v1/tokens", {
    data: credentials,
    headers: { "content-type": "application/json" },
  });
  expect(json.status()).toBe(401);
});

test("an unknown API path: 404 in the error format whatever the method", async ({ request }) => {
  for (const method of ["GET", "POST", "DELETE", "OPTIONS"]) {
    await expectError(
      await request.fetch("/api/v1/no-such-thing", { method }),
      404,
      "not_found",
      `${method} /api/v1/no-such-thing`,
    );
  }
});
