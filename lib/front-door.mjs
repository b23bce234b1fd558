// Pages are served only through the app's own server, scripts/server.mjs: it gives each page its
// Content-Security-Policy nonce, derives the client address from the socket and bounds shutdown,
// which Next.js's own servers cannot (docs/ARCHITECTURE.md, "The front door"). That server makes a
// secret per process and hands it to each page request in a header it always overwrites; a process
// started another way (`next start`, `next dev`, a standalone server.js) has no secret, so the root
// layout refuses to render rather than serve a page without its policy. Plain JavaScript so the
// server, which runs outside Next.js, and the layout share one definition.
import { randomBytes, timingSafeEqual } from "node:crypto";

export const FRONT_DOOR_HEADER = "x-epoch-front-door";
const SECRET_ENV = "EPOCH_FRONT_DOOR_SECRET";

/** Called by scripts/server.mjs before Next.js loads: this process's secret. */
export function openFrontDoor() {
  process.env[SECRET_ENV] = randomBytes(32).toString("base64url");
  return process.env[SECRET_ENV];
}

/** Whether a page request came through scripts/server.mjs: its header carries this process's secret. */
export function cameThroughFrontDoor(headerValue) {
  const secret = process.env[SECRET_ENV];
  if (!secret || typeof headerValue !== "string") return false;
  const given = Buffer.from(headerValue);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
