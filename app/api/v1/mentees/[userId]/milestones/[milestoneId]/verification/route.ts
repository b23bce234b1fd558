import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { setMilestoneVerification } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const PUT = apiRoute(operations.verifyMilestone, async ({ actor, params, body }) => {
  const v = await setMilestoneVerification(actor, params.userId, params.milestoneId, body);
  return { body: { ...v, verifiedAt: v.verifiedAt?.toISOString() ?? null } };
});

export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
