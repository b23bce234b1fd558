import { apiRoute } from "@/lib/api/handler";
import { operations } from "@/lib/api/operations";
import { listNotifications } from "@/lib/notifications/notifications";

export const GET = apiRoute(operations.listNotifications, async ({ actor, query }) => ({
  body: await listNotifications(actor, query),
}));
