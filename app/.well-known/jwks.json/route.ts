import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { linkOrigin } from "@/lib/auth/password-reset";
import { jwkSet } from "@/lib/badges/keys";

export const GET = apiRoute(operations.jwks, async ({ request }) => ({
  body: await jwkSet(linkOrigin(request.headers, request.url)),
}));
