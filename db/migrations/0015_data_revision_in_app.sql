-- profiles.data_revision is raised by the application now, in the transaction of every write
-- a learner's dashboard is computed from (bumpDataRevision, lib/progress/data-revision.ts),
-- not by the triggers of migration 0008: Citus refuses triggers on distributed tables.
-- lib/dashboard/data-revision.test.ts goes through every write path and checks the revision
-- moves. Hand-written: drizzle's schema cannot declare triggers.
DROP TRIGGER "profiles_data_revision" ON "profiles";--> statement-breakpoint
DROP TRIGGER "activities_revision_insert" ON "activities";--> statement-breakpoint
DROP TRIGGER "activities_revision_update" ON "activities";--> statement-breakpoint
DROP TRIGGER "activities_revision_delete" ON "activities";--> statement-breakpoint
DROP TRIGGER "skill_ratings_revision_insert" ON "skill_ratings";--> statement-breakpoint
DROP TRIGGER "skill_ratings_revision_update" ON "skill_ratings";--> statement-breakpoint
DROP TRIGGER "skill_ratings_revision_delete" ON "skill_ratings";--> statement-breakpoint
DROP TRIGGER "certifications_revision_insert" ON "certifications";--> statement-breakpoint
DROP TRIGGER "certifications_revision_update" ON "certifications";--> statement-breakpoint
DROP TRIGGER "certifications_revision_delete" ON "certifications";--> statement-breakpoint
DROP TRIGGER "projects_revision_insert" ON "projects";--> statement-breakpoint
DROP TRIGGER "projects_revision_update" ON "projects";--> statement-breakpoint
DROP TRIGGER "projects_revision_delete" ON "projects";--> statement-breakpoint
DROP TRIGGER "papers_revision_insert" ON "papers";--> statement-breakpoint
DROP TRIGGER "papers_revision_update" ON "papers";--> statement-breakpoint
DROP TRIGGER "papers_revision_delete" ON "papers";--> statement-breakpoint
DROP TRIGGER "events_revision_insert" ON "events";--> statement-breakpoint
DROP TRIGGER "events_revision_update" ON "events";--> statement-breakpoint
DROP TRIGGER "events_revision_delete" ON "events";--> statement-breakpoint
DROP TRIGGER "milestone_attestations_revision_insert" ON "milestone_attestations";--> statement-breakpoint
DROP TRIGGER "milestone_attestations_revision_update" ON "milestone_attestations";--> statement-breakpoint
DROP TRIGGER "milestone_attestations_revision_delete" ON "milestone_attestations";--> statement-breakpoint
DROP TRIGGER "milestone_verifications_revision_insert" ON "milestone_verifications";--> statement-breakpoint
DROP TRIGGER "milestone_verifications_revision_update" ON "milestone_verifications";--> statement-breakpoint
DROP TRIGGER "milestone_verifications_revision_delete" ON "milestone_verifications";--> statement-breakpoint
DROP TRIGGER "record_verifications_revision_insert" ON "record_verifications";--> statement-breakpoint
DROP TRIGGER "record_verifications_revision_update" ON "record_verifications";--> statement-breakpoint
DROP TRIGGER "record_verifications_revision_delete" ON "record_verifications";--> statement-breakpoint
DROP FUNCTION "profiles_bump_data_revision"();--> statement-breakpoint
DROP FUNCTION "bump_data_revision"();
