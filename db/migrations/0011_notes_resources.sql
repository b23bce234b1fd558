CREATE TABLE "notes" (
	"user_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"body" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', body)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notes_user_id_subject_type_subject_id_pk" PRIMARY KEY("user_id","subject_type","subject_id"),
	CONSTRAINT "notes_subject_type_check" CHECK ("notes"."subject_type" in ('milestone', 'skill'))
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"shared_with_coach" boolean DEFAULT false NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || url)) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resources_subject_type_check" CHECK ("resources"."subject_type" in ('milestone', 'skill'))
);
--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notes_search_idx" ON "notes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "resources_user_idx" ON "resources" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "resources_user_subject_idx" ON "resources" USING btree ("user_id","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin ("search");--> statement-breakpoint
CREATE INDEX "milestones_title_search_idx" ON "milestones" USING gin (to_tsvector('english', "title"));--> statement-breakpoint
CREATE INDEX "skills_name_search_idx" ON "skills" USING gin (to_tsvector('english', "name"));