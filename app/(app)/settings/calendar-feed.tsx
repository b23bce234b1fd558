import { headers } from "next/headers";
import { Card } from "@/app/components/ui";
import { myCalendarFeed } from "@/lib/calendar/feeds";
import { feedOriginOf } from "@/lib/calendar/http";
import type { Actor } from "@/lib/policy";
import { CalendarFeedLink } from "./calendar-feed-link";

/**
 * Settings, "Calendar feed": the learner's secret iCalendar URL, with a copy button, how to
 * subscribe, and a reset that ends the old URL (docs/DECISIONS.md, "Calendar feed"). The feed
 * is made the first time this section is shown.
 */
export async function CalendarFeedSection({ actor }: { actor: Actor }) {
  const { url } = await myCalendarFeed(actor, feedOriginOf(await headers()));
  return (
    <Card title="Calendar feed" id="calendar-feed">
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Your events, the due dates of your cohorts&apos; milestones and the expiry dates of your
        earned certifications, as a calendar you can subscribe to. Keep the link private: anyone who
        has it can read the calendar, without signing in.
      </p>
      <CalendarFeedLink url={url} />
      <div className="mt-5 text-sm text-zinc-700 dark:text-zinc-300">
        <h3 className="font-medium">How to subscribe</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <strong>Google Calendar</strong> (on the web): Other calendars, <em>+</em>, From URL;
            paste the link and add the calendar.
          </li>
          <li>
            <strong>Apple Calendar</strong>: File, New Calendar Subscription (on iPhone: Settings,
            Calendar, Accounts, Add Account, Other, Add Subscribed Calendar); paste the link.
          </li>
          <li>
            <strong>Outlook</strong>: Add calendar, Subscribe from web; paste the link.
          </li>
        </ul>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          Calendar apps fetch the feed again on their own schedule (Google Calendar can take up to a
          day), so a change may take that long to show. Every item is a whole day: no time zone
          moves it to another date.
        </p>
      </div>
    </Card>
  );
}
