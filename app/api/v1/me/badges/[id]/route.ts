import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { revokeBadge } from "@/lib/badges/badges";
import { otherMethods } from "@/lib/api/methods";

export const DELETE = apiRoute(operations.revokeBadge, async ({ actor, params }) => {
  await revokeBadge(actor, params.id);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
