import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { gracefulShutdown } from "./shutdown.mjs";

/** A server whose /slow answers after `slowMs` and /hang never answers. */
async function serve({ slowMs = 300, deadlineMs = 10_000 } = {}) {
  const server = http.createServer((req, res) => {
    shutdown.track(req, res);
    if (req.url === "/slow") setTimeout(() => res.end("slow"), slowMs);
    else if (req.url !== "/hang") res.end("fast");
  });
  const shutdown = gracefulShutdown(server, { deadlineMs });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  /** @returns {Promise<{ body: string, connection: string | undefined, status: number }>} */
  const get = (path) =>
    new Promise((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, agent }, (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () =>
            resolve({ body, connection: res.headers.connection, status: res.statusCode ?? 0 }),
          );
        })
        .on("error", reject);
    });
  servers.push({ server, agent });
  return { server, shutdown, get };
}

const servers = [];
afterEach(() => {
  for (const { server, agent } of servers.splice(0)) {
    agent.destroy();
    server.closeAllConnections();
    server.close();
  }
});

describe("gracefulShutdown", () => {
  it("finishes the answer in flight with Connection: close, and serves nothing more on that connection", async () => {
    const { shutdown, get } = await serve();
    expect((await get("/")).connection).toBe("keep-alive");
    const slow = get("/slow");
    await new Promise((r) => setTimeout(r, 50));
    const closed = shutdown.close();
    const answer = await slow;
    expect(answer).toMatchObject({ body: "slow", status: 200, connection: "close" });
    // The kept-alive connection is gone and the port refuses a new one: no more answers.
    await expect(get("/after")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await closed;
  });

  it("closes idle keep-alive connections at once and resolves", async () => {
    const { server, shutdown, get } = await serve();
    await get("/");
    const started = Date.now();
    await shutdown.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.listening).toBe(false);
  });

  it("cuts what is still open at the deadline", async () => {
    const { shutdown, get } = await serve({ deadlineMs: 300 });
    const hanging = get("/hang").catch((e) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await shutdown.close();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3_000);
    expect(await hanging).toMatchObject({ code: "ECONNRESET" });
  });
});
