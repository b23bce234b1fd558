import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { replyToReview } from "@/lib/coaching/reviews";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.replyToReview, async ({ actor, params, body }) => ({
  body: await replyToReview(actor, params.id, body),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
