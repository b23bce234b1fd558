import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/**
 * The secret in a calendar feed's URL (docs/DECISIONS.md, "Calendar feed"): the feed's id (the
 * uuid's 32 hex digits) followed by 22 base64url characters of an HMAC-SHA256 of those digits,
 * under a key derived from AUTH_SECRET. The database holds only the id, so a copy of it opens no
 * feed; a secret is checked here, in constant time, before any query, so a malformed or forged
 * one costs no database work. Rotating the feed draws a new id: the old secret then names
 * nothing.
 */

const ID = /^[0-9a-f]{32}$/;
const SECRET = /^([0-9a-f]{32})([A-Za-z0-9_-]{22})$/;
/** 16 bytes of the HMAC: 128 bits, as many as the id's own randomness gives a guesser. */
const MAC_BYTES = 16;

let derived: { from: string; key: Buffer } | undefined;

/** The feed key, derived once per AUTH_SECRET (HKDF-SHA256, a label of its own). */
function feedKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: calendar feed URLs cannot be made.");
  if (derived?.from !== secret) {
    derived = {
      from: secret,
      key: Buffer.from(hkdfSync("sha256", secret, "", "epoch calendar feed url v1", 32)),
    };
  }
  return derived.key;
}

const macOf = (hex: string) =>
  createHmac("sha256", feedKey()).update(hex).digest().subarray(0, MAC_BYTES);

/** The URL secret of a feed id (a uuid as PostgreSQL prints it). */
export function feedSecret(feedId: string): string {
  const hex = feedId.replaceAll("-", "").toLowerCase();
  if (!ID.test(hex)) throw new Error("A feed id is a uuid.");
  return hex + macOf(hex).toString("base64url");
}

/** The feed id a secret names, or null when it is malformed or its HMAC does not match. */
export function feedIdOf(secret: string): string | null {
  const match = SECRET.exec(secret);
  if (!match) return null;
  const [, hex, mac] = match as unknown as [string, string, string];
  const given = Buffer.from(mac, "base64url");
  // 22 base64url characters carry 132 bits: a secret whose last 4 bits differ decodes to the
  // same bytes, so it is compared as text too (the canonical spelling only).
  const expected = macOf(hex);
  if (given.length !== MAC_BYTES || !timingSafeEqual(given, expected)) return null;
  if (expected.toString("base64url") !== mac) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
