import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { createResource, listResources } from "@/lib/notes/notes";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listResources, async ({ actor, query }) => ({
  body: await listResources(actor, query),
}));

export const POST = apiRoute(operations.createResource, async ({ actor, body }) => {
  const { created, resource } = await createResource(actor, body);
  return { status: created ? 201 : 200, body: resource };
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
