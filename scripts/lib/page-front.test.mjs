import { describe, expect, it } from "vitest";
import { pageFront } from "./page-front.mjs";

const SIGNED_IN = "theme=dark; authjs.session-token=abc.def";

const nonceOf = (policy) => policy.match(/'nonce-([^']+)'/)?.[1];

describe("pageFront", () => {
  it("gives a page a script policy with a nonce of its own, on the request and the response", () => {
    const first = pageFront({ url: "/dashboard", cookie: SIGNED_IN });
    const second = pageFront({ url: "/dashboard", cookie: SIGNED_IN });
    const policy = first.requestHeaders["content-security-policy"];
    expect(first.responseHeaders["Content-Security-Policy"]).toBe(policy);
    const nonce = nonceOf(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(nonceOf(second.requestHeaders["content-security-policy"])).not.toBe(nonce);
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scripts).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows eval only in development", () => {
    const dev = pageFront({ url: "/", cookie: "" }, { development: true });
    expect(dev.requestHeaders["content-security-policy"]).toContain("'unsafe-eval'");
    const prod = pageFront({ url: "/", cookie: "" });
    expect(prod.requestHeaders["content-security-policy"]).not.toContain("'unsafe-eval'");
  });

  it("tells the layout the page's path and query, without the router's _rsc", () => {
    const { requestHeaders } = pageFront({ url: "/log?page=2", cookie: SIGNED_IN });
    expect(requestHeaders["x-pathname"]).toBe("/log?page=2");
    const navigation = pageFront({ url: "/log?page=2&_rsc=1x2y3", cookie: SIGNED_IN });
    expect(navigation.requestHeaders["x-pathname"]).toBe("/log?page=2");
    const bare = pageFront({ url: "/skills?_rsc=abc", cookie: SIGNED_IN });
    expect(bare.requestHeaders["x-pathname"]).toBe("/skills");
    expect(pageFront({ url: "/skills?_rsc=abc", cookie: "" }).redirect).toBe(
      "/sign-in?callbackUrl=%2Fskills",
    );
  });

  it("leaves the API and static files alone", () => {
    for (const url of ["/api/v1/me/progress", "/_next/static/chunks/a.js", "/favicon.ico"]) {
      expect(pageFront({ url, cookie: "" }), url).toEqual({
        requestHeaders: {},
        responseHeaders: {},
      });
    }
  });

  it("sends a visitor with no session cookie from a signed-in screen to sign-in, and back after", () => {
    expect(pageFront({ url: "/cohorts/ml-2026?tab=members", cookie: "theme=dark" })).toEqual({
      redirect: `/sign-in?callbackUrl=${encodeURIComponent("/cohorts/ml-2026?tab=members")}`,
    });
    expect(pageFront({ url: "/settings" }).redirect).toBe("/sign-in?callbackUrl=%2Fsettings");
    // Only the invite link itself is open: what lies under or beside it is not.
    for (const url of ["/cohorts/join", "/cohorts/join/ABC/x", "/cohorts/joinABC"])
      expect(pageFront({ url, cookie: "" }).redirect, url).toBeDefined();
    // A cookie whose name only ends like the session's is not one.
    expect(pageFront({ url: "/log", cookie: "xauthjs.session-token=1" }).redirect).toBeDefined();
  });

  it("lets a session cookie through, and public screens (an invite link among them) without one", () => {
    const secure = "__Secure-authjs.session-token=abc";
    expect(pageFront({ url: "/dashboard", cookie: secure }).redirect).toBeUndefined();
    expect(pageFront({ url: "/dashboard", cookie: SIGNED_IN }).redirect).toBeUndefined();
    const invite = ["/cohorts/join/SPRINGML26", "/cohorts/join/SPRINGML26?ref=mail"];
    for (const url of [
      "/",
      "/sign-in",
      "/u/ada-learner",
      "/dashboards",
      "/cohorts-faq",
      "/forgot-password",
      "/reset-password/pMME3JJzajl-Aot2IoLuo2uNBMvPEOCIaSOIqxUBoJ8",
      ...invite,
    ]) {
      const front = pageFront({ url, cookie: "" });
      expect(front.redirect, url).toBeUndefined();
      expect(front.requestHeaders["content-security-policy"], url).toContain("'nonce-");
    }
  });
});
