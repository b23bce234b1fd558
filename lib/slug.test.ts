import { describe, expect, it } from "vitest";
import { slugFrom } from "./slug";

describe("slugFrom", () => {
  it("keeps lower-case ASCII words joined by dashes, then a random suffix", () => {
    expect(slugFrom("Spring ML Bootcamp!", "cohort", 50)).toMatch(
      /^spring-ml-bootcamp-[0-9a-f]{6}$/,
    );
    expect(slugFrom("Ada Lovelace", "learner", 30)).toMatch(/^ada-lovelace-[0-9a-f]{6}$/);
    expect(slugFrom("Ada", "learner", 30)).not.toBe(slugFrom("Ada", "learner", 30));
  });

  it("folds accents, drops other scripts and cuts long names without a trailing dash", () => {
    expect(slugFrom("Éva Núñez", "learner", 30)).toMatch(/^eva-nunez-[0-9a-f]{6}$/);
    expect(slugFrom("a".repeat(29) + " b", "learner", 30)).toMatch(/^a{29}-[0-9a-f]{6}$/);
  });

  it("falls back when too little of the name is left", () => {
    expect(slugFrom("学习小组", "cohort", 50)).toMatch(/^cohort-[0-9a-f]{6}$/);
    expect(slugFrom(null, "learner", 30)).toMatch(/^learner-[0-9a-f]{6}$/);
    expect(slugFrom("x", "learner", 30)).toMatch(/^learner-[0-9a-f]{6}$/);
  });
});
