import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { replyToReview } from "@/lib/coaching/reviews";

export const POST = apiRoute(operations.replyToReview, async ({ actor, params, body }) => ({
  body: await replyToReview(actor, params.id, body),
}));
