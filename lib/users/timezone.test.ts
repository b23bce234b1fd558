import { describe, expect, it } from "vitest";
import { knownTimeZoneOrUtc, timeZoneChoices } from "./timezone";

describe("knownTimeZoneOrUtc (the zone a browser reports at sign-up)", () => {
  it("keeps a zone the server knows", () => {
    expect(knownTimeZoneOrUtc("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(knownTimeZoneOrUtc("America/New_York")).toBe("America/New_York");
    expect(knownTimeZoneOrUtc("UTC")).toBe("UTC");
  });

  it("names an alias as the server's list does", () => {
    expect(knownTimeZoneOrUtc("US/Eastern")).toBe("America/New_York");
    expect(knownTimeZoneOrUtc("Etc/UTC")).toBe("UTC");
    expect(timeZoneChoices("UTC")).toContain(knownTimeZoneOrUtc("Asia/Kolkata"));
  });

  it("falls back to UTC for anything else", () => {
    for (const reported of [null, undefined, "", "Mars/Olympus_Mons", "x".repeat(5000), 42, {}])
      expect(knownTimeZoneOrUtc(reported)).toBe("UTC");
  });
});

describe("timeZoneChoices (the Settings list)", () => {
  it("always offers UTC, whatever is stored", () => {
    expect(timeZoneChoices("America/New_York")).toContain("UTC");
    expect(timeZoneChoices("America/New_York")).toContain("America/New_York");
    expect(timeZoneChoices("UTC").filter((z) => z === "UTC")).toHaveLength(1);
  });

  it("adds a stored zone the list lacks, so the dropdown can show it", () => {
    expect(timeZoneChoices("US/Pacific")[0]).toBe("US/Pacific");
  });
});
