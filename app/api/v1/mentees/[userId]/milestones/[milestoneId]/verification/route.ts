import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { setMilestoneVerification } from "@/lib/coaching/coaching";

export const PUT = apiRoute(operations.verifyMilestone, async ({ actor, params, body }) => {
  const v = await setMilestoneVerification(actor, params.userId, params.milestoneId, body);
  return { body: { ...v, verifiedAt: v.verifiedAt?.toISOString() ?? null } };
});
