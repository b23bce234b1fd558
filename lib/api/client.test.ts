import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, createApiClient, unwrap } from "./client";

// The browser's fetch is replaced here: these tests are about what the client sends and how it
// reads answers, not about the server (the API's own tests cover that).
const client = createApiClient("http://localhost");
const answer = (status: number, body?: unknown) =>
  vi.fn<(request: Request) => Promise<Response>>(async () =>
    body === undefined ? new Response(null, { status }) : Response.json(body, { status }),
  );

afterEach(() => vi.unstubAllGlobals());

describe("the typed API client", () => {
  it("sends JSON, same-origin with the cookie, and answers the body", async () => {
    const fetch = answer(200, { skill: "python", level: 3, updatedAt: null });
    vi.stubGlobal("fetch", fetch);
    const saved = await unwrap(
      client.PUT("/api/v1/me/skills/{skillSlug}", {
        params: { path: { skillSlug: "python" } },
        body: { level: 3 },
      }),
    );
    expect(saved).toEqual({ skill: "python", level: 3, updatedAt: null });
    const request = fetch.mock.calls[0]![0];
    expect(request.url).toBe("http://localhost/api/v1/me/skills/python");
    expect(request.method).toBe("PUT");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.credentials).toBe("same-origin");
    expect(await request.json()).toEqual({ level: 3 });
  });

  it("answers undefined for 204", async () => {
    vi.stubGlobal("fetch", answer(204));
    await expect(
      unwrap(client.POST("/api/v1/me/notifications/read", { body: {} })),
    ).resolves.toBeUndefined();
  });

  it("throws the server's message with the status", async () => {
    vi.stubGlobal(
      "fetch",
      answer(422, { error: { code: "validation_failed", message: "level must be at most 4" } }),
    );
    const failure = unwrap(
      client.PUT("/api/v1/me/skills/{skillSlug}", {
        params: { path: { skillSlug: "python" } },
        body: { level: 4 },
      }),
    );
    await expect(failure).rejects.toThrow(new ApiRequestError(422, "level must be at most 4"));
    await expect(failure).rejects.toMatchObject({ status: 422 });
  });

  it("says the status when the answer is not the JSON error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("Bad gateway", { status: 502 })),
    );
    await expect(unwrap(client.GET("/api/v1/me/skills"))).rejects.toMatchObject({
      status: 502,
      message: "The server answered 502.",
    });
  });

  it("says the browser is offline when fetch itself fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(unwrap(client.GET("/api/v1/me/skills"))).rejects.toMatchObject({
      status: 0,
      message: "You appear to be offline.",
    });
  });
});
