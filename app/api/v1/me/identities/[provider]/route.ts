import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { unlinkIdentity } from "@/lib/auth/identities";

export const DELETE = apiRoute(operations.unlinkIdentity, async ({ actor, params }) => {
  await unlinkIdentity(actor, params.provider);
  return { status: 204 };
});
