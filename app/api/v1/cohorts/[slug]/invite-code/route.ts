import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { rotateInviteCode } from "@/lib/cohorts/cohorts";

export const POST = apiRoute(operations.rotateInviteCode, async ({ actor, params }) => ({
  body: await rotateInviteCode(actor, params.slug),
}));
