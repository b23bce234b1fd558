CREATE TABLE "activity_totals" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"minutes" bigint NOT NULL,
	"last_active_on" date
);
--> statement-breakpoint
ALTER TABLE "activity_totals" ADD CONSTRAINT "activity_totals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Existing learners' totals, from the per-day rollup they already have.
INSERT INTO "activity_totals" ("user_id", "minutes", "last_active_on")
SELECT "user_id", sum("minutes"), max("date") FROM "activity_days" GROUP BY "user_id";
