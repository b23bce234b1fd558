import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { planBody } from "@/lib/plan/plan";
import { getMyPlan } from "@/lib/plan/queries";

export const GET = apiRoute(operations.getPlan, async ({ actor }) => ({
  body: planBody(await getMyPlan(actor)),
}));
