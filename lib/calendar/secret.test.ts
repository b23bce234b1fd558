import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { feedIdOf, feedSecret } from "./secret";

describe("the calendar feed's URL secret", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is the feed id's hex and 22 base64url characters of its HMAC, and names that id back", () => {
    const id = randomUUID();
    const secret = feedSecret(id);
    expect(secret).toMatch(/^[0-9a-f]{32}[A-Za-z0-9_-]{22}$/);
    expect(secret.slice(0, 32)).toBe(id.replaceAll("-", ""));
    expect(feedIdOf(secret)).toBe(id);
    expect(feedSecret(id)).toBe(secret);
    expect(feedSecret(id.toUpperCase())).toBe(secret);
  });

  it("refuses any secret that is changed, cut, lengthened or reshaped", () => {
    const id = randomUUID();
    const secret = feedSecret(id);
    const flip = (s: string, i: number) =>
      s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    for (let i = 0; i < secret.length; i++) {
      const changed =
        i < 32
          ? secret.slice(0, i) + (secret[i] === "a" ? "b" : "a") + secret.slice(i + 1)
          : flip(secret, i);
      expect(feedIdOf(changed), `character ${i}`).toBeNull();
    }
    // Another id with this id's MAC, a MAC moved to another id.
    expect(feedIdOf(feedSecret(randomUUID()).slice(0, 32) + secret.slice(32))).toBeNull();
    for (const bad of [
      "",
      secret.slice(0, -1),
      `${secret}A`,
      secret.toUpperCase(),
      `${secret.slice(0, 32)}${"A".repeat(22)}`,
      `${"0".repeat(32)}${secret.slice(32)}`,
      `../${secret}`,
      `${secret}.ics`,
      secret.replace(/[0-9a-f]/, "-"),
    ])
      expect(feedIdOf(bad), bad).toBeNull();
  });

  it("takes only the canonical spelling of the HMAC (its last character carries 4 unused bits)", () => {
    const secret = feedSecret(randomUUID());
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(secret.at(-1)!);
    // Same two leading bits, other low bits: each decodes to the same 16 bytes.
    const twins = Array.from({ length: 16 }, (_, low) => alphabet[(last & ~15) | low]!).filter(
      (c) => c !== secret.at(-1),
    );
    expect(twins).toHaveLength(15);
    for (const c of twins)
      expect(Buffer.from(secret.slice(32, -1) + c, "base64url")).toEqual(
        Buffer.from(secret.slice(32), "base64url"),
      );
    for (const c of twins) expect(feedIdOf(secret.slice(0, -1) + c)).toBeNull();
  });

  it("depends on AUTH_SECRET: another server's key opens none of this one's feeds", async () => {
    const id = randomUUID();
    const here = feedSecret(id);
    vi.stubEnv("AUTH_SECRET", "another-secret-that-is-long-enough-0123456789");
    vi.resetModules();
    const other = await import("./secret");
    const there = other.feedSecret(id);
    expect(there).not.toBe(here);
    expect(other.feedIdOf(here)).toBeNull();
    expect(other.feedIdOf(there)).toBe(id);
  });
});
