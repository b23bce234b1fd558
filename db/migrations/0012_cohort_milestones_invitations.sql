CREATE TABLE "cohort_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"token_hash" text NOT NULL,
	"token" text,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_user_id" uuid,
	"joined_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cohort_milestone_attestations" (
	"user_id" uuid NOT NULL,
	"cohort_milestone_id" uuid NOT NULL,
	"attested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_milestone_attestations_user_id_cohort_milestone_id_pk" PRIMARY KEY("user_id","cohort_milestone_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"due_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_milestones_kind_check" CHECK ("cohort_milestones"."kind" in ('attested', 'hours', 'skill', 'project', 'certification'))
);
--> statement-breakpoint
ALTER TABLE "cohort_invitations" ADD CONSTRAINT "cohort_invitations_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_invitations" ADD CONSTRAINT "cohort_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_invitations" ADD CONSTRAINT "cohort_invitations_joined_user_id_users_id_fk" FOREIGN KEY ("joined_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_milestone_attestations" ADD CONSTRAINT "cohort_milestone_attestations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_milestone_attestations" ADD CONSTRAINT "cohort_milestone_attestations_cohort_milestone_id_cohort_milestones_id_fk" FOREIGN KEY ("cohort_milestone_id") REFERENCES "public"."cohort_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_milestones" ADD CONSTRAINT "cohort_milestones_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_milestones" ADD CONSTRAINT "cohort_milestones_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_invitations_cohort_email_key" ON "cohort_invitations" USING btree ("cohort_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_invitations_token_hash_key" ON "cohort_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "cohort_invitations_cohort_idx" ON "cohort_invitations" USING btree ("cohort_id","invited_at","id");--> statement-breakpoint
CREATE INDEX "cohort_milestone_attestations_milestone_idx" ON "cohort_milestone_attestations" USING btree ("cohort_milestone_id");--> statement-breakpoint
CREATE INDEX "cohort_milestones_cohort_idx" ON "cohort_milestones" USING btree ("cohort_id","due_on","id");