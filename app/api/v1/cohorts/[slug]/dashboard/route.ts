import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { getCohortDashboard } from "@/lib/cohorts/dashboard";

export const GET = apiRoute(operations.cohortDashboard, async ({ actor, params }) => ({
  body: await getCohortDashboard(actor, params.slug),
}));
