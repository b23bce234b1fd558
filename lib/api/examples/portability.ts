import { profile } from "./accounts";
import { JWT } from "./badges";
import { resource } from "./notes";
import { RECORD_SAMPLES } from "./records";
import { type OperationExample, RECORD, CREATED, UPDATED, stamps } from "./shared";

/** The examples of the operations in operations/portability.ts, by operationId. */
export const portabilityExamples: Record<string, OperationExample> = {
  exportMe: {
    response: {
      format: "epoch-export",
      version: 1,
      exportedAt: UPDATED,
      account: { name: "Ada Lovelace", email: "ada@example.com" },
      profile,
      skills: [{ skill: "python", level: 3, updatedAt: UPDATED }],
      skillHistory: [{ skill: "python", level: 3, changedAt: UPDATED }],
      activities: [{ ...RECORD_SAMPLES.Activities!.create, ...stamps }],
      certifications: [],
      projects: [{ ...RECORD_SAMPLES.Projects!.create, ...stamps }],
      papers: [],
      events: [],
      notes: [
        {
          subjectType: "skill",
          subjectId: "pytorch",
          body: "Start with the **60-minute blitz**, then the data loading tutorial.",
          createdAt: CREATED,
          updatedAt: UPDATED,
        },
      ],
      resources: [resource],
      badges: [
        {
          id: "4f2a8c1e-7b3d-4e9f-a6c2-8d1e5b7f3a90",
          tier: 2,
          track: null,
          issuedAt: CREATED,
          revokedAt: null,
          jwt: JWT,
        },
      ],
    },
  },
  importMe: {
    request: {
      format: "epoch-export",
      version: 1,
      exportedAt: UPDATED,
      skills: [{ skill: "python", level: 3, updatedAt: UPDATED }],
      activities: [
        {
          id: RECORD,
          date: "2026-03-14",
          minutes: 90,
          kind: "course",
          title: "Fast.ai lesson 3: neural network foundations",
        },
      ],
    },
    response: {
      activities: 1,
      certifications: 0,
      projects: 0,
      papers: 0,
      events: 0,
      skills: 1,
      skillHistory: 0,
      notes: 0,
      resources: 0,
      message: "Added 1 activity and 1 skill level.",
    },
  },
  deleteMe: { request: { password: "correct horse battery" } },
};
