// Pages are served only through the app's own server, scripts/server.mjs: it gives each page its
// Content-Security-Policy nonce, derives the client address from the socket and bounds shutdown,
// which Next.js's own servers cannot (docs/ARCHITECTURE.md, "The front door"). It marks its process
// before Next.js loads; started another way (`next start`, `next dev`, a standalone server.js),
// the process has no mark and the start-up check (lib/startup.ts) stops it rather than let it serve
// pages without their policy. A mark in memory, not an environment variable, so nothing outside
// the process can set it. Plain JavaScript so the server, which runs outside Next.js, shares it.

const MARK = Symbol.for("epoch.front-door");

/** Called by scripts/server.mjs before Next.js loads. */
export function openFrontDoor() {
  globalThis[MARK] = true;
}

/** Whether this process serves through scripts/server.mjs. */
export function servedThroughFrontDoor() {
  return globalThis[MARK] === true;
}
