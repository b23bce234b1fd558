import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { confirmPasswordReset } from "@/lib/auth/password-reset";

export const POST = apiRoute(operations.confirmPasswordReset, async ({ body }) => {
  await confirmPasswordReset(body);
  return { status: 204 };
});
