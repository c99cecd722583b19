-- test/bench/timed_runs.sql — the timed loop of facts.sql and goal.sql,
-- included by both (\ir).  benchlib.timed_runs(schema, runs) runs every query
-- of schema.q (key, ord, sql, workers) runs times, interleaved (odd rounds
-- in ord order, even rounds reversed, so no query always runs on a warmer
-- cache), each in its own transaction with max_parallel_workers_per_gather
-- = workers, and writes its milliseconds to schema.timing (key, run, ms).
CREATE SCHEMA IF NOT EXISTS benchlib;

CREATE OR REPLACE FUNCTION benchlib.run_ms(q text, workers int) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; n bigint;
BEGIN
  PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
  t0 := clock_timestamp();
  EXECUTE q INTO n;
  RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END $$;

CREATE OR REPLACE PROCEDURE benchlib.timed_runs(schema text, runs int) LANGUAGE plpgsql AS $$
DECLARE r record; i int;
BEGIN
  EXECUTE format('CREATE TABLE %I.timing (key text, run int, ms float8)', schema);
  FOR i IN 1 .. runs LOOP
    FOR r IN EXECUTE format('SELECT * FROM %I.q ORDER BY CASE WHEN $1 %% 2 = 0 THEN -ord ELSE ord END', schema)
             USING i LOOP
      EXECUTE format('INSERT INTO %I.timing VALUES ($1, $2, $3)', schema)
        USING r.key, i, benchlib.run_ms(r.sql, r.workers);
      COMMIT;
    END LOOP;
  END LOOP;
END $$;
