import { type OperationExample, ITEM, CREATED, UPDATED } from "./shared";

export const resource = {
  id: ITEM,
  subjectType: "skill",
  subjectId: "pytorch",
  title: "PyTorch: Learn the Basics",
  url: "https://pytorch.org/tutorials/beginner/basics/intro.html",
  done: false,
  sharedWithCoach: true,
  createdAt: CREATED,
  updatedAt: UPDATED,
};

/** The examples of the operations in operations/notes.ts, by operationId. */
export const noteExamples: Record<string, OperationExample> = {
  getNote: {
    response: {
      subjectType: "skill",
      subjectId: "pytorch",
      body: "Start with the **60-minute blitz**, then the data loading tutorial.",
      updatedAt: UPDATED,
    },
  },
  putNote: {
    request: { body: "Start with the **60-minute blitz**, then the data loading tutorial." },
    response: {
      subjectType: "skill",
      subjectId: "pytorch",
      body: "Start with the **60-minute blitz**, then the data loading tutorial.",
      updatedAt: UPDATED,
    },
  },
  listResources: { response: { items: [resource], nextCursor: null } },
  createResource: {
    request: {
      id: ITEM,
      subjectType: "skill",
      subjectId: "pytorch",
      title: resource.title,
      url: resource.url,
      sharedWithCoach: true,
    },
    response: resource,
  },
  getResource: { response: resource },
  updateResource: { request: { done: true }, response: { ...resource, done: true } },
  deleteResource: {},
  menteeResources: {
    response: {
      items: [
        {
          id: ITEM,
          subjectType: "skill",
          subjectId: "pytorch",
          title: resource.title,
          url: resource.url,
          done: false,
          createdAt: CREATED,
          updatedAt: UPDATED,
        },
      ],
      nextCursor: null,
    },
  },
};
