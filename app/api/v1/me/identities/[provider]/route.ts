import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { unlinkIdentity } from "@/lib/auth/identities";
import { otherMethods } from "@/lib/api/methods";

export const DELETE = apiRoute(operations.unlinkIdentity, async ({ actor, params }) => {
  await unlinkIdentity(actor, params.provider);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
