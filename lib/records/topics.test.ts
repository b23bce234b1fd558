import { describe, expect, it } from "vitest";
import { paperTopicFromText } from "./topics";

describe("paperTopicFromText: free text read into a track slug, or kept in the notes", () => {
  it.each([
    ["responsible-ai", "responsible-ai"],
    ["Responsible-AI", "responsible-ai"],
    ["  quantum-ml ", "quantum-ml"],
    ["MLOps engineer", "mlops"],
    ["responsible ai specialist", "responsible-ai"],
  ])("%j names a track: %s", (text, slug) => {
    expect(paperTopicFromText(text, "Kept.")).toEqual({ topic: slug, notes: "Kept." });
  });

  it("none stays none, the notes untouched", () => {
    expect(paperTopicFromText(null, null)).toEqual({ topic: null, notes: null });
    expect(paperTopicFromText("   ", "n")).toEqual({ topic: null, notes: "n" });
    expect(paperTopicFromText(undefined, undefined)).toEqual({ topic: null, notes: null });
  });

  it("any other text moves into the notes, as migration 0009 moved stored topics", () => {
    expect(paperTopicFromText("transformers", null)).toEqual({
      topic: null,
      notes: "Topic: transformers",
    });
    expect(paperTopicFromText("Vision", "  ")).toEqual({ topic: null, notes: "Topic: Vision" });
    expect(paperTopicFromText("Responsible AI", "Great read.")).toEqual({
      topic: null,
      notes: "Great read.\n\nTopic: Responsible AI",
    });
  });
});
