import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listNotifications } from "@/lib/notifications/notifications";
import { otherMethods } from "@/lib/api/methods";

export const GET = apiRoute(operations.listNotifications, async ({ actor, query }) => ({
  body: await listNotifications(actor, query),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
