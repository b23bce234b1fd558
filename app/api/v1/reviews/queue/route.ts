import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { reviewQueue } from "@/lib/coaching/review-lists";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.reviewQueue, async ({ actor, query }) => ({
  body: await reviewQueue(actor, query),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
