"use client";

import { useRouter } from "next/navigation";
import { api, unwrap } from "@/lib/api/client";

/**
 * A notification's link to its subject: opening it marks the notification read (through the
 * JSON API), then goes there. A real link, so it also opens in a new tab (marked read too).
 */
export function NotificationLink({
  id,
  href,
  children,
  className,
}: {
  id: string;
  href: string;
  children: React.ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const markRead = () =>
    unwrap(
      api.POST("/api/v1/me/notifications/read", { body: { ids: [id] }, keepalive: true }),
    ).catch(() => undefined);
  return (
    <a
      href={href}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) {
          void markRead();
          return;
        }
        e.preventDefault();
        // Read first, so the page it leads to (and the bell) already counts it read.
        void markRead().then(() => {
          router.push(href);
          router.refresh();
        });
      }}
      onAuxClick={() => void markRead()}
    >
      {children}
    </a>
  );
}
