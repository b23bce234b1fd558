CREATE TABLE "password_reset_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_marks" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"next_milestone_id" uuid,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "milestone_verifications" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_marks" ADD CONSTRAINT "progress_marks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "notifications_user_subject_idx" ON "notifications" USING btree ("user_id","subject_id");--> statement-breakpoint
-- A paper's topic is now one of the track slugs or null (it was free text that had to match a
-- slug to count). Hand-written: existing values that name a track by slug or name
-- (case-insensitive) become its slug; anything else moves into the paper's notes.
UPDATE "papers" p SET "topic" = t."slug"
  FROM "tracks" t
  WHERE p."topic" IS NOT NULL
    AND (lower(btrim(p."topic")) = lower(t."slug") OR lower(btrim(p."topic")) = lower(t."name"));--> statement-breakpoint
UPDATE "papers" SET
    "notes" = CASE WHEN "notes" IS NULL OR btrim("notes") = '' THEN 'Topic: ' || "topic"
                   ELSE "notes" || E'\n\nTopic: ' || "topic" END,
    "topic" = NULL
  WHERE "topic" IS NOT NULL AND "topic" NOT IN (SELECT "slug" FROM "tracks");
