import { z } from "zod";
import { MILESTONE_KINDS } from "@/db/enums";
import { PLAN_UNIT_VALUES } from "../../plan/plan";
import { op, type Operation } from "./operation";

const milestone = z.object({
  id: z.uuid(),
  tier: z.number().int(),
  track: z.string().nullable(),
  title: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  criteria: z.record(z.string(), z.unknown()),
});

export const tierRef = z.object({ number: z.number().int(), name: z.string() });
/** Also the answer for a mentee's progress (coaching.ts). */
export const progressOutput = z.object({
  tier: tierRef,
  nextTier: tierRef.nullable(),
  track: z.string().nullable(),
  milestones: z.array(
    z.object({
      id: z.uuid(),
      tier: z.number().int(),
      track: z.string().nullable(),
      title: z.string(),
      kind: z.string(),
      met: z.boolean(),
      attested: z.boolean(),
      verified: z.boolean(),
      progress: z.object({ current: z.number(), target: z.number() }),
    }),
  ),
});

/** The way to the caller's target track (docs/DECISIONS.md, "The plan to a target track"). */
export const planOutput = z.object({
  track: z.string().nullable(),
  steps: z.array(
    z.object({
      milestoneId: z.uuid(),
      title: z.string(),
      remaining: z.object({
        current: z.number(),
        target: z.number(),
        unit: z.enum(PLAN_UNIT_VALUES),
      }),
      estimateHours: z.number().nullable(),
    }),
  ),
  onTrack: z.boolean().nullable(),
  projectedDate: z.iso.date().nullable(),
});

/** The roadmap, and where the caller stands on it. */
export const roadmapOperations = {
  roadmap: op({
    method: "GET",
    path: "/api/v1/roadmap",
    summary: "Every tier, track, skill area and milestone of the roadmap",
    tag: "Roadmap",
    auth: "public",
    response: z.object({
      tiers: z.array(
        z.object({
          number: z.number().int(),
          name: z.string(),
          context: z.string(),
          milestones: z.array(milestone),
        }),
      ),
      tracks: z.array(
        z.object({
          slug: z.string(),
          name: z.string(),
          summary: z.string(),
          milestones: z.array(milestone),
        }),
      ),
      skillAreas: z.array(
        z.object({
          slug: z.string(),
          name: z.string(),
          skills: z.array(z.object({ slug: z.string(), name: z.string() })),
        }),
      ),
    }),
    errors: [],
  }),
  getProgress: op({
    method: "GET",
    path: "/api/v1/me/progress",
    summary: "Your tier, the next one, and every milestone's status and progress",
    tag: "Roadmap",
    auth: "user",
    response: progressOutput,
    errors: [401],
  }),
  getPlan: op({
    method: "GET",
    path: "/api/v1/me/plan",
    summary:
      "The unmet milestones on the way to your target track (or the next tier), in the order to take them, with the hours still to log and whether your target date holds",
    tag: "Roadmap",
    auth: "user",
    response: planOutput,
    errors: [401],
  }),
  setAttestation: op({
    method: "PUT",
    path: "/api/v1/me/milestones/{milestoneId}/attestation",
    summary: "Check off (or un-check) a milestone of the attested kind",
    tag: "Roadmap",
    auth: "user",
    params: z.object({ milestoneId: z.uuid({ error: "must be a UUID" }) }),
    body: z
      .object({
        attested: z.boolean({ error: "must be true or false" }),
        note: z.string().trim().max(1000, "must be at most 1000 characters").nullable().optional(),
      })
      .strict(),
    response: z.object({ milestoneId: z.uuid(), attested: z.boolean() }),
    errors: [400, 401, 404, 413, 422],
  }),
} satisfies Record<string, Operation>;
