import type { OperationExample } from "./shared";

/** The examples of the operations in operations/service.ts, by operationId. */
export const serviceExamples: Record<string, OperationExample> = {
  health: { response: { ok: true, db: "up" } },
  openapi: {
    response: {
      openapi: "3.1.0",
      info: { title: "Epoch API", version: "1" },
      paths: {
        "/api/v1/health": {
          get: { operationId: "health", summary: "Liveness and database reachability" },
        },
      },
    },
  },
};
