import { z } from "zod";
import {
  changePasswordInput,
  meOutput,
  registerInput,
  registerOutput,
  updateMeInput,
} from "../users/schemas";

/**
 * Every JSON API operation: its path, who may call it, and the zod schemas of
 * its input and output. Route handlers take their operation from here, and the
 * OpenAPI document is generated from this list, so the two cannot drift.
 */
export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  summary: string;
  tag: string;
  auth: "user" | "public";
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
  /** The success status. */
  status?: number;
  /** The error statuses this operation can answer, besides 500 and 503. */
  errors: number[];
};

const op = <O extends Operation>(o: O) => o;

const idParams = z.object({ id: z.uuid({ error: "must be a UUID" }) });

export const tokenCreateInput = z.object({
  email: z.string({ error: "is required" }).trim().min(1, "is required").max(254, "is too long"),
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(100, "must be at most 100 characters"),
});

const tokenSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});

const milestone = z.object({
  id: z.uuid(),
  tier: z.number(),
  track: z.string().nullable(),
  title: z.string(),
  kind: z.enum(["skill", "hours", "projects", "certifications", "papers", "events", "attested"]),
  criteria: z.record(z.string(), z.unknown()),
});

export const operations = {
  health: op({
    method: "GET",
    path: "/api/v1/health",
    summary: "Liveness and database reachability",
    tag: "Public",
    auth: "public",
    response: z.object({ ok: z.boolean(), db: z.enum(["up", "down"]) }),
    errors: [],
  }),
  openapi: op({
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "Public",
    auth: "public",
    errors: [],
  }),
  register: op({
    method: "POST",
    path: "/api/v1/register",
    summary: "Create an account",
    tag: "Accounts",
    auth: "public",
    body: registerInput,
    response: registerOutput,
    status: 201,
    errors: [400, 409, 413, 422],
  }),
  createToken: op({
    method: "POST",
    path: "/api/v1/tokens",
    summary: "Create a personal access token (shown once)",
    tag: "Accounts",
    auth: "public",
    body: tokenCreateInput,
    response: z.object({ id: z.uuid(), name: z.string(), token: z.string() }),
    status: 201,
    errors: [400, 401, 413, 422, 429],
  }),
  listTokens: op({
    method: "GET",
    path: "/api/v1/tokens",
    summary: "The caller's personal access tokens",
    tag: "Accounts",
    auth: "user",
    response: z.object({ items: z.array(tokenSummary) }),
    errors: [401],
  }),
  revokeToken: op({
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    summary: "Revoke a token; it stops working at once",
    tag: "Accounts",
    auth: "user",
    params: idParams,
    status: 204,
    errors: [401, 404, 422],
  }),
  getMe: op({
    method: "GET",
    path: "/api/v1/me",
    summary: "The caller and their profile",
    tag: "Accounts",
    auth: "user",
    response: meOutput,
    errors: [401],
  }),
  updateMe: op({
    method: "PATCH",
    path: "/api/v1/me",
    summary: "Change the name or profile fields",
    tag: "Accounts",
    auth: "user",
    body: updateMeInput,
    response: meOutput,
    errors: [400, 401, 409, 413, 422],
  }),
  changePassword: op({
    method: "POST",
    path: "/api/v1/me/password",
    summary: "Change the password; every other session ends",
    tag: "Accounts",
    auth: "user",
    body: changePasswordInput,
    status: 204,
    errors: [400, 401, 413, 422],
  }),
  roadmap: op({
    method: "GET",
    path: "/api/v1/roadmap",
    summary: "Every tier, track, skill area and milestone of the roadmap",
    tag: "Roadmap",
    auth: "public",
    response: z.object({
      tiers: z.array(z.object({ number: z.number(), name: z.string(), context: z.string(), milestones: z.array(milestone) })),
      tracks: z.array(z.object({ slug: z.string(), name: z.string(), summary: z.string(), milestones: z.array(milestone) })),
      skillAreas: z.array(
        z.object({ slug: z.string(), name: z.string(), skills: z.array(z.object({ slug: z.string(), name: z.string() })) }),
      ),
    }),
    errors: [],
  }),
} satisfies Record<string, Operation>;
