import { migrate } from "drizzle-orm/postgres-js/migrator";
import { runMigrations as migrateJobQueue } from "graphile-worker";
import { ROADMAP } from "@/lib/roadmap/content";
import { closeDb, db } from "@/db/client";
import { syncRoadmapContent } from "./content-sync";
import { MIGRATIONS_FOLDER } from "@/db/status";

/**
 * Applies the SQL migrations, the current roadmap content, and the job queue's own schema
 * (`graphile_worker`, installed and upgraded by graphile-worker itself: docs/DECISIONS.md,
 * "Webhooks").
 */
export async function migrateDatabase(): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  await syncRoadmapContent(db, ROADMAP);
  await migrateJobQueue({ connectionString: process.env.DATABASE_URL, maxPoolSize: 1 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrateDatabase()
    .then(() => console.log("Migrations and roadmap content applied."))
    .catch((error: unknown) => {
      // Fail loudly: a silent skip would leave the app refusing to start.
      console.error("Migration failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
