// Builds and starts the app (as production starts it) and the budgets' reference page.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { run } from "../lib/run.mjs";
import { request } from "./load.mjs";
import { HOST, S, log, root, seconds } from "./settings.mjs";

export const referenceDir = path.join(root, "scripts", "bench-reference");

/**
 * The app is started as production starts it (`npm start`: scripts/start.mjs, one worker
 * per core unless WEB_CONCURRENCY says otherwise); the reference page as a bare `next start`.
 */
export function startServer(env, { cwd = root, port = S.port, bare = false } = {}) {
  const entry = bare
    ? [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start"]
    : [path.join(root, "scripts", "start.mjs")];
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF)]
    : [];
  const child = spawn(process.execPath, [...profile, ...entry, "-p", String(port), "-H", HOST], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) if (line.trim()) output.push(line);
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal)),
  );
  return { child, output, exited, pid: child.pid, port };
}

export async function stopServer(s) {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill("SIGTERM");
  const timer = setTimeout(() => s.child.kill("SIGKILL"), 10_000);
  await s.exited;
  clearTimeout(timer);
}

export async function waitForHealth(
  s,
  { path: healthPath = "/api/v1/health", timeoutMs = 90_000 } = {},
) {
  const agent = new http.Agent({ keepAlive: false });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (s.child.exitCode !== null) break;
      const r = await request(
        agent,
        { method: "GET", path: healthPath, headers: {}, port: s.port },
        { keepBody: true },
      );
      if (r.status === 200) return;
      await new Promise((res) => setTimeout(res, 250));
    }
  } finally {
    agent.destroy();
  }
  throw new Error(`The server did not become healthy:\n${s.output.slice(-30).join("\n")}`);
}

/** `next build` of the app, unless BENCH_SKIP_BUILD=1 and .next exists. */
export async function buildApp(env) {
  const buildExists = existsSync(path.join(root, ".next", "BUILD_ID"));
  if (S.skipBuild && buildExists) {
    log("\n▶ production build: skipped (BENCH_SKIP_BUILD=1, .next exists)");
    return;
  }
  log("\n▶ production build");
  const t = performance.now();
  const code = await run(
    "next",
    ["build"],
    { ...env, NODE_ENV: "production" },
    { inheritSignals: false },
  );
  if (code !== 0) throw new Error("next build failed");
  log(`  built in ${seconds(performance.now() - t)}`);
}

/** `next build` of the reference page (its own small Next app, a few seconds to build). */
export async function buildReference(env) {
  if (S.skipBuild && existsSync(path.join(referenceDir, ".next", "BUILD_ID"))) return;
  const code = await run(
    "next",
    ["build", referenceDir],
    { ...env, NODE_ENV: "production" },
    { inheritSignals: false },
  );
  if (code !== 0) throw new Error("next build of the reference page failed");
}
