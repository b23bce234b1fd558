// Writing the benchmark's dataset in bulk: a seeded generator, inserts in chunks, and a loop
// of bounded width (data.ts, data-cohorts.ts).
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";

/** A seeded generator (mulberry32): the same settings give the same dataset's shape. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rows per INSERT: at most 65,534 parameters a statement, and the widest rows have ten columns.
const CHUNK = 4000;
// INSERTs in flight at once.
const IN_FLIGHT = 3;

/** Inserts rows as they are generated, CHUNK at a time; returns how many. */
export async function insertAll<T extends PgTable>(
  db: Database,
  table: T,
  rows: Iterable<T["$inferInsert"]>,
): Promise<number> {
  let total = 0;
  let chunk: T["$inferInsert"][] = [];
  const running = new Set<Promise<unknown>>();
  const flush = async () => {
    if (!chunk.length) return;
    const values = chunk;
    chunk = [];
    total += values.length;
    const p: Promise<unknown> = db
      .insert(table)
      .values(values)
      .then(() => running.delete(p));
    running.add(p);
    if (running.size >= IN_FLIGHT) await Promise.race(running);
  };
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  await Promise.all(running);
  return total;
}

/** Runs `fn` for every item, `width` at a time. */
export async function eachLimited<T>(items: T[], width: number, fn: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** 1, 2, …, k. */
export const times = (k: number) => Array.from({ length: k }, (_, i) => i + 1);
