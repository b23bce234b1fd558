import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/endpoints";
import { otherMethods } from "@/lib/api/methods";

export const PATCH = apiRoute(operations.updateCohortWebhook, async ({ actor, params, body }) => ({
  body: await updateWebhook(actor, { cohortSlug: params.slug }, params.id, body),
}));

export const DELETE = apiRoute(operations.deleteCohortWebhook, async ({ actor, params }) => {
  await deleteWebhook(actor, { cohortSlug: params.slug }, params.id);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE });
