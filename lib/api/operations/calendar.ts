import { z } from "zod";
import { op, type Operation } from "./operation";

const tag = "Calendar";

const feedUrl = z.object({
  url: z.url().describe("The secret feed URL, `/calendar/{secret}.ics` on this server"),
});

/**
 * The learner's private calendar feed (docs/DECISIONS.md, "Calendar feed"): its secret URL, and
 * a new one on demand. The feed itself (`GET /calendar/{secret}.ics`, iCalendar) is not JSON and
 * needs no credentials but the URL.
 */
export const calendarOperations = {
  getCalendarFeed: op({
    method: "GET",
    path: "/api/v1/me/calendar",
    summary:
      "Your private calendar feed's URL (iCalendar: your events, cohort milestone due dates, certification expiry dates); made on first asking. Anyone with it can read the feed",
    tag,
    auth: "user",
    response: feedUrl,
    errors: [401],
  }),
  rotateCalendarFeed: op({
    method: "POST",
    path: "/api/v1/me/calendar/rotate",
    summary: "A new URL for your calendar feed: the old one answers 404 at once",
    tag,
    auth: "user",
    response: feedUrl,
    errors: [401],
  }),
} satisfies Record<string, Operation>;
