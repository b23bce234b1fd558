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

/** The summed `count` of the groups that pass: a loop, as a cohort measures this thousands of times. */
function countWhere<G extends { count: number }>(groups: G[], pass: (g: G) => boolean): number {
  let n = 0;
  for (const g of groups) if (pass(g)) n += g.count;
  return n;
}

/** Where a learner stands on one milestone, in its own unit. */
export function measure(
  c: MilestoneCriteria,
  ev: Evidence,
  id: string,
): { current: number; target: number } {
  switch (c.kind) {
    case "skill": {
      let level = 0;
      for (const s of c.anyOf) level = Math.max(level, ev.skillLevels[s] ?? 0);
      return { current: level, target: c.level };
    }
    case "hours":
      // Whole hours only count once complete, so "met" flips exactly at the target.
      return { current: Math.floor(ev.minutesLogged / 60), target: c.hours };
    case "projects":
      return {
        current: countWhere(
          ev.projects,
          (p) =>
            (c.statuses as string[]).includes(p.status) &&
            (!c.withRepo || p.withRepo) &&
            (!c.openSource || p.openSource) &&
            (!c.track || p.track === c.track),
        ),
        target: c.count,
      };
    case "certifications":
      return {
        current: countWhere(
          ev.certifications,
          (g) => !c.skillsAnyOf || g.skills.some((s) => c.skillsAnyOf!.includes(s)),
        ),
        target: c.count,
      };
    case "papers":
      return {
        current: countWhere(ev.papersRead, (p) => !c.topic || p.topic === c.topic),
        target: c.count,
      };
    case "events":
      return { current: ev.eventsAttended, target: c.count };
    case "attested":
      return { current: ev.attested.includes(id) || ev.verified.includes(id) ? 1 : 0, target: 1 };
  }
}

/**
 * What evaluate() needs of the content, worked out once per content object: a
 * cohort evaluates hundreds of learners against the same roadmap.
 */
type CompiledContent = {
  tiers: { number: number; name: string }[];
  specialistTier: { number: number; name: string } | undefined;
  /** Indices into content.milestones. */
  coreOf: Map<number, number[]>;
  trackOf: Map<string, number[]>;
};
const compiled = new WeakMap<ContentForEvaluation, CompiledContent>();

function compile(content: ContentForEvaluation): CompiledContent {
  let c = compiled.get(content);
  if (c) return c;
  const tiers = [...content.tiers].sort((a, b) => a.number - b.number);
  const coreOf = new Map<number, number[]>(tiers.map((t) => [t.number, []]));
  const trackOf = new Map<string, number[]>(content.tracks.map((t) => [t.slug, []]));
  content.milestones.forEach((m, i) => {
    if (m.track) trackOf.get(m.track)?.push(i);
    else coreOf.get(m.tier)?.push(i);
  });
  c = {
    tiers,
    specialistTier: tiers.find((t) =>
      content.milestones.some((m) => m.tier === t.number && m.track),
    ),
    coreOf,
    trackOf,
  };
  compiled.set(content, c);
  return c;
}

export function evaluate(
  content: ContentForEvaluation,
  ev: Evidence,
  targetTrack: string | null,
): Progress {
  const { tiers, specialistTier, coreOf, trackOf } = compile(content);
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

  const pick = (indices: number[] | undefined) => (indices ?? []).map((i) => milestones[i]!);
  const core = (n: number) => pick(coreOf.get(n));
  const ofTrack = (slug: string) => pick(trackOf.get(slug));
  const allMet = (list: MilestoneStatus[]) => list.length > 0 && list.every((m) => m.met);

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
