import { describe, expect, it } from "vitest";
import { fieldLabel, fieldMessage } from "./field-labels";
import { describeImport } from "./portability/summary";

describe("fieldLabel: what a person reads for a field's key", () => {
  it.each([
    ["expiresOn", "Expiry date"],
    ["issuedOn", "Issue date"],
    ["repoUrl", "Repository URL"],
    ["weeklyHoursGoal", "Weekly hours goal"],
    ["endsOn", "End date"],
    ["someNewField", "Some new field"],
    ["share_progress_now", "Share progress now"],
    ["certifications.0.expiresOn", "Expiry date (certifications, item 1)"],
    ["skills.2", "Skills (item 3)"],
  ])("%s → %s", (key, label) => {
    expect(fieldLabel(key)).toBe(label);
  });

  it("never answers a camelCase key in a message", () => {
    expect(fieldMessage("expiresOn", "must be on or after the issue date")).toBe(
      "Expiry date must be on or after the issue date",
    );
    expect(fieldLabel("toString")).toBe("To string");
  });
});

describe("describeImport: what an import added, in words", () => {
  const none = {
    activities: 0,
    certifications: 0,
    projects: 0,
    papers: 0,
    events: 0,
    skills: 0,
    skillHistory: 0,
    notes: 0,
    resources: 0,
  };

  it("says nothing new when every count is 0", () => {
    expect(describeImport(none)).toBe(
      "Nothing new: everything in this file is already in your account.",
    );
    expect(describeImport({})).toMatch(/^Nothing new/);
  });

  it("names each kind with its count, singular or plural", () => {
    expect(describeImport({ ...none, events: 1 })).toBe("Imported 1 event.");
    expect(describeImport({ ...none, activities: 12, certifications: 1, skillHistory: 2 })).toBe(
      "Imported 12 activities, 1 certification and 2 entries of skill history.",
    );
  });
});
