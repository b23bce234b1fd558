import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listSkillRatings } from "@/lib/skills/ratings";

export const GET = apiRoute(operations.listSkills, async ({ actor, query }) => ({
  body: await listSkillRatings(actor, query),
}));
