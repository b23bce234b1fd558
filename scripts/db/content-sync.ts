import { notInArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { RoadmapContent } from "@/lib/roadmap/content";
import type { Database, Transaction } from "@/db/client";
import { milestones, roadmapVersions, skillAreas, skills, tiers, tracks } from "@/db/schema";

/**
 * Applies a version of the roadmap content to the tables, in place and in one
 * transaction. Rows are keyed by their stable slug or id, so renames, moves and
 * raised targets keep everything that refers to them; what a version drops
 * (skill areas, skills, tracks, milestones) is marked retired, never deleted,
 * and comes back as it was if a later version restores it.
 */
export async function syncRoadmapContent(db: Database, content: RoadmapContent): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(skillAreas)
      .values(
        content.skillAreas.map((a, i) => ({
          slug: a.slug,
          name: a.name,
          position: i,
          retiredAt: null,
        })),
      )
      .onConflictDoUpdate({
        target: skillAreas.slug,
        set: { name: sql`excluded.name`, position: sql`excluded.position`, retiredAt: null },
      });
    await retireDropped(
      tx,
      skillAreas,
      skillAreas.slug,
      content.skillAreas.map((a) => a.slug),
    );

    const skillRows = content.skillAreas.flatMap((a) =>
      a.skills.map((s, i) => ({
        slug: s.slug,
        areaSlug: a.slug,
        name: s.name,
        position: i,
        retiredAt: null,
      })),
    );
    await tx
      .insert(skills)
      .values(skillRows)
      .onConflictDoUpdate({
        target: skills.slug,
        set: {
          areaSlug: sql`excluded.area_slug`,
          name: sql`excluded.name`,
          position: sql`excluded.position`,
          retiredAt: null,
        },
      });
    await retireDropped(
      tx,
      skills,
      skills.slug,
      skillRows.map((s) => s.slug),
    );

    await tx
      .insert(tiers)
      .values(content.tiers)
      .onConflictDoUpdate({
        target: tiers.number,
        set: { name: sql`excluded.name`, context: sql`excluded.context` },
      });

    await tx
      .insert(tracks)
      .values(content.tracks.map((t, i) => ({ ...t, position: i, retiredAt: null })))
      .onConflictDoUpdate({
        target: tracks.slug,
        set: {
          name: sql`excluded.name`,
          summary: sql`excluded.summary`,
          position: sql`excluded.position`,
          retiredAt: null,
        },
      });
    await retireDropped(
      tx,
      tracks,
      tracks.slug,
      content.tracks.map((t) => t.slug),
    );

    const milestoneRows = content.milestones.map((m, i) => ({
      id: m.id,
      tier: m.tier,
      trackSlug: m.track,
      title: m.title,
      kind: m.criteria.kind,
      criteria: m.criteria,
      position: i,
      retiredAt: null,
    }));
    await tx
      .insert(milestones)
      .values(milestoneRows)
      .onConflictDoUpdate({
        target: milestones.id,
        set: {
          tier: sql`excluded.tier`,
          trackSlug: sql`excluded.track_slug`,
          title: sql`excluded.title`,
          kind: sql`excluded.kind`,
          criteria: sql`excluded.criteria`,
          position: sql`excluded.position`,
          retiredAt: null,
        },
      });
    await retireDropped(
      tx,
      milestones,
      milestones.id,
      milestoneRows.map((m) => m.id),
    );

    await tx.insert(roadmapVersions).values({ version: content.version }).onConflictDoNothing();
  });
}

/** Marks retired the rows whose key the version no longer has, keeping an earlier retirement time. */
async function retireDropped(tx: Transaction, table: PgTable, key: PgColumn, kept: string[]) {
  await tx.execute(
    sql`update ${table} set retired_at = coalesce(retired_at, now()) where ${notInArray(key, kept)}`,
  );
}
