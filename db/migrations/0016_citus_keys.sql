-- Keys that Citus can distribute by learner (docs/SCALING.md, section 3): a distributed table's
-- primary and unique keys must include its distribution column, and a foreign key between two
-- distributed tables must include it on both sides. Valid on plain PostgreSQL as well.
-- Record ids become unique per learner: (user_id, id).
ALTER TABLE "review_messages" DROP CONSTRAINT "review_messages_review_id_reviews_id_fk";
--> statement-breakpoint
ALTER TABLE "activities" DROP CONSTRAINT "activities_pkey";
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "badges" DROP CONSTRAINT "badges_pkey";
--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "certifications" DROP CONSTRAINT "certifications_pkey";
--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_pkey";
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_pkey";
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "papers" DROP CONSTRAINT "papers_pkey";
--> statement-breakpoint
ALTER TABLE "papers" ADD CONSTRAINT "papers_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "projects" DROP CONSTRAINT "projects_pkey";
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "resources" DROP CONSTRAINT "resources_pkey";
--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "reviews" DROP CONSTRAINT "reviews_pkey";
--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "skill_rating_history" DROP CONSTRAINT "skill_rating_history_pkey";
--> statement-breakpoint
ALTER TABLE "skill_rating_history" ADD CONSTRAINT "skill_rating_history_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
-- A review's messages carry the review's learner, so they live on the review's shard.
ALTER TABLE "review_messages" ADD COLUMN "user_id" uuid;
--> statement-breakpoint
UPDATE "review_messages" m SET "user_id" = r."user_id" FROM "reviews" r WHERE r."id" = m."review_id";
--> statement-breakpoint
ALTER TABLE "review_messages" ALTER COLUMN "user_id" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "review_messages" DROP CONSTRAINT "review_messages_pkey";
--> statement-breakpoint
ALTER TABLE "review_messages" ADD CONSTRAINT "review_messages_user_id_id_pk" PRIMARY KEY("user_id","id");
--> statement-breakpoint
ALTER TABLE "review_messages" ADD CONSTRAINT "review_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "review_messages" ADD CONSTRAINT "review_messages_review_fk" FOREIGN KEY ("user_id","review_id") REFERENCES "public"."reviews"("user_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "badges_id_idx" ON "badges" USING btree ("id");
--> statement-breakpoint
CREATE INDEX "reviews_id_idx" ON "reviews" USING btree ("id");
--> statement-breakpoint
-- Profile addresses stay unique across learners in a table of their own.
CREATE TABLE "profile_slugs" (
	"slug" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "profile_slugs_user_id_key" UNIQUE("user_id")
);
--> statement-breakpoint
ALTER TABLE "profile_slugs" ADD CONSTRAINT "profile_slugs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
INSERT INTO "profile_slugs" ("slug", "user_id") SELECT "slug", "user_id" FROM "profiles" WHERE "slug" IS NOT NULL;
--> statement-breakpoint
DROP INDEX "profiles_slug_key";
