import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { cohortMembers, cohorts } from "@/db/schema";
import { AppError } from "../errors";
import { cursorPart, decodeCursor, pageFrom, type PageQuery } from "../pagination";
import { assertCohortOrganizer, requireActor, type Actor, type CohortRole } from "../policy";
import { slugFrom } from "../slug";

// The cohort itself: creating, listing, renaming, its invite code. Joining and what a member
// shares are in membership.ts, removing members and roles in members.ts, the dashboard and
// its CSV in dashboard.ts.

// No 0/O/1/I/L: codes are read aloud and typed.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
function newInviteCode(): string {
  return [...randomBytes(10)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

/** The caller's role in the cohort with this slug (null when not in it), and the cohort. */
export async function membershipIn(actor: Actor | null, slug: string) {
  const { userId } = requireActor(actor);
  const [row] = await db
    .select({ cohort: cohorts, role: cohortMembers.role })
    .from(cohorts)
    .leftJoin(
      cohortMembers,
      and(eq(cohortMembers.cohortId, cohorts.id), eq(cohortMembers.userId, userId)),
    )
    .where(eq(cohorts.slug, slug));
  return { cohort: row?.cohort ?? null, role: (row?.role ?? null) as CohortRole | null };
}

export async function createCohort(
  actor: Actor | null,
  input: {
    name: string;
    description?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
  },
) {
  const { userId } = requireActor(actor);
  return db.transaction(async (tx) => {
    const [cohort] = await tx
      .insert(cohorts)
      .values({
        ...input,
        slug: slugFrom(input.name, "cohort", 50),
        inviteCode: newInviteCode(),
        createdBy: userId,
      })
      .returning();
    await tx.insert(cohortMembers).values({ userId, cohortId: cohort!.id, role: "organizer" });
    return { slug: cohort!.slug, name: cohort!.name, inviteCode: cohort!.inviteCode };
  });
}

/** The caller's cohorts by name (then slug, which is unique). */
export async function listMyCohorts(actor: Actor | null, { limit, cursor }: PageQuery) {
  const { userId } = requireActor(actor);
  const conditions = [eq(cohortMembers.userId, userId)];
  if (cursor) {
    const [name, slug] = decodeCursor(cursor, [cursorPart.text(200), cursorPart.text(200)]);
    conditions.push(sql`(${cohorts.name}, ${cohorts.slug}) > (${name}, ${slug})`);
  }
  const rows = await db
    .select({
      slug: cohorts.slug,
      name: cohorts.name,
      description: cohorts.description,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      role: cohortMembers.role,
      id: cohorts.id,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(and(...conditions))
    .orderBy(asc(cohorts.name), asc(cohorts.slug))
    .limit(limit + 1);
  // Counted apart, grouped by cohort: members are spread over every shard on Citus, where a
  // count correlated with each cohort row cannot be planned.
  const counts = new Map(
    rows.length
      ? (
          await db
            .select({ cohortId: cohortMembers.cohortId, count: sql<number>`count(*)::int` })
            .from(cohortMembers)
            .where(
              inArray(
                cohortMembers.cohortId,
                rows.map((r) => r.id),
              ),
            )
            .groupBy(cohortMembers.cohortId)
        ).map((r) => [r.cohortId, r.count])
      : [],
  );
  return pageFrom(
    rows.map(({ id, ...r }) => ({ ...r, memberCount: counts.get(id) ?? 0 })),
    limit,
    (r) => [r.name, r.slug],
  );
}

export async function rotateInviteCode(actor: Actor | null, slug: string) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  const [row] = await db
    .update(cohorts)
    .set({ inviteCode: newInviteCode() })
    .where(eq(cohorts.id, cohort!.id))
    .returning({ inviteCode: cohorts.inviteCode });
  return { inviteCode: row!.inviteCode };
}

export async function updateCohort(
  actor: Actor | null,
  slug: string,
  input: {
    name?: string;
    description?: string | null;
    startsOn?: string | null;
    endsOn?: string | null;
  },
) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertCohortOrganizer(role);
  const merged = { ...cohort!, ...input };
  if (merged.startsOn && merged.endsOn && merged.endsOn < merged.startsOn) {
    throw new AppError("validation_failed", "End date must be on or after the start date.", {
      endsOn: "must be on or after the start date",
    });
  }
  // An empty change is a no-op, not an error.
  const [row] = Object.keys(input).length
    ? await db.update(cohorts).set(input).where(eq(cohorts.id, cohort!.id)).returning()
    : [cohort];
  return {
    slug: row!.slug,
    name: row!.name,
    description: row!.description,
    startsOn: row!.startsOn,
    endsOn: row!.endsOn,
  };
}
