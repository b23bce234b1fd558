import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { reviewQueue } from "@/lib/coaching/reviews";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.reviewQueue, async ({ actor }) => ({
  body: { items: await reviewQueue(actor) },
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
