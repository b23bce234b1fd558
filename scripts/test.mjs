// `npm test`: unit and integration tests (vitest, each file in a database of
// its own), the production build, then the Playwright e2e suite against it.
// Uses DATABASE_URL's server when set, else the embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startDatabase } from "./lib/database.mjs";
import { developmentAuthSecret, run } from "./lib/run.mjs";

const database = await startDatabase();
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? developmentAuthSecret(),
};
const skipBuild = process.argv.includes("--no-build");

const admin = () => {
  const url = new URL(database.url);
  url.pathname = "/postgres";
  return postgres(url.toString(), { max: 1, onnotice: () => {} });
};

async function withE2eDatabase(fn) {
  const name = `epoch_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const sql = admin();
  await sql.unsafe(`create database "${name}"`);
  const url = new URL(database.url);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.end();
  }
}

const started = Date.now();
const step = async (label, fn) => {
  const t = Date.now();
  console.log(`\n▶ ${label}`);
  const code = await fn();
  console.log(`${code === 0 ? "✓" : "✗"} ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return code;
};

let code = 0;
try {
  code = await step("unit and integration tests", () => run("vitest", ["run"], env));
  if (code === 0 && !skipBuild) {
    code = await step("production build", () =>
      run("next", ["build"], { ...env, NODE_ENV: "production" }),
    );
  }
  if (code === 0) {
    code = await step("end-to-end tests (Chromium)", () =>
      withE2eDatabase(async (url) => {
        const e2eEnv = { ...env, DATABASE_URL: url };
        return (
          (await run("tsx", ["scripts/db/migrate.ts"], e2eEnv)) ||
          (await run("tsx", ["scripts/db/seed.ts"], e2eEnv)) ||
          (await run("playwright", ["test"], { ...e2eEnv, NODE_ENV: "production" }))
        );
      }),
    );
  }
} finally {
  await database.stop();
}
console.log(
  `\n${code === 0 ? "All tests passed" : "Tests failed"} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
process.exit(code);
