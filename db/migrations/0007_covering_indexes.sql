-- The dashboard reads a year of a learner's days (date, minutes) and twelve weeks of their
-- activities (date, path, minutes). Carrying those columns in the indexes lets PostgreSQL
-- answer from the index alone: a long history's rows sit on scattered heap pages, one page
-- visit per row without this (drizzle's schema cannot say INCLUDE, hence hand-written).
ALTER TABLE "activity_days" DROP CONSTRAINT "activity_days_user_id_date_pk";--> statement-breakpoint
ALTER TABLE "activity_days" ADD CONSTRAINT "activity_days_user_id_date_pk" PRIMARY KEY ("user_id", "date") INCLUDE ("minutes");--> statement-breakpoint
DROP INDEX "activities_user_date_idx";--> statement-breakpoint
CREATE INDEX "activities_user_date_idx" ON "activities" USING btree ("user_id", "date", "id") INCLUDE ("path", "minutes");
