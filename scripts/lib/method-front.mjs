// What the server does with a request whose method Next.js cannot route (scripts/server.mjs).
// Next.js answers only the methods a route handler can be written for (lib/route-methods.mjs);
// TRACE, PROPFIND and the like would get a bare 500. The paths served by route handlers (the
// API, the calendar feeds, the badge key set) get the request as OPTIONS, marked with the method
// it came with, and their own OPTIONS answers 405 with the path's Allow list (or 404 for an
// unknown API path): one list per path, kept by the route itself. Anything else (pages, static
// files) is answered here with a plain 405.
import { ROUTE_METHODS, UNROUTABLE_METHOD_HEADER } from "../../lib/route-methods.mjs";
import { API_POLICY, SECURITY_HEADERS } from "./page-front.mjs";

// The route handlers that answer such a request themselves (lib/api/methods.ts, otherMethods).
const ROUTE_HANDLERS = /^\/(api|calendar)(\/|$)|^\/\.well-known\/jwks\.json$/;

/** What a page or a static file allows: it is read, never written, by its URL. */
const PAGE_METHODS = "GET, HEAD";

const pathOf = (url) => {
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
};

/**
 * `null` when Next.js routes the method; `{ method, requestHeaders }` to hand the request to
 * its route as that method with those headers; `{ reply }` (status, headers, body) to answer
 * it here.
 */
export function methodFront({ method, url = "/" }) {
  if (ROUTE_METHODS.includes(method)) return null;
  // CONNECT names a host to tunnel to, never a path: it is answered here wherever it points.
  if (method !== "CONNECT" && ROUTE_HANDLERS.test(pathOf(url))) {
    return { method: "OPTIONS", requestHeaders: { [UNROUTABLE_METHOD_HEADER]: method } };
  }
  return {
    reply: {
      status: 405,
      headers: {
        ...SECURITY_HEADERS,
        "Content-Security-Policy": API_POLICY,
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "private, no-store",
        Allow: PAGE_METHODS,
      },
      body: `${method} is not allowed here; this path allows ${PAGE_METHODS}.\n`,
    },
  };
}
