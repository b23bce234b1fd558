import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { db, type Transaction } from "@/db/client";
import { cohortInvitations, cohortMembers, cohorts, users } from "@/db/schema";
import { AppError } from "../errors";
import { canSendEmail, sendMail } from "../notifications/mail";
import {
  assertInvitedEmail,
  assertMayInviteToCohort,
  requireActor,
  type Actor,
  type CohortRole,
} from "../policy";
import { cursorPart, decodeCursor, encodeCursor } from "../pagination";
import { membershipIn } from "./cohorts";
import { addMember } from "./membership";
import { rosterFromCsv, rosterFromEmails, type InvalidRow } from "./roster";

// Roster import (docs/DECISIONS.md, "Roster import"): an organizer or cohort coach invites a
// list of emails; each gets a personal join link. The link's token is random; only its
// SHA-256 identifies the invitation. The token itself is kept only until the link is mailed,
// so that, on a server without SMTP, the organizer can copy the links from the list.

export const hashInvitationToken = (token: string) =>
  createHash("sha256").update(token).digest("hex");

/** The personal join link of an invitation. */
export const invitationLink = (origin: string, token: string) =>
  `${origin.replace(/\/+$/, "")}/cohorts/invitation/${token}`;

export type ImportResult = { invited: string[]; already: string[]; invalid: InvalidRow[] };

/** The cohort with this slug, when the actor runs it (organizer or cohort coach). */
async function cohortTheyRun(actor: Actor | null, slug: string) {
  const { cohort, role } = await membershipIn(actor, slug);
  assertMayInviteToCohort(role);
  return cohort!;
}

/**
 * Invites each good row of the list: an invitation of its own, its link mailed when the server
 * sends email. Emails already invited to the cohort, or already in it, are `already` and
 * nothing is written for them; bad rows are `invalid` with their row and reason. Importing the
 * same list again therefore invites no one twice.
 */
export async function importInvitations(
  actor: Actor | null,
  slug: string,
  input: { emails: string[] } | { csv: string },
  origin: string,
): Promise<ImportResult> {
  const { userId } = requireActor(actor);
  const cohort = await cohortTheyRun(actor, slug);
  const roster = "csv" in input ? rosterFromCsv(input.csv) : rosterFromEmails(input.emails);
  const emails = roster.rows.map((r) => r.email);

  const made = await db.transaction(async (tx) => {
    const taken = new Set<string>();
    if (emails.length) {
      const invited = await tx
        .select({ email: cohortInvitations.email })
        .from(cohortInvitations)
        .where(
          and(eq(cohortInvitations.cohortId, cohort.id), inArray(cohortInvitations.email, emails)),
        );
      const members = await tx
        .select({ email: users.email })
        .from(cohortMembers)
        .innerJoin(users, eq(users.id, cohortMembers.userId))
        .where(and(eq(cohortMembers.cohortId, cohort.id), inArray(users.email, emails)));
      for (const r of [...invited, ...members]) taken.add(r.email.toLowerCase());
    }
    const fresh = roster.rows
      .filter((r) => !taken.has(r.email))
      .map((r) => {
        const token = randomBytes(32).toString("base64url");
        return {
          cohortId: cohort.id,
          email: r.email,
          name: r.name,
          token,
          tokenHash: hashInvitationToken(token),
          invitedBy: userId,
        };
      });
    if (!fresh.length) return [];
    // A parallel import of the same emails: the unique (cohort, email) keeps one of each.
    return tx.insert(cohortInvitations).values(fresh).onConflictDoNothing().returning({
      id: cohortInvitations.id,
      email: cohortInvitations.email,
      token: cohortInvitations.token,
    });
  });

  if (made.length && canSendEmail()) void mailInvitations(userId, cohort, made, origin);
  const invited = new Set(made.map((m) => m.email));
  return {
    invited: emails.filter((e) => invited.has(e)),
    already: emails.filter((e) => !invited.has(e)),
    invalid: roster.invalid,
  };
}

/**
 * Mails each new invitation its link, after the answer; a link mailed is forgotten (only its
 * hash stays), a link that could not be mailed stays in the list for the organizer to copy.
 */
async function mailInvitations(
  inviterId: string,
  cohort: { name: string },
  made: { id: string; email: string; token: string | null }[],
  origin: string,
) {
  const [inviter] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, inviterId));
  const who = inviter?.name ?? inviter?.email ?? "The organizer";
  for (const invitation of made) {
    try {
      await sendMail({
        to: invitation.email,
        subject: `${who} invites you to ${cohort.name} on Epoch`,
        text: [
          `${who} invites you to join the cohort ${cohort.name} on Epoch.`,
          "",
          `Join here: ${invitationLink(origin, invitation.token!)}`,
          "",
          `The link is yours: it works for the Epoch account with this email (${invitation.email}). If you have no account yet, the link lets you create one first.`,
          "",
          "— Epoch",
        ].join("\n"),
      });
      await db
        .update(cohortInvitations)
        .set({ token: null })
        .where(eq(cohortInvitations.id, invitation.id));
    } catch (error) {
      console.warn(
        `Cohort invitation email not sent: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

export type InvitationItem = {
  email: string;
  name: string | null;
  status: "invited" | "joined";
  invitedAt: Date;
  joinedAt: Date | null;
  link?: string;
};

/**
 * The cohort's invitations, newest import first (a list in the order of its emails), with the
 * link of each pending one that was not mailed.
 */
export async function listInvitations(
  actor: Actor | null,
  slug: string,
  { limit, cursor }: { limit: number; cursor?: string },
  origin: string,
): Promise<{ items: InvitationItem[]; nextCursor: string | null }> {
  const cohort = await cohortTheyRun(actor, slug);
  const conditions: SQL[] = [eq(cohortInvitations.cohortId, cohort.id)];
  if (cursor) {
    // The invitation time as PostgreSQL printed it, and the email.
    const [at, email] = decodeCursor(cursor, [cursorPart.timestamp, cursorPart.text(254)]);
    conditions.push(
      sql`(${cohortInvitations.invitedAt} < ${at}::timestamptz or (${cohortInvitations.invitedAt} = ${at}::timestamptz and ${cohortInvitations.email} > ${email}))`,
    );
  }
  const rows = await db
    .select({ row: cohortInvitations, sortKey: sql<string>`${cohortInvitations.invitedAt}::text` })
    .from(cohortInvitations)
    .where(and(...conditions))
    .orderBy(desc(cohortInvitations.invitedAt), asc(cohortInvitations.email))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => ({
      email: row.email,
      name: row.name,
      status: row.joinedAt ? "joined" : "invited",
      invitedAt: row.invitedAt,
      joinedAt: row.joinedAt,
      ...(row.token && !row.joinedAt ? { link: invitationLink(origin, row.token) } : {}),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey, last.row.email) : null,
  };
}

/** Counts for the cohort page's heading: how many were invited, how many joined. */
export async function invitationCounts(actor: Actor | null, slug: string) {
  const cohort = await cohortTheyRun(actor, slug);
  const [row] = await db
    .select({
      invited: sql<number>`count(*)::int`,
      joined: sql<number>`count(${cohortInvitations.joinedAt})::int`,
    })
    .from(cohortInvitations)
    .where(eq(cohortInvitations.cohortId, cohort.id));
  return row ?? { invited: 0, joined: 0 };
}

const unknownLink = () =>
  new AppError(
    "not_found",
    "This invitation link is unknown: it may have been mistyped. Ask the organizer for your link.",
    { token: "is unknown" },
  );

async function findByToken(token: string, tx: Transaction | typeof db = db, lock = false) {
  // A path segment or a body field: no token has U+0000 (which PostgreSQL refuses).
  if (token.includes("\u0000") || token.length > 200) throw unknownLink();
  const query = tx
    .select({
      invitation: cohortInvitations,
      cohort: { id: cohorts.id, slug: cohorts.slug, name: cohorts.name },
      description: cohorts.description,
    })
    .from(cohortInvitations)
    .innerJoin(cohorts, eq(cohorts.id, cohortInvitations.cohortId))
    .where(eq(cohortInvitations.tokenHash, hashInvitationToken(token)));
  const [row] = await (lock ? query.for("update", { of: cohortInvitations }) : query);
  if (!row) throw unknownLink();
  return row;
}

async function emailAndRole(tx: Transaction | typeof db, userId: string, cohortId: string) {
  const [row] = await tx
    .select({ email: users.email, role: cohortMembers.role })
    .from(users)
    .leftJoin(
      cohortMembers,
      and(eq(cohortMembers.userId, users.id), eq(cohortMembers.cohortId, cohortId)),
    )
    .where(eq(users.id, userId));
  return { email: row?.email ?? "", role: (row?.role ?? null) as CohortRole | null };
}

/**
 * What a personal link opens, for its page: the cohort, the invited email, and how the
 * signed-in visitor stands to it. The link itself grants seeing this (signed out too).
 */
export async function invitationForToken(actor: Actor | null, token: string) {
  const { invitation, cohort, description } = await findByToken(token);
  const you = actor ? await emailAndRole(db, actor.userId, cohort.id) : null;
  return {
    cohort: { slug: cohort.slug, name: cohort.name, description },
    email: invitation.email,
    name: invitation.name,
    joined: invitation.joinedAt !== null,
    /** Signed in with the invited email. */
    forYou: you ? you.email.toLowerCase() === invitation.email : null,
    /** Already in the cohort. */
    member: you ? you.role !== null : null,
  };
}

/**
 * Joins the cohort with a personal link: only the account with the invited email may (403
 * otherwise), as a member, and the invitation is marked joined. Following it again changes
 * nothing; a link once used does not let its user back in after they left or were removed
 * (409): the invite code is for that.
 */
export async function joinByInvitation(actor: Actor | null, token: string) {
  const { userId } = requireActor(actor);
  return db.transaction(async (tx) => {
    const { invitation, cohort } = await findByToken(token, tx, true);
    const you = await emailAndRole(tx, userId, cohort.id);
    assertInvitedEmail(you.email, invitation.email);
    if (invitation.joinedAt) {
      if (invitation.joinedUserId === userId && you.role)
        return { slug: cohort.slug, name: cohort.name };
      throw new AppError(
        "conflict",
        "This invitation has already been used. Ask the organizer for the cohort's invite link.",
        { token: "has been used" },
      );
    }
    await addMember(tx, cohort, userId);
    await tx
      .update(cohortInvitations)
      .set({ joinedUserId: userId, joinedAt: sql`now()` })
      .where(eq(cohortInvitations.id, invitation.id));
    return { slug: cohort.slug, name: cohort.name };
  });
}

/**
 * Someone joined by the cohort's invite code: an invitation waiting for their email is theirs,
 * and is marked joined.
 */
export async function markInvitationJoined(
  tx: Transaction | typeof db,
  cohortId: string,
  userId: string,
) {
  await tx
    .update(cohortInvitations)
    .set({ joinedUserId: userId, joinedAt: sql`now()` })
    .where(
      and(
        eq(cohortInvitations.cohortId, cohortId),
        isNull(cohortInvitations.joinedAt),
        sql`${cohortInvitations.email} = (select lower(${users.email}) from ${users} where ${users.id} = ${userId})`,
      ),
    );
}
