import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { linkOrigin } from "@/lib/auth/password-reset";
import { claimBadge, listMyBadges } from "@/lib/badges/badges";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listMyBadges, async ({ actor, request, query }) => ({
  body: await listMyBadges(actor, linkOrigin(request.headers, request.url), query),
}));

export const POST = apiRoute(operations.claimBadge, async ({ actor, body, request }) => {
  const { created, body: badge } = await claimBadge(
    actor,
    body,
    linkOrigin(request.headers, request.url),
  );
  return { status: created ? 201 : 200, body: badge };
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
