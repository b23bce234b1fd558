// `npm run dev`: PostgreSQL (embedded unless DATABASE_URL is set), migrations
// and demo data for the embedded one, then the app's server in development mode
// (scripts/server.mjs --dev: Next.js's dev server, with pages' CSP nonces as in
// production). Ctrl-C stops both.
import { startDatabase } from "./lib/database.mjs";
import { developmentAuthSecret, run } from "./lib/run.mjs";

const database = await startDatabase();
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: developmentAuthSecret(),
};

let code = 0;
try {
  if (database.embedded) {
    code =
      (await run("tsx", ["scripts/db/migrate.ts"], env)) ||
      (await run("tsx", ["scripts/db/seed.ts"], env));
  } else {
    // Someone else's server: never change it behind their back.
    code = await run("tsx", ["scripts/db/check.ts"], env);
  }
  if (code === 0)
    code = await run(
      process.execPath,
      ["scripts/server.mjs", "--dev", ...process.argv.slice(2)],
      env,
    );
} finally {
  await database.stop();
}
process.exit(code);
