-- A table a later migration creates is placed on Citus by that migration, in the same step:
--   select epoch_place_table('<table>', 'learner');  -- or 'reference', 'local', 'coordinator'
-- (and listed in db/placement.ts, which `npm run db:distribute` applies to a database migrated
-- before it was distributed). It does nothing on plain PostgreSQL, nor on a Citus database whose
-- tables are not distributed yet: db:distribute then places every table at once.
CREATE OR REPLACE FUNCTION epoch_place_table(table_name regclass, placement text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  current_type text;
BEGIN
  IF placement NOT IN ('reference', 'learner', 'local', 'coordinator') THEN
    RAISE EXCEPTION 'unknown placement "%": reference, learner, local or coordinator', placement;
  END IF;
  IF placement = 'coordinator' OR NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  -- Citus's own catalogs are read through EXECUTE: they exist only where the extension does.
  EXECUTE $q$SELECT citus_table_type FROM citus_tables WHERE table_name = 'profiles'::regclass$q$
    INTO current_type;
  IF current_type IS DISTINCT FROM 'distributed' THEN
    RETURN;
  END IF;
  EXECUTE 'SELECT citus_table_type FROM citus_tables WHERE table_name = $1' INTO current_type
    USING table_name;
  IF placement = 'learner' AND current_type IS DISTINCT FROM 'distributed' THEN
    EXECUTE 'SELECT create_distributed_table($1, ''user_id'', colocate_with => ''profiles'')'
      USING table_name;
  ELSIF placement = 'reference' AND current_type IS DISTINCT FROM 'reference' THEN
    -- A table that references users is already a Citus local table: made plain first.
    IF current_type IS NOT NULL THEN
      EXECUTE 'SELECT undistribute_table($1)' USING table_name;
    END IF;
    EXECUTE 'SELECT create_reference_table($1)' USING table_name;
  ELSIF placement = 'local' AND current_type IS NULL THEN
    EXECUTE 'SELECT citus_add_local_table_to_metadata($1)' USING table_name;
  END IF;
END $$;
