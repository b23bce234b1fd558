import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { clientKeyFrom, verifyCredentials } from "@/lib/auth/credentials";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";

export const POST = apiRoute(operations.createToken, async ({ body, request }) => {
  const user = await verifyCredentials({
    email: body.email,
    password: body.password,
    client: clientKeyFrom(request.headers),
  });
  const { id, name, token } = await createApiToken(user.id, body.name);
  return { status: 201, body: { id, name, token } };
});

export const GET = apiRoute(operations.listTokens, async ({ actor }) => ({
  body: { items: await listApiTokens(actor) },
}));
