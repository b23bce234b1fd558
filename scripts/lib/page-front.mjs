// What the server does to a request before Next.js sees it (scripts/server.mjs): each page gets
// a Content-Security-Policy with a nonce of its own, and a visitor with no session cookie on a
// signed-in screen goes to sign-in. Done here rather than in a Next.js proxy (middleware):
// the same work there cost every page about 0.7 ms of CPU, a tenth of a cached dashboard.
import { randomUUID } from "node:crypto";
import { SESSION_COOKIE_NAMES } from "../../lib/auth/session-cookies.mjs";
import { OPEN_IN_AREAS, SIGNED_IN_AREAS } from "../../lib/signed-in-areas.mjs";

// Not pages: the JSON API (next.config.ts gives it a policy of its own), static files and the
// calendar feeds (`/calendar/<secret>.ics`, read by calendar apps with the URL alone, never sent
// to sign-in: docs/DECISIONS.md, "Calendar feed").
const NOT_PAGES = /^\/(api\/|calendar(\/|$)|_next\/static\/|_next\/image|favicon\.ico|robots\.txt)/;

const inArea = (path, area) => path === area || path.startsWith(`${area}/`);

const API = /^\/api(\/|$)/;
const CALENDAR = /^\/calendar(\/|$)/;
// No route matches it (there is no dynamic segment at the root): Next.js renders the 404 page.
const UNMATCHED = "/_not-a-path";

// Every answer's headers (next.config.ts sets them on what Next.js answers); the JSON API adds a
// policy of its own. Here for the answers this file gives before Next.js runs.
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

// What a calendar app gets for a feed path that is not one: plain text, never the HTML 404 page.
const MALFORMED_CALENDAR_REPLY = {
  status: 404,
  headers: {
    ...SECURITY_HEADERS,
    "Content-Security-Policy": API_POLICY,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "private, no-store",
  },
  body: "No calendar feed here.\n",
};

const MALFORMED_API_REPLY = {
  status: 400,
  headers: {
    ...SECURITY_HEADERS,
    "Content-Security-Policy": API_POLICY,
    "Content-Type": "application/json",
    "Cache-Control": "private, no-store",
  },
  body: JSON.stringify({
    error: { code: "bad_request", message: "The path has a malformed percent-encoding." },
  }),
};

/**
 * The path as the URL parser resolves it (dot segments gone, backslashes made slashes), on our
 * own origin whatever it starts with: "/..//evil.example" stays "/evil.example", never "//…".
 */
function normalizedPath(raw) {
  if (!raw.startsWith("/")) return raw;
  let resolved;
  try {
    resolved = new URL(`http://epoch.invalid${raw}`).pathname;
  } catch {
    return raw;
  }
  return resolved.replace(/^[/\\]+/, "/");
}

/** Whether every segment of the path percent-decodes to valid UTF-8. */
function decodable(path) {
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/**
 * The URL without `_rsc`, the cache-busting parameter of Next.js's client-side navigations:
 * it is nowhere to come back to after sign-in (a Next.js proxy does not see it either).
 */
function withoutRouterParams(url) {
  const query = url.indexOf("?");
  if (query < 0 || !url.includes("_rsc=", query)) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  params.delete("_rsc");
  const rest = params.toString();
  return url.slice(0, query) + (rest ? `?${rest}` : "");
}

/** The names of the cookies a Cookie header sends. */
function cookieNames(header = "") {
  return header.split(";").map((pair) => {
    const equals = pair.indexOf("=");
    return (equals < 0 ? pair : pair.slice(0, equals)).trim();
  });
}

/**
 * The page's Content-Security-Policy: scripts only with this response's nonce
 * (Next puts it on its own scripts when it finds the policy in the request
 * headers) and what those load ('strict-dynamic'); nothing framed, posted or
 * fetched elsewhere. Inline style attributes stay allowed: the charts size
 * their bars with them, and styles cannot run code. Development adds
 * 'unsafe-eval', which React's dev build needs for its stack traces.
 */
export function contentSecurityPolicy(nonce, development = false) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * What to do with a request before Next.js handles it: `{ redirect }` (a path to send the
 * visitor to), `{ reply }` (an answer to give as it is: status, headers, body) or
 * `{ requestHeaders, responseHeaders }` to add (nothing for what is not a page), with
 * `rewrite` when Next.js is to handle another URL.
 * `x-pathname` lets the layout send a visitor with an ended session back to this page.
 */
export function pageFront({ url: requested = "/", cookie }, { development = false } = {}) {
  const url = withoutRouterParams(requested);
  const query = url.indexOf("?");
  const raw = query < 0 ? url : url.slice(0, query);
  // Classified by the path as the URL parser reads it, so "/api/../dashboard" is a page.
  const path = normalizedPath(raw);
  if (path !== raw && /(^|[/\\])(\.|%2e){1,2}([/\\]|$)|\\/i.test(raw)) {
    // Dot segments or backslashes: no browser sends them (it resolves them first), and what
    // Next.js would serve for them is not what the path looks like. Ask for the resolved path.
    return { redirect: path + (query < 0 ? "" : url.slice(query)) };
  }
  if (!decodable(path)) {
    // A broken percent escape would make Next.js answer 500. The API answers 400 in its own
    // JSON error format; a page is not found (Next.js renders the site's 404 for this path).
    if (API.test(path)) return { reply: MALFORMED_API_REPLY };
    if (CALENDAR.test(path)) return { reply: MALFORMED_CALENDAR_REPLY };
    return { ...pageHeaders("/", development), rewrite: UNMATCHED };
  }
  if (NOT_PAGES.test(path)) return { requestHeaders: {}, responseHeaders: {} };
  const names = cookieNames(cookie);
  const signedIn = SESSION_COOKIE_NAMES.some((name) => names.includes(name));
  if (
    !signedIn &&
    SIGNED_IN_AREAS.some((area) => inArea(path, area.href)) &&
    !OPEN_IN_AREAS.test(path)
  ) {
    const back = path + (query < 0 ? "" : url.slice(query));
    return { redirect: `/sign-in?callbackUrl=${encodeURIComponent(back)}` };
  }
  return pageHeaders(url, development);
}

function pageHeaders(url, development) {
  const policy = contentSecurityPolicy(Buffer.from(randomUUID()).toString("base64"), development);
  return {
    requestHeaders: { "content-security-policy": policy, "x-pathname": url },
    responseHeaders: { "Content-Security-Policy": policy },
  };
}
