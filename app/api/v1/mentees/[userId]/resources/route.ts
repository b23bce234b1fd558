import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { menteeSharedResources } from "@/lib/coaching/coaching";

export const GET = apiRoute(operations.menteeResources, async ({ actor, params, query }) => ({
  body: await menteeSharedResources(actor, params.userId, query),
}));
