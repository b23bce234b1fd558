import { z } from "zod";
import { NOTIFICATION_KINDS, NOTIFICATION_SUBJECT_TYPES } from "@/db/enums";
import { listQuery, pageOf } from "../../pagination";
import { op, type Operation } from "./operation";

const notificationItem = z
  .object({
    id: z.uuid(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string(),
    link: z.string().nullable().describe("a path in the app"),
    subjectType: z.enum(NOTIFICATION_SUBJECT_TYPES).nullable(),
    subjectId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Notification" });

/** The caller's notifications. */
export const notificationOperations = {
  listNotifications: op({
    method: "GET",
    path: "/api/v1/me/notifications",
    summary: "Your notifications, newest first, and how many of them are unread",
    tag: "Accounts",
    auth: "user",
    query: listQuery,
    response: pageOf(notificationItem).extend({
      unread: z.number().int().min(0).describe("unread notifications in all pages"),
    }),
    errors: [401, 422],
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
