import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { confirmPasswordReset } from "@/lib/auth/password-reset";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.confirmPasswordReset, async ({ body }) => {
  await confirmPasswordReset(body);
  return { status: 204 };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
