import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { rotateCalendarFeed } from "@/lib/calendar/feeds";
import { feedOrigin } from "@/lib/calendar/http";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.rotateCalendarFeed, async ({ actor, request }) => ({
  body: await rotateCalendarFeed(actor, feedOrigin(request)),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
