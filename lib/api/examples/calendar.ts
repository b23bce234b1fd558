import type { OperationExample } from "./shared";

/** The examples of the operations in operations/calendar.ts, by operationId. */
export const calendarExamples: Record<string, OperationExample> = {
  getCalendarFeed: {
    response: { url: "https://epoch.example.com/calendar/5b7e1c9a3f2d4e6a8c0b.ics" },
  },
  rotateCalendarFeed: {
    response: { url: "https://epoch.example.com/calendar/8d2f6a0c4e1b3a5c7e9d.ics" },
  },
};
