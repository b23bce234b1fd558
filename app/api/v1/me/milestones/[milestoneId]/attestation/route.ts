import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { setAttestation } from "@/lib/progress/progress";
import { otherMethods } from "@/lib/api/methods";

export const PUT = apiRoute(operations.setAttestation, async ({ actor, params, body }) => ({
  body: await setAttestation(actor, params.milestoneId, body),
}));

export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
