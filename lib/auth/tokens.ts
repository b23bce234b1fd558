import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { notFound } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type PageQuery } from "../pagination";
import { requireActor, type Actor } from "../policy";

/** Tokens look like `epoch_<43 base64url chars>`; only their SHA-256 is stored. */
const PREFIX = "epoch_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createApiToken(userId: string, name: string) {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  return { ...row!, token };
}

/** The caller's tokens, newest first. */
export async function listApiTokens(actor: Actor | null, { limit, cursor }: PageQuery) {
  const { userId } = requireActor(actor);
  const conditions = [eq(apiTokens.userId, userId)];
  if (cursor) {
    const [at, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(
      sql`(${apiTokens.createdAt}, ${apiTokens.id}) < (${at}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      sortKey: sql<string>`${apiTokens.createdAt}::text`,
    })
    .from(apiTokens)
    .where(and(...conditions))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(limit + 1);
  return pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.id],
    (r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt }),
  );
}

/** Revokes at once: the row is gone, so the next request with it is 401. */
export async function revokeApiToken(actor: Actor | null, id: string): Promise<void> {
  const { userId } = requireActor(actor);
  const deleted = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .returning({ id: apiTokens.id });
  if (deleted.length === 0) throw notFound("Token");
}

/** The user a bearer token belongs to, or null. Records use at most once a minute. */
export async function userForApiToken(token: string): Promise<string | null> {
  if (!token.startsWith(PREFIX)) return null;
  const tokenHash = hashToken(token);
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        or(
          isNull(apiTokens.lastUsedAt),
          lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`),
        ),
      ),
    )
    .returning({ userId: apiTokens.userId });
  if (row) return row.userId;
  const [existing] = await db
    .select({ userId: apiTokens.userId })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, tokenHash));
  return existing?.userId ?? null;
}
