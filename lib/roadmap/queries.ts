import { asc, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { milestones, skillAreas, skills, tiers, tracks } from "@/db/schema";
import type { MilestoneCriteria } from "./content";

export type RoadmapMilestone = {
  id: string;
  tier: number;
  track: string | null;
  title: string;
  kind: MilestoneCriteria["kind"];
  criteria: MilestoneCriteria;
};

export type Roadmap = {
  tiers: { number: number; name: string; context: string; milestones: RoadmapMilestone[] }[];
  tracks: { slug: string; name: string; summary: string; milestones: RoadmapMilestone[] }[];
  skillAreas: { slug: string; name: string; skills: { slug: string; name: string }[] }[];
};

let cached: Promise<Roadmap> | undefined;

/**
 * The roadmap as loaded in the database, read once per process: it is public
 * content that changes only when `db:migrate` applies a new content version,
 * and that ships with new code, so with a new process. Every page and progress
 * computation needs it; reading it per request was five queries each time.
 */
export function getRoadmap(): Promise<Roadmap> {
  cached ??= loadRoadmap()
    .then(deepFreeze)
    .catch((error: unknown) => {
      cached = undefined; // a failed read (database down) is not remembered
      throw error;
    });
  return cached;
}

/** Shared by every request: a caller that tried to change it would throw rather than corrupt it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** After a content sync in this process (tests): the next read goes to the database. */
export function forgetRoadmap(): void {
  cached = undefined;
}

async function loadRoadmap(): Promise<Roadmap> {
  const [tierRows, trackRows, areaRows, skillRows, milestoneRows] = await Promise.all([
    db.select().from(tiers).orderBy(asc(tiers.number)),
    db.select().from(tracks).where(isNull(tracks.retiredAt)).orderBy(asc(tracks.position)),
    db
      .select()
      .from(skillAreas)
      .where(isNull(skillAreas.retiredAt))
      .orderBy(asc(skillAreas.position)),
    db.select().from(skills).where(isNull(skills.retiredAt)).orderBy(asc(skills.position)),
    db
      .select()
      .from(milestones)
      .where(isNull(milestones.retiredAt))
      .orderBy(asc(milestones.position)),
  ]);
  const all: RoadmapMilestone[] = milestoneRows.map((m) => ({
    id: m.id,
    tier: m.tier,
    track: m.trackSlug,
    title: m.title,
    kind: m.kind as MilestoneCriteria["kind"],
    criteria: m.criteria as MilestoneCriteria,
  }));
  return {
    tiers: tierRows.map((t) => ({
      ...t,
      milestones: all.filter((m) => m.tier === t.number && !m.track),
    })),
    tracks: trackRows.map((t) => ({
      slug: t.slug,
      name: t.name,
      summary: t.summary,
      milestones: all.filter((m) => m.track === t.slug),
    })),
    skillAreas: areaRows.map((a) => ({
      slug: a.slug,
      name: a.name,
      skills: skillRows
        .filter((s) => s.areaSlug === a.slug)
        .map((s) => ({ slug: s.slug, name: s.name })),
    })),
  };
}
