/**
 * Processes the fault and multi-instance specs start themselves (app servers, the migration
 * and seed scripts, a load balancer): spawning with their output kept, waiting for health,
 * stopping, and finding free ports.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export const root = path.resolve(import.meta.dirname, "..");

export type Proc = {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
};

export type Env = Record<string, string | undefined>;

/** Whether nothing listens on the port of 127.0.0.1. */
export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first port of `first`…`first + count - 1` nothing listens on. */
export async function freePort(first: number, count: number): Promise<number> {
  for (let port = first; port < first + count; port++) if (await isFree(port)) return port;
  throw new Error(`No free port in ${first}–${first + count - 1}.`);
}

/** Resolves with whether a TCP connection to the port is refused (rather than accepted). */
export function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED"));
  });
}

/** Starts a process in the repository's folder, keeping its stdout and stderr. */
export function startProcess(command: string, args: string[], env: Env): Proc {
  const child = spawn(command, args, {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

/** Waits for GET /api/v1/health to answer 200, failing early if the process exits. */
export async function waitForHealth(api: APIRequestContext, proc: Proc, timeout = 30_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`The server exited:\n${proc.output()}`);
    const ok = await api
      .get("/api/v1/health", { timeout: 2_000 })
      .then((r) => r.status() === 200)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become healthy:\n${proc.output()}`);
}

/** Asks a process to stop, and kills it if it has not within `grace` ms. */
export async function stop(proc: Proc | undefined, grace = 15_000) {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill("SIGTERM");
  const timer = setTimeout(() => proc.child.kill("SIGKILL"), grace);
  await proc.exited;
  clearTimeout(timer);
}
