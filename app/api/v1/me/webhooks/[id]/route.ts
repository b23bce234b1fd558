import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/endpoints";
import { otherMethods } from "@/lib/api/methods";

export const PATCH = apiRoute(operations.updateMyWebhook, async ({ actor, params, body }) => ({
  body: await updateWebhook(actor, {}, params.id, body),
}));

export const DELETE = apiRoute(operations.deleteMyWebhook, async ({ actor, params }) => {
  await deleteWebhook(actor, {}, params.id);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE });
