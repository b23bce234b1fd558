import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { clientKeyFrom, verifyCredentials } from "@/lib/auth/credentials";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import { otherMethods } from "@/lib/api/methods";

/**
 * The same answer for an unknown email, a wrong password and an account with no password (so it
 * tells nobody which accounts exist), saying what a provider-only account does instead.
 */
const REFUSED =
  "The email or password is incorrect. An account that signs in through an identity provider has no password: create a token in Settings while signed in, or set a password first (POST /api/v1/password-reset).";

export const POST = apiRoute(operations.createToken, async ({ body, request }) => {
  const user = await verifyCredentials({
    email: body.email,
    password: body.password,
    client: clientKeyFrom(request.headers),
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "unauthorized")
      throw new AppError("unauthorized", REFUSED);
    throw error;
  });
  const { id, name, token } = await createApiToken(user.id, body.name);
  return { status: 201, body: { id, name, token } };
});

export const GET = apiRoute(operations.listTokens, async ({ actor, query }) => ({
  body: await listApiTokens(actor, query),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
