ALTER TABLE "profiles" ADD COLUMN "data_revision" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- profiles.data_revision goes up with every change to what a learner's dashboard is computed
-- from, so a cached dashboard is known to be current by reading one number with the session.
-- Triggers rather than application code: no write path (API, forms, import, a coach's
-- decision, a cascade) can forget it. Hand-written: drizzle's schema cannot declare triggers.
-- A change of the profile row itself (time zone, target track, weekly goal) bumps it here:
CREATE FUNCTION "profiles_bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.data_revision = OLD.data_revision THEN
    NEW.data_revision := OLD.data_revision + 1;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "profiles_data_revision" BEFORE UPDATE ON "profiles"
  FOR EACH ROW EXECUTE FUNCTION "profiles_bump_data_revision"();--> statement-breakpoint
-- Once per statement, for every learner whose rows it wrote (an import of a thousand rows
-- bumps once, not a thousand times).
CREATE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE profiles SET data_revision = data_revision + 1
      WHERE user_id IN (SELECT user_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE profiles SET data_revision = data_revision + 1
      WHERE user_id IN (SELECT user_id FROM old_rows);
  ELSE
    UPDATE profiles SET data_revision = data_revision + 1
      WHERE user_id IN (SELECT user_id FROM new_rows UNION SELECT user_id FROM old_rows);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['activities', 'skill_ratings', 'certifications', 'projects', 'papers',
    'events', 'milestone_attestations', 'milestone_verifications', 'record_verifications']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', t || '_revision_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', t || '_revision_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', t || '_revision_delete', t);
  END LOOP;
END $$;
