import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "./client-address.mjs";

const none = parseTrustedProxies(undefined);
const proxy = parseTrustedProxies("10.0.0.2, 10.0.0.3");

describe("clientAddress", () => {
  it("takes the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (const forwardedFor of ["198.51.100.7", "1.2.3.4, 5.6.7.8", "x".repeat(9000), undefined]) {
      expect(
        clientAddress({ remoteAddress: "203.0.113.9", forwardedFor, trustedProxies: none }),
      ).toBe("203.0.113.9");
    }
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const address = clientAddress({
      remoteAddress: "203.0.113.9",
      forwardedFor: "198.51.100.7",
      trustedProxies: proxy,
    });
    expect(address).toBe("203.0.113.9");
  });

  it("from a trusted proxy, takes the right-most entry that is not a trusted proxy", () => {
    const from = (forwardedFor) =>
      clientAddress({ remoteAddress: "10.0.0.2", forwardedFor, trustedProxies: proxy });
    expect(from("198.51.100.7")).toBe("198.51.100.7");
    // A client-written entry on the left of the proxy's own is not believed.
    expect(from("1.1.1.1, 198.51.100.7")).toBe("198.51.100.7");
    expect(from("1.1.1.1, 198.51.100.7, 10.0.0.3")).toBe("198.51.100.7");
    expect(from(["1.1.1.1", "198.51.100.8"])).toBe("198.51.100.8");
  });

  it("from a trusted proxy with no usable entry, keys on the nearest trusted hop", () => {
    const from = (forwardedFor) =>
      clientAddress({ remoteAddress: "10.0.0.2", forwardedFor, trustedProxies: proxy });
    expect(from(undefined)).toBe("10.0.0.2");
    expect(from("")).toBe("10.0.0.2");
    expect(from("not-an-ip")).toBe("10.0.0.2");
    expect(from("198.51.100.7, 10.0.0.3, junk")).toBe("10.0.0.2");
    expect(from("x".repeat(9000))).toBe("10.0.0.2");
    expect(from("10.0.0.3")).toBe("10.0.0.3");
  });

  it("reads IPv4-mapped IPv6 sockets as IPv4, so 127.0.0.1 in TRUSTED_PROXIES matches", () => {
    const trustedProxies = parseTrustedProxies("127.0.0.1");
    expect(
      clientAddress({
        remoteAddress: "::ffff:127.0.0.1",
        forwardedFor: "2001:db8::1",
        trustedProxies,
      }),
    ).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("198.51.100.7:8080")).toBeUndefined();
  });

  it("answers a bounded address even for a socket without one", () => {
    expect(
      clientAddress({ remoteAddress: undefined, forwardedFor: "1.2.3.4", trustedProxies: none }),
    ).toBe("unknown");
  });
});

describe("parseTrustedProxies", () => {
  it("names an entry that is not an IP address", () => {
    expect(() => parseTrustedProxies("10.0.0.2, proxy.internal")).toThrow(/"proxy\.internal"/);
    expect([...parseTrustedProxies(" , ::ffff:10.0.0.2 ,")]).toEqual(["10.0.0.2"]);
  });
});
