import { randomBytes, randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from "jose";
import { db } from "@/db/client";
import { badges, profiles, projects, recordVerifications, users } from "@/db/schema";
import { AppError, notFound } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type PageQuery } from "../pagination";
import { assertAccess, ownDataOf, type Actor, type Sharing, type Ties } from "../policy";
import { assess } from "../progress/progress";
import { SKILL_LEVELS, TIERS, TRACKS } from "../roadmap/content";
import { describeCriteria } from "../roadmap/describe";
import { getRoadmap } from "../roadmap/queries";
import { jsonRows } from "../sql";
import { emitEvent, personRef } from "../webhooks/events";
import {
  badgeName,
  badgePageUrl,
  buildCredential,
  jwtClaimsOf,
  type BadgeTarget,
  type OpenBadgeCredential,
} from "./credential";
import {
  currentSigningKey,
  importPublicKey,
  JOSE_ALG,
  keyIdOf,
  keyUrl,
  publicKeyById,
} from "./keys";
import { schemaErrors } from "./schema";
import type { BadgeClaimInput } from "./schemas";

/**
 * Tier badges: Open Badges 3.0 credentials a learner claims for a tier they hold or a track they
 * completed, signed as VC-JWTs (docs/DECISIONS.md, "Tier badges (Open Badges 3.0)").
 */

type BadgeRow = typeof badges.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The credential as it was signed, from the JWT's payload (without the JWT's own claims): the
 * same JSON as the stored copy, in the order the issuer wrote it (jsonb keeps its own order).
 */
export function credentialOfJwt(jwt: string): OpenBadgeCredential {
  const { iss, jti, nbf, ...credential } = decodeJwt(jwt);
  void [iss, jti, nbf];
  return credential as OpenBadgeCredential;
}

/** What a claim answers about one badge. */
export function badgeBody(row: BadgeRow, origin: string) {
  return {
    id: row.id,
    url: badgePageUrl(origin, row.id),
    credential: credentialOfJwt(row.jwt),
    jwt: row.jwt,
  };
}

function listItem(
  row: Pick<BadgeRow, "id" | "tier" | "track" | "issuedAt" | "revokedAt">,
  origin: string,
) {
  return {
    id: row.id,
    tier: row.tier,
    track: row.track,
    issuedAt: row.issuedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    url: badgePageUrl(origin, row.id),
  };
}

export type BadgeListItem = ReturnType<typeof listItem>;

async function existingBadge(userId: string, want: BadgeClaimInput) {
  const [row] = await db
    .select()
    .from(badges)
    .where(
      and(
        eq(badges.userId, userId),
        want.tier !== undefined ? eq(badges.tier, want.tier) : eq(badges.track, want.track!),
      ),
    );
  return row;
}

const notReached = (field: "tier" | "track", why: string) =>
  new AppError("validation_failed", why, {
    [field]: why.replace(/^[A-Z]/, (c) => c.toLowerCase()),
  });

/**
 * Issues the learner's badge for a tier they hold or a track they completed, or answers the
 * badge they already have (`created: false`). Everything the credential says is read in one
 * statement with the evaluation. Also used by the demo data (scripts/db/seed.ts).
 */
export async function issueBadge(
  userId: string,
  want: BadgeClaimInput,
  origin: string,
): Promise<{ created: boolean; badge: BadgeRow }> {
  const existing = await existingBadge(userId, want);
  if (existing) return { created: false, badge: existing };

  const [account] = await db
    .select({
      email: users.email,
      name: users.name,
      timezone: profiles.timezone,
      targetTrack: profiles.targetTrack,
      publicProfile: profiles.publicProfile,
      slug: profiles.slug,
    })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, userId));
  if (!account) throw notFound("Account");

  const [roadmap, assessed] = await Promise.all([
    getRoadmap(),
    assess(userId, account.timezone, account.targetTrack, {
      shipped: jsonRows<{ title: string }>(sql`
        select ${projects.title} as title from ${projects}
        where ${projects.userId} = ${userId} and ${projects.status} = 'shipped'
        order by ${projects.updatedAt} desc limit 20`),
      verifiedRecords: sql<number>`(select count(*)::int from ${recordVerifications}
        where ${recordVerifications.userId} = ${userId})`,
    }),
  ]);
  const { progress, evidence, alongside } = assessed;

  let target: BadgeTarget;
  let criteria: { title: string; criteria: Parameters<typeof describeCriteria>[0] }[];
  if (want.tier !== undefined) {
    const tier = roadmap.tiers.find((t) => t.number === want.tier);
    if (!tier) throw notReached("tier", "Is not a tier of the roadmap.");
    if (progress.tier.number < tier.number)
      throw notReached(
        "tier",
        `Tier ${tier.number} is not reached yet: you hold ${progress.tier.number ? `tier ${progress.tier.number}` : "no tier"}.`,
      );
    target = { kind: "tier", number: tier.number, name: tier.name, context: tier.context };
    // The specialist tier is tier 3 plus a track: its criteria are the completed track's.
    const trackMilestones =
      tier.milestones.length === 0
        ? (roadmap.tracks.find((t) => t.slug === progress.track)?.milestones ?? [])
        : [];
    criteria = [...tier.milestones, ...trackMilestones];
  } else {
    const track = roadmap.tracks.find((t) => t.slug === want.track);
    if (!track) throw notReached("track", "Is not a track of the roadmap.");
    const statuses = progress.milestones.filter((m) => m.track === track.slug);
    if (!statuses.length || !statuses.every((m) => m.met))
      throw notReached(
        "track",
        `The ${track.name} track is not completed yet: ${statuses.filter((m) => m.met).length} of ${statuses.length} milestones met.`,
      );
    target = { kind: "track", slug: track.slug, name: track.name, summary: track.summary };
    criteria = track.milestones;
  }

  const skillNames = roadmap.skillAreas.flatMap((a) => a.skills);
  const id = randomUUID();
  const issuedAt = new Date();
  const credential = buildCredential({
    id,
    origin,
    issuedAt,
    target,
    criteria: criteria.map((m) => ({ title: m.title, description: describeCriteria(m.criteria) })),
    subject: { email: account.email, name: account.name, salt: randomBytes(16).toString("hex") },
    evidence: {
      skills: skillNames
        .filter((s) => (evidence.skillLevels[s.slug] ?? 0) > 0)
        .map((s) => {
          const level = evidence.skillLevels[s.slug]!;
          return { name: s.name, level, levelName: SKILL_LEVELS[level]?.name ?? String(level) };
        }),
      hoursLogged: Math.floor(evidence.minutesLogged / 60),
      shippedProjects: evidence.projects
        .filter((p) => p.status === "shipped")
        .reduce((n, p) => n + p.count, 0),
      shippedProjectTitles: account.publicProfile ? alongside.shipped.map((p) => p.title) : null,
      verifiedMilestones: progress.milestones.filter((m) => m.verified).map((m) => m.title),
      verifiedRecords: alongside.verifiedRecords,
    },
    publicProfileUrl: account.publicProfile && account.slug ? `${origin}/u/${account.slug}` : null,
  });
  const key = await currentSigningKey();
  const jwt = await new SignJWT({ ...credential, ...jwtClaimsOf(credential) })
    .setProtectedHeader({ alg: key.alg, kid: keyUrl(origin, key.id), typ: "JWT" })
    .sign(key.privateKey);

  // The badge and its `badge.issued` event in one transaction: no event for a badge not kept.
  const inserted = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(badges)
      .values({
        id,
        userId,
        tier: want.tier ?? null,
        track: want.track ?? null,
        keyId: key.id,
        credential,
        jwt,
        issuedAt,
      })
      .onConflictDoNothing()
      .returning();
    if (row)
      await emitEvent(tx, {
        type: "badge.issued",
        userId,
        data: {
          learner: await personRef(tx, userId),
          badge: {
            id: row.id,
            tier: row.tier,
            track: row.track,
            issuedAt: row.issuedAt.toISOString(),
            url: badgePageUrl(origin, row.id),
          },
        },
      });
    return row;
  });
  if (!inserted) {
    // A second claim raced this one and won: answer its badge.
    const won = await existingBadge(userId, want);
    if (!won) throw new AppError("conflict", "The badge could not be issued. Try again.");
    return { created: false, badge: won };
  }
  return { created: true, badge: inserted };
}

/** `POST /api/v1/me/badges`: 201 with a new badge, 200 with the one already claimed. */
export async function claimBadge(actor: Actor | null, want: BadgeClaimInput, origin: string) {
  const userId = ownDataOf(actor, "badges", "write");
  const { created, badge } = await issueBadge(userId, want, origin);
  return { created, body: badgeBody(badge, origin) };
}

export async function listMyBadges(
  actor: Actor | null,
  origin: string,
  { limit, cursor }: PageQuery,
) {
  const userId = ownDataOf(actor, "badges", "read");
  const conditions = [eq(badges.userId, userId)];
  if (cursor) {
    const [at, id] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.uuid]);
    conditions.push(sql`(${badges.issuedAt}, ${badges.id}) > (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select({
      id: badges.id,
      tier: badges.tier,
      track: badges.track,
      issuedAt: badges.issuedAt,
      revokedAt: badges.revokedAt,
      sortKey: sql<string>`${badges.issuedAt}::text`,
    })
    .from(badges)
    .where(and(...conditions))
    .orderBy(asc(badges.issuedAt), asc(badges.id))
    .limit(limit + 1);
  return pageFrom(
    rows,
    limit,
    (r) => [r.sortKey, r.id],
    (r) =>
      listItem(
        { id: r.id, tier: r.tier, track: r.track, issuedAt: r.issuedAt, revokedAt: r.revokedAt },
        origin,
      ),
  );
}

/**
 * Whether the learner has a badge (revoked or not: a revoked badge stays revoked) for a tier:
 * what the dashboard asks to offer a claim. One probe of the unique index on (user, tier).
 */
export async function hasTierBadge(actor: Actor | null, tier: number): Promise<boolean> {
  const userId = ownDataOf(actor, "badges", "read");
  const [row] = await db
    .select({ id: badges.id })
    .from(badges)
    .where(and(eq(badges.userId, userId), eq(badges.tier, tier)))
    .limit(1);
  return Boolean(row);
}

/**
 * The owner revokes their badge: the status endpoint and the verification page say so from now
 * on. Revoking again changes nothing. Anyone else's badge (or none): 404.
 */
export async function revokeBadge(actor: Actor | null, id: string): Promise<void> {
  const userId = ownDataOf(actor, "badges", "write");
  const ofBadge = and(eq(badges.id, id), eq(badges.userId, userId));
  const [row] = await db.select({ id: badges.id }).from(badges).where(ofBadge);
  if (!row) throw notFound("Badge");
  // The first revocation's time stays. Not coalesce(revoked_at, now()): Citus refuses volatile
  // functions inside CASE or COALESCE.
  await db
    .update(badges)
    .set({ revokedAt: sql`now()` })
    .where(and(ofBadge, isNull(badges.revokedAt)));
}

export type VerificationResult = {
  verified: boolean;
  /** What was checked, for the verification page, each in plain words. */
  signature: boolean;
  schema: boolean;
  key: { id: string; retired: boolean } | null;
  problems: string[];
};

/**
 * Verifies a stored badge from its JWT alone, as an outside verifier would with the issuer's
 * published keys: the key named by the header's `kid` must be one of the issuer's (current or
 * retired), the signature must check with it, the signed credential must be the stored one and
 * belong to this badge, and it must conform to the Open Badges 3.0 schema.
 */
export async function verifyBadgeJwt(
  jwt: string,
  badgeId: string,
  stored: unknown,
): Promise<VerificationResult> {
  const result: VerificationResult = {
    verified: false,
    signature: false,
    schema: false,
    key: null,
    problems: [],
  };
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    result.problems.push("The signed credential cannot be read.");
    return result;
  }
  const key = typeof header.kid === "string" ? await publicKeyById(keyIdOf(header.kid)) : null;
  if (!key) {
    result.problems.push("It is not signed with a key the issuer publishes.");
    return result;
  }
  result.key = { id: key.id, retired: key.retiredAt !== null };
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jwt, await importPublicKey(key), {
      algorithms: [JOSE_ALG[key.algorithm]],
    }));
    result.signature = true;
  } catch {
    result.problems.push("The signature does not check with the issuer's key.");
    return result;
  }
  const { iss, jti, nbf, iat, exp, sub, ...credential } = payload;
  void [iat, exp, sub];
  const signed = credential as OpenBadgeCredential;
  if (!isDeepStrictEqual(credential, stored))
    result.problems.push("The signed credential differs from the one on record.");
  if (
    iss !== signed.issuer?.id ||
    jti !== signed.id ||
    nbf !== jwtClaimsOf(signed).nbf ||
    typeof signed.id !== "string" ||
    !signed.id.endsWith(`/badges/${badgeId}`)
  )
    result.problems.push("The token's claims do not match the credential.");
  const errors = schemaErrors(credential);
  result.schema = errors.length === 0;
  if (errors.length)
    result.problems.push(`It does not match the Open Badges 3.0 schema (${errors[0]}).`);
  result.verified = result.signature && result.problems.length === 0;
  return result;
}

/**
 * A badge as anyone may see it, by its id: the verification page and `GET /api/v1/badges/{id}`.
 * Verified server-side on every read (a few milliseconds): nothing cached can say "verified"
 * about a badge whose key or row changed.
 */
export async function getPublicBadge(id: string) {
  if (!UUID.test(id)) throw notFound("Badge");
  const [row] = await db.select().from(badges).where(eq(badges.id, id));
  if (!row) throw notFound("Badge");
  const verification = await verifyBadgeJwt(row.jwt, row.id, row.credential);
  return {
    // As signed when it verifies (the same JSON as stored, in the issuer's order), else as stored.
    credential: verification.verified
      ? credentialOfJwt(row.jwt)
      : (row.credential as OpenBadgeCredential),
    jwt: row.jwt,
    status: row.revokedAt ? ("revoked" as const) : ("active" as const),
    verified: verification.verified,
    verification,
    tier: row.tier,
    track: row.track,
    issuedAt: row.issuedAt,
    revokedAt: row.revokedAt,
  };
}

export type PublicBadge = Awaited<ReturnType<typeof getPublicBadge>>;

/**
 * A learner's active badges as someone else sees them: their active coach, or their cohort when
 * they share progress (`accessTo(kind: "badges")`); anyone else 404. Revoked badges are not
 * shown to others.
 */
export async function badgesSeenBy(
  actor: Actor | null,
  ownerId: string,
  sharing: Sharing = {},
  ties: Ties = {},
) {
  assertAccess(actor, ownerId, "badges", "read", sharing, ties);
  const rows = await db
    .select({ id: badges.id, tier: badges.tier, track: badges.track, issuedAt: badges.issuedAt })
    .from(badges)
    .where(and(eq(badges.userId, ownerId), isNull(badges.revokedAt)))
    .orderBy(asc(badges.issuedAt));
  return rows.map((r) => ({ ...r, name: badgeName(targetOf(r)) }));
}

/** The name a stored badge's target has on the badge (from the roadmap content in the code). */
function targetOf(row: { tier: number | null; track: string | null }): BadgeTarget {
  if (row.tier !== null) {
    const tier = TIERS.find((t) => t.number === row.tier);
    return { kind: "tier", number: row.tier, name: tier?.name ?? "", context: "" };
  }
  const track = TRACKS.find((t) => t.slug === row.track);
  return {
    kind: "track",
    slug: row.track ?? "",
    name: track?.name ?? row.track ?? "",
    summary: "",
  };
}
