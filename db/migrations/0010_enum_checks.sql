-- Enum-like columns take only the values the app's zod schemas take, and bounded numbers stay
-- in bounds (db/enums.ts feeds both; docs/DECISIONS.md). Generated, then made NOT VALID by hand
-- so that existing rows are checked by the block below rather than by the first ALTER TABLE to
-- fail: it names every constraint that existing rows break, with their values and the query
-- that lists them, and refuses the whole migration; otherwise it validates each constraint,
-- so none is left NOT VALID. Nothing is normalised: no value was ever renamed (the lists only
-- grew), so a row outside them is not a legacy spelling but a mistake for a person to look at.
ALTER TABLE "activities" ADD CONSTRAINT "activities_minutes_check" CHECK ("activities"."minutes" between 1 and 1440) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_kind_check" CHECK ("activities"."kind" in ('course', 'reading', 'project', 'practice', 'event', 'other')) NOT VALID;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_path_check" CHECK ("activities"."path" in ('formal', 'online', 'projects')) NOT VALID;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_status_check" CHECK ("certifications"."status" in ('planned', 'in_progress', 'earned')) NOT VALID;--> statement-breakpoint
ALTER TABLE "coaching_invitations" ADD CONSTRAINT "coaching_invitations_invitee_role_check" CHECK ("coaching_invitations"."invitee_role" in ('coach', 'mentee')) NOT VALID;--> statement-breakpoint
ALTER TABLE "coaching_invitations" ADD CONSTRAINT "coaching_invitations_status_check" CHECK ("coaching_invitations"."status" in ('pending', 'accepted', 'declined')) NOT VALID;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_role_check" CHECK ("cohort_members"."role" in ('organizer', 'coach', 'member')) NOT VALID;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_kind_check" CHECK ("events"."kind" in ('conference', 'meetup', 'forum', 'talk')) NOT VALID;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_kind_check" CHECK ("milestones"."kind" in ('skill', 'hours', 'projects', 'certifications', 'papers', 'events', 'attested')) NOT VALID;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('coaching_invitation', 'coaching_accepted', 'coaching_ended', 'review_requested', 'review_decided', 'review_reply', 'milestone_verified')) NOT VALID;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_subject_type_check" CHECK ("notifications"."subject_type" in ('review', 'coaching_invitation', 'milestone')) NOT VALID;--> statement-breakpoint
ALTER TABLE "papers" ADD CONSTRAINT "papers_status_check" CHECK ("papers"."status" in ('to_read', 'reading', 'read')) NOT VALID;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_weekly_hours_goal_check" CHECK ("profiles"."weekly_hours_goal" between 0 and 100) NOT VALID;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_status_check" CHECK ("projects"."status" in ('idea', 'building', 'shipped')) NOT VALID;--> statement-breakpoint
ALTER TABLE "record_verifications" ADD CONSTRAINT "record_verifications_subject_type_check" CHECK ("record_verifications"."subject_type" in ('project', 'certification')) NOT VALID;--> statement-breakpoint
ALTER TABLE "review_messages" ADD CONSTRAINT "review_messages_kind_check" CHECK ("review_messages"."kind" in ('request', 'approve', 'request_changes', 'reply')) NOT VALID;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_subject_type_check" CHECK ("reviews"."subject_type" in ('milestone', 'project', 'certification')) NOT VALID;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_status_check" CHECK ("reviews"."status" in ('requested', 'changes_requested', 'approved')) NOT VALID;--> statement-breakpoint
ALTER TABLE "skill_rating_history" ADD CONSTRAINT "skill_rating_history_level_check" CHECK ("skill_rating_history"."level" between 0 and 4) NOT VALID;--> statement-breakpoint
ALTER TABLE "skill_ratings" ADD CONSTRAINT "skill_ratings_level_check" CHECK ("skill_ratings"."level" between 0 and 4) NOT VALID;--> statement-breakpoint
DO $$
DECLARE
  c record;
  bad bigint;
  sample text;
  report text := '';
BEGIN
  FOR c IN
    SELECT con.conname, con.conrelid::regclass AS tbl, a.attname AS col,
           pg_get_expr(con.conbin, con.conrelid) AS expr
    FROM pg_constraint con
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
    WHERE con.contype = 'c' AND NOT con.convalidated
      AND con.connamespace = current_schema()::regnamespace
    ORDER BY con.conname
  LOOP
    EXECUTE format('SELECT count(*) FROM %s WHERE NOT (%s)', c.tbl, c.expr) INTO bad;
    IF bad > 0 THEN
      EXECUTE format('SELECT string_agg(v, '', '') FROM (SELECT DISTINCT quote_literal(%I) AS v
          FROM %s WHERE NOT (%s) ORDER BY 1 LIMIT 10) s', c.col, c.tbl, c.expr) INTO sample;
      report := report || format(E'\n  %s: %s row(s) of %s hold %s %s (SELECT * FROM %s WHERE NOT (%s);)',
        c.conname, bad, c.tbl, c.col, sample, c.tbl, c.expr);
    END IF;
  END LOOP;
  IF report <> '' THEN
    RAISE EXCEPTION 'Existing rows break the new check constraints; correct or delete them, then migrate again:%', report
      USING ERRCODE = 'check_violation';
  END IF;
  FOR c IN
    SELECT con.conname, con.conrelid::regclass AS tbl FROM pg_constraint con
    WHERE con.contype = 'c' AND NOT con.convalidated
      AND con.connamespace = current_schema()::regnamespace
  LOOP
    EXECUTE format('ALTER TABLE %s VALIDATE CONSTRAINT %I', c.tbl, c.conname);
  END LOOP;
END $$;
