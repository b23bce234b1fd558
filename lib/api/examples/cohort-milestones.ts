import { type OperationExample, MILESTONE } from "./shared";

const cohortMilestone = {
  id: MILESTONE,
  title: "Ship a model behind an API",
  description: "Any model, any framework; a public URL we can call.",
  kind: "project",
  criteria: { count: 1 },
  dueOn: "2026-06-30",
};

/** The examples of the operations in operations/cohort-milestones.ts, by operationId. */
export const cohortMilestoneExamples: Record<string, OperationExample> = {
  listCohortMilestones: {
    response: {
      items: [{ ...cohortMilestone, completion: { met: false, attested: false } }],
      nextCursor: null,
    },
  },
  createCohortMilestone: {
    request: {
      title: cohortMilestone.title,
      description: cohortMilestone.description,
      kind: "project",
      criteria: { count: 1 },
      dueOn: "2026-06-30",
    },
    response: { ...cohortMilestone, completion: { done: 0, of: 12 } },
  },
  updateCohortMilestone: {
    request: { dueOn: "2026-07-15" },
    response: { ...cohortMilestone, dueOn: "2026-07-15" },
  },
  deleteCohortMilestone: {},
  setCohortMilestoneAttestation: {
    request: { attested: true },
    response: {
      ...cohortMilestone,
      kind: "attested",
      criteria: {},
      completion: { met: true, attested: true },
    },
  },
};
