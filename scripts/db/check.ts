import { BEHIND_MESSAGE, schemaStatus } from "@/db/status";
import { CONTENT_VERSION } from "@/lib/roadmap/content";

/** Exits non-zero, naming the command to run, when the database is behind this code. */
const status = await schemaStatus(process.env.DATABASE_URL ?? "", CONTENT_VERSION);
if (status.state === "behind") {
  console.error(BEHIND_MESSAGE(status.detail));
  process.exit(1);
}
if (status.state === "unreachable") {
  console.error(`Cannot reach PostgreSQL at DATABASE_URL: ${status.detail}`);
  process.exit(1);
}
