import { randomBytes } from "node:crypto";

/**
 * A URL slug from a name: lower-case ASCII words joined by dashes, at most
 * `maxLength` characters, then a random suffix so that equal names rarely
 * collide (the unique index refuses the rare clash). Profiles and cohorts use it;
 * a base shorter than two characters becomes `fallback`.
 */
export function slugFrom(name: string | null, fallback: string, maxLength: number): string {
  const base = (name ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "") // the accents NFKD split off: "é" → "e", not "e-"
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  return `${base.length >= 2 ? base : fallback}-${randomBytes(3).toString("hex")}`;
}
