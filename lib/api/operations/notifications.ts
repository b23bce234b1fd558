import { z } from "zod";
import { op, type Operation } from "./operation";

/** The caller's notifications. */
export const notificationOperations = {
  listNotifications: op({
    method: "GET",
    path: "/api/v1/me/notifications",
    summary: "Your latest notifications and the unread count",
    tag: "Accounts",
    auth: "user",
    errors: [401],
  }),
  readNotifications: op({
    method: "POST",
    path: "/api/v1/me/notifications/read",
    summary: "Mark notifications read (all when no ids are given)",
    tag: "Accounts",
    auth: "user",
    body: z
      .object({
        ids: z
          .array(z.uuid({ error: "must be UUIDs" }))
          .max(100)
          .optional(),
      })
      .strict(),
    status: 204,
    errors: [400, 401, 413, 422],
  }),
} satisfies Record<string, Operation>;
