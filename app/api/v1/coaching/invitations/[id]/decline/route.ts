import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { answerInvitation } from "@/lib/coaching/coaching";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.declineInvitation, async ({ actor, params }) => ({
  body: await answerInvitation(actor, params.id, "decline"),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
