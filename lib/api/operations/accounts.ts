import { z } from "zod";
import {
  passwordResetAnswer,
  passwordResetConfirmInput,
  passwordResetRequestInput,
} from "../../auth/reset-schemas";
import {
  changePasswordInput,
  meOutput,
  registerInput,
  registerOutput,
  updateMeInput,
} from "../../users/schemas";
import { listQuery, pageOf } from "../../pagination";
import { idParams, op, type Operation } from "./operation";

export const tokenCreateInput = z.object({
  email: z.string({ error: "is required" }).trim().min(1, "is required").max(254, "is too long"),
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "is too long"),
  name: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters"),
});

const tokenSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ApiToken" });

/** Signing up, personal access tokens, the caller's own account and password. */
export const accountOperations = {
  register: op({
    method: "POST",
    path: "/api/v1/register",
    summary: "Create an account",
    tag: "Accounts",
    auth: "public",
    body: registerInput,
    response: registerOutput,
    status: 201,
    errors: [400, 409, 413, 422, 429],
  }),
  createToken: op({
    method: "POST",
    path: "/api/v1/tokens",
    summary:
      "Create a personal access token (shown once); an account with no password creates tokens in Settings",
    tag: "Accounts",
    auth: "public",
    body: tokenCreateInput,
    response: z.object({ id: z.uuid(), name: z.string(), token: z.string() }),
    status: 201,
    errors: [400, 401, 413, 422, 429],
  }),
  listTokens: op({
    method: "GET",
    path: "/api/v1/tokens",
    summary: "The caller's personal access tokens, newest first",
    tag: "Accounts",
    auth: "user",
    query: listQuery,
    response: pageOf(tokenSummary),
    errors: [401, 422],
  }),
  revokeToken: op({
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    summary: "Revoke a token; it stops working at once",
    tag: "Accounts",
    auth: "user",
    params: idParams,
    status: 204,
    errors: [401, 404, 422],
  }),
  getMe: op({
    method: "GET",
    path: "/api/v1/me",
    summary: "The caller and their profile",
    tag: "Accounts",
    auth: "user",
    response: meOutput,
    errors: [401],
  }),
  updateMe: op({
    method: "PATCH",
    path: "/api/v1/me",
    summary: "Change the name or profile fields",
    tag: "Accounts",
    auth: "user",
    body: updateMeInput,
    response: meOutput,
    errors: [400, 401, 409, 413, 422],
  }),
  changePassword: op({
    method: "POST",
    path: "/api/v1/me/password",
    summary:
      "Change the password; every other session and every personal access token ends (an account with no password answers 422: a reset link sets the first one)",
    tag: "Accounts",
    auth: "user",
    body: changePasswordInput,
    status: 204,
    errors: [400, 401, 413, 422],
  }),
  requestPasswordReset: op({
    method: "POST",
    path: "/api/v1/password-reset",
    summary:
      "Ask for a password reset link by email; the same answer whether or not the email has an account",
    tag: "Accounts",
    auth: "public",
    body: passwordResetRequestInput,
    response: passwordResetAnswer,
    status: 202,
    errors: [400, 413, 422, 429],
  }),
  confirmPasswordReset: op({
    method: "POST",
    path: "/api/v1/password-reset/confirm",
    summary:
      "Set a new password with a reset token (once, within an hour); every session and personal access token of the account ends",
    tag: "Accounts",
    auth: "public",
    body: passwordResetConfirmInput,
    status: 204,
    errors: [400, 413, 422],
  }),
} satisfies Record<string, Operation>;
