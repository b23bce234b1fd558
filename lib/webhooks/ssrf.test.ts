import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendDelivery } from "./send";
import { isAllowedAddress, unsafeUrlReason } from "./ssrf";
import { startReceiver, type Receiver } from "./receiver-test-helpers";

// The SSRF guard (docs/DECISIONS.md, "Webhooks"): what may be registered, and what a delivery
// connects to, with local receivers on 127.0.0.1.

const withLocalhost = (on: boolean) => {
  if (on) process.env.WEBHOOKS_ALLOW_LOCALHOST = "1";
  else delete process.env.WEBHOOKS_ALLOW_LOCALHOST;
};
afterEach(() => withLocalhost(false));

describe("isAllowedAddress", () => {
  it.each([
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["127.9.9.9", "loopback"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fd12:3456::1", "IPv6 unique local"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped link-local"],
    ["64:ff9b::a00:1", "NAT64 of a private address"],
    ["2002:a00:1::1", "6to4 of a private address"],
    ["not-an-ip", "not an address"],
  ])("refuses %s (%s)", (address) => {
    expect(isAllowedAddress(address, false)).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "allows the public address %s",
    (address) => {
      expect(isAllowedAddress(address, false)).toBe(true);
    },
  );

  it("with localhost allowed, lets loopback through and nothing else private", () => {
    expect(isAllowedAddress("127.0.0.1", true)).toBe(true);
    expect(isAllowedAddress("::1", true)).toBe(true);
    expect(isAllowedAddress("10.0.0.1", true)).toBe(false);
    expect(isAllowedAddress("169.254.169.254", true)).toBe(false);
    expect(isAllowedAddress("fe80::1", true)).toBe(false);
  });
});

describe("unsafeUrlReason: what registration refuses", () => {
  it.each([
    ["http://93.184.215.14/hook", /https/],
    ["ftp://93.184.215.14/hook", /https/],
    ["not a url", /URL/],
    ["https://user:pw@93.184.215.14/hook", /user name or password/],
    ["https://10.0.0.5/hook", /private/],
    ["https://169.254.169.254/latest/meta-data", /private/],
    ["https://[::1]/hook", /private/],
    ["https://[fe80::1]/hook", /private/],
    ["https://[::ffff:127.0.0.1]/hook", /private/],
    ["https://[::ffff:a00:1]/hook", /private/],
    ["https://127.0.0.1/hook", /private/],
    // DNS names that resolve to private addresses (the hosts file answers these).
    ["https://localhost/hook", /resolves to 127\.0\.0\.1/],
    ["https://vm:8443/hook", /resolves to 127\.0\.0\.1/],
    ["https://no-such-host.invalid/hook", /could not be resolved/],
  ])("%s", async (url, why) => {
    expect(await unsafeUrlReason(url)).toMatch(why);
  });

  it("accepts https on a public address", async () => {
    expect(await unsafeUrlReason("https://93.184.215.14/hooks/epoch")).toBeNull();
    expect(await unsafeUrlReason("https://[2606:4700:4700::1111]/hook")).toBeNull();
  });

  it("WEBHOOKS_ALLOW_LOCALHOST=1 allows http(s) on loopback only", async () => {
    withLocalhost(true);
    expect(await unsafeUrlReason("http://127.0.0.1:8080/hook")).toBeNull();
    expect(await unsafeUrlReason("http://localhost:8080/hook")).toBeNull();
    expect(await unsafeUrlReason("https://[::1]:8080/hook")).toBeNull();
    expect(await unsafeUrlReason("http://10.0.0.5/hook")).toMatch(/https/);
    expect(await unsafeUrlReason("https://10.0.0.5/hook")).toMatch(/private/);
    expect(await unsafeUrlReason("https://169.254.169.254/")).toMatch(/private/);
  });
});

describe("sendDelivery: what a delivery connects to", () => {
  let receiver: Receiver;
  let other: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
    other = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await other.close();
  });

  it("without the localhost setting, refuses a loopback IP and a name resolving to one, sending nothing", async () => {
    const before = receiver.received.length;
    const byIp = await sendDelivery(receiver.url, {}, "{}");
    const byName = await sendDelivery(receiver.url.replace("127.0.0.1", "localhost"), {}, "{}");
    expect(byIp).toMatchObject({ ok: false, responseCode: null });
    expect(byIp.error).toMatch(/^refused: .*private/);
    expect(byName).toMatchObject({ ok: false, responseCode: null });
    expect(byName.error).toMatch(/^refused: localhost resolves to 127\.0\.0\.1/);
    expect(receiver.received.length).toBe(before);
  });

  it("with it, delivers to the loopback receiver and reports its status", async () => {
    withLocalhost(true);
    receiver.answer(204);
    const result = await sendDelivery(
      receiver.url.replace("127.0.0.1", "localhost"),
      { "x-test": "1" },
      '{"a":1}',
    );
    expect(result).toEqual({ ok: true, responseCode: 204, error: null });
    expect(receiver.received.at(-1)!.body).toBe('{"a":1}');
    expect(receiver.received.at(-1)!.headers["content-type"]).toBe("application/json");
  });

  it("follows no redirect: a 302 to another address is a failure, and nothing reaches it", async () => {
    withLocalhost(true);
    receiver.answer(302, { location: "http://169.254.169.254/latest/meta-data" });
    const toMetadata = await sendDelivery(receiver.url, {}, "{}");
    expect(toMetadata).toMatchObject({ ok: false, responseCode: 302 });
    expect(toMetadata.error).toMatch(/redirect not followed \(to http:\/\/169\.254\.169\.254/);
    receiver.answer(307, { location: other.url });
    const toOther = await sendDelivery(receiver.url, {}, "{}");
    expect(toOther).toMatchObject({ ok: false, responseCode: 307 });
    expect(other.received).toHaveLength(0);
    receiver.answer(200);
  });

  it("gives up on a receiver that does not answer in time", async () => {
    withLocalhost(true);
    const { createServer } = await import("node:http");
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", () => r()));
    const port = (silent.address() as { port: number }).port;
    try {
      const started = Date.now();
      const result = await sendDelivery(`http://127.0.0.1:${port}/hook`, {}, "{}", 300);
      expect(result).toMatchObject({ ok: false, responseCode: null });
      expect(result.error).toMatch(/no answer within/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
