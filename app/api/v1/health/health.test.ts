import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/health/route";
import { jsonRequest } from "../test-helpers";

describe("GET /api/v1/health", () => {
  it("answers 200 {ok: true, db: 'up'} when the database answers", async () => {
    const res = await GET(jsonRequest("/api/v1/health"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ ok: true, db: "up" });
  });

  it("needs no credentials", async () => {
    const res = await GET(jsonRequest("/api/v1/health", { headers: { cookie: "unrelated=1" } }));
    expect(res.status).toBe(200);
  });
});
