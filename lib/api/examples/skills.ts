import { type OperationExample, UPDATED } from "./shared";

/** The examples of the operations in operations/skills.ts, by operationId. */
export const skillExamples: Record<string, OperationExample> = {
  listSkills: {
    response: {
      items: [
        { skill: "python", level: 3, updatedAt: UPDATED },
        { skill: "pytorch", level: 0, updatedAt: null },
      ],
      nextCursor: null,
    },
  },
  setSkill: { request: { level: 3 }, response: { skill: "python", level: 3, updatedAt: UPDATED } },
};
