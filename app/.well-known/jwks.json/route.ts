import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { linkOrigin } from "@/lib/auth/password-reset";
import { jwkSet } from "@/lib/badges/keys";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.jwks, async ({ request }) => ({
  body: await jwkSet(linkOrigin(request.headers, request.url)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
