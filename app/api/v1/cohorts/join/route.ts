import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { joinCohort } from "@/lib/cohorts/membership";

export const POST = apiRoute(operations.joinCohort, async ({ actor, body }) => ({
  body: await joinCohort(actor, body.code),
}));
