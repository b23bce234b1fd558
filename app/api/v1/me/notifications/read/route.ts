import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { markRead } from "@/lib/notifications/notifications";

export const POST = apiRoute(operations.readNotifications, async ({ actor, body }) => {
  await markRead(actor, body.ids);
  return { status: 204 };
});
