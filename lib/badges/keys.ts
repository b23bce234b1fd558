import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { desc, eq, isNull, sql } from "drizzle-orm";
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importJWK,
  importPKCS8,
  type JWK,
} from "jose";
import { db } from "@/db/client";
import { badgeSigningKeys } from "@/db/schema";
import { AppError, notFound } from "../errors";
import { env } from "../env";

/**
 * The keys tier badges are signed with (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)").
 * Made on first use and kept in PostgreSQL, the private half encrypted with AES-256-GCM under a
 * key derived (HKDF-SHA256) from BADGE_SIGNING_KEY, else AUTH_SECRET. Rotating retires the
 * current key: it signs nothing more, and its public half stays published, so every badge it
 * signed stays verifiable.
 */

export type KeyAlgorithm = (typeof badgeSigningKeys.$inferSelect)["algorithm"];

/** The JOSE `alg` of each stored algorithm. */
export const JOSE_ALG: Record<KeyAlgorithm, "EdDSA" | "RS256"> = { eddsa: "EdDSA", rs256: "RS256" };

/** New keys are Ed25519: short signatures, fast, and one of the two the spec names. */
export const DEFAULT_ALGORITHM: KeyAlgorithm = "eddsa";

const ENCRYPTION_FORMAT = "v1";

function secret(): string {
  const { BADGE_SIGNING_KEY, AUTH_SECRET } = env();
  const value = BADGE_SIGNING_KEY ?? AUTH_SECRET;
  if (!value)
    throw new AppError(
      "unavailable",
      "Badges cannot be signed: set AUTH_SECRET (or BADGE_SIGNING_KEY) on the server.",
    );
  return value;
}

function encryptionKey(from: string): Buffer {
  return Buffer.from(
    hkdfSync("sha256", from, "epoch-badge-signing-keys", "private key encryption v1", 32),
  );
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url each. */
export function encryptPrivateKey(pem: string, from = secret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(from), iv);
  const data = Buffer.concat([cipher.update(pem, "utf8"), cipher.final()]);
  return [ENCRYPTION_FORMAT, iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The PEM, or null when this secret cannot open it (another secret encrypted it). */
export function decryptPrivateKey(stored: string, from = secret()): string | null {
  const [format, iv, tag, data] = stored.split(".");
  if (format !== ENCRYPTION_FORMAT || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv(
      "aes-256-gcm",
      encryptionKey(from),
      Buffer.from(iv, "base64url"),
    );
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(data, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}

export type SigningKey = {
  id: string;
  algorithm: KeyAlgorithm;
  alg: "EdDSA" | "RS256";
  privateKey: CryptoKey;
};

/** Imported private keys by key id: a key's row never changes, only its retirement does. */
const imported = new Map<string, Promise<CryptoKey>>();

async function newKeyRow(algorithm: KeyAlgorithm) {
  const alg = JOSE_ALG[algorithm];
  const { publicKey, privateKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(alg === "RS256" ? { modulusLength: 2048 } : {}),
  });
  const jwk = await exportJWK(publicKey);
  // The key id is the RFC 7638 thumbprint: derived from the key itself, so it cannot collide.
  const id = await calculateJwkThumbprint(jwk, "sha256");
  return {
    id,
    algorithm,
    publicJwk: { ...jwk, kid: id, alg, use: "sig" },
    privateKeyEncrypted: encryptPrivateKey(await exportPKCS8(privateKey)),
  };
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** One process at a time makes or retires keys: the others wait, then see its result. */
async function lockKeys(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('badge_signing_keys'))`);
}

async function currentRow(tx: Tx | typeof db) {
  const [row] = await tx
    .select()
    .from(badgeSigningKeys)
    .where(isNull(badgeSigningKeys.retiredAt))
    .orderBy(desc(badgeSigningKeys.createdAt))
    .limit(1);
  return row;
}

/**
 * Retires the current key (if any) and makes a new one, in one transaction. Old badges keep
 * verifying: the retired key's public half stays in the JWK Set. `npm run badges:rotate-key`.
 */
export async function rotateSigningKey(algorithm: KeyAlgorithm = DEFAULT_ALGORITHM) {
  const row = await newKeyRow(algorithm);
  return db.transaction(async (tx) => {
    await lockKeys(tx);
    const retired = await tx
      .update(badgeSigningKeys)
      .set({ retiredAt: sql`now()` })
      .where(isNull(badgeSigningKeys.retiredAt))
      .returning({ id: badgeSigningKeys.id });
    await tx.insert(badgeSigningKeys).values(row);
    return { id: row.id, algorithm, retired: retired.map((r) => r.id) };
  });
}

/**
 * The key new badges are signed with: the current one, made on first use. A current key this
 * server's secret cannot open (the secret changed) is retired and replaced, so claiming keeps
 * working; what it signed stays verifiable by its public half.
 */
export async function currentSigningKey(): Promise<SigningKey> {
  const key = secret();
  let row = await currentRow(db);
  let pem = row ? decryptPrivateKey(row.privateKeyEncrypted, key) : null;
  if (!row || !pem) {
    const fresh = await newKeyRow(DEFAULT_ALGORITHM);
    row = await db.transaction(async (tx) => {
      await lockKeys(tx);
      const now = await currentRow(tx);
      if (now && decryptPrivateKey(now.privateKeyEncrypted, key)) return now; // another process made it
      if (now) {
        console.warn(
          `Badge signing key ${now.id} cannot be opened with this server's secret: retired, and a new key made.`,
        );
        await tx
          .update(badgeSigningKeys)
          .set({ retiredAt: sql`now()` })
          .where(eq(badgeSigningKeys.id, now.id));
      }
      const [made] = await tx.insert(badgeSigningKeys).values(fresh).returning();
      return made!;
    });
    pem = decryptPrivateKey(row.privateKeyEncrypted, key)!;
  }
  const alg = JOSE_ALG[row.algorithm];
  let privateKey = imported.get(row.id);
  if (!privateKey) {
    privateKey = importPKCS8(pem, alg);
    imported.set(row.id, privateKey);
  }
  return { id: row.id, algorithm: row.algorithm, alg, privateKey: await privateKey };
}

/** Every key's public half, current and retired, newest first. */
export async function publicKeys() {
  return db
    .select({
      id: badgeSigningKeys.id,
      algorithm: badgeSigningKeys.algorithm,
      publicJwk: badgeSigningKeys.publicJwk,
      createdAt: badgeSigningKeys.createdAt,
      retiredAt: badgeSigningKeys.retiredAt,
    })
    .from(badgeSigningKeys)
    .orderBy(desc(badgeSigningKeys.createdAt));
}

/** One key's public half by its id, or null. */
export async function publicKeyById(id: string) {
  const [row] = await db
    .select({
      id: badgeSigningKeys.id,
      algorithm: badgeSigningKeys.algorithm,
      publicJwk: badgeSigningKeys.publicJwk,
      retiredAt: badgeSigningKeys.retiredAt,
    })
    .from(badgeSigningKeys)
    .where(eq(badgeSigningKeys.id, id));
  return row ?? null;
}

/** The URL a badge's JWT header names as its `kid`: it answers that key's public JWK. */
export function keyUrl(origin: string, id: string): string {
  return `${origin}/api/v1/badges/keys/${id}`;
}

/** The stored public JWK as published: `kid` is the key's URL on this origin. */
export function publishedJwk(origin: string, key: { id: string; publicJwk: unknown }): JWK {
  return { ...(key.publicJwk as JWK), kid: keyUrl(origin, key.id) };
}

/** The key id at the end of a `kid` URL (or a bare id). */
export function keyIdOf(kid: string): string {
  return kid.slice(kid.lastIndexOf("/") + 1);
}

export async function importPublicKey(key: { algorithm: KeyAlgorithm; publicJwk: unknown }) {
  return importJWK(key.publicJwk as JWK, JOSE_ALG[key.algorithm]);
}

/** `GET /.well-known/jwks.json`: every key's public half, current and retired. */
export async function jwkSet(origin: string): Promise<{ keys: JWK[] }> {
  return { keys: (await publicKeys()).map((k) => publishedJwk(origin, k)) };
}

/** `GET /api/v1/badges/keys/{kid}`: one key's public JWK (what a badge's `kid` names), or 404. */
export async function publishedKey(origin: string, id: string): Promise<JWK> {
  const key = await publicKeyById(id);
  if (!key) throw notFound("Key");
  return publishedJwk(origin, key);
}
