import { and, eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { db } from "@/db/client";
import { milestoneAttestations, milestones } from "@/db/schema";
import { todayIn } from "../dates";
import { env } from "../env";
import { AppError, notFound } from "../errors";
import { ownDataOf, type Actor } from "../policy";
import { getRoadmap, type Roadmap } from "../roadmap/queries";
import { getMe } from "../users/accounts";
import { evaluate, type ContentForEvaluation, type Progress } from "./evaluate";
import { loadEvidence, loadEvidenceFor, type ReadsAlongside } from "./evidence";

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
    loadEvidence(userId, todayIn(timezone), alongside),
  ]);
  const { evidence } = read;
  return {
    evidence,
    progress: evaluate(contentOf(roadmap), evidence, targetTrack),
    alongside: read.alongside,
  };
}

/** A learner as progressOfMany needs them: their profile's settings and data revision. */
export type LearnerToAssess = {
  userId: string;
  timezone: string;
  targetTrack: string | null;
  dataRevision: number;
};

type Evaluated = { dataRevision: number; today: string; progress: Progress };
let evaluated: LRUCache<string, Evaluated> | null | undefined;
/** Per process, LEARNER_CACHE_SIZE learners (null when 0), the least recently used going first. */
export function learnerCache<V extends object>(): LRUCache<string, V> | null {
  const max = env().LEARNER_CACHE_SIZE;
  return max > 0 ? new LRUCache<string, V>({ max }) : null;
}

/**
 * Many learners' progress (a cohort, a coach's mentees). What this process evaluated
 * before is reused for every learner whose data revision (profiles.data_revision, raised
 * by triggers on every write progress depends on) and day are unchanged, so a cohort of
 * 500 loads evidence only for the members who changed something since; the revision is
 * read from the database by the caller, so a change through any instance is seen at once.
 */
export async function progressOfMany(learners: LearnerToAssess[]): Promise<Map<string, Progress>> {
  if (evaluated === undefined) evaluated = learnerCache<Evaluated>();
  const found = new Map<string, Progress>();
  const missing = new Map<string, string>(); // learner → their today
  for (const l of learners) {
    const today = todayIn(l.timezone);
    const known = evaluated?.get(l.userId);
    if (known && known.dataRevision === l.dataRevision && known.today === today) {
      found.set(l.userId, known.progress);
    } else {
      missing.set(l.userId, today);
    }
  }
  if (missing.size === 0) return found;
  const [roadmap, evidence] = await Promise.all([getRoadmap(), loadEvidenceFor(missing)]);
  const content = contentOf(roadmap);
  for (const l of learners) {
    const today = missing.get(l.userId);
    if (today === undefined) continue;
    const progress = evaluate(content, evidence.get(l.userId)!, l.targetTrack);
    evaluated?.set(l.userId, { dataRevision: l.dataRevision, today, progress });
    found.set(l.userId, progress);
  }
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

/** The API's shape of progress (API.md `me/progress`). */
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
  if (input.attested) {
    await db
      .insert(milestoneAttestations)
      .values({ userId, milestoneId, note: input.note ?? null })
      .onConflictDoUpdate({
        target: [milestoneAttestations.userId, milestoneAttestations.milestoneId],
        set: { note: input.note ?? null },
      });
  } else {
    await db
      .delete(milestoneAttestations)
      .where(
        and(
          eq(milestoneAttestations.userId, userId),
          eq(milestoneAttestations.milestoneId, milestoneId),
        ),
      );
  }
  return { milestoneId, attested: input.attested };
}
