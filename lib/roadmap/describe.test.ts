import { describe, expect, it } from "vitest";
import { MILESTONES } from "./content";
import { describeCriteria } from "./describe";

describe("describeCriteria", () => {
  it("names skills and the level", () => {
    expect(describeCriteria({ kind: "skill", anyOf: ["pytorch", "tensorflow"], level: 3 })).toBe(
      "Rate PyTorch or TensorFlow at proficient (level 3) or above.",
    );
  });
  it("describes project requirements", () => {
    expect(
      describeCriteria({ kind: "projects", count: 2, statuses: ["shipped"], withRepo: true }),
    ).toBe("2 portfolio projects shipped with a repository link.");
    expect(
      describeCriteria({ kind: "projects", count: 1, statuses: ["building", "shipped"] }),
    ).toBe("1 portfolio project started (building or shipped).");
  });
  it("describes every milestone of the content without falling back to raw slugs", () => {
    for (const m of MILESTONES) {
      const text = describeCriteria(m.criteria);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|-[a-z]+ at/);
    }
  });
});
