import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { createCohortMilestone } from "@/lib/cohorts/milestone-mutations";
import { listCohortMilestones } from "@/lib/cohorts/milestones";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listCohortMilestones, async ({ actor, params, query }) => ({
  body: await listCohortMilestones(actor, params.slug, query),
}));

export const POST = apiRoute(operations.createCohortMilestone, async ({ actor, params, body }) => ({
  status: 201,
  body: await createCohortMilestone(actor, params.slug, body),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
