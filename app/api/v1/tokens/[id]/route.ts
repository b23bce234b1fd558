import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { revokeApiToken } from "@/lib/auth/tokens";

export const DELETE = apiRoute(operations.revokeToken, async ({ actor, params }) => {
  await revokeApiToken(actor, params.id);
  return { status: 204 };
});
