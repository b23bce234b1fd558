import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { createCohort, listMyCohorts } from "@/lib/cohorts/cohorts";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.createCohort, async ({ actor, body }) => ({
  status: 201,
  body: await createCohort(actor, body),
}));

export const GET = apiRoute(operations.listCohorts, async ({ actor, query }) => ({
  body: await listMyCohorts(actor, query),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
