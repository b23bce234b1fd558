import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * The server-side request forgery guard of webhooks (docs/DECISIONS.md, "Webhooks"): a target
 * must be https on a public address. Checked when an endpoint is registered or changed, and
 * again at each delivery, where the address connected to is the one checked (`guardedLookup`),
 * so a name that resolves elsewhere by then (DNS rebinding) is refused too.
 *
 * `WEBHOOKS_ALLOW_LOCALHOST=1` (tests, local development) also lets through http and https
 * on the loopback addresses (127.0.0.0/8, ::1, `localhost`); nothing else private.
 */

export class UnsafeTarget extends Error {}

export function allowLocalhost(): boolean {
  return process.env.WEBHOOKS_ALLOW_LOCALHOST === "1";
}

/** Whether a webhook may be sent to this IP address (IPv4-mapped IPv6 is judged as IPv4). */
export function isAllowedAddress(address: string, localhostAllowed = allowLocalhost()): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return false;
  const range = ipaddr.process(bare).range();
  return range === "unicast" || (localhostAllowed && range === "loopback");
}

const whyNot = (address: string) =>
  `resolves to ${address}, a private, loopback or link-local address`;

/** The URL's problem in words, or null when it may be registered (the host is resolved). */
export async function unsafeUrlReason(raw: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be a URL such as https://example.com/hooks/epoch";
  }
  if (url.username || url.password) return "must not carry a user name or password";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const local = allowLocalhost();
  const loopbackHost = host === "localhost" || (isIP(host) !== 0 && isLoopback(host));
  if (url.protocol !== "https:" && !(local && url.protocol === "http:" && loopbackHost))
    return "must be an https URL";
  try {
    const addresses = await resolveAll(host);
    const bad = addresses.find((a) => !isAllowedAddress(a.address, local));
    return bad ? whyNot(bad.address) : null;
  } catch (error) {
    if (error instanceof UnsafeTarget) return error.message;
    return "could not be resolved";
  }
}

function isLoopback(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === "loopback";
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  if (isIP(host)) return Promise.resolve([{ address: host, family: isIP(host) }]);
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );
}

/** Throws UnsafeTarget unless the URL's host is a public address (an IP literal, checked here). */
export function assertLiteralAllowed(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !isAllowedAddress(host)) throw new UnsafeTarget(whyNot(host));
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for node:http(s) and net: resolves the name, refuses it if any of its addresses
 * is not public (a name that mixes public and private addresses is not trusted), and hands
 * the socket only the addresses checked. Node calls it with `all: true` when it tries
 * several addresses (autoSelectFamily), so both forms are answered.
 */
export function guardedLookup(
  hostname: string,
  options: { all?: boolean; family?: number } | number,
  callback: LookupCallback,
): void {
  const all = typeof options === "object" && options.all === true;
  resolveAll(hostname).then(
    (addresses) => {
      const bad = addresses.find((a) => !isAllowedAddress(a.address));
      if (bad || addresses.length === 0) {
        const error = new UnsafeTarget(
          bad ? `${hostname} ${whyNot(bad.address)}` : `${hostname} has no address`,
        ) as NodeJS.ErrnoException;
        error.code = "EUNSAFETARGET";
        return callback(error, all ? [] : "", 0);
      }
      if (all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    },
    (error: NodeJS.ErrnoException) => callback(error, all ? [] : "", 0),
  );
}
