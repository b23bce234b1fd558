import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

const running = new Set();

/** How many commands started by `run` (or counted with `countRunning`) have not exited yet. */
export const runningChildren = () => running.size;

/** Counts something started otherwise (the server's workers) as running, until the returned call. */
export function countRunning(thing) {
  running.add(thing);
  return () => running.delete(thing);
}

/** Runs a command to completion; resolves with its exit code. */
export function run(command, args, env = process.env, { inheritSignals = true } = {}) {
  return new Promise((resolve) => {
    // The project's own tools first, then anything on PATH (e.g. `with-db.mjs bash -c …`).
    const executable = existsSync(bin(command)) ? bin(command) : command;
    const child = spawn(executable, args, { stdio: "inherit", env, cwd: root });
    running.add(child);
    const forward = (signal) => child.kill(signal);
    if (inheritSignals) {
      process.on("SIGINT", forward);
      process.on("SIGTERM", forward);
    }
    child.on("exit", (code, signal) => {
      running.delete(child);
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** In development a missing AUTH_SECRET is generated once and kept in .data/. */
export function developmentAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
