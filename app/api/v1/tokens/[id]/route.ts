import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { revokeApiToken } from "@/lib/auth/tokens";
import { otherMethods } from "@/lib/api/methods";

export const DELETE = apiRoute(operations.revokeToken, async ({ actor, params }) => {
  await revokeApiToken(actor, params.id);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
