// `npm start`: the production server from `npm run build`. Refuses to start
// without AUTH_SECRET, or against a database whose migrations are behind.
import { startDatabase } from "./lib/database.mjs";
import { run } from "./lib/run.mjs";

if (!process.env.AUTH_SECRET) {
  console.error(
    "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it before `npm start`.",
  );
  process.exit(1);
}
const database = await startDatabase();
const env = { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url };
let code = await run("tsx", ["db/check.ts"], env);
try {
  if (code === 0) code = await run("next", ["start", ...process.argv.slice(2)], env);
} finally {
  await database.stop();
}
process.exit(code);
