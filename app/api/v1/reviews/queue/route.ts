import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { reviewQueue } from "@/lib/coaching/reviews";

export const GET = apiRoute(operations.reviewQueue, async ({ actor, query }) => ({
  body: await reviewQueue(actor, query),
}));
