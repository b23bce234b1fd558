import { z } from "zod";
import { op, type Operation } from "./operation";

/** The service itself: is it up, and what it offers. */
export const serviceOperations = {
  health: op({
    method: "GET",
    path: "/api/v1/health",
    summary: "Liveness and database reachability",
    tag: "Public",
    auth: "public",
    response: z.object({ ok: z.boolean(), db: z.enum(["up", "down"]) }),
    errors: [],
    unavailableLikeResponse: true,
  }),
  openapi: op({
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "Public",
    auth: "public",
    response: z.looseObject({
      openapi: z.string(),
      info: z.looseObject({ title: z.string(), version: z.string() }),
      paths: z.record(z.string(), z.looseObject({})),
    }),
    errors: [],
  }),
} satisfies Record<string, Operation>;
