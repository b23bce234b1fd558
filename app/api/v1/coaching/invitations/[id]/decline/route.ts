import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { answerInvitation } from "@/lib/coaching/coaching";

export const POST = apiRoute(operations.declineInvitation, async ({ actor, params }) => ({
  body: await answerInvitation(actor, params.id, "decline"),
}));
