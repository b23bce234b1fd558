import { and, count, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { databaseEnv } from "@/db/env";
import {
  apiTokens,
  coachingInvitations,
  milestoneVerifications,
  profiles,
  recordVerifications,
  users,
} from "@/db/schema";
import { AppError, pgErrorCode } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { notify } from "../notifications/notifications";
import { slugFrom } from "../slug";
import { setProfileSlug } from "../profiles/slugs";
import { endOtherSessions } from "../auth/sessions";
import { assertOwnsAccount, requireActor, type Actor } from "../policy";
import { bumpDataRevision } from "../progress/data-revision";
import type { Me, RegisterInput, UpdateMeInput } from "./schemas";
import { knownTimeZoneOrUtc } from "./timezone";

const emailTaken = () =>
  new AppError("conflict", "An account with this email already exists.", {
    email: "is already registered",
  });

/** Creates the user and their profile together. */
export async function registerUser(input: RegisterInput) {
  const passwordHash = await hashPassword(input.password);
  const { id, name, email } = await createAccount({
    name: input.name,
    email: input.email,
    passwordHash,
    emailVerified: null,
    timezone: input.timezone,
  });
  return { id, name, email };
}

/**
 * A new account (user and profile in one transaction), by sign-up or by a first sign-in
 * through an identity provider (no password then). The email is stored lower-cased.
 */
export async function createAccount(input: {
  name: string | null;
  email: string;
  passwordHash: string | null;
  emailVerified: Date | null;
  image?: string | null;
  timezone?: string | null;
}) {
  const email = input.email.trim().toLowerCase();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          name: input.name,
          email,
          passwordHash: input.passwordHash,
          emailVerified: input.emailVerified,
          image: input.image ?? null,
        })
        .returning({
          id: users.id,
          name: users.name,
          email: users.email,
          emailVerified: users.emailVerified,
          image: users.image,
        });
      await tx
        .insert(profiles)
        .values({ userId: user!.id, timezone: knownTimeZoneOrUtc(input.timezone) });
      // Coaching invitations sent to this email before it had an account are waiting.
      const waiting = await tx
        .select({ count: count() })
        .from(coachingInvitations)
        .where(
          and(
            eq(coachingInvitations.inviteeEmail, email),
            eq(coachingInvitations.status, "pending"),
          ),
        );
      if (waiting[0]?.count) {
        await notify(
          tx,
          user!.id,
          "coaching_invitation",
          "You have a coaching invitation waiting",
          "/coaching",
        );
      }
      return user!;
    });
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw emailTaken();
    throw error;
  }
}

/** The account's columns, as `Me`: shared with the session read (lib/users/viewer.ts). */
export const meColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  profile: {
    headline: profiles.headline,
    targetTrack: profiles.targetTrack,
    targetDate: profiles.targetDate,
    weeklyHoursGoal: profiles.weeklyHoursGoal,
    timezone: profiles.timezone,
    publicProfile: profiles.publicProfile,
    slug: profiles.slug,
  },
};

// A page's layout and the page itself both need the account: one read per render, and
// none when the session read brought it along (rememberMe). React's cache lasts one
// server render; in route handlers it is a plain call, so nothing is kept there.
const accountsThisRender = cache(() => new Map<string, Promise<Me>>());

export async function getMe(actor: Actor | null): Promise<Me> {
  const { userId } = requireActor(actor);
  const seen = accountsThisRender();
  let me = seen.get(userId);
  if (!me) {
    me = readMe(userId);
    seen.set(userId, me);
  }
  return me;
}

/** Lets this render's `getMe` answer with an account just read. */
export function rememberMe(me: Me): void {
  accountsThisRender().set(me.id, Promise.resolve(me));
}

async function readMe(userId: string): Promise<Me> {
  const [row] = await db
    .select(meColumns)
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) throw new AppError("unauthorized", "This account no longer exists.");
  return row;
}

/** Updates the name and profile fields given; a public profile gets a slug if it has none. */
export async function updateMe(actor: Actor | null, input: UpdateMeInput): Promise<Me> {
  const { userId } = requireActor(actor);
  assertOwnsAccount(actor, userId);
  const { name, ...profile } = input;
  try {
    await db.transaction(async (tx) => {
      if (name !== undefined) await tx.update(users).set({ name }).where(eq(users.id, userId));
      if (Object.keys(profile).length === 0) return;
      const [current] = await tx
        .select({ slug: profiles.slug, name: users.name })
        .from(profiles)
        .innerJoin(users, eq(users.id, profiles.userId))
        .where(eq(profiles.userId, userId));
      const slug = profile.slug !== undefined ? profile.slug : current?.slug;
      if (profile.publicProfile && !slug)
        profile.slug = slugFrom(current?.name ?? null, "learner", 30);
      const { slug: newSlug, ...rest } = profile;
      if (newSlug !== undefined && newSlug !== current?.slug)
        await setProfileSlug(tx, userId, newSlug);
      await tx
        .update(profiles)
        .set({ ...rest, updatedAt: new Date() })
        .where(eq(profiles.userId, userId));
      // Dashboards are computed from the profile (time zone, target track, weekly goal).
      await bumpDataRevision(tx, [userId]);
    });
  } catch (error) {
    if (pgErrorCode(error) === "23505") {
      throw new AppError("conflict", "This profile address is taken.", {
        slug: "is already taken",
      });
    }
    throw error;
  }
  return readMe(userId); // not the per-render copy: it may predate the update
}

/**
 * Changes the password and ends every other session and every personal access
 * token of the account: whoever knew the old password loses what it opened.
 */
export async function changePassword(
  actor: Actor | null,
  input: { currentPassword: string; newPassword: string },
  currentSession: string | null,
): Promise<void> {
  const { userId } = requireActor(actor);
  const [user] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (user && !user.hash) throw noPasswordYet("currentPassword");
  if (!user?.hash || !(await verifyPassword(user.hash, input.currentPassword))) {
    throw new AppError("validation_failed", "The current password is incorrect.", {
      currentPassword: "is incorrect",
    });
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword) })
    .where(eq(users.id, userId));
  await endOtherSessions(userId, currentSession);
  await db.delete(apiTokens).where(eq(apiTokens.userId, userId));
}

/**
 * An account made through an identity provider has no password until a reset link sets one:
 * what asks for the password says so, and what to do instead.
 */
export const NO_PASSWORD_MESSAGE =
  "This account has no password: it signs in through an identity provider. Set a password first with a reset link (Settings, Sign-in methods, 'Set a password', or POST /api/v1/password-reset), then use it here.";

function noPasswordYet(field: string) {
  return new AppError("validation_failed", NO_PASSWORD_MESSAGE, {
    [field]: "cannot be checked: this account has no password yet, set one first",
  });
}

/**
 * Deletes the account and, by cascade, everything it owns and every membership. Asks for the
 * password. The verifications this account made as a coach stay, with no one as their verifier
 * (`on delete set null`): those learners' data revisions go up in the same transaction.
 */
export async function deleteAccount(actor: Actor | null, password: string): Promise<void> {
  const { userId } = requireActor(actor);
  const [user] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  if (user && !user.hash) throw noPasswordYet("password");
  if (!user?.hash || !(await verifyPassword(user.hash, password))) {
    throw new AppError("validation_failed", "The password is incorrect.", {
      password: "is incorrect",
    });
  }
  await db.transaction(async (tx) => {
    // On Citus the learners are read on every shard and then `users`, a reference table, is
    // written: one connection per node for the reads, or Citus refuses that write.
    if (databaseEnv().DATABASE_CITUS)
      await tx.execute(sql`set local citus.multi_shard_modify_mode to 'sequential'`);
    // Locked first, so no verification by this account can be added while the learners are read.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const verifiedFor = await tx
      .select({ userId: milestoneVerifications.userId })
      .from(milestoneVerifications)
      .where(eq(milestoneVerifications.verifiedBy, userId))
      .union(
        tx
          .select({ userId: recordVerifications.userId })
          .from(recordVerifications)
          .where(eq(recordVerifications.verifiedBy, userId)),
      );
    await bumpDataRevision(
      tx,
      verifiedFor.map((r) => r.userId),
    );
    await tx.delete(users).where(eq(users.id, userId));
  });
}
