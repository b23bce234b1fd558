import type { MilestoneCriteria } from "../roadmap/content";

/**
 * Career tier evaluation: a pure function of the roadmap content and a
 * learner's evidence. No database, no clock: the evidence already says which
 * certifications are earned and unexpired "now".
 */

export type EvaluatedMilestoneInput = {
  id: string;
  tier: number;
  track: string | null;
  title: string;
  criteria: MilestoneCriteria;
};

export type ContentForEvaluation = {
  tiers: { number: number; name: string }[];
  tracks: { slug: string; name: string }[];
  milestones: EvaluatedMilestoneInput[];
};

/** Aggregates of a learner's records: their size does not grow with history. */
export type Evidence = {
  skillLevels: Record<string, number>;
  minutesLogged: number;
  /** Project counts grouped by what milestones ask about. */
  projects: {
    status: string;
    withRepo: boolean;
    openSource: boolean;
    track: string | null;
    count: number;
  }[];
  /** Earned, unexpired certifications, grouped by the skills they cover. */
  certifications: { skills: string[]; count: number }[];
  /** Papers read, by topic. */
  papersRead: { topic: string | null; count: number }[];
  eventsAttended: number;
  attested: string[];
  verified: string[];
};

export type MilestoneStatus = {
  id: string;
  tier: number;
  track: string | null;
  title: string;
  kind: MilestoneCriteria["kind"];
  met: boolean;
  attested: boolean;
  verified: boolean;
  progress: { current: number; target: number };
};

export type TierRef = { number: number; name: string };

export type Progress = {
  tier: TierRef;
  nextTier: TierRef | null;
  /** The specialization track: the one completed, else the learner's target (null when neither). */
  track: string | null;
  milestones: MilestoneStatus[];
  /** The unmet milestones of the next tier (and track), nearest to done first. */
  nextSteps: MilestoneStatus[];
  /** Share of the next tier's milestones met, 0–1 (1 at the top). */
  towardNext: number;
};

export const EMPTY_EVIDENCE: Evidence = {
  skillLevels: {},
  minutesLogged: 0,
  projects: [],
  certifications: [],
  papersRead: [],
  eventsAttended: 0,
  attested: [],
  verified: [],
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Where a learner stands on one milestone, in its own unit. */
export function measure(
  c: MilestoneCriteria,
  ev: Evidence,
  id: string,
): { current: number; target: number } {
  switch (c.kind) {
    case "skill":
      return {
        current: Math.max(0, ...c.anyOf.map((s) => ev.skillLevels[s] ?? 0)),
        target: c.level,
      };
    case "hours":
      // Whole hours only count once complete, so "met" flips exactly at the target.
      return { current: Math.floor(ev.minutesLogged / 60), target: c.hours };
    case "projects":
      return {
        current: sum(
          ev.projects
            .filter(
              (p) =>
                (c.statuses as string[]).includes(p.status) &&
                (!c.withRepo || p.withRepo) &&
                (!c.openSource || p.openSource) &&
                (!c.track || p.track === c.track),
            )
            .map((p) => p.count),
        ),
        target: c.count,
      };
    case "certifications":
      return {
        current: sum(
          ev.certifications
            .filter((g) => !c.skillsAnyOf || g.skills.some((s) => c.skillsAnyOf!.includes(s)))
            .map((g) => g.count),
        ),
        target: c.count,
      };
    case "papers":
      return {
        current: sum(
          ev.papersRead.filter((p) => !c.topic || p.topic === c.topic).map((p) => p.count),
        ),
        target: c.count,
      };
    case "events":
      return { current: ev.eventsAttended, target: c.count };
    case "attested":
      return { current: ev.attested.includes(id) || ev.verified.includes(id) ? 1 : 0, target: 1 };
  }
}

export function evaluate(
  content: ContentForEvaluation,
  ev: Evidence,
  targetTrack: string | null,
): Progress {
  const attested = new Set(ev.attested);
  const verified = new Set(ev.verified);
  const milestones: MilestoneStatus[] = content.milestones.map((m) => {
    const progress = measure(m.criteria, ev, m.id);
    return {
      id: m.id,
      tier: m.tier,
      track: m.track,
      title: m.title,
      kind: m.criteria.kind,
      // A coach's verification counts as met, whatever the self-reported evidence says.
      met: progress.current >= progress.target || verified.has(m.id),
      attested: attested.has(m.id),
      verified: verified.has(m.id),
      progress,
    };
  });

  const core = (n: number) => milestones.filter((m) => m.tier === n && !m.track);
  const ofTrack = (slug: string) => milestones.filter((m) => m.track === slug);
  const allMet = (list: MilestoneStatus[]) => list.length > 0 && list.every((m) => m.met);
  const tiers = [...content.tiers].sort((a, b) => a.number - b.number);
  const specialistTier = tiers.find((t) =>
    content.milestones.some((m) => m.tier === t.number && m.track),
  );

  // Tiers are cumulative: stop at the first one not complete.
  let held = 0;
  for (const t of tiers) {
    if (t === specialistTier) break;
    if (!allMet(core(t.number))) break;
    held = t.number;
  }
  const completedTrack =
    content.tracks.find((t) => t.slug === targetTrack && allMet(ofTrack(t.slug)))?.slug ??
    content.tracks.find((t) => allMet(ofTrack(t.slug)))?.slug ??
    null;
  const coreTiersDone = specialistTier && held === specialistTier.number - 1;
  if (specialistTier && coreTiersDone && completedTrack) held = specialistTier.number;

  const tierRef = (n: number): TierRef =>
    n === 0
      ? { number: 0, name: "Getting started" }
      : { number: n, name: tiers.find((t) => t.number === n)!.name };
  const next = tiers.find((t) => t.number === held + 1) ?? null;

  // The track to work toward: the completed or target one, else the one nearest to done.
  const ratio = (m: MilestoneStatus) =>
    Math.min(1, m.progress.current / Math.max(1, m.progress.target));
  const track =
    completedTrack ?? (content.tracks.some((t) => t.slug === targetTrack) ? targetTrack : null);
  const focusTrack =
    track ??
    content.tracks
      .map((t) => ({
        slug: t.slug,
        done: sum(ofTrack(t.slug).map(ratio)) / Math.max(1, ofTrack(t.slug).length),
      }))
      .sort((a, b) => b.done - a.done)[0]?.slug ??
    null;
  const nextMilestones = next
    ? next === specialistTier
      ? focusTrack
        ? ofTrack(focusTrack)
        : []
      : core(next.number)
    : [];
  const nextSteps = nextMilestones.filter((m) => !m.met).sort((a, b) => ratio(b) - ratio(a));

  return {
    tier: tierRef(held),
    nextTier: next ? tierRef(next.number) : null,
    track,
    milestones,
    nextSteps,
    towardNext: next
      ? nextMilestones.filter((m) => m.met).length / Math.max(1, nextMilestones.length)
      : 1,
  };
}
