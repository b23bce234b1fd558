import { addDays, differenceInCalendarDays, format, parseISO, startOfISOWeek } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysTo, daysBetween, weekStart } from "./dates";

// The helpers do their own UTC arithmetic for speed; date-fns is the reference they must agree with.
const dateArb = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2999-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("date helpers", () => {
  it("addDaysTo agrees with date-fns, across months, leap days and DST changes", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -800, max: 800 }), (date, days) => {
        expect(addDaysTo(date, days)).toBe(format(addDays(parseISO(date), days), "yyyy-MM-dd"));
      }),
    );
    expect(addDaysTo("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysTo("2026-03-29", 1)).toBe("2026-03-30");
  });

  it("weekStart is the ISO week's Monday", () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(weekStart(date)).toBe(format(startOfISOWeek(parseISO(date)), "yyyy-MM-dd"));
      }),
    );
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
  });

  it("daysBetween counts calendar days in either direction", () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
      }),
    );
  });
});
