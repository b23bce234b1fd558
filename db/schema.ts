import { getTableName, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  customType,
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
import {
  ACTIVITY_KINDS,
  ACTIVITY_MINUTES,
  BADGE_KEY_ALGORITHMS,
  CERTIFICATION_STATUSES,
  COACHING_ROLES,
  COHORT_MILESTONE_KINDS,
  COHORT_ROLES,
  EVENT_KINDS,
  INVITATION_STATUSES,
  LEARNING_PATH_SLUGS,
  MILESTONE_KINDS,
  NOTE_SUBJECT_TYPES,
  NOTIFICATION_KINDS,
  NOTIFICATION_SUBJECT_TYPES,
  PAPER_STATUSES,
  PROJECT_STATUSES,
  REVIEW_MESSAGE_KINDS,
  REVIEW_STATUSES,
  REVIEW_SUBJECT_TYPES,
  SKILL_LEVEL,
  VERIFIED_RECORD_TYPES,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
  WEEKLY_HOURS_GOAL,
} from "./enums";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

// CHECK constraints built from db/enums.ts, the lists the zod schemas use too: whatever writes
// to the database (a script, a psql session, a bug) cannot store a value the app does not know.
// Plain text columns rather than enum types: see docs/DECISIONS.md. Values are written into the
// constraint (it takes no parameters), so only plain lowercase words are accepted here.

/** PostgreSQL's own name for a column's check: `<table>_<column>_check`. */
const checkName = (column: AnyPgColumn) => `${getTableName(column.table)}_${column.name}_check`;

/** The column holds one of `values` (or null, if it is nullable). */
function oneOf(column: AnyPgColumn, values: readonly string[]) {
  const literals = values.map((v) => {
    if (!/^[a-z][a-z0-9_-]*$/.test(v)) throw new Error(`Not a plain enum value: ${v}`);
    return `'${v}'`;
  });
  return check(checkName(column), sql`${column} in (${sql.raw(literals.join(", "))})`);
}

/** The column is a whole number from `min` to `max`. */
function within(column: AnyPgColumn, range: { min: number; max: number }) {
  if (!Number.isInteger(range.min) || !Number.isInteger(range.max)) throw new Error("Not a range");
  return check(
    checkName(column),
    sql`${column} between ${sql.raw(`${range.min} and ${range.max}`)}`,
  );
}

// ── Accounts (the Auth.js adapter tables, plus a password hash) ─────────────

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name"),
    // Always stored lower-cased, so uniqueness is case-insensitive.
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
    /** The provider's email at linking time, lower-cased (shown in Settings). */
    email: text("email"),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

/** A signed-in browser. The session cookie names a row here; deleting it signs that browser out. */
export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Personal access tokens for the JSON API. Only a SHA-256 of the token is kept. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    index("api_tokens_user_id_idx").on(t.userId),
    uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash),
  ],
);

/**
 * Failed sign-in counters, one row per key ("email:…" or "client:…").
 * Kept in PostgreSQL so every app instance sees the same counts.
 */
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

/**
 * A password-reset link: one row per link sent. Only a SHA-256 of the token is kept; the link
 * works once (used_at) and for an hour (expires_at).
 */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("password_reset_tokens_user_id_idx").on(t.userId),
    uniqueIndex("password_reset_tokens_token_hash_key").on(t.tokenHash),
  ],
);

// ── Learner profile ──────────────────────────────────────────────────────────

export const profiles = pgTable(
  "profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    headline: text("headline"),
    targetTrack: text("target_track").references(() => tracks.slug),
    targetDate: date("target_date"),
    weeklyHoursGoal: smallint("weekly_hours_goal").notNull().default(10),
    timezone: text("timezone").notNull().default("UTC"),
    publicProfile: boolean("public_profile").notNull().default(false),
    slug: text("slug"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Goes up with every change to what the learner's dashboard is computed from: this row,
     * and their activities, ratings, records, attestations and verifications, raised by
     * bumpDataRevision (lib/progress/data-revision.ts) in the write's own transaction (not a
     * trigger: Citus refuses them on distributed tables). Keys the dashboard's cache.
     */
    dataRevision: bigint("data_revision", { mode: "number" }).notNull().default(0),
  },
  (t) => [within(t.weeklyHoursGoal, WEEKLY_HOURS_GOAL)],
);
export type Profile = typeof profiles.$inferSelect;

/**
 * Public profile addresses, unique across learners. Kept apart from `profiles` (distributed by
 * learner on Citus, where a unique key must include the learner) as a small table of its own,
 * written with the profile in one transaction (docs/SCALING.md, "Where each table lives, and why").
 */
export const profileSlugs = pgTable("profile_slugs", {
  slug: text("slug").primaryKey(),
  userId: uuid("user_id")
    .notNull()
    .unique("profile_slugs_user_id_key")
    .references(() => users.id, { onDelete: "cascade" }),
});

// ── Roadmap content (loaded from lib/roadmap/content.ts by db/content-sync.ts) ─

export const roadmapVersions = pgTable("roadmap_versions", {
  version: integer("version").primaryKey(),
  appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
});

export const skillAreas = pgTable("skill_areas", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  position: smallint("position").notNull(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

export const skills = pgTable(
  "skills",
  {
    slug: text("slug").primaryKey(),
    areaSlug: text("area_slug")
      .notNull()
      .references(() => skillAreas.slug),
    name: text("name").notNull(),
    position: smallint("position").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    index("skills_area_slug_idx").on(t.areaSlug),
    // The roadmap search (lib/notes/search.ts) matches this expression.
    index("skills_name_search_idx").using("gin", sql`to_tsvector('english', ${t.name})`),
  ],
);

export const tiers = pgTable("tiers", {
  number: smallint("number").primaryKey(),
  name: text("name").notNull(),
  context: text("context").notNull(),
});

export const tracks = pgTable("tracks", {
  slug: text("slug").primaryKey(),
  name: text("name").notNull(),
  summary: text("summary").notNull(),
  position: smallint("position").notNull(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey(),
    tier: smallint("tier")
      .notNull()
      .references(() => tiers.number),
    trackSlug: text("track_slug").references(() => tracks.slug),
    title: text("title").notNull(),
    kind: text("kind").$type<(typeof MILESTONE_KINDS)[number]>().notNull(),
    criteria: jsonb("criteria").notNull(),
    position: smallint("position").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    index("milestones_tier_idx")
      .on(t.tier)
      .where(sql`${t.retiredAt} is null`),
    oneOf(t.kind, MILESTONE_KINDS),
    // The roadmap search (lib/notes/search.ts) matches this expression.
    index("milestones_title_search_idx").using("gin", sql`to_tsvector('english', ${t.title})`),
  ],
);

// ── Learner records (every table carries user_id and is indexed by it first) ─

const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const userRef = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });
const skillList = () =>
  text("skills")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

/** The current self-rating per skill. */
export const skillRatings = pgTable(
  "skill_ratings",
  {
    userId: userRef(),
    skillSlug: text("skill_slug")
      .notNull()
      .references(() => skills.slug),
    level: smallint("level").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skillSlug] }), within(t.level, SKILL_LEVEL)],
);

/** Every change of a rating, for charts over time. Written with the rating, in one transaction. */
export const skillRatingHistory = pgTable(
  "skill_rating_history",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    skillSlug: text("skill_slug")
      .notNull()
      .references(() => skills.slug),
    level: smallint("level").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("skill_rating_history_user_idx").on(t.userId, t.changedAt),
    within(t.level, SKILL_LEVEL),
  ],
);

export const activities = pgTable(
  "activities",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    /** The learner's local calendar date. */
    date: date("date").notNull(),
    minutes: smallint("minutes").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    path: text("path"),
    skills: skillList(),
    notes: text("notes"),
    url: text("url"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Also carries path and minutes (INCLUDE, migration 0007): the dashboard's path balance reads the index alone.
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("activities_user_date_idx").on(t.userId, t.date, t.id),
    within(t.minutes, ACTIVITY_MINUTES),
    oneOf(t.kind, ACTIVITY_KINDS),
    oneOf(t.path, LEARNING_PATH_SLUGS),
  ],
);

export const certifications = pgTable(
  "certifications",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    name: text("name").notNull(),
    issuer: text("issuer").notNull(),
    status: text("status").notNull(),
    issuedOn: date("issued_on"),
    expiresOn: date("expires_on"),
    credentialId: text("credential_id"),
    credentialUrl: text("credential_url"),
    skills: skillList(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("certifications_user_idx").on(t.userId, t.createdAt, t.id),
    oneOf(t.status, CERTIFICATION_STATUSES),
  ],
);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    title: text("title").notNull(),
    summary: text("summary"),
    repoUrl: text("repo_url"),
    demoUrl: text("demo_url"),
    status: text("status").notNull(),
    openSource: boolean("open_source").notNull().default(false),
    track: text("track").references(() => tracks.slug),
    skills: skillList(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("projects_user_idx").on(t.userId, t.createdAt, t.id),
    oneOf(t.status, PROJECT_STATUSES),
  ],
);

export const papers = pgTable(
  "papers",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    title: text("title").notNull(),
    url: text("url"),
    status: text("status").notNull(),
    readOn: date("read_on"),
    topic: text("topic"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("papers_user_idx").on(t.userId, t.createdAt, t.id),
    oneOf(t.status, PAPER_STATUSES),
  ],
);

export const events = pgTable(
  "events",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    date: date("date").notNull(),
    url: text("url"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("events_user_date_idx").on(t.userId, t.date, t.id),
    oneOf(t.kind, EVENT_KINDS),
  ],
);

/** A learner's own check-off of an "attested" milestone. */
export const milestoneAttestations = pgTable(
  "milestone_attestations",
  {
    userId: userRef(),
    milestoneId: uuid("milestone_id")
      .notNull()
      .references(() => milestones.id),
    note: text("note"),
    attestedAt: timestamp("attested_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.milestoneId] })],
);

/** A coach's verification of a learner's milestone (written by coaching reviews). */
export const milestoneVerifications = pgTable(
  "milestone_verifications",
  {
    userId: userRef(),
    milestoneId: uuid("milestone_id")
      .notNull()
      .references(() => milestones.id),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }).notNull().defaultNow(),
    /** The coach's note when verifying from the mentee view. */
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.userId, t.milestoneId] })],
);

/**
 * The learner's next unmet milestone and since when it has been the next one, so that a
 * cohort can tell who has been stuck on the same step for weeks. Its own table rather than
 * profile columns: writing it must not raise profiles.data_revision.
 */
export const progressMarks = pgTable("progress_marks", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  nextMilestoneId: uuid("next_milestone_id"),
  since: timestamp("since", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Minutes and sessions per learner per day, kept in step with `activities`
 * inside the same transaction, so dashboards read days, not every activity.
 */
export const activityDays = pgTable(
  "activity_days",
  {
    userId: userRef(),
    date: date("date").notNull(),
    minutes: integer("minutes").notNull(),
    sessions: integer("sessions").notNull(),
  },
  // Also carries minutes (INCLUDE, migration 0007): the heatmap reads the index alone.
  (t) => [primaryKey({ columns: [t.userId, t.date] })],
);

/**
 * One row per learner: all-time minutes and the last day with any, kept with
 * `activity_days` in the same transaction, so that progress and a cohort's
 * "inactive" flag read one row per learner rather than every day of history.
 */
export const activityTotals = pgTable("activity_totals", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  minutes: bigint("minutes", { mode: "number" }).notNull(),
  lastActiveOn: date("last_active_on"),
});

// ── Cohorts ──────────────────────────────────────────────────────────────────

export const cohorts = pgTable(
  "cohorts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    /** Rotating it makes the old invite link stop working at once. */
    inviteCode: text("invite_code").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("cohorts_slug_key").on(t.slug),
    uniqueIndex("cohorts_invite_code_key").on(t.inviteCode),
  ],
);

/** A learner in a cohort, with what they share with it. */
export const cohortMembers = pgTable(
  "cohort_members",
  {
    userId: userRef(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    role: text("role").$type<(typeof COHORT_ROLES)[number]>().notNull(),
    shareProgress: boolean("share_progress").notNull().default(true),
    shareHours: boolean("share_hours").notNull().default(false),
    leaderboard: boolean("leaderboard").notNull().default(false),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.cohortId] }),
    index("cohort_members_cohort_idx").on(t.cohortId),
    oneOf(t.role, COHORT_ROLES),
  ],
);

/**
 * A milestone a cohort's organizer or coach set for its members, beside the roadmap's own.
 * `criteria` is shaped by `kind` (validated by the zod schema in lib/cohorts): attested `{}`,
 * hours `{hours, from?, to?}`, skill `{skill, level}`, project and certification `{count}`.
 */
export const cohortMilestones = pgTable(
  "cohort_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description"),
    kind: text("kind").$type<(typeof COHORT_MILESTONE_KINDS)[number]>().notNull(),
    criteria: jsonb("criteria").notNull().default({}),
    dueOn: date("due_on"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("cohort_milestones_cohort_idx").on(t.cohortId, t.dueOn, t.id),
    oneOf(t.kind, COHORT_MILESTONE_KINDS),
  ],
);

/** A member's check-off of an attested cohort milestone; goes with the milestone. */
export const cohortMilestoneAttestations = pgTable(
  "cohort_milestone_attestations",
  {
    userId: userRef(),
    cohortMilestoneId: uuid("cohort_milestone_id")
      .notNull()
      .references(() => cohortMilestones.id, { onDelete: "cascade" }),
    attestedAt: timestamp("attested_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.cohortMilestoneId] }),
    index("cohort_milestone_attestations_milestone_idx").on(t.cohortMilestoneId),
  ],
);

/**
 * One person invited to a cohort by email (roster import). Unique per cohort and email, so
 * importing the same list twice invites no one twice. The join link carries `token`; only its
 * SHA-256 is kept when the link was mailed (`token` is then null), while a link the organizer
 * has to copy by hand is kept so the invitations list can show it again.
 */
export const cohortInvitations = pgTable(
  "cohort_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    /** Lowercased. */
    email: text("email").notNull(),
    name: text("name"),
    tokenHash: text("token_hash").notNull(),
    token: text("token"),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    joinedUserId: uuid("joined_user_id").references(() => users.id, { onDelete: "set null" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("cohort_invitations_cohort_email_key").on(t.cohortId, t.email),
    uniqueIndex("cohort_invitations_token_hash_key").on(t.tokenHash),
    index("cohort_invitations_cohort_idx").on(t.cohortId, t.invitedAt, t.id),
  ],
);

// ── Coaching ─────────────────────────────────────────────────────────────────

/** An invitation by email; it waits for that email to sign up if it has no account yet. */
export const coachingInvitations = pgTable(
  "coaching_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    inviterId: uuid("inviter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    inviteeEmail: text("invitee_email").notNull(),
    /** The role the invitee would take. */
    inviteeRole: text("invitee_role").$type<(typeof COACHING_ROLES)[number]>().notNull(),
    status: text("status")
      .$type<(typeof INVITATION_STATUSES)[number]>()
      .notNull()
      .default("pending"),
    createdAt: createdAt(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    index("coaching_invitations_invitee_idx").on(t.inviteeEmail),
    index("coaching_invitations_inviter_idx").on(t.inviterId),
    oneOf(t.inviteeRole, COACHING_ROLES),
    oneOf(t.status, INVITATION_STATUSES),
  ],
);

/** A coach–mentee link both sides accepted; ending it sets ended_at and access stops at once. */
export const coachingLinks = pgTable(
  "coaching_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    menteeId: uuid("mentee_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("coaching_links_active_key")
      .on(t.coachId, t.menteeId)
      .where(sql`${t.endedAt} is null`),
    index("coaching_links_mentee_idx").on(t.menteeId),
  ],
);

export const reviews = pgTable(
  "reviews",
  {
    id: uuid("id").notNull().defaultRandom(),
    /** The learner whose work is reviewed. */
    userId: userRef(),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectType: text("subject_type").$type<(typeof REVIEW_SUBJECT_TYPES)[number]>().notNull(),
    subjectId: uuid("subject_id").notNull(),
    status: text("status").$type<(typeof REVIEW_STATUSES)[number]>().notNull().default("requested"),
    /** When it last entered the queue: the wait is counted from here. */
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    // A coach names a review by its id alone (the decision route).
    index("reviews_id_idx").on(t.id),
    // A learner's own requests, newest first, page by page (keyset on created_at, id).
    index("reviews_user_idx").on(t.userId, t.createdAt, t.id),
    index("reviews_coach_queue_idx").on(t.coachId, t.status, t.requestedAt),
    oneOf(t.subjectType, REVIEW_SUBJECT_TYPES),
    oneOf(t.status, REVIEW_STATUSES),
  ],
);

/** The exchange on a review: the request note, feedback, answers. */
export const reviewMessages = pgTable(
  "review_messages",
  {
    id: uuid("id").notNull().defaultRandom(),
    /** The reviewed learner (the review's user_id): messages live on the review's shard. */
    userId: userRef(),
    reviewId: uuid("review_id").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").$type<(typeof REVIEW_MESSAGE_KINDS)[number]>().notNull(),
    body: text("body"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    foreignKey({
      name: "review_messages_review_fk",
      columns: [t.userId, t.reviewId],
      foreignColumns: [reviews.userId, reviews.id],
    }).onDelete("cascade"),
    index("review_messages_review_idx").on(t.reviewId, t.createdAt),
    oneOf(t.kind, REVIEW_MESSAGE_KINDS),
  ],
);

/** A coach's verification of a learner's project or certification. */
export const recordVerifications = pgTable(
  "record_verifications",
  {
    userId: userRef(),
    subjectType: text("subject_type").$type<(typeof VERIFIED_RECORD_TYPES)[number]>().notNull(),
    subjectId: uuid("subject_id").notNull(),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.subjectType, t.subjectId] }),
    oneOf(t.subjectType, VERIFIED_RECORD_TYPES),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    kind: text("kind").$type<(typeof NOTIFICATION_KINDS)[number]>().notNull(),
    title: text("title").notNull(),
    link: text("link"),
    /** What the notification is about (a review, an invitation): acting on it marks it read. */
    subjectType: text("subject_type").$type<(typeof NOTIFICATION_SUBJECT_TYPES)[number]>(),
    subjectId: uuid("subject_id"),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    // The list pages newest first on (created_at, id): the id settles ties within the index.
    index("notifications_user_idx").on(t.userId, t.createdAt, t.id),
    index("notifications_user_subject_idx").on(t.userId, t.subjectId),
    oneOf(t.kind, NOTIFICATION_KINDS),
    oneOf(t.subjectType, NOTIFICATION_SUBJECT_TYPES),
  ],
);

// ── Notes and resources (private to the learner; docs/DECISIONS.md, "Notes and resources") ──

/** PostgreSQL's full-text document type; only ever a generated column here. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A learner's own note on a milestone or a skill: one per subject, Markdown. */
export const notes = pgTable(
  "notes",
  {
    userId: userRef(),
    subjectType: text("subject_type").$type<(typeof NOTE_SUBJECT_TYPES)[number]>().notNull(),
    /** A milestone's uuid or a skill's slug, as text: the roadmap tables are not referenced,
     * so a retired milestone keeps its notes. */
    subjectId: text("subject_id").notNull(),
    body: text("body").notNull(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', body)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.subjectType, t.subjectId] }),
    index("notes_search_idx").using("gin", t.search),
    oneOf(t.subjectType, NOTE_SUBJECT_TYPES),
  ],
);

/** A learner's own link on a milestone or a skill; seen by their coach only when shared. */
export const resources = pgTable(
  "resources",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    subjectType: text("subject_type").$type<(typeof NOTE_SUBJECT_TYPES)[number]>().notNull(),
    subjectId: text("subject_id").notNull(),
    title: text("title").notNull(),
    url: text("url").notNull(),
    done: boolean("done").notNull().default(false),
    sharedWithCoach: boolean("shared_with_coach").notNull().default(false),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', title || ' ' || url)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    index("resources_user_idx").on(t.userId, t.createdAt, t.id),
    index("resources_user_subject_idx").on(t.userId, t.subjectType, t.subjectId),
    index("resources_search_idx").using("gin", t.search),
    oneOf(t.subjectType, NOTE_SUBJECT_TYPES),
  ],
);

// ── Credentials and integrations ─────────────────────────────────────────────

/**
 * The keys tier badges are signed with. The private key is stored encrypted (a key derived from
 * `BADGE_SIGNING_KEY` or `AUTH_SECRET`); a retired key stays here so its public half stays
 * published and old badges stay verifiable.
 */
export const badgeSigningKeys = pgTable(
  "badge_signing_keys",
  {
    /** The JWK's `kid`. */
    id: text("id").primaryKey(),
    algorithm: text("algorithm").$type<(typeof BADGE_KEY_ALGORITHMS)[number]>().notNull(),
    publicJwk: jsonb("public_jwk").notNull(),
    privateKeyEncrypted: text("private_key_encrypted").notNull(),
    createdAt: createdAt(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [oneOf(t.algorithm, BADGE_KEY_ALGORITHMS)],
);

/** An Open Badges 3.0 credential issued to a learner for a tier or a completed track. */
export const badges = pgTable(
  "badges",
  {
    id: uuid("id").notNull().defaultRandom(),
    userId: userRef(),
    /** Exactly one of tier and track is set. */
    tier: smallint("tier"),
    track: text("track"),
    keyId: text("key_id")
      .notNull()
      .references(() => badgeSigningKeys.id),
    credential: jsonb("credential").notNull(),
    jwt: text("jwt").notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    // The learner first: Citus keeps a learner's rows on one shard (docs/SCALING.md).
    primaryKey({ columns: [t.userId, t.id] }),
    // Anyone verifying a badge names it by its id alone.
    index("badges_id_idx").on(t.id),
    index("badges_user_idx").on(t.userId, t.issuedAt),
    uniqueIndex("badges_user_tier_key")
      .on(t.userId, t.tier)
      .where(sql`${t.tier} is not null`),
    uniqueIndex("badges_user_track_key")
      .on(t.userId, t.track)
      .where(sql`${t.track} is not null`),
    check("badges_tier_or_track_check", sql`(${t.tier} is null) <> (${t.track} is null)`),
  ],
);

/**
 * A learner's private calendar feed. The URL's secret is derived from `feed_id` with a key from
 * `AUTH_SECRET` (so the database alone does not hold working URLs); rotating draws a new
 * `feed_id`, which ends the old URL at once.
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  feedId: uuid("feed_id").notNull().unique().defaultRandom(),
  createdAt: createdAt(),
});

/** Webhook event names hold a dot, so they are checked as an array here, not with `oneOf`. */
const webhookEventList = WEBHOOK_EVENTS.map((e) => {
  if (!/^[a-z][a-z_]*\.[a-z][a-z_]*$/.test(e)) throw new Error(`Not a webhook event name: ${e}`);
  return `'${e}'`;
}).join(", ");

/** An https endpoint that receives events: a learner's own, or a cohort's (organizers only). */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Exactly one of user and cohort owns the endpoint. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    cohortId: uuid("cohort_id").references(() => cohorts.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    url: text("url").notNull(),
    events: text("events").array().$type<(typeof WEBHOOK_EVENTS)[number][]>().notNull(),
    /** The Standard Webhooks signing secret (`whsec_…`), encrypted like the badge keys. */
    secretEncrypted: text("secret_encrypted").notNull(),
    active: boolean("active").notNull().default(true),
    /** Set at the first failed delivery after a success; a day of failures disables it. */
    failingSince: timestamp("failing_since", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("webhook_endpoints_user_idx").on(t.userId),
    index("webhook_endpoints_cohort_idx").on(t.cohortId),
    check("webhook_endpoints_owner_check", sql`(${t.userId} is null) <> (${t.cohortId} is null)`),
    check(
      "webhook_endpoints_events_check",
      sql`${t.events} <@ array[${sql.raw(webhookEventList)}]::text[]`,
    ),
  ],
);

/** One delivery attempt; retries of a message share its `message_id` (the `webhook-id` header). */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    messageId: text("message_id").notNull(),
    event: text("event").$type<(typeof WEBHOOK_EVENTS)[number]>().notNull(),
    payload: jsonb("payload").notNull(),
    attempt: smallint("attempt").notNull(),
    status: text("status").$type<(typeof WEBHOOK_DELIVERY_STATUSES)[number]>().notNull(),
    responseCode: smallint("response_code"),
    error: text("error"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.at, t.id),
    oneOf(t.status, WEBHOOK_DELIVERY_STATUSES),
    check("webhook_deliveries_event_check", sql`${t.event} in (${sql.raw(webhookEventList)})`),
  ],
);
