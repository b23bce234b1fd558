import { type OperationExample, MILESTONE } from "./shared";

export const tier1 = { number: 1, name: "Foundations" };
export const tier2 = { number: 2, name: "Practitioner" };
export const progress = {
  tier: tier1,
  nextTier: tier2,
  track: "mlops",
  milestones: [
    {
      id: MILESTONE,
      tier: 2,
      track: null,
      title: "Log 100 hours of study",
      kind: "hours",
      met: false,
      attested: false,
      verified: false,
      progress: { current: 42.5, target: 100 },
    },
  ],
};

/** The examples of the operations in operations/roadmap.ts, by operationId. */
export const roadmapExamples: Record<string, OperationExample> = {
  roadmap: {
    response: {
      tiers: [
        {
          number: 1,
          name: "Foundations",
          context: "Programming, mathematics and data basics.",
          milestones: [
            {
              id: MILESTONE,
              tier: 1,
              track: null,
              title: "Python at level 2",
              kind: "skill",
              criteria: { skill: "python", level: 2 },
            },
          ],
        },
      ],
      tracks: [
        {
          slug: "mlops",
          name: "MLOps",
          summary: "Deploying, monitoring and maintaining models in production.",
          milestones: [],
        },
      ],
      skillAreas: [
        { slug: "programming", name: "Programming", skills: [{ slug: "python", name: "Python" }] },
      ],
    },
  },
  getProgress: { response: progress },
  getPlan: {
    response: {
      track: "mlops",
      steps: [
        {
          milestoneId: MILESTONE,
          title: "Log 100 hours of study",
          remaining: { current: 42.5, target: 100, unit: "hours" },
          estimateHours: 57.5,
        },
      ],
      onTrack: true,
      projectedDate: "2026-11-02",
    },
  },
  setAttestation: {
    request: { attested: true, note: "Presented it at the team demo." },
    response: { milestoneId: MILESTONE, attested: true },
  },
};
