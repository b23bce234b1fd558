import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { menteeSharedResources } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.menteeResources, async ({ actor, params, query }) => ({
  body: await menteeSharedResources(actor, params.userId, query),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
