import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { clientKeyFrom } from "@/lib/auth/credentials";
import { linkOrigin, requestPasswordReset, resetRequestAnswer } from "@/lib/auth/password-reset";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.requestPasswordReset, async ({ body, request }) => {
  await requestPasswordReset({
    email: body.email,
    client: clientKeyFrom(request.headers),
    origin: linkOrigin(request.headers, request.url),
  });
  return { status: 202, body: { message: resetRequestAnswer() } };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
