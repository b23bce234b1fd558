import { todayIn } from "../dates";
import { ownDataOf, type Actor } from "../policy";
import { assess, contentOf } from "../progress/progress";
import { getRoadmap } from "../roadmap/queries";
import { getMe } from "../users/accounts";
import { computePlan, type Plan } from "./plan";

/**
 * The caller's own plan (GET /api/v1/me/plan): one evaluation, as for their progress, and the
 * pure rules of plan.ts over it. The dashboard does not come here: it computes the plan from
 * the evaluation it already has, inside its cached data (lib/dashboard/dashboard.ts).
 */
export async function getMyPlan(actor: Actor | null): Promise<Plan> {
  ownDataOf(actor, "profile", "read");
  const me = await getMe(actor);
  const { timezone, targetTrack, targetDate, weeklyHoursGoal } = me.profile;
  const [roadmap, { progress, evidence }] = await Promise.all([
    getRoadmap(),
    assess(me.id, timezone, targetTrack),
  ]);
  return computePlan(contentOf(roadmap), progress, evidence.skillLevels, {
    targetTrack,
    targetDate,
    weeklyHoursGoal,
    today: todayIn(timezone),
  });
}
