import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { myCalendarFeed } from "@/lib/calendar/feeds";
import { feedOrigin } from "@/lib/calendar/http";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.getCalendarFeed, async ({ actor, request }) => ({
  body: await myCalendarFeed(actor, feedOrigin(request)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
