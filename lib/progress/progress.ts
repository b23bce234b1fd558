import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { milestoneAttestations, milestones } from "@/db/schema";
import { todayIn } from "../dates";
import { AppError, notFound } from "../errors";
import { ownDataOf, type Actor } from "../policy";
import { getRoadmap, type Roadmap } from "../roadmap/queries";
import { getMe } from "../users/accounts";
import { evaluate, type ContentForEvaluation, type Progress } from "./evaluate";
import { type LearnerDay, loadEvidence, loadEvidenceFor, type ReadsAlongside } from "./evidence";
import { bumpDataRevision } from "./data-revision";
import { learnerCache } from "./learner-cache";
import { recordProgressMarks } from "./marks";

const contents = new WeakMap<Roadmap, ContentForEvaluation>();

/** The roadmap as evaluate() takes it; one object per roadmap, so its compiled form is reused. */
export function contentOf(roadmap: Roadmap): ContentForEvaluation {
  let content = contents.get(roadmap);
  if (!content) {
    content = {
      tiers: roadmap.tiers,
      tracks: roadmap.tracks,
      milestones: [
        ...roadmap.tiers.flatMap((t) => t.milestones),
        ...roadmap.tracks.flatMap((t) => t.milestones),
      ],
    };
    contents.set(roadmap, content);
  }
  return content;
}

/**
 * A learner's evidence, tier and every milestone's status, from one statement
 * (the roadmap is cached), which also runs the caller's `alongside` reads.
 */
export async function assess<T extends Record<string, unknown> = Record<string, never>>(
  userId: string,
  timezone: string,
  targetTrack: string | null,
  alongside?: ReadsAlongside<T>,
) {
  const [roadmap, read] = await Promise.all([
    getRoadmap(),
    loadEvidence({ userId, timezone, today: todayIn(timezone) }, alongside),
  ]);
  const { evidence } = read;
  const progress = evaluate(contentOf(roadmap), evidence, targetTrack);
  await recordProgressMarks(new Map([[userId, progress]]));
  return { evidence, progress, alongside: read.alongside };
}

/** A learner as progressOfMany needs them: their profile's settings and data revision. */
export type LearnerToAssess = {
  userId: string;
  timezone: string;
  targetTrack: string | null;
  dataRevision: number;
};

const evaluated = learnerCache<Progress>();

/**
 * Many learners' progress (a cohort, a coach's mentees). What this process evaluated
 * before is reused for every learner whose data revision and day are unchanged
 * (learner-cache.ts), so a cohort of 500 loads evidence only for the members who changed
 * something since.
 */
export async function progressOfMany(learners: LearnerToAssess[]): Promise<Map<string, Progress>> {
  const found = new Map<string, Progress>();
  const missing = new Map<string, LearnerDay>();
  for (const l of learners) {
    const today = todayIn(l.timezone);
    const known = evaluated.get(l.userId, l.dataRevision, today);
    if (known) {
      found.set(l.userId, known);
    } else {
      missing.set(l.userId, { userId: l.userId, timezone: l.timezone, today });
    }
  }
  if (missing.size === 0) return found;
  const [roadmap, evidence] = await Promise.all([
    getRoadmap(),
    loadEvidenceFor([...missing.values()]),
  ]);
  const content = contentOf(roadmap);
  const fresh = new Map<string, Progress>();
  for (const l of learners) {
    const today = missing.get(l.userId)?.today;
    const read = evidence.get(l.userId);
    // None: the account was deleted since the caller listed it.
    if (today === undefined || !read) continue;
    const progress = evaluate(content, read, l.targetTrack);
    evaluated.set(l.userId, l.dataRevision, today, progress);
    found.set(l.userId, progress);
    fresh.set(l.userId, progress);
  }
  await recordProgressMarks(fresh);
  return found;
}

export async function progressOf(
  userId: string,
  timezone: string,
  targetTrack: string | null,
): Promise<Progress> {
  return (await assess(userId, timezone, targetTrack)).progress;
}

export async function getMyProgress(actor: Actor | null): Promise<Progress> {
  ownDataOf(actor, "profile", "read");
  const me = await getMe(actor);
  return progressOf(me.id, me.profile.timezone, me.profile.targetTrack);
}

/** The API's shape of progress (`progressOutput`, lib/api/operations/roadmap.ts). */
export function progressBody(p: Progress) {
  return {
    tier: p.tier,
    nextTier: p.nextTier,
    track: p.track,
    milestones: p.milestones.map((m) => ({
      id: m.id,
      tier: m.tier,
      track: m.track,
      title: m.title,
      kind: m.kind,
      met: m.met,
      attested: m.attested,
      verified: m.verified,
      progress: m.progress,
    })),
  };
}

/** Checks off (or un-checks) an "attested" milestone for the learner. */
export async function setAttestation(
  actor: Actor | null,
  milestoneId: string,
  input: { attested: boolean; note?: string | null },
) {
  const userId = ownDataOf(actor, "profile", "write");
  const [milestone] = await db
    .select({ kind: milestones.kind, retiredAt: milestones.retiredAt })
    .from(milestones)
    .where(eq(milestones.id, milestoneId));
  if (!milestone || milestone.retiredAt) throw notFound("Milestone");
  if (milestone.kind !== "attested") {
    throw new AppError(
      "validation_failed",
      "This milestone is met by your records, not checked off by hand.",
      { milestoneId: "is not an attested milestone" },
    );
  }
  await db.transaction(async (tx) => {
    if (input.attested) {
      await tx
        .insert(milestoneAttestations)
        .values({ userId, milestoneId, note: input.note ?? null })
        .onConflictDoUpdate({
          target: [milestoneAttestations.userId, milestoneAttestations.milestoneId],
          set: { note: input.note ?? null },
        });
      await bumpDataRevision(tx, [userId]);
    } else {
      const removed = await tx
        .delete(milestoneAttestations)
        .where(
          and(
            eq(milestoneAttestations.userId, userId),
            eq(milestoneAttestations.milestoneId, milestoneId),
          ),
        )
        .returning({ milestoneId: milestoneAttestations.milestoneId });
      if (removed.length) await bumpDataRevision(tx, [userId]);
    }
  });
  return { milestoneId, attested: input.attested };
}
