import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { markRead } from "@/lib/notifications/notifications";
import { otherMethods } from "@/lib/api/methods";

export const POST = apiRoute(operations.readNotifications, async ({ actor, body }) => {
  await markRead(actor, body.ids);
  return { status: 204 };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
