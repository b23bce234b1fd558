/**
 * `npm run user:reset-password -- EMAIL`, run as the operator runs it (through
 * scripts/with-db.mjs) against this file's database: it prints a link that
 * works once; an unknown email is one line on stderr and exit code 1.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/v1/password-reset/confirm/route";
import { createUser, jsonRequest } from "@/app/api/v1/test-helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function runScript(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, APP_ORIGIN: "https://epoch.example.com" };
  delete env.SMTP_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["scripts/with-db.mjs", "tsx", "scripts/db/reset-password.ts", ...args],
      { cwd: ROOT, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const confirmWith = (token: string, password: string) =>
  confirm(jsonRequest("/api/v1/password-reset/confirm", { body: { token, password } }));

describe("npm run user:reset-password", () => {
  it("prints a one-time link on APP_ORIGIN for the account's email", async () => {
    const user = await createUser();
    const { code, stdout, stderr } = await runScript(user.email.toUpperCase());
    expect(code, stderr).toBe(0);
    const link = stdout.trim();
    expect(link).toMatch(/^https:\/\/epoch\.example\.com\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(stderr).toContain("works once");
    const token = link.split("/").at(-1)!;
    expect((await confirmWith(token, "set-by-the-operator")).status).toBe(204);
    expect((await confirmWith(token, "set-by-the-operator")).status).toBe(400);
  }, 60_000);

  it("refuses an unknown email in one line, with exit code 1", async () => {
    const { code, stdout, stderr } = await runScript("nobody-at-all@example.com");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe("No account uses the email nobody-at-all@example.com.");
  }, 60_000);
});
