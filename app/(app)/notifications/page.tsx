import { formatDistanceToNowStrict } from "date-fns";
import type { Metadata } from "next";
import { ActionForm } from "@/app/components/action-form";
import { Card, PageHeader, secondaryButtonClass } from "@/app/components/ui";
import { requirePageActor } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/notifications/notifications";
import { markAllReadAction } from "./actions";
import { NotificationLink } from "./notification-link";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requirePageActor("/notifications");
  const { items, unread } = await listNotifications(actor, { limit: 100 });
  return (
    <>
      <PageHeader
        title="Notifications"
        description="What your coaches and mentees did. Acting on something (deciding a review, answering an invitation) or opening it here marks it read."
      />
      <Card title={items.length ? (unread ? `${unread} unread` : "All read") : "No notifications"}>
        {items.length ? (
          <>
            <ul
              className="divide-y divide-zinc-200 dark:divide-zinc-800"
              data-testid="notifications"
            >
              {items.map((n) => (
                <li key={n.id} className="flex items-start gap-3 py-3 text-sm">
                  <span
                    className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${n.readAt ? "" : "bg-brand-600"}`}
                    aria-hidden
                  />
                  <div className="min-w-0 flex-1">
                    {n.link ? (
                      <NotificationLink
                        id={n.id}
                        href={n.link}
                        className={`underline-offset-2 hover:underline ${n.readAt ? "text-zinc-700 dark:text-zinc-300" : "font-semibold text-brand-700 dark:text-brand-300"}`}
                      >
                        {n.title}
                      </NotificationLink>
                    ) : (
                      <span className={n.readAt ? "" : "font-semibold"}>{n.title}</span>
                    )}
                    <p className="text-xs text-zinc-600 dark:text-zinc-400">
                      {n.readAt ? "" : "Unread · "}
                      {formatDistanceToNowStrict(n.createdAt, { addSuffix: true })}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            {unread ? (
              <div className="mt-3">
                <ActionForm
                  action={markAllReadAction}
                  submitLabel="Mark all read"
                  submitClass={secondaryButtonClass}
                />
              </div>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Nothing yet. Coaching invitations, review requests and decisions show up here.
          </p>
        )}
      </Card>
    </>
  );
}
