import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { COLOCATION_ANCHOR, TABLE_PLACEMENT, type Placement } from "@/db/placement";

/**
 * The learner tables' shard count: the one asked for, else the cluster's own `citus.shard_count`
 * when its configuration sets one, else 4 a worker (at least 4). Each shard is one more task for
 * every statement over many learners, a cohort's dashboard: 4 a worker kept it within 2× its
 * single-node time on two workers, where Citus's default of 32 made it ×3 (docs/PERFORMANCE.md,
 * "Citus: the cohort dashboard in one pass"). More workers than shards later: split shards
 * online (docs/SCALING.md, "Cohort dashboards").
 */
export function shardCountFor({
  asked,
  configured,
  workers,
}: {
  asked?: number;
  configured?: number;
  workers: number;
}): number {
  if (asked) return Math.trunc(asked);
  if (configured) return configured;
  return Math.max(4, 4 * workers);
}

/**
 * `npm run db:distribute`: places every table of an already-migrated database (with its data)
 * on a Citus cluster, per db/placement.ts (docs/SCALING.md, section 3). Idempotent: a table
 * already placed is left alone. On plain PostgreSQL it says so and changes nothing.
 * `shards`: how many shards the learner tables get (`npm run db:distribute -- --shards 64`);
 * without it, `citus.shard_count` where the cluster's configuration sets it, else 4 a worker
 * (`shardCountFor`).
 */
export async function distributeDatabase(
  log: (line: string) => void = console.log,
  { shards }: { shards?: number } = {},
): Promise<"distributed" | "no-citus"> {
  const [citus] = await db.execute<{ version: string }>(
    sql`select extversion as version from pg_extension where extname = 'citus'`,
  );
  if (!citus) {
    log("Citus is not installed in this database: nothing to distribute (plain PostgreSQL).");
    return "no-citus";
  }
  const placed = new Map(
    (
      await db.execute<{ name: string; kind: string }>(
        sql`select logicalrelid::regclass::text as name, partmethod as kind from pg_dist_partition`,
      )
    ).map((r) => [r.name, r.kind]),
  );
  // pg_dist_partition's partmethod: h = hash-distributed, n = reference or local (no shard key).
  const entries = Object.entries(TABLE_PLACEMENT) as [string, Placement][];
  const learnerTables = new Set(entries.filter(([, p]) => p === "learner").map(([t]) => t));

  const learnerList = sql.join(
    [...learnerTables].map((t) => sql`${t}`),
    sql`, `,
  );
  const [setting] = await db.execute<{ value: string; source: string; workers: number }>(sql`
    select setting as value, source,
           (select count(*)::int from pg_dist_node
             where groupid <> 0 and noderole = 'primary' and isactive and shouldhaveshards) as workers
      from pg_settings where name = 'citus.shard_count'`);
  const count = shardCountFor({
    asked: shards,
    configured: setting && setting.source !== "default" ? Number(setting.value) : undefined,
    workers: setting?.workers ?? 0,
  });
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local citus.shard_count = ${count}`));
    // Foreign keys between two learner tables cannot exist while one side is distributed and the
    // other not yet: drop them, distribute both sides, and put them back.
    const crossKeys = await tx.execute<{ table: string; name: string; definition: string }>(sql`
      select c.conrelid::regclass::text as table, c.conname as name,
             pg_get_constraintdef(c.oid) as definition
        from pg_constraint c
       where c.contype = 'f' and c.connamespace = 'public'::regnamespace
         and c.conrelid::regclass::text in (${learnerList})
         and c.confrelid::regclass::text in (${learnerList})
         and not exists (select 1 from pg_dist_partition p
                          where p.logicalrelid = c.conrelid and p.partmethod = 'h')`);
    for (const key of crossKeys)
      await tx.execute(sql.raw(`alter table "${key.table}" drop constraint "${key.name}"`));

    for (const [table, placement] of entries) {
      if (placement === "coordinator") continue;
      const kind = placed.get(table);
      if (placement === "learner" && kind === "h") continue;
      if (placement !== "learner" && kind !== undefined) {
        // A reference or Citus-local table both show as "n": tell them apart by shard placements.
        const [ref] = await tx.execute<{ reference: boolean }>(
          sql`select exists (select 1 from citus_tables where table_name = ${table}::regclass
                and citus_table_type = ${placement === "reference" ? "reference" : "local"}) as reference`,
        );
        if (ref?.reference) continue;
      }
      if (placement === "reference") {
        // A table Citus already took into its metadata as local (it references users) is
        // turned back into a plain table first: only a plain table becomes a reference table.
        if (kind !== undefined) await tx.execute(sql`select undistribute_table(${table})`);
        await tx.execute(sql`select create_reference_table(${table})`);
      } else if (placement === "local") {
        await tx.execute(sql`select citus_add_local_table_to_metadata(${table})`);
      } else {
        const colocate = table === COLOCATION_ANCHOR ? "none" : COLOCATION_ANCHOR;
        await tx.execute(
          sql`select create_distributed_table(${table}, 'user_id', colocate_with => ${colocate})`,
        );
      }
      log(
        `${table}: ${placement === "learner" ? `distributed by user_id, ${count} shards` : placement}`,
      );
    }

    for (const key of crossKeys)
      await tx.execute(
        sql.raw(`alter table "${key.table}" add constraint "${key.name}" ${key.definition}`),
      );
  });
  log("Every table is placed: learner tables by user_id, the rest as reference or local tables.");
  return "distributed";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--shards");
  const shards = at > 0 ? Number(process.argv[at + 1]) : undefined;
  if (shards !== undefined && !(Number.isInteger(shards) && shards >= 1 && shards <= 1024)) {
    console.error("--shards must be a whole number from 1 to 1024.");
    process.exit(2);
  }
  distributeDatabase(console.log, { shards })
    .catch((error: unknown) => {
      console.error("Distribution failed:", error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
