import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, users } from "@/db/schema";
import { notFound } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type Page, type PageQuery } from "../pagination";
import { assertKeepsAWayIn, assertOwnsAccount, requireActor, type Actor } from "../policy";
import { createAccount } from "../users/accounts";
import { configuredProviders } from "./providers";

/** One linked identity provider, as Settings and `GET /api/v1/me/identities` show it. */
export type Identity = { provider: string; email: string | null; linkedAt: Date };

/** The linked providers, first linked first, and whether the account has a password. */
export async function listIdentities(
  actor: Actor | null,
  { limit, cursor }: PageQuery,
): Promise<Page<Identity> & { hasPassword: boolean }> {
  const { userId } = requireActor(actor);
  assertOwnsAccount(actor, userId);
  const conditions = [eq(accounts.userId, userId)];
  if (cursor) {
    const [at, provider] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.text(100)]);
    conditions.push(
      sql`(${accounts.linkedAt}, ${accounts.provider}) > (${at}::timestamptz, ${provider}::text)`,
    );
  }
  const [rows, [user]] = await Promise.all([
    db
      .select({
        provider: accounts.provider,
        email: accounts.email,
        linkedAt: accounts.linkedAt,
        sortKey: sql<string>`${accounts.linkedAt}::text`,
      })
      .from(accounts)
      .where(and(...conditions))
      .orderBy(asc(accounts.linkedAt), asc(accounts.provider))
      .limit(limit + 1),
    db
      .select({ hasPassword: sql<boolean>`${users.passwordHash} is not null` })
      .from(users)
      .where(eq(users.id, userId)),
  ]);
  const page = pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.provider],
    (r): Identity => ({ provider: r.provider, email: r.email, linkedAt: r.linkedAt }),
  );
  return { ...page, hasPassword: Boolean(user?.hasPassword) };
}

/**
 * Unlinks a provider from the caller's account, unless it is the last way in: a password or
 * another provider this server offers must remain. The account row is locked meanwhile, so
 * two unlinks at once cannot each leave the other as the last.
 */
export async function unlinkIdentity(actor: Actor | null, provider: string): Promise<void> {
  const { userId } = requireActor(actor);
  assertOwnsAccount(actor, userId);
  const offered = new Set<string>(configuredProviders().map((p) => p.id));
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ hasPassword: sql<boolean>`${users.passwordHash} is not null` })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    const linked = await tx
      .select({ provider: accounts.provider })
      .from(accounts)
      .where(eq(accounts.userId, userId));
    if (!user || !linked.some((a) => a.provider === provider)) throw notFound("Linked provider");
    const othersUsable = linked.filter(
      (a) => a.provider !== provider && offered.has(a.provider),
    ).length;
    assertKeepsAWayIn((user.hasPassword ? 1 : 0) + othersUsable);
    await tx
      .delete(accounts)
      .where(and(eq(accounts.userId, userId), eq(accounts.provider, provider)));
  });
}

/**
 * Auth.js's adapter `createUser`, for a first sign-in through a provider: the account and its
 * profile together, no password, the email verified (the signIn callback lets a new account
 * through only with an email the provider verified: lib/auth/provider-sign-in.ts).
 */
export async function createProviderUser(user: {
  name?: string | null;
  email: string;
  image?: string | null;
}) {
  const created = await createAccount({
    name: user.name ?? null,
    email: user.email,
    passwordHash: null,
    emailVerified: new Date(),
    image: user.image ?? null,
  });
  return { ...created, emailVerified: created.emailVerified ?? null };
}
