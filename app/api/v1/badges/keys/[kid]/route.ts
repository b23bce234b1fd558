import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { linkOrigin } from "@/lib/auth/password-reset";
import { publishedKey } from "@/lib/badges/keys";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.badgeKey, async ({ params, request }) => ({
  body: await publishedKey(linkOrigin(request.headers, request.url), params.kid),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
