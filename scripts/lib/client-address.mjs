// The client's address, as the throttles key on it (lib/auth/throttle.ts). X-Forwarded-For is
// written by whoever sends the request, so it is believed only when the socket's peer is a proxy
// named in TRUSTED_PROXIES; otherwise the socket address is the client. scripts/server.mjs
// overwrites the header with the one address derived here, so the app reads exactly that.
import net from "node:net";

/** At most this many hops are read from the right: a longer chain is not a real proxy chain. */
const MAX_HOPS = 20;

/** The address in a canonical form (IPv4-mapped IPv6 as IPv4, lower case), or undefined. */
export function normalizeAddress(value) {
  if (typeof value !== "string") return undefined;
  let address = value.trim().toLowerCase();
  if (address.length > 64) return undefined;
  if (address.startsWith("[") && address.endsWith("]")) address = address.slice(1, -1);
  if (address.startsWith("::ffff:") && net.isIPv4(address.slice(7))) address = address.slice(7);
  return net.isIP(address) ? address : undefined;
}

/**
 * TRUSTED_PROXIES ("10.0.0.2,10.0.0.3") as a set of addresses. Throws naming the entry that is
 * not an IP address: a typo must not silently trust nobody (or everybody).
 */
export function parseTrustedProxies(value) {
  const trusted = new Set();
  for (const entry of (value ?? "").split(",")) {
    if (!entry.trim()) continue;
    const address = normalizeAddress(entry);
    if (!address) throw new Error(`TRUSTED_PROXIES: "${entry.trim()}" is not an IP address.`);
    trusted.add(address);
  }
  return trusted;
}

/**
 * The client address for a request that came from `remoteAddress` with the given
 * X-Forwarded-For (a string, or the array Node gives for repeated headers). From a trusted proxy,
 * the right-most entry that is not itself a trusted proxy; from anyone else, the socket address.
 * An entry that is not an IP address stops the walk at the last trusted hop, which a proxy's
 * clients then share (the safe side: they cannot pick fresh keys with it).
 */
export function clientAddress({ remoteAddress, forwardedFor, trustedProxies }) {
  let client = normalizeAddress(remoteAddress) ?? "unknown";
  if (!trustedProxies.has(client)) return client;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header.split(",").slice(-MAX_HOPS);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break;
    client = hop;
    if (!trustedProxies.has(hop)) break;
  }
  return client;
}

/**
 * Replaces the request's X-Forwarded-For with the derived client address (and drops X-Real-IP,
 * which nothing derives), in place: what scripts/server.mjs does to every request.
 */
export function forwardClientAddress(req, trustedProxies) {
  req.headers["x-forwarded-for"] = clientAddress({
    remoteAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedProxies,
  });
  delete req.headers["x-real-ip"];
}
