import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listSkillRatings } from "@/lib/skills/ratings";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listSkills, async ({ actor, query }) => ({
  body: await listSkillRatings(actor, query),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
