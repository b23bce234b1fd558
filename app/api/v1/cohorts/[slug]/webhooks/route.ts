import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { createWebhook, listWebhooks } from "@/lib/webhooks/endpoints";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listCohortWebhooks, async ({ actor, params, query }) => ({
  body: await listWebhooks(actor, { cohortSlug: params.slug }, query),
}));

export const POST = apiRoute(operations.createCohortWebhook, async ({ actor, params, body }) => ({
  status: 201,
  body: await createWebhook(actor, { cohortSlug: params.slug }, body),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
