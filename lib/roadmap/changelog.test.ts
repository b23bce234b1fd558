import { describe, expect, it } from "vitest";
import { ROADMAP_CHANGELOG, changesSince, roadmapNotice, seenVersionKey } from "./changelog";
import { CONTENT_VERSION } from "./content";

describe("the roadmap changelog", () => {
  it("has one entry per content version, newest first, the newest being CONTENT_VERSION", () => {
    expect(ROADMAP_CHANGELOG[0]!.version).toBe(CONTENT_VERSION);
    expect(ROADMAP_CHANGELOG.map((e) => e.version)).toEqual(
      Array.from({ length: CONTENT_VERSION }, (_, i) => CONTENT_VERSION - i),
    );
    for (const e of ROADMAP_CHANGELOG) expect(e.changes.length).toBeGreaterThan(0);
  });

  it("lists what is newer than a version", () => {
    expect(changesSince(0).map((e) => e.version)).toContain(1);
    expect(changesSince(CONTENT_VERSION)).toEqual([]);
  });
});

describe("roadmapNotice", () => {
  it("says nothing the first time, only remembers", () => {
    expect(roadmapNotice(null, 3)).toEqual({ kind: "first" });
    expect(roadmapNotice(Number.NaN, 3)).toEqual({ kind: "first" });
  });
  it("says nothing when the version was seen, or a newer one (another deploy)", () => {
    expect(roadmapNotice(3, 3)).toEqual({ kind: "same" });
    expect(roadmapNotice(4, 3)).toEqual({ kind: "same" });
  });
  it("lists the changes since the version seen", () => {
    const notice = roadmapNotice(0, 1);
    expect(notice.kind).toBe("changed");
    if (notice.kind === "changed") {
      expect(notice.from).toBe(0);
      expect(notice.changes.map((e) => e.version)).toEqual([1]);
    }
  });
  it("keys the stored version per user", () => {
    expect(seenVersionKey("a")).not.toBe(seenVersionKey("b"));
  });
});
