import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { clientKeyFrom } from "@/lib/auth/credentials";
import { startEmailVerification } from "@/lib/auth/email-verification";
import { linkOrigin } from "@/lib/auth/password-reset";
import { reserveRegistration } from "@/lib/auth/throttle";
import { registerUser } from "@/lib/users/accounts";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.register, async ({ body, request }) => {
  // Counted before the password is hashed: each registration costs one argon2 hash.
  await reserveRegistration(clientKeyFrom(request.headers));
  const user = await registerUser(body);
  startEmailVerification(user.id, linkOrigin(request.headers, request.url));
  return { status: 201, body: { user } };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
