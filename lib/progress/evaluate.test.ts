/**
 * The career tier evaluator, against the real v1 roadmap content: where each
 * kind of milestone flips from unmet to met, which evidence reaches each tier
 * (and which single gap drops it), tier 4 per track, next steps, and
 * properties over arbitrary evidence.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MILESTONES, SKILL_AREAS, TIERS, TRACKS, type MilestoneContent } from "../roadmap/content";
import {
  EMPTY_EVIDENCE,
  evaluate,
  measure,
  type ContentForEvaluation,
  type Evidence,
  type Progress,
} from "./evaluate";

const CONTENT: ContentForEvaluation = { tiers: TIERS, tracks: TRACKS, milestones: MILESTONES };
const SKILL_SLUGS = SKILL_AREAS.flatMap((a) => a.skills.map((s) => s.slug));
const TRACK_SLUGS = TRACKS.map((t) => t.slug);

/** Milestone ids end in their number: 101 is tier 1's first, 425 the quantum track's last. */
const id = (n: number) => `0b8f6a52-0001-4c1e-9a01-${String(n).padStart(12, "0")}`;
const milestone = (n: number): MilestoneContent => {
  const m = MILESTONES.find((x) => x.id === id(n));
  if (!m) throw new Error(`no milestone ${n} in the content`);
  return m;
};

const ev = (partial: Partial<Evidence> = {}): Evidence => ({
  ...structuredClone(EMPTY_EVIDENCE),
  ...partial,
});
const run = (e: Evidence, targetTrack: string | null = null) => evaluate(CONTENT, e, targetTrack);
const statusOf = (p: Progress, n: number) => {
  const s = p.milestones.find((m) => m.id === id(n));
  if (!s) throw new Error(`milestone ${n} missing from the progress`);
  return s;
};
const metIds = (p: Progress) => p.milestones.filter((m) => m.met).map((m) => m.id);

type Project = Evidence["projects"][number];
const project = (p: Partial<Project> & { count: number }): Project => ({
  status: "shipped",
  withRepo: false,
  openSource: false,
  track: null,
  ...p,
});

const core = (tier: number) => MILESTONES.filter((m) => m.tier === tier && !m.track);
const coreUpTo = (tier: number) => MILESTONES.filter((m) => m.tier <= tier && !m.track);
const ofTrack = (slug: string) => MILESTONES.filter((m) => m.track === slug);

// ── Evidence builders ───────────────────────────────────────────────────────

/** How many extra conditions a criterion sets: the most specific ones are satisfied first. */
function specificity(m: MilestoneContent): number {
  const c = m.criteria;
  switch (c.kind) {
    case "projects":
      return (
        (c.withRepo ? 1 : 0) +
        (c.openSource ? 2 : 0) +
        (c.track ? 2 : 0) +
        (c.statuses.includes("building") ? 0 : 1)
      );
    case "certifications":
      return c.skillsAnyOf ? 1 : 0;
    case "papers":
      return c.topic ? 1 : 0;
    default:
      return 0;
  }
}

/** The least evidence added to `base` that meets every milestone given. */
function satisfy(base: Evidence, list: MilestoneContent[]): Evidence {
  const e = structuredClone(base);
  for (const m of [...list].sort((a, b) => specificity(b) - specificity(a))) {
    const c = m.criteria;
    const { current, target } = measure(c, e, m.id);
    if (current >= target) continue;
    const missing = target - current;
    switch (c.kind) {
      case "skill":
        e.skillLevels[c.anyOf[0]!] = c.level;
        break;
      case "hours":
        e.minutesLogged = c.hours * 60;
        break;
      case "projects":
        e.projects.push({
          status: c.statuses[0]!,
          withRepo: Boolean(c.withRepo),
          openSource: Boolean(c.openSource),
          track: c.track ?? null,
          count: missing,
        });
        break;
      case "certifications":
        e.certifications.push({ skills: c.skillsAnyOf ? [c.skillsAnyOf[0]!] : [], count: missing });
        break;
      case "papers":
        e.papersRead.push({ topic: c.topic ?? null, count: missing });
        break;
      case "events":
        e.eventsAttended = c.count;
        break;
      case "attested":
        e.attested.push(m.id);
        break;
    }
  }
  return e;
}

/** The minimal evidence that meets every core milestone of tiers 1..n. */
const reach = (n: number) => satisfy(ev(), coreUpTo(n));

/**
 * The same evidence with one unit of this milestone's evidence taken away,
 * touching nothing another milestone needs: a skill one level below, one
 * minute short, a project downgraded so it stops matching, one certification
 * or paper or event fewer, the attestation withdrawn.
 */
function withoutEvidenceFor(base: Evidence, m: MilestoneContent): Evidence {
  const e = structuredClone(base);
  const c = m.criteria;
  switch (c.kind) {
    case "skill":
      for (const s of c.anyOf) e.skillLevels[s] = Math.min(e.skillLevels[s] ?? 0, c.level - 1);
      break;
    case "hours":
      e.minutesLogged = c.hours * 60 - 1;
      break;
    case "projects": {
      const qualifies = (p: Project) =>
        (c.statuses as string[]).includes(p.status) &&
        (!c.withRepo || p.withRepo) &&
        (!c.openSource || p.openSource) &&
        (!c.track || p.track === c.track);
      const extras = (p: Project) =>
        (p.withRepo ? 1 : 0) +
        (p.openSource ? 1 : 0) +
        (p.track ? 1 : 0) +
        (p.status === "shipped" ? 1 : 0);
      const group = e.projects
        .filter((p) => qualifies(p) && p.count > 0)
        .sort((a, b) => extras(a) - extras(b))[0];
      if (!group) throw new Error(`no project counts toward ${m.title}`);
      group.count -= 1;
      const downgraded: Project = { ...group, count: 1 };
      if (c.openSource) downgraded.openSource = false;
      else if (c.track) downgraded.track = null;
      else if (c.withRepo) downgraded.withRepo = false;
      else downgraded.status = c.statuses.includes("building") ? "idea" : "building";
      e.projects.push(downgraded);
      break;
    }
    case "certifications": {
      const group = e.certifications
        .filter(
          (g) =>
            g.count > 0 && (!c.skillsAnyOf || g.skills.some((s) => c.skillsAnyOf!.includes(s))),
        )
        .sort((a, b) => a.skills.length - b.skills.length)[0];
      if (!group) throw new Error(`no certification counts toward ${m.title}`);
      group.count -= 1;
      break;
    }
    case "papers": {
      const group = e.papersRead
        .filter((p) => p.count > 0 && (!c.topic || p.topic === c.topic))
        .sort((a, b) => Number(a.topic !== null) - Number(b.topic !== null))[0];
      if (!group) throw new Error(`no paper counts toward ${m.title}`);
      group.count -= 1;
      break;
    }
    case "events":
      e.eventsAttended -= 1;
      break;
    case "attested":
      e.attested = e.attested.filter((x) => x !== m.id);
      e.verified = e.verified.filter((x) => x !== m.id);
      break;
  }
  return e;
}

// ── Where each kind of milestone flips ──────────────────────────────────────

type FlipCase = {
  milestone: number;
  what: string;
  below: Partial<Evidence>;
  at: Partial<Evidence>;
  /** progress.current below and at the target */
  current: [number, number];
  target: number;
};

const FLIPS: FlipCase[] = [
  // Skills
  {
    milestone: 101,
    what: "Python 1 vs 2",
    below: { skillLevels: { python: 1 } },
    at: { skillLevels: { python: 2 } },
    current: [1, 2],
    target: 2,
  },
  {
    milestone: 105,
    what: "SQL unrated vs 1",
    below: { skillLevels: { python: 4 } },
    at: { skillLevels: { sql: 1 } },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 201,
    what: "Python 2 vs 3",
    below: { skillLevels: { python: 2 } },
    at: { skillLevels: { python: 3 } },
    current: [2, 3],
    target: 3,
  },
  {
    milestone: 202,
    what: "PyTorch 2 / TensorFlow 2 vs PyTorch 3",
    below: { skillLevels: { pytorch: 2, tensorflow: 2 } },
    at: { skillLevels: { pytorch: 3, tensorflow: 0 } },
    current: [2, 3],
    target: 3,
  },
  {
    milestone: 202,
    what: "PyTorch 2 / TensorFlow 2 vs TensorFlow 3",
    below: { skillLevels: { pytorch: 2, tensorflow: 2 } },
    at: { skillLevels: { pytorch: 2, tensorflow: 3 } },
    current: [2, 3],
    target: 3,
  },
  {
    milestone: 204,
    what: "every cloud at 1 vs AWS 2",
    below: { skillLevels: { aws: 1, gcp: 1, azure: 1 } },
    at: { skillLevels: { aws: 2 } },
    current: [1, 2],
    target: 2,
  },
  {
    milestone: 204,
    what: "every cloud at 1 vs Google Cloud 2",
    below: { skillLevels: { aws: 1, gcp: 1, azure: 1 } },
    at: { skillLevels: { gcp: 2 } },
    current: [1, 2],
    target: 2,
  },
  {
    milestone: 204,
    what: "non-cloud skills at 4 vs Azure 2",
    below: { skillLevels: { python: 4, sql: 4, spark: 4 } },
    at: { skillLevels: { azure: 2 } },
    current: [0, 2],
    target: 2,
  },
  {
    milestone: 302,
    what: "TensorFlow 3 vs TensorFlow 4",
    below: { skillLevels: { tensorflow: 3, pytorch: 3 } },
    at: { skillLevels: { tensorflow: 4, pytorch: 1 } },
    current: [3, 4],
    target: 4,
  },
  {
    milestone: 303,
    what: "Spark 2 / Hadoop 2 vs Hadoop 3",
    below: { skillLevels: { spark: 2, hadoop: 2 } },
    at: { skillLevels: { hadoop: 3 } },
    current: [2, 3],
    target: 3,
  },
  {
    milestone: 304,
    what: "every cloud at 2 vs Azure 3",
    below: { skillLevels: { aws: 2, gcp: 2, azure: 2 } },
    at: { skillLevels: { azure: 3 } },
    current: [2, 3],
    target: 3,
  },
  {
    milestone: 401,
    what: "every cloud at 3 vs GCP 4",
    below: { skillLevels: { aws: 3, gcp: 3, azure: 3 } },
    at: { skillLevels: { gcp: 4 } },
    current: [3, 4],
    target: 4,
  },
  {
    milestone: 422,
    what: "linear algebra 3 vs 4",
    below: { skillLevels: { "linear-algebra": 3 } },
    at: { skillLevels: { "linear-algebra": 4 } },
    current: [3, 4],
    target: 4,
  },
  {
    milestone: 423,
    what: "quantum ML frameworks 1 vs 2",
    below: { skillLevels: { "quantum-ml-frameworks": 1, "quantum-computing": 4 } },
    at: { skillLevels: { "quantum-ml-frameworks": 2 } },
    current: [1, 2],
    target: 2,
  },
  // Hours: whole hours only
  {
    milestone: 106,
    what: "1199 vs 1200 minutes",
    below: { minutesLogged: 1199 },
    at: { minutesLogged: 1200 },
    current: [19, 20],
    target: 20,
  },
  {
    milestone: 209,
    what: "8999 vs 9000 minutes",
    below: { minutesLogged: 8999 },
    at: { minutesLogged: 9000 },
    current: [149, 150],
    target: 150,
  },
  {
    milestone: 310,
    what: "29999 vs 30000 minutes",
    below: { minutesLogged: 29_999 },
    at: { minutesLogged: 30_000 },
    current: [499, 500],
    target: 500,
  },
  // Projects
  {
    milestone: 107,
    what: "five ideas vs one building",
    below: { projects: [project({ status: "idea", withRepo: true, count: 5 })] },
    at: { projects: [project({ status: "building", count: 1 })] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 107,
    what: "five ideas vs one shipped",
    below: { projects: [project({ status: "idea", count: 5 })] },
    at: { projects: [project({ status: "shipped", count: 1 })] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 207,
    what: "one shipped with a repo and one without vs two with",
    below: {
      projects: [
        project({ withRepo: true, count: 1 }),
        project({ withRepo: false, count: 1 }),
        project({ status: "building", withRepo: true, count: 3 }),
      ],
    },
    at: {
      projects: [
        project({ withRepo: true, count: 1 }),
        project({ withRepo: true, openSource: true, track: "mlops", count: 1 }),
      ],
    },
    current: [1, 2],
    target: 2,
  },
  {
    milestone: 305,
    what: "3 shipped (and building ones) vs 4 shipped",
    below: {
      projects: [
        project({ withRepo: true, count: 2 }),
        project({ count: 1 }),
        project({ status: "building", count: 4 }),
      ],
    },
    at: {
      projects: [
        project({ withRepo: true, count: 2 }),
        project({ count: 1 }),
        project({ openSource: true, track: "quantum-ml", count: 1 }),
      ],
    },
    current: [3, 4],
    target: 4,
  },
  {
    milestone: 306,
    what: "shipped closed-source and an open-source one still building vs shipped open-source",
    below: {
      projects: [
        project({ withRepo: true, count: 5 }),
        project({ status: "building", openSource: true, count: 2 }),
      ],
    },
    at: { projects: [project({ openSource: true, count: 1 })] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 405,
    what: "shipped for another track and MLOps still building vs MLOps shipped",
    below: {
      projects: [
        project({ track: "responsible-ai", count: 3 }),
        project({ status: "building", track: "mlops", count: 1 }),
        project({ count: 2 }),
      ],
    },
    at: { projects: [project({ track: "mlops", count: 1 })] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 414,
    what: "MLOps shipped vs model audit shipped",
    below: {
      projects: [
        project({ track: "mlops", count: 2 }),
        project({ status: "idea", track: "responsible-ai", count: 1 }),
      ],
    },
    at: { projects: [project({ track: "responsible-ai", count: 1 })] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 425,
    what: "quantum building vs quantum shipped",
    below: { projects: [project({ status: "building", track: "quantum-ml", count: 3 })] },
    at: { projects: [project({ track: "quantum-ml", count: 1 })] },
    current: [0, 1],
    target: 1,
  },
  // Certifications (the evidence already holds only earned, unexpired ones)
  {
    milestone: 208,
    what: "none vs one",
    below: {},
    at: { certifications: [{ skills: [], count: 1 }] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 307,
    what: "one vs two",
    below: { certifications: [{ skills: ["aws"], count: 1 }] },
    at: {
      certifications: [
        { skills: ["aws"], count: 1 },
        { skills: [], count: 1 },
      ],
    },
    current: [1, 2],
    target: 2,
  },
  {
    milestone: 406,
    what: "non-cloud certifications vs one covering Google Cloud",
    below: {
      certifications: [
        { skills: ["python", "pytorch"], count: 3 },
        { skills: [], count: 2 },
      ],
    },
    at: { certifications: [{ skills: ["gcp"], count: 1 }] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 406,
    what: "non-cloud certifications vs one covering SQL and Azure",
    below: { certifications: [{ skills: ["sql"], count: 1 }] },
    at: { certifications: [{ skills: ["sql", "azure"], count: 1 }] },
    current: [0, 1],
    target: 1,
  },
  // Papers
  {
    milestone: 308,
    what: "23 vs 24 papers, any topic",
    below: {
      papersRead: [
        { topic: null, count: 20 },
        { topic: "quantum-ml", count: 3 },
      ],
    },
    at: {
      papersRead: [
        { topic: null, count: 20 },
        { topic: "quantum-ml", count: 3 },
        { topic: "vision", count: 1 },
      ],
    },
    current: [23, 24],
    target: 24,
  },
  {
    milestone: 415,
    what: "9 vs 10 responsible-AI papers",
    below: {
      papersRead: [
        { topic: "responsible-ai", count: 9 },
        { topic: null, count: 30 },
        { topic: "quantum-ml", count: 12 },
      ],
    },
    at: { papersRead: [{ topic: "responsible-ai", count: 10 }] },
    current: [9, 10],
    target: 10,
  },
  {
    milestone: 424,
    what: "11 vs 12 quantum papers",
    below: {
      papersRead: [
        { topic: "quantum-ml", count: 11 },
        { topic: "responsible-ai", count: 20 },
        { topic: null, count: 5 },
      ],
    },
    at: { papersRead: [{ topic: "quantum-ml", count: 12 }] },
    current: [11, 12],
    target: 12,
  },
  // Events
  {
    milestone: 309,
    what: "5 vs 6 events",
    below: { eventsAttended: 5 },
    at: { eventsAttended: 6 },
    current: [5, 6],
    target: 6,
  },
  // Attested
  {
    milestone: 210,
    what: "another milestone attested vs this one",
    below: { attested: [id(311)] },
    at: { attested: [id(210)] },
    current: [0, 1],
    target: 1,
  },
  {
    milestone: 311,
    what: "nothing attested vs this one",
    below: {},
    at: { attested: [id(311)] },
    current: [0, 1],
    target: 1,
  },
];

describe("where each milestone flips from unmet to met", () => {
  it.each(
    FLIPS.map(
      (f) => [`${f.milestone} ${milestone(f.milestone).criteria.kind}: ${f.what}`, f] as const,
    ),
  )("%s", (_name, f) => {
    const below = statusOf(run(ev(f.below)), f.milestone);
    const at = statusOf(run(ev(f.at)), f.milestone);
    expect(below.kind).toBe(milestone(f.milestone).criteria.kind);
    expect({ met: below.met, progress: below.progress }).toEqual({
      met: false,
      progress: { current: f.current[0], target: f.target },
    });
    expect({ met: at.met, progress: at.progress }).toEqual({
      met: true,
      progress: { current: f.current[1], target: f.target },
    });
  });

  it("covers every kind of milestone criteria", () => {
    const kinds = new Set(FLIPS.map((f) => milestone(f.milestone).criteria.kind));
    expect([...kinds].sort()).toEqual([
      "attested",
      "certifications",
      "events",
      "hours",
      "papers",
      "projects",
      "skill",
    ]);
  });

  it("one shipped project without a repository does not count toward 2 shipped projects with a repository", () => {
    const one = run(
      ev({
        projects: [project({ withRepo: true, count: 1 }), project({ withRepo: false, count: 1 })],
      }),
    );
    expect(statusOf(one, 207)).toMatchObject({ met: false, progress: { current: 1, target: 2 } });
    // Both still count as started and as shipped.
    expect(statusOf(one, 107).progress.current).toBe(2);
    expect(statusOf(one, 305).progress.current).toBe(2);
  });

  it("a verified milestone counts as met even without evidence, and only that one", () => {
    for (const m of MILESTONES) {
      const p = run(ev({ verified: [m.id] }));
      const s = statusOf(p, Number(m.id.slice(-3)));
      expect({ id: m.id, met: s.met, verified: s.verified, attested: s.attested }).toEqual({
        id: m.id,
        met: true,
        verified: true,
        attested: false,
      });
      expect(metIds(p)).toEqual([m.id]);
      // Verification does not invent evidence for milestones measured from records.
      if (m.criteria.kind !== "attested") expect(s.progress.current).toBe(0);
    }
  });

  it("attested ids only mark attested milestones met", () => {
    const p = run(ev({ attested: MILESTONES.map((m) => m.id) }));
    expect(metIds(p)).toEqual([id(210), id(311)]);
    for (const s of p.milestones) expect(s.attested).toBe(true);
    expect(statusOf(p, 101).progress).toEqual({ current: 0, target: 2 });
  });

  it("a withdrawn attestation is unmet again", () => {
    expect(statusOf(run(ev({ attested: [id(210)] })), 210).met).toBe(true);
    expect(statusOf(run(ev({ attested: [] })), 210).met).toBe(false);
  });
});

// ── Tiers ───────────────────────────────────────────────────────────────────

const tierName = (n: number) => TIERS.find((t) => t.number === n)!.name;

describe("tiers", () => {
  it("a learner with no evidence holds tier 0, Getting started, working toward tier 1", () => {
    const p = run(ev());
    expect(p.tier).toEqual({ number: 0, name: "Getting started" });
    expect(p.nextTier).toEqual({ number: 1, name: "Foundations" });
    expect(p.track).toBeNull();
    expect(p.milestones).toHaveLength(MILESTONES.length);
    expect(metIds(p)).toEqual([]);
    expect(p.nextSteps.map((m) => m.id)).toEqual(core(1).map((m) => m.id));
    expect(p.towardNext).toBe(0);
  });

  it.each([1, 2, 3])("the minimal evidence for tiers 1..%i holds exactly that tier", (n) => {
    const e = reach(n);
    const p = run(e);
    expect(p.tier).toEqual({ number: n, name: tierName(n) });
    expect(p.nextTier).toEqual({ number: n + 1, name: tierName(n + 1) });
    for (const m of coreUpTo(n))
      expect(statusOf(p, Number(m.id.slice(-3))).met, m.title).toBe(true);
    // Minimal: the next tier is not reached by accident.
    expect(p.nextSteps.length).toBeGreaterThan(0);
  });

  it.each([1, 2, 3])(
    "removing the evidence of any single tier-%i milestone drops back to the tier below",
    (n) => {
      const full = reach(n);
      for (const m of core(n)) {
        const e = withoutEvidenceFor(full, m);
        const p = run(e);
        const s = statusOf(p, Number(m.id.slice(-3)));
        // Exactly one unit short on this milestone, and every other milestone of tiers ≤ n still met.
        expect(s.progress.current, m.title).toBe(s.progress.target - 1);
        expect(s.met, m.title).toBe(false);
        expect(
          p.milestones.filter((x) => x.tier <= n && !x.track && !x.met).map((x) => x.title),
          m.title,
        ).toEqual([m.title]);
        expect(p.tier, m.title).toEqual(
          n === 1
            ? { number: 0, name: "Getting started" }
            : { number: n - 1, name: tierName(n - 1) },
        );
        expect(
          p.nextSteps.map((x) => x.id),
          m.title,
        ).toEqual([m.id]);
        // A coach's verification fills the gap.
        expect(run({ ...e, verified: [m.id] }).tier.number, m.title).toBe(n);
      }
    },
  );

  it("tiers are cumulative: every tier-2 milestone met but tier 1's calculus missing holds tier 0", () => {
    const e = withoutEvidenceFor(reach(2), milestone(103));
    expect(statusOf(run(e), 103).met).toBe(false);
    for (const m of core(2))
      expect(statusOf(run(e), Number(m.id.slice(-3))).met, m.title).toBe(true);
    expect(run(e).tier.number).toBe(0);
  });

  it("the top tier without a track stays at tier 3 working toward Specialist", () => {
    const p = run(reach(3));
    expect(p.tier).toEqual({ number: 3, name: "Experienced ML engineer" });
    expect(p.nextTier).toEqual({ number: 4, name: "Specialist" });
    expect(p.track).toBeNull();
  });
});

describe("tier 4: tier 3 plus a complete track", () => {
  describe.each(TRACK_SLUGS)("track %s", (slug) => {
    const withTrack = satisfy(reach(3), ofTrack(slug));

    it("gives tier 4 with that track, whatever the learner targets", () => {
      for (const target of [null, slug, ...TRACK_SLUGS.filter((t) => t !== slug)]) {
        const p = run(withTrack, target);
        expect(p.tier, String(target)).toEqual({ number: 4, name: "Specialist" });
        expect(p.track, String(target)).toBe(slug);
        expect(p.nextTier).toBeNull();
        expect(p.nextSteps).toEqual([]);
        expect(p.towardNext).toBe(1);
      }
    });

    it("drops back to tier 3 when any one of the track's milestones is missing", () => {
      for (const m of ofTrack(slug)) {
        const e = withoutEvidenceFor(withTrack, m);
        const p = run(e, slug);
        expect(statusOf(p, Number(m.id.slice(-3))).met, m.title).toBe(false);
        expect(p.tier.number, m.title).toBe(3);
        expect(p.track, m.title).toBe(slug);
        expect(
          p.nextSteps.map((x) => x.id),
          m.title,
        ).toEqual([m.id]);
      }
    });

    it("a complete track without tier 3 does not give tier 4", () => {
      const trackOnly = satisfy(ev(), ofTrack(slug));
      for (const m of ofTrack(slug))
        expect(statusOf(run(trackOnly), Number(m.id.slice(-3))).met).toBe(true);
      expect(run(trackOnly).tier.number).toBe(0);
      expect(run(satisfy(reach(2), ofTrack(slug))).tier.number).toBe(2);
      const tier3MissingOne = satisfy(withoutEvidenceFor(reach(3), milestone(309)), ofTrack(slug));
      expect(run(tier3MissingOne, slug).tier.number).toBe(2);
    });
  });

  it("with two complete tracks, the targeted one is named", () => {
    const both = satisfy(satisfy(reach(3), ofTrack("mlops")), ofTrack("quantum-ml"));
    expect(run(both, "quantum-ml")).toMatchObject({ tier: { number: 4 }, track: "quantum-ml" });
    expect(run(both, "mlops")).toMatchObject({ tier: { number: 4 }, track: "mlops" });
  });
});

// ── Next steps ──────────────────────────────────────────────────────────────

describe("next steps", () => {
  it("are ordered nearest to done first", () => {
    // 15 of 20 hours (0.75) is nearer than Python 1 of 2 (0.5).
    const a = run(ev({ minutesLogged: 15 * 60, skillLevels: { python: 1 } }));
    expect(a.nextSteps.slice(0, 2).map((m) => m.id)).toEqual([id(106), id(101)]);
    // 5 of 20 hours (0.25) is farther than Python 1 of 2: the order follows progress, not the content.
    const b = run(ev({ minutesLogged: 5 * 60, skillLevels: { python: 1 } }));
    expect(b.nextSteps.slice(0, 2).map((m) => m.id)).toEqual([id(101), id(106)]);
    for (const p of [a, b]) {
      expect(p.nextSteps.map((m) => m.id).sort()).toEqual(
        core(1)
          .map((m) => m.id)
          .sort(),
      );
      expect(p.nextSteps.slice(2).every((m) => m.progress.current === 0)).toBe(true);
    }
  });

  it("hold only the unmet milestones of the next tier", () => {
    const e = satisfy(reach(1), [milestone(201)]);
    e.minutesLogged = 120 * 60; // 120 of 150 h: 0.8
    e.skillLevels["linear-algebra"] = 2; // 2 of 3: 0.67
    e.skillLevels.probability = 2;
    e.skillLevels.sql = 1; // 1 of 2: 0.5
    e.skillLevels.python = 4; // tier 3's Python is met, but tier 3 is not next
    e.eventsAttended = 3; // tier 3 only
    const p = run(e);
    expect(p.tier.number).toBe(1);
    const steps = p.nextSteps.map((m) => Number(m.id.slice(-3)));
    expect(steps.slice(0, 4)).toEqual([209, 205, 206, 203]);
    expect([...steps].sort()).toEqual([202, 203, 204, 205, 206, 207, 208, 209, 210]);
    expect(p.nextSteps.every((m) => m.tier === 2 && !m.met)).toBe(true);
    const ratios = p.nextSteps.map((m) => m.progress.current / m.progress.target);
    expect(ratios).toEqual([...ratios].sort((x, y) => y - x));
    expect(p.towardNext).toBeCloseTo(1 / 10);
  });

  it("after tier 3 are the milestones of the targeted track, else of the track nearest to done", () => {
    const e = reach(3);
    e.skillLevels.fairness = 3;
    e.skillLevels.interpretability = 2;
    const targeted = run(e, "quantum-ml");
    expect(targeted.track).toBe("quantum-ml");
    expect(targeted.nextSteps.map((m) => m.id).sort()).toEqual(
      ofTrack("quantum-ml")
        .map((m) => m.id)
        .sort(),
    );
    const untargeted = run(e, null);
    expect(untargeted.track).toBeNull();
    expect(untargeted.nextSteps.map((m) => Number(m.id.slice(-3)))).toEqual([412, 413, 414, 415]);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────

const milestoneIds = MILESTONES.map((m) => m.id);

const arbRawEvidence: fc.Arbitrary<Evidence> = fc.record({
  skillLevels: fc.dictionary(fc.constantFrom(...SKILL_SLUGS), fc.integer({ min: 0, max: 4 })),
  minutesLogged: fc.integer({ min: 0, max: 40_000 }),
  projects: fc.array(
    fc.record({
      status: fc.constantFrom("idea", "building", "shipped"),
      withRepo: fc.boolean(),
      openSource: fc.boolean(),
      track: fc.constantFrom(null, ...TRACK_SLUGS),
      count: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 6 },
  ),
  certifications: fc.array(
    fc.record({
      skills: fc.uniqueArray(fc.constantFrom(...SKILL_SLUGS), { maxLength: 3 }),
      count: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 4 },
  ),
  papersRead: fc.array(
    fc.record({
      topic: fc.constantFrom(null, "responsible-ai", "quantum-ml", "vision"),
      count: fc.integer({ min: 1, max: 15 }),
    }),
    { maxLength: 5 },
  ),
  eventsAttended: fc.integer({ min: 0, max: 10 }),
  attested: fc.subarray(milestoneIds),
  verified: fc.subarray(milestoneIds),
});

/** Merges evidence the way more records would: max levels, summed counts, united sets. */
function merge(a: Evidence, b: Evidence): Evidence {
  const skillLevels = { ...a.skillLevels };
  for (const [s, level] of Object.entries(b.skillLevels))
    skillLevels[s] = Math.max(skillLevels[s] ?? 0, level);
  return {
    skillLevels,
    minutesLogged: a.minutesLogged + b.minutesLogged,
    projects: [...a.projects, ...b.projects],
    certifications: [...a.certifications, ...b.certifications],
    papersRead: [...a.papersRead, ...b.papersRead],
    eventsAttended: a.eventsAttended + b.eventsAttended,
    attested: [...new Set([...a.attested, ...b.attested])],
    verified: [...new Set([...a.verified, ...b.verified])],
  };
}

/** Random evidence, often on top of the minimal evidence of some tier (or a track), so every tier shows up. */
const arbEvidence: fc.Arbitrary<Evidence> = fc.oneof(
  arbRawEvidence,
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(null, ...TRACK_SLUGS), arbRawEvidence)
    .map(([n, track, extra]) =>
      merge(track && n === 3 ? satisfy(reach(3), ofTrack(track)) : reach(n), extra),
    ),
);
const arbTarget = fc.constantFrom(null, ...TRACK_SLUGS);

describe("properties over arbitrary evidence", () => {
  it("the generators reach every tier", () => {
    const seen = new Set(
      fc.sample(arbEvidence, { numRuns: 200, seed: 42 }).map((e) => run(e).tier.number),
    );
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("(a) adding evidence never lowers the tier", () => {
    fc.assert(
      fc.property(arbEvidence, arbRawEvidence, arbTarget, (e, extra, target) => {
        const before = run(e, target).tier.number;
        expect(run(merge(e, extra), target).tier.number).toBeGreaterThanOrEqual(before);
        expect(run(merge(extra, e), target).tier.number).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it("(b) removing the added evidence gives the earlier answer: evaluate is pure and deterministic", () => {
    fc.assert(
      fc.property(arbEvidence, arbRawEvidence, arbTarget, (e, extra, target) => {
        const snapshot = structuredClone(e);
        const first = run(e, target);
        const merged = merge(e, extra);
        const mergedSnapshot = structuredClone(merged);
        run(merged, target);
        const again = run(e, target);
        const fresh = run(structuredClone(snapshot), target);
        // Deep comparisons by node first (fast); expect only to report a difference.
        if (!isDeepStrictEqual(merged, mergedSnapshot)) expect(merged).toEqual(mergedSnapshot);
        if (!isDeepStrictEqual(e, snapshot)) expect(e).toEqual(snapshot);
        if (!isDeepStrictEqual(again, first)) expect(again).toEqual(first);
        if (!isDeepStrictEqual(fresh, first)) expect(fresh).toEqual(first);
        expect(again.tier.number).toBe(first.tier.number);
      }),
      { numRuns: 150 },
    );
  });

  it("(c) met is always progress.current >= target or verified", () => {
    fc.assert(
      fc.property(arbEvidence, arbTarget, (e, target) => {
        const wrong = run(e, target).milestones.filter(
          (m) =>
            m.met !== (m.progress.current >= m.progress.target || m.verified) ||
            m.verified !== e.verified.includes(m.id) ||
            m.attested !== e.attested.includes(m.id),
        );
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("(d) the tier is the highest n with every milestone of tiers 1..n met (plus a complete track for 4)", () => {
    fc.assert(
      fc.property(arbEvidence, arbTarget, (e, target) => {
        const p = run(e, target);
        const met = new Set(metIds(p));
        const complete = (list: MilestoneContent[]) => list.every((m) => met.has(m.id));
        let expected = 0;
        while (expected < 3 && complete(core(expected + 1))) expected += 1;
        const doneTracks = TRACK_SLUGS.filter((t) => complete(ofTrack(t)));
        if (expected === 3 && doneTracks.length > 0) expected = 4;
        expect(p.tier.number).toBe(expected);
        expect(p.nextTier?.number ?? null).toBe(expected === 4 ? null : expected + 1);
        if (doneTracks.length > 0)
          expect(p.track).toBe(target && doneTracks.includes(target) ? target : doneTracks[0]);
        else expect(p.track).toBe(target);
        for (const s of p.nextSteps) expect(s.met).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
