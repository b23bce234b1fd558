import { z } from "zod";
import { listQuery, pageOf } from "../../pagination";
import { op, type Operation } from "./operation";

const skillRating = z
  .object({
    skill: z.string(),
    level: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "SkillRating" });

/** The caller's skill ratings. */
export const skillOperations = {
  listSkills: op({
    method: "GET",
    path: "/api/v1/me/skills",
    summary: "Your level on every skill (0 when never rated), in the roadmap's order",
    tag: "Roadmap",
    auth: "user",
    query: listQuery,
    response: pageOf(skillRating),
    errors: [401, 422],
  }),
  setSkill: op({
    method: "PUT",
    path: "/api/v1/me/skills/{skillSlug}",
    summary: "Rate a skill 0–4; kept in the history",
    tag: "Roadmap",
    auth: "user",
    params: z.object({ skillSlug: z.string().max(100) }),
    body: z.object({
      level: z
        .number({ error: "must be a number from 0 to 4" })
        .int("must be a whole number")
        .min(0, "must be 0 to 4")
        .max(4, "must be 0 to 4"),
    }),
    response: skillRating,
    errors: [400, 401, 404, 413, 422],
  }),
} satisfies Record<string, Operation>;
