import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { updateCohort } from "@/lib/cohorts/cohorts";
import { otherMethods } from "@/lib/api/methods";

export const PATCH = apiRoute(operations.updateCohort, async ({ actor, params, body }) => ({
  body: await updateCohort(actor, params.slug, body),
}));

export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH });
