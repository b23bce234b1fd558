import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getCohortDashboard } from "@/lib/cohorts/dashboard";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.cohortDashboard, async ({ actor, params }) => ({
  body: await getCohortDashboard(actor, params.slug),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
