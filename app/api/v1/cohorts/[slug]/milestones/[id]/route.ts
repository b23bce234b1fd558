import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { deleteCohortMilestone, updateCohortMilestone } from "@/lib/cohorts/milestone-mutations";
import { otherMethods } from "@/lib/api/methods";

export const PATCH = apiRoute(
  operations.updateCohortMilestone,
  async ({ actor, params, body }) => ({
    body: await updateCohortMilestone(actor, params.slug, params.id, body),
  }),
);

export const DELETE = apiRoute(operations.deleteCohortMilestone, async ({ actor, params }) => {
  await deleteCohortMilestone(actor, params.slug, params.id);
  return { status: 204 };
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE });
