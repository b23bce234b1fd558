import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./redirect";

// Values as they reach the app after the query string is decoded (searchParams / form data).
const BYPASSES = [
  "/\t/evil.example", // what /sign-in?callbackUrl=/%09/evil.example decodes to
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "/\u0000/evil.example",
  "/\u200b/evil.example",
  "/\ufeff/evil.example",
  "/\u00a0/evil.example",
  "/ /evil.example",
  "\t/evil.example",
  "\\t",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "/\\\\evil.example",
  "\\/evil.example",
  "\\\\evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/x/..//evil.example",
  "/./\\evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,hi",
  "evil.example",
  "",
  "%2F%2Fevil.example",
  "%2F/evil.example",
];

describe("safeCallbackUrl", () => {
  it.each(BYPASSES)("falls back for %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/dashboard");
    expect(safeCallbackUrl(value, "/")).toBe("/");
  });

  it("falls back for what is not a string", () => {
    for (const value of [undefined, null, 1, ["/log"], { href: "/log" }]) {
      expect(safeCallbackUrl(value)).toBe("/dashboard");
    }
  });

  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackUrl("/log")).toBe("/log");
    expect(safeCallbackUrl("/log?page=2&sort=date#top")).toBe("/log?page=2&sort=date#top");
    expect(safeCallbackUrl("/cohorts/join/ABC123")).toBe("/cohorts/join/ABC123");
    expect(safeCallbackUrl("/")).toBe("/");
  });

  it("keeps encoded slashes encoded: they stay a path on this site", () => {
    // A browser sends these to our own origin; none becomes a host.
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeCallbackUrl("/%5Cevil.example")).toBe("/%5Cevil.example");
    expect(safeCallbackUrl("/%5C%5Cevil.example")).toBe("/%5C%5Cevil.example");
    expect(safeCallbackUrl("/%09/evil.example")).toBe("/%09/evil.example");
    for (const value of ["/%2F%2Fevil.example", "/%5Cevil.example", "/%09/evil.example"]) {
      expect(new URL(safeCallbackUrl(value), "https://epoch.test").origin).toBe(
        "https://epoch.test",
      );
    }
  });

  it("resolves dot segments and percent-encodes what a header cannot carry", () => {
    expect(safeCallbackUrl("/settings/../log")).toBe("/log");
    expect(safeCallbackUrl("/u/ada?q=ü")).toBe("/u/ada?q=%C3%BC");
    expect(safeCallbackUrl("/u/ü")).toBe("/u/%C3%BC");
    // Whatever comes back fits in a Location header (no ERR_INVALID_CHAR).
    for (const value of [...BYPASSES, "/u/ü", "/log?x=é"]) {
      expect(() => new Headers({ Location: safeCallbackUrl(value) })).not.toThrow();
    }
  });
});
