import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getPublicBadge } from "@/lib/badges/badges";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.publicBadge, async ({ params }) => {
  const { credential, jwt, status, verified } = await getPublicBadge(params.id);
  return { body: { credential, jwt, status, verified } };
});

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
