import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { setSkillLevel } from "@/lib/skills/ratings";
import { otherMethods } from "@/lib/api/methods";

export const PUT = apiRoute(operations.setSkill, async ({ actor, params, body }) => ({
  body: await setSkillLevel(actor, params.skillSlug, body.level),
}));

export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
