import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listDeliveries } from "@/lib/webhooks/endpoints";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(
  operations.listCohortWebhookDeliveries,
  async ({ actor, params, query }) => ({
    body: await listDeliveries(actor, { cohortSlug: params.slug }, params.id, query),
  }),
);

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
