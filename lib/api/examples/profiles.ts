import { profile } from "./accounts";
import { tier1 } from "./roadmap";
import { type OperationExample, MILESTONE } from "./shared";

/** The examples of the operations in operations/profiles.ts, by operationId. */
export const profileExamples: Record<string, OperationExample> = {
  publicProfile: {
    response: {
      name: "Ada Lovelace",
      headline: profile.headline,
      slug: "ada-l",
      tier: tier1,
      track: "mlops",
      verifiedMilestones: [{ id: MILESTONE, title: "Python at level 2", tier: 1, track: null }],
      shippedProjects: [
        {
          title: "Drift monitor for a churn model",
          summary: "Weekly data-drift report with Evidently.",
          repoUrl: "https://github.com/example/drift-monitor",
          demoUrl: null,
          openSource: true,
          track: "mlops",
          verified: true,
        },
      ],
      earnedCertifications: [],
    },
  },
};
