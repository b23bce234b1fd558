import { addDays, format, parseISO, startOfISOWeek } from "date-fns";

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

export function addDaysTo(date: string, days: number): string {
  return format(addDays(parseISO(date), days), "yyyy-MM-dd");
}

/** The Monday that starts the ISO week of a date. */
export function weekStart(date: string): string {
  return format(startOfISOWeek(parseISO(date)), "yyyy-MM-dd");
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000);
}

/** A real calendar date between 1900 and 2999, as `YYYY-MM-DD`. */
export function isValidDate(value: string): boolean {
  if (!/^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const d = parseISO(value);
  return !Number.isNaN(d.getTime()) && format(d, "yyyy-MM-dd") === value;
}
