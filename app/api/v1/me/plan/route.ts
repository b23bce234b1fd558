import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { planBody } from "@/lib/plan/plan";
import { getMyPlan } from "@/lib/plan/queries";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.getPlan, async ({ actor }) => ({
  body: planBody(await getMyPlan(actor)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
