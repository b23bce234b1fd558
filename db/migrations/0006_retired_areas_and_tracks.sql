ALTER TABLE "skill_areas" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tracks" ADD COLUMN "retired_at" timestamp with time zone;