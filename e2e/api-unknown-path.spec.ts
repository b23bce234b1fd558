/**
 * The JSON API's unknown paths answer its JSON error format (404) through the production
 * server, never the HTML not-found page; the routes that exist, Auth.js's included, still answer.
 */
import { expect, test } from "@playwright/test";

test("unknown paths under /api/ answer the JSON error; real routes are untouched", async ({
  request,
}) => {
  for (const [method, path] of [
    ["GET", "/api/v1/nope"],
    ["GET", "/api/nope"],
    ["POST", "/api/v1/me/activities/x/y/z"],
    ["DELETE", "/api/v1/%E2%80%AE"],
    ["GET", "/api/v1/..%2f..%2fetc%2fpasswd"],
  ] as const) {
    const res = await request.fetch(path, { method, maxRedirects: 0 });
    expect(res.status(), `${method} ${path}`).toBe(404);
    expect(res.headers()["content-type"], `${method} ${path}`).toMatch(/^application\/json/);
    expect((await res.json()).error.code).toBe("not_found");
  }
  expect((await request.get("/api/v1/health")).status()).toBe(200);
  const providers = await request.get("/api/auth/providers");
  expect(providers.status()).toBe(200);
  expect(await providers.json()).toHaveProperty("credentials");
  // A route that exists answers 401 without credentials, not the catch-all's 404.
  expect((await request.get("/api/v1/me")).status()).toBe(401);
});
