import { format, parseISO } from "date-fns";

/** Calendar dates are `YYYY-MM-DD` strings; these helpers never depend on the server's time zone. */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the learner lives. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // Building a formatter is costly (a cohort asks for hundreds): one per zone. en-CA formats as YYYY-MM-DD.
  let fmt = dayFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, fmt);
  }
  return fmt.format(now);
}

// Plain UTC arithmetic on `YYYY-MM-DD`: pages shift hundreds of dates per render, and
// parsing and formatting each through date-fns showed up in the dashboard's profile.
const DAY_MS = 86_400_000;
const utcMs = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDaysTo(date: string, days: number): string {
  return isoDate(utcMs(date) + days * DAY_MS);
}

/** The Monday that starts the ISO week of a date. */
export function weekStart(date: string): string {
  const ms = utcMs(date);
  const fromMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return isoDate(ms - fromMonday * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** A real calendar date between 1900 and 2999, as `YYYY-MM-DD`. */
export function isValidDate(value: string): boolean {
  if (!/^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && format(d, "yyyy-MM-dd") === value;
}
