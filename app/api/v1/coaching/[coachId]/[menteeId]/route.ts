import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { endLink } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const DELETE = apiRoute(operations.endCoaching, async ({ actor, params }) => {
  await endLink(actor, params.coachId, params.menteeId);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
