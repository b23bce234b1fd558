import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SIGNED_IN_AREAS } from "../../lib/signed-in-areas.mjs";
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

  it("treats the calendar feeds as no page: no sign-in, no page policy, with or without a session", () => {
    const feed = `/calendar/${"0".repeat(32)}${"A".repeat(22)}.ics`;
    for (const url of [feed, `${feed}?x=1`, "/calendar", "/calendar/", "/calendar/a/b"]) {
      for (const cookie of ["", SIGNED_IN]) {
        expect(pageFront({ url, cookie }), url).toEqual({
          requestHeaders: {},
          responseHeaders: {},
        });
      }
    }
    // Only /calendar itself: a page whose path merely starts alike is still a page.
    expect(pageFront({ url: "/calendars", cookie: "" }).requestHeaders).toHaveProperty(
      "content-security-policy",
    );
    // A broken escape in a feed path is a plain-text 404, never the HTML not-found page.
    const { reply } = pageFront({ url: "/calendar/%FF.ics", cookie: "" });
    expect(reply).toMatchObject({
      status: 404,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      },
    });
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

  it("sends a path with dot segments or backslashes to the path they resolve to", () => {
    // Raw, as a client other than a browser sends them: "/api/../dashboard" was served as the
    // dashboard with the API's treatment (no page policy).
    const cases = [
      ["/api/../dashboard", "/dashboard"],
      ["/robots.txt/../settings", "/settings"],
      ["/api/%2e%2e/dashboard", "/dashboard"],
      ["/api/%2E%2E/settings?tab=tokens", "/settings?tab=tokens"],
      ["/_next/static/../../log", "/log"],
      ["/favicon.ico/./../skills", "/skills"],
      ["/api\\..\\dashboard", "/dashboard"],
      ["/api/./v1/roadmap", "/api/v1/roadmap"],
      // Never to another host: "//evil.example" in a Location header would be one.
      ["/..//evil.example", "/evil.example"],
      ["/.//evil.example", "/evil.example"],
      ["/\\evil.example", "/evil.example"],
    ];
    for (const [url, to] of cases) {
      for (const cookie of [SIGNED_IN, ""]) {
        expect(pageFront({ url, cookie }), url).toEqual({ redirect: to });
      }
    }
  });

  it("gives every page its policy, whatever the path looks like", () => {
    for (const url of ["//dashboard", "/dashboard/", "/u/%2e%2e.x", "/api.x/../"]) {
      const front = pageFront({ url, cookie: SIGNED_IN });
      const page = front.redirect ? pageFront({ url: front.redirect, cookie: SIGNED_IN }) : front;
      expect(page.responseHeaders["Content-Security-Policy"], url).toContain("'nonce-");
    }
    // Where a signed-out visitor goes back to is the resolved path, never another host.
    expect(pageFront({ url: "//dashboard?x=1", cookie: "" }).redirect).toBe(
      "/sign-in?callbackUrl=%2Fdashboard%3Fx%3D1",
    );
  });

  it("answers a broken percent-escape in the API's path with 400 in the API's error format", () => {
    for (const url of [
      "/api/v1/profiles/%FF",
      "/api/v1/cohorts/%ED%A0%80/dashboard",
      "/api/%E0%A4%A",
    ]) {
      for (const cookie of [SIGNED_IN, ""]) {
        const { reply } = pageFront({ url, cookie });
        expect(reply?.status, url).toBe(400);
        expect(JSON.parse(reply.body)).toEqual({
          error: { code: "bad_request", message: expect.stringContaining("percent-encoding") },
        });
        expect(reply.headers).toMatchObject({
          "Content-Type": "application/json",
          "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
          "X-Frame-Options": "DENY",
          "Referrer-Policy": "strict-origin-when-cross-origin",
        });
      }
    }
  });

  it("hands a page with a broken percent-escape to Next.js as one that does not exist, with its policy", () => {
    for (const url of ["/u/%FF", "/cohorts/%ED%A0%80", "/dashboard/%E0%A4%A", "/%C0%AF?x=1"]) {
      for (const cookie of [SIGNED_IN, ""]) {
        const front = pageFront({ url, cookie });
        expect(front.redirect, url).toBeUndefined();
        expect(front.rewrite, url).toBe("/_not-a-path");
        expect(front.responseHeaders["Content-Security-Policy"], url).toContain("'nonce-");
      }
    }
    // Escapes that decode are left alone, and a broken one in the query is the page's to read.
    for (const url of ["/u/%25FF", "/u/%F0%9F%98%80", "/log?edit=%FF"]) {
      expect(pageFront({ url, cookie: SIGNED_IN }).rewrite, url).toBeUndefined();
    }
  });
});

describe("the signed-in areas", () => {
  it("are the app/(app) folders that hold a page, each one sent to sign-in when signed out", () => {
    const group = path.join(import.meta.dirname, "..", "..", "app", "(app)");
    const folders = readdirSync(group, { withFileTypes: true })
      .filter(
        (entry) => entry.isDirectory() && existsSync(path.join(group, entry.name, "page.tsx")),
      )
      .map((entry) => `/${entry.name}`)
      .sort();
    expect(SIGNED_IN_AREAS.map((area) => area.href).sort()).toEqual(folders);
    for (const { href } of SIGNED_IN_AREAS)
      expect(pageFront({ url: href, cookie: "" }).redirect, href).toBe(
        `/sign-in?callbackUrl=${encodeURIComponent(href)}`,
      );
  });
});
