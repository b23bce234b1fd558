// Runs a command with DATABASE_URL pointing at a running PostgreSQL
// (the embedded one when DATABASE_URL is unset), e.g. `node scripts/with-db.mjs tsx scripts/db/migrate.ts`.
import { startDatabase } from "./lib/database.mjs";
import { developmentAuthSecret, run } from "./lib/run.mjs";

const [command, ...args] = process.argv.slice(2);
const database = await startDatabase({ quiet: true });
const code = await run(command, args, {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? developmentAuthSecret(),
});
await database.stop();
process.exit(code);
