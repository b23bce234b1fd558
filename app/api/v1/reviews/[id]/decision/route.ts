import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { decideReview } from "@/lib/coaching/reviews";

export const POST = apiRoute(operations.decideReview, async ({ actor, params, body }) => ({
  body: await decideReview(actor, params.id, body),
}));
