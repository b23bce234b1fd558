import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Small secrets kept encrypted at rest (a webhook's signing secret; later a badge key):
 * AES-256-GCM under a key derived from AUTH_SECRET with HKDF-SHA256, one key per `purpose`,
 * so that one use's ciphertext never opens as another's. A sealed value reads
 * `v1.<iv>.<tag>.<ciphertext>` (base64url). Changing AUTH_SECRET makes sealed values
 * unreadable: see docs/DECISIONS.md, "Webhooks".
 */

const VERSION = "v1";

function keyFor(purpose: string, secret = process.env.AUTH_SECRET): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set: sealed secrets need it.");
  return Buffer.from(hkdfSync("sha256", secret, "epoch-sealed", `epoch:${purpose}`, 32));
}

export function seal(purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plaintext; throws when the value was not sealed for this purpose under this key. */
export function unseal(purpose: string, sealed: string): string {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || rest.length)
    throw new Error("Not a sealed value.");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
