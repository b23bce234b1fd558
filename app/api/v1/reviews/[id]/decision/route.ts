import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { decideReview } from "@/lib/coaching/reviews";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.decideReview, async ({ actor, params, body }) => ({
  body: await decideReview(actor, params.id, body),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
