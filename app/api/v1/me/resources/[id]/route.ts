import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { deleteResource, getResource, updateResource } from "@/lib/notes/notes";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.getResource, async ({ actor, params }) => ({
  body: await getResource(actor, params.id),
}));

export const PATCH = apiRoute(operations.updateResource, async ({ actor, params, body }) => ({
  body: await updateResource(actor, params.id, body),
}));

export const DELETE = apiRoute(operations.deleteResource, async ({ actor, params }) => {
  await deleteResource(actor, params.id);
  return { status: 204 };
});

export const { HEAD, POST, PUT, OPTIONS } = otherMethods({ GET, PATCH, DELETE });
