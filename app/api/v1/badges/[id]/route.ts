import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getPublicBadge } from "@/lib/badges/badges";

export const GET = apiRoute(operations.publicBadge, async ({ params }) => {
  const { credential, jwt, status, verified } = await getPublicBadge(params.id);
  return { body: { credential, jwt, status, verified } };
});
