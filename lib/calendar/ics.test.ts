import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { escapeText, renderFeed, type FeedItem } from "./ics";

/** The feed's pure rendering, read back with ical.js (a strict RFC 5545 parser). */

const ORIGIN = "https://epoch.example.com";
const stamp = new Date("2026-11-02T08:30:00.000Z");

const items: FeedItem[] = [
  {
    type: "event",
    id: "0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01",
    title: "NeurIPS",
    kind: "conference",
    date: "2026-12-31",
    url: "https://neurips.cc/",
    updatedAt: stamp,
  },
  {
    type: "event",
    id: "0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a02",
    // Long, with every character TEXT escapes and multi-byte ones to fold between.
    title: `Meetup; talks, demos \\ more\nand a very long title that ${"é".repeat(40)} goes on 🎉🎉🎉🎉🎉🎉 and on`,
    kind: "meetup",
    date: "2026-01-01",
    url: "https://example.com/a b\nEVIL:1",
    updatedAt: stamp,
  },
  {
    type: "cohort-milestone",
    id: "0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a03",
    title: "Ship a project",
    description: "Any shipped project counts.",
    dueOn: "2027-02-28",
    cohortName: "Spring ML Bootcamp",
    cohortSlug: "spring-ml-bootcamp",
    updatedAt: stamp,
  },
  {
    type: "certification-expiry",
    id: "0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01", // the same id as an event: UIDs still differ
    name: "AWS Certified Machine Learning",
    issuer: "Amazon Web Services",
    expiresOn: "2026-03-01",
    updatedAt: stamp,
  },
];

const render = (over: Partial<Parameters<typeof renderFeed>[0]> = {}) =>
  renderFeed({ name: "Ada Lovelace", today: "2026-06-15", origin: ORIGIN, items, ...over });

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  return { calendar, events };
}

const byUid = (events: ICAL.Component[], uid: string) =>
  events.find((e) => e.getFirstPropertyValue("uid") === uid)!;

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("renderFeed", () => {
  it("ends every line with CRLF and folds lines at 75 octets", () => {
    const text = render();
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    // No bare CR or LF anywhere: every line break is a CRLF.
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    // The long title was folded (a continuation line starts with a space) and unfolds whole.
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    const { events } = parse(text);
    const meetup = byUid(events, "event-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a02@epoch.example.com");
    expect(meetup.getFirstPropertyValue("summary")).toBe(
      items[1]!.type === "event" && items[1]!.title,
    );
    // Folding never splits a multi-byte character: the text decodes as it was.
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
  });

  it("has VERSION, PRODID, the calendar's name and a refresh interval", () => {
    const { calendar } = parse(render({ name: "Ada; the, first\\" }));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Epoch//Learner calendar//EN");
    // The name is escaped as TEXT (ical.js hands X- and RFC 7986 properties over raw).
    for (const name of ["x-wr-calname", "name"])
      expect(calendar.getFirstPropertyValue(name)).toBe("Epoch — Ada\\; the\\, first\\\\");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
    expect(calendar.getFirstPropertyValue("x-wr-caldesc")).toBe(
      "Your events\\, cohort milestone due dates and certification expiry dates in Epoch.",
    );
    // Every item is a whole day: no zone to declare.
    expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("gives each item a stable UID of its own, with DTSTAMP and LAST-MODIFIED from its last change", () => {
    const first = parse(render()).events;
    const uids = first.map((e) => e.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(items.length);
    expect(uids).toContain(
      "certification-expiry-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com",
    );
    expect(uids).toContain("event-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com");
    // The same data another day renders the same UIDs and stamps (only the wording of the day moves).
    const later = parse(render({ today: "2027-06-15" })).events;
    expect(later.map((e) => e.getFirstPropertyValue("uid"))).toEqual(uids);
    for (const event of first) {
      expect(event.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-02T08:30:00Z");
      expect(event.getFirstPropertyValue("last-modified")!.toString()).toBe("2026-11-02T08:30:00Z");
    }
  });

  it("writes every item as a whole day (VALUE=DATE), DTEND the next day, whatever the server's zone", () => {
    const expected = {
      "event-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com": ["2026-12-31", "2027-01-01"],
      "event-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a02@epoch.example.com": ["2026-01-01", "2026-01-02"],
      "cohort-milestone-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a03@epoch.example.com": [
        "2027-02-28",
        "2027-03-01",
      ],
      "certification-expiry-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com": [
        "2026-03-01",
        "2026-03-02",
      ],
    };
    // UTC+14 and UTC−10/−9: a date written from local fields would move a day one way or the other.
    for (const zone of ["Pacific/Kiritimati", "America/Adak", "UTC"]) {
      process.env.TZ = zone;
      expect(new Date("2026-12-31T00:00:00Z").getDate(), zone).toBe(
        zone === "America/Adak" ? 30 : 31,
      );
      const text = render();
      const { events } = parse(text);
      const seen = Object.fromEntries(
        events.map((e) => {
          const start = e.getFirstProperty("dtstart")!;
          const end = e.getFirstProperty("dtend")!;
          expect(start.type, zone).toBe("date");
          expect(end.type, zone).toBe("date");
          return [
            e.getFirstPropertyValue("uid"),
            [start.getFirstValue()!.toString(), end.getFirstValue()!.toString()],
          ];
        }),
      );
      expect(seen, zone).toEqual(expected);
      expect(text).toContain("DTSTART;VALUE=DATE:20261231\r\n");
      expect(text).not.toMatch(/DTSTART[:;](?!VALUE=DATE:)/);
    }
  });

  it("says what each item is, planned or attended by the learner's today, with a safe link", () => {
    const { events } = parse(render({ today: "2026-06-15" }));
    const conference = byUid(
      events,
      "event-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com",
    );
    expect(conference.getFirstPropertyValue("summary")).toBe("NeurIPS");
    expect(conference.getFirstPropertyValue("description")).toMatch(/^Conference, planned\./);
    expect(conference.getFirstPropertyValue("categories")).toBe("Conference");
    expect(conference.getFirstPropertyValue("url")).toBe("https://neurips.cc/");
    const meetup = byUid(events, "event-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a02@epoch.example.com");
    expect(meetup.getFirstPropertyValue("description")).toMatch(/^Meetup, attended\./);
    // A stored link with a line break cannot add a property of its own.
    expect(meetup.getFirstPropertyValue("url")).toBe("https://example.com/a%20bEVIL:1");
    expect(meetup.getFirstPropertyValue("evil")).toBeNull();
    const due = byUid(
      events,
      "cohort-milestone-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a03@epoch.example.com",
    );
    expect(due.getFirstPropertyValue("summary")).toBe("Due: Ship a project (Spring ML Bootcamp)");
    expect(due.getFirstPropertyValue("url")).toBe(`${ORIGIN}/cohorts/spring-ml-bootcamp`);
    expect(due.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    const expiry = byUid(
      events,
      "certification-expiry-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com",
    );
    expect(expiry.getFirstPropertyValue("summary")).toBe("AWS Certified Machine Learning expired");
    const before = parse(render({ today: "2026-02-01" })).events;
    expect(
      byUid(
        before,
        "certification-expiry-0b6f3b8e-1c2d-4e5f-8a9b-0c1d2e3f4a01@epoch.example.com",
      ).getFirstPropertyValue("summary"),
    ).toBe("AWS Certified Machine Learning expires");
  });

  it("is a valid calendar with no items at all", () => {
    const text = render({ items: [] });
    const { calendar, events } = parse(text);
    expect(events).toEqual([]);
    expect(calendar.name).toBe("vcalendar");
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  });
});
