import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { rotateInviteCode } from "@/lib/cohorts/cohorts";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.rotateInviteCode, async ({ actor, params }) => ({
  body: await rotateInviteCode(actor, params.slug),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
