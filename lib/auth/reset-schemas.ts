import { z } from "zod";
import { emailSchema, passwordSchema } from "../users/schemas";

export const passwordResetRequestInput = z.object({ email: emailSchema });

export const passwordResetAnswer = z.object({ message: z.string() });

/** Any other string is an unknown token (400), not a malformed field. */
export const resetTokenSchema = z
  .string({ error: "is required" })
  .min(1, "is required")
  .max(200, "is not a reset token");

export const passwordResetConfirmInput = z.object({
  token: resetTokenSchema,
  password: passwordSchema,
});
