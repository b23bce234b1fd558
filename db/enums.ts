/**
 * The values the enum-like columns may hold, and the bounds of the bounded numbers. The CHECK
 * constraints in `db/schema.ts` and the zod schemas in `lib/` are both built from these, so the
 * database and the API cannot disagree (docs/DECISIONS.md, "The database guards its own data").
 * A leaf module: it imports nothing. Changing a list changes a constraint: generate a migration.
 */

// ── Roadmap content ──────────────────────────────────────────────────────────

/** What a milestone asks for (`MilestoneCriteria` in lib/roadmap/content.ts). */
export const MILESTONE_KINDS = [
  "skill",
  "hours",
  "projects",
  "certifications",
  "papers",
  "events",
  "attested",
] as const;

/** A self-rating: 0 (none) to 4 (expert), `SKILL_LEVELS` in lib/roadmap/content.ts. */
export const SKILL_LEVEL = { min: 0, max: 4 } as const;

// ── Learner records ──────────────────────────────────────────────────────────

export const ACTIVITY_KINDS = [
  "course",
  "reading",
  "project",
  "practice",
  "event",
  "other",
] as const;
/** An activity's learning path (`LEARNING_PATHS` in lib/roadmap/content.ts). */
export const LEARNING_PATH_SLUGS = ["formal", "online", "projects"] as const;
/** One activity's length: at least a minute, at most a day. */
export const ACTIVITY_MINUTES = { min: 1, max: 1440 } as const;
export const CERTIFICATION_STATUSES = ["planned", "in_progress", "earned"] as const;
export const PROJECT_STATUSES = ["idea", "building", "shipped"] as const;
export const PAPER_STATUSES = ["to_read", "reading", "read"] as const;
export const EVENT_KINDS = ["conference", "meetup", "forum", "talk"] as const;

/** A profile's weekly goal, in hours. */
export const WEEKLY_HOURS_GOAL = { min: 0, max: 100 } as const;

// ── Cohorts and coaching ─────────────────────────────────────────────────────

export const COHORT_ROLES = ["organizer", "coach", "member"] as const;

/** What a cohort's own milestone asks for: a member's check-off, hours logged, a skill level,
 * shipped projects or earned certifications. */
export const COHORT_MILESTONE_KINDS = [
  "attested",
  "hours",
  "skill",
  "project",
  "certification",
] as const;

/** The role an invitee would take. */
export const COACHING_ROLES = ["coach", "mentee"] as const;
export const INVITATION_STATUSES = ["pending", "accepted", "declined"] as const;

/** What a learner can ask a coach to review. */
export const REVIEW_SUBJECT_TYPES = ["milestone", "project", "certification"] as const;
export const REVIEW_STATUSES = ["requested", "changes_requested", "approved"] as const;
/** A coach's answer to a review request. */
export const REVIEW_DECISIONS = ["approve", "request_changes"] as const;
/** A message on a review: the request note, a decision's feedback, an answer. */
export const REVIEW_MESSAGE_KINDS = ["request", ...REVIEW_DECISIONS, "reply"] as const;
/** The records a coach verifies (milestones have their own table). */
export const VERIFIED_RECORD_TYPES = ["project", "certification"] as const;

export const NOTIFICATION_KINDS = [
  "coaching_invitation",
  "coaching_accepted",
  "coaching_ended",
  "review_requested",
  "review_decided",
  "review_reply",
  "milestone_verified",
  "webhook_disabled",
] as const;
/** What a notification is about: acting on that subject marks the notification read. */
export const NOTIFICATION_SUBJECT_TYPES = ["review", "coaching_invitation", "milestone"] as const;

// ── Notes and resources ──────────────────────────────────────────────────────

/** What a learner's note or resource is attached to: a roadmap milestone (uuid) or a skill (slug). */
export const NOTE_SUBJECT_TYPES = ["milestone", "skill"] as const;
/** A note's length, in characters. */
export const NOTE_MAX_LENGTH = 20_000;

// ── Credentials and integrations ─────────────────────────────────────────────

/** A badge's signing algorithm (a VC-JWT's `alg`). */
export const BADGE_KEY_ALGORITHMS = ["eddsa", "rs256"] as const;

/** The events a webhook endpoint can subscribe to (`type` in each delivery's body). */
export const WEBHOOK_EVENTS = [
  "tier.reached",
  "track.completed",
  "badge.issued",
  "review.requested",
  "review.decided",
  "cohort.member_joined",
  "cohort.member_left",
  "cohort.milestone_completed",
] as const;
/** One delivery attempt's outcome. */
export const WEBHOOK_DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;
