// The HTTP methods a Next.js route handler can be written for, and how the front door
// (scripts/server.mjs) hands a request with any other method (TRACE, CONNECT, PROPFIND, …) to the
// path's own route: Next.js cannot route such a request at all, so the front door turns it into
// OPTIONS and names the method it came with in UNROUTABLE_METHOD_HEADER; the route's OPTIONS
// (lib/api/methods.ts) then answers 405 with its Allow list (docs/ARCHITECTURE.md, "The front
// door"). Plain JavaScript so the server, which runs outside Next.js, shares it.

/** In the order an Allow header lists them. */
export const ROUTE_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Set only by the front door, which removes it from every request a client sends. */
export const UNROUTABLE_METHOD_HEADER = "x-unroutable-method";
