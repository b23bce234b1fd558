import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { answerInvitation } from "@/lib/coaching/coaching";

export const POST = apiRoute(operations.acceptInvitation, async ({ actor, params }) => ({
  body: await answerInvitation(actor, params.id, "accept"),
}));
