import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { createWebhook, listWebhooks } from "@/lib/webhooks/endpoints";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listMyWebhooks, async ({ actor, query }) => ({
  body: await listWebhooks(actor, {}, query),
}));

export const POST = apiRoute(operations.createMyWebhook, async ({ actor, body }) => ({
  status: 201,
  body: await createWebhook(actor, {}, body),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
