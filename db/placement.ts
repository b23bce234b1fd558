/**
 * Where each table lives on a Citus cluster (docs/SCALING.md, section 3). On plain PostgreSQL
 * this changes nothing; `npm run db:distribute` applies it to a Citus coordinator, and a later
 * migration that adds a table places it with `select epoch_place_table('<table>', '<placement>')`
 * (migration 0016). `db/placement.test.ts` fails when a table of the schema has no placement.
 *
 * - `reference`: copied to every node. The roadmap content, and small tables read by keys that
 *   are not one learner's (accounts by email, cohorts by slug and invite code, coaching links
 *   from both sides, profile addresses), written rarely.
 * - `learner`: distributed by `user_id` and co-located, so a learner's rows and the joins
 *   between them stay on one shard.
 * - `local`: kept on the coordinator, in Citus's metadata so they may reference `users`:
 *   secrets looked up by their hash with no learner at hand (sessions, tokens, feeds) and the
 *   webhook outbox the coordinator's job queue drains.
 * - `coordinator`: plain PostgreSQL tables on the coordinator, outside Citus's metadata, for
 *   tables that reference nothing: the sign-in throttle's counters (its upsert computes with
 *   `now()`, which Citus refuses in tables it manages) and Auth.js's verification tokens.
 */
export type Placement = "reference" | "learner" | "local" | "coordinator";

export const TABLE_PLACEMENT = {
  // Roadmap content (written only by db:migrate), parents before children.
  roadmap_versions: "reference",
  tiers: "reference",
  tracks: "reference",
  skill_areas: "reference",
  skills: "reference",
  milestones: "reference",
  // Accounts and what links two of them.
  users: "reference",
  profile_slugs: "reference",
  cohorts: "reference",
  cohort_milestones: "reference",
  cohort_invitations: "reference",
  coaching_links: "reference",
  coaching_invitations: "reference",
  badge_signing_keys: "reference",
  // Looked up without a learner, on the coordinator.
  accounts: "local",
  sessions: "local",
  verification_tokens: "coordinator",
  api_tokens: "local",
  password_reset_tokens: "local",
  sign_in_throttles: "coordinator",
  calendar_feeds: "local",
  webhook_endpoints: "local",
  webhook_deliveries: "local",
  // A learner's own data, distributed by user_id; `profiles` first (the co-location group).
  profiles: "learner",
  skill_ratings: "learner",
  skill_rating_history: "learner",
  activities: "learner",
  activity_days: "learner",
  activity_totals: "learner",
  certifications: "learner",
  projects: "learner",
  papers: "learner",
  events: "learner",
  milestone_attestations: "learner",
  milestone_verifications: "learner",
  record_verifications: "learner",
  progress_marks: "learner",
  cohort_members: "learner",
  cohort_milestone_attestations: "learner",
  reviews: "learner",
  review_messages: "learner",
  notifications: "learner",
  notes: "learner",
  resources: "learner",
  badges: "learner",
} as const satisfies Record<string, Placement>;

export type PlacedTable = keyof typeof TABLE_PLACEMENT;

/** The table every learner table is co-located with. */
export const COLOCATION_ANCHOR = "profiles";
