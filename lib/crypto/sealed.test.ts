import { afterEach, describe, expect, it } from "vitest";
import { seal, unseal } from "./sealed";

const secret = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = secret;
});

describe("seal and unseal (AES-256-GCM under a key derived from AUTH_SECRET)", () => {
  it("round-trips, and each sealing differs", () => {
    const a = seal("webhook-secret", "whsec_abc");
    const b = seal("webhook-secret", "whsec_abc");
    expect(a).not.toBe(b);
    expect(a).not.toContain("whsec_abc");
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(unseal("webhook-secret", a)).toBe("whsec_abc");
    expect(unseal("webhook-secret", b)).toBe("whsec_abc");
  });

  it("refuses another purpose, a changed value and another AUTH_SECRET", () => {
    const sealed = seal("webhook-secret", "whsec_abc");
    expect(() => unseal("badge-key", sealed)).toThrow();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      unseal("webhook-secret", [v, iv, tag, flipped.toString("base64url")].join(".")),
    ).toThrow();
    expect(() => unseal("webhook-secret", "not sealed")).toThrow("Not a sealed value.");
    process.env.AUTH_SECRET = "another-secret-that-is-long-enough-0123456789";
    expect(() => unseal("webhook-secret", sealed)).toThrow();
  });
});
