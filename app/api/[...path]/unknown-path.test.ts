/** Unknown paths under /api/ answer the JSON error format, never an HTML page. */
import { describe, expect, it } from "vitest";
import * as route from "./route";

describe("an unknown API path", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)(
    "%s answers 404 with the JSON error, not cached",
    async (method) => {
      const res = await route[method]();
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("cache-control")).toMatch(/no-store/);
      expect(await res.json()).toEqual({
        error: { code: "not_found", message: "API path not found." },
      });
    },
  );
});
