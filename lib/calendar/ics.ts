import ical, { ICalEventTransparency } from "ical-generator";
import { addDaysTo } from "../dates";

/**
 * A learner's calendar feed as iCalendar text (RFC 5545), written by ical-generator. Every item
 * is a whole day (`DTSTART;VALUE=DATE`, with `DTEND` the next day), so no time zone can move it
 * to another date: the dates are handed over as UTC midnights and the calendar names no zone,
 * which makes ical-generator write them from their UTC fields whatever the server's own zone
 * (docs/DECISIONS.md, "Calendar feed"). With no timed item there is no VTIMEZONE to write; the
 * learner's zone decides only what "today" is (an event planned or attended).
 */

export type FeedItem =
  | {
      type: "event";
      id: string;
      title: string;
      kind: string;
      date: string;
      url: string | null;
      updatedAt: Date;
    }
  | {
      type: "cohort-milestone";
      id: string;
      title: string;
      description: string | null;
      dueOn: string;
      cohortName: string;
      cohortSlug: string;
      updatedAt: Date;
    }
  | {
      type: "certification-expiry";
      id: string;
      name: string;
      issuer: string;
      expiresOn: string;
      updatedAt: Date;
    };

export type FeedInput = {
  /** The learner's name, for the calendar's name. */
  name: string;
  /** Today in the learner's time zone (YYYY-MM-DD). */
  today: string;
  /** The app's public origin, for links and the UIDs' domain. */
  origin: string;
  items: FeedItem[];
};

export const PRODUCT_ID = { company: "Epoch", product: "Learner calendar", language: "EN" };
/** How often a calendar app is asked to fetch the feed again (REFRESH-INTERVAL, RFC 7986). */
export const REFRESH_SECONDS = 60 * 60;

const dayOf = (item: FeedItem) =>
  item.type === "event"
    ? item.date
    : item.type === "cohort-milestone"
      ? item.dueOn
      : item.expiresOn;

/** A whole day as the UTC midnight ical-generator formats with UTC fields (no zone set). */
const utcMidnight = (date: string) => new Date(`${date}T00:00:00.000Z`);

/**
 * TEXT as RFC 5545 (3.3.11) escapes it. ical-generator escapes an event's text itself but writes
 * the calendar's name and description as given, so they go through here first.
 */
export const escapeText = (value: string) =>
  value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A stored link as an http(s) URL with nothing that could end the line it is written on
 * (`new URL` drops tabs and line breaks and escapes spaces); anything else is left out.
 */
function safeUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function describe(item: FeedItem, origin: string, today: string) {
  switch (item.type) {
    case "event":
      return {
        summary: item.title,
        description: `${capitalized(item.kind)}, ${item.date > today ? "planned" : "attended"}. Your events in Epoch: ${origin}/events`,
        url: safeUrl(item.url) ?? `${origin}/events`,
        categories: [capitalized(item.kind)],
        transparency: ICalEventTransparency.OPAQUE,
      };
    case "cohort-milestone":
      return {
        summary: `Due: ${item.title} (${item.cohortName})`,
        description: [item.description, `Cohort milestone of ${item.cohortName}.`]
          .filter(Boolean)
          .join("\n\n"),
        url: `${origin}/cohorts/${encodeURIComponent(item.cohortSlug)}`,
        categories: ["Cohort milestone"],
        transparency: ICalEventTransparency.TRANSPARENT,
      };
    case "certification-expiry":
      return {
        summary: `${item.name} ${item.expiresOn < today ? "expired" : "expires"}`,
        description: `${item.name} (${item.issuer}): valid through this day.`,
        url: `${origin}/certifications`,
        categories: ["Certification expiry"],
        transparency: ICalEventTransparency.TRANSPARENT,
      };
  }
}

/** The feed's text: CRLF line endings, lines folded at 75 octets (ical-generator does both). */
export function renderFeed({ name, today, origin, items }: FeedInput): string {
  const host = new URL(origin).hostname;
  const calendar = ical({
    name: escapeText(`Epoch — ${name}`),
    description: escapeText(
      "Your events, cohort milestone due dates and certification expiry dates in Epoch.",
    ),
    prodId: PRODUCT_ID,
    ttl: REFRESH_SECONDS,
  });
  const sorted = [...items].sort(
    (a, b) =>
      dayOf(a).localeCompare(dayOf(b)) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id),
  );
  for (const item of sorted) {
    const day = dayOf(item);
    const { summary, description, url, categories, transparency } = describe(item, origin, today);
    calendar.createEvent({
      // Stable across fetches and rotations, unique per kind of item and row.
      id: `${item.type}-${item.id}@${host}`,
      allDay: true,
      start: utcMidnight(day),
      end: utcMidnight(addDaysTo(day, 1)),
      // No METHOD: DTSTAMP is when the item was last changed in Epoch (RFC 5545, 3.8.7.2).
      stamp: item.updatedAt,
      lastModified: item.updatedAt,
      summary,
      description,
      url,
      categories: categories.map((c) => ({ name: c })),
      transparency,
    });
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
