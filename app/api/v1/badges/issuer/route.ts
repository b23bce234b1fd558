import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { linkOrigin } from "@/lib/auth/password-reset";
import { issuerDocument } from "@/lib/badges/credential";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.badgeIssuer, async ({ request }) => ({
  body: issuerDocument(linkOrigin(request.headers, request.url)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
