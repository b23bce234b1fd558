import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { changePassword } from "@/lib/users/accounts";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.changePassword, async ({ actor, body, sessionToken }) => {
  await changePassword(actor, body, sessionToken);
  return { status: 204 };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
