import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { myReviews } from "@/lib/coaching/review-lists";
import { requestReview } from "@/lib/coaching/reviews";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.requestReview, async ({ actor, body }) => ({
  status: 201,
  body: await requestReview(actor, body),
}));

export const GET = apiRoute(operations.myReviews, async ({ actor, query }) => ({
  body: await myReviews(actor, query),
}));

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
