import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { joinByInvitation } from "@/lib/cohorts/invitations";
import { joinCohort } from "@/lib/cohorts/membership";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.joinCohort, async ({ actor, body }) => ({
  body: body.token
    ? await joinByInvitation(actor, body.token)
    : await joinCohort(actor, body.code!),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
