import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { updateMembership } from "@/lib/cohorts/membership";
import { otherMethods } from "@/lib/api/methods";

export const PATCH = apiRoute(operations.updateMembership, async ({ actor, params, body }) => ({
  body: await updateMembership(actor, params.slug, body),
}));

export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
