-- test/bench/growth.sql — the metric_delta and growth benchmark
-- (doc/benchmarks.md, "Growth").  Run by test/bench/run.sh inside the same
-- pg_virtualenv cluster as period.sql:
--   psql -X -v series=100000 -v months=100 -v runs=3 -f test/bench/growth.sql
--
-- 10,000,000 rows (100,000 series × 100 months), in (series, period) order
-- with an index on it, so that every window query reads the rows through the
-- same index scan and the timings compare the window functions, not sorts.
-- Each query runs `runs` times, interleaved; the median is reported.

\set ON_ERROR_STOP 1
\pset pager off
\pset footer off
SET client_min_messages = warning;
\timing off

SELECT set_config('gbench.runs', :'runs', false) IS NOT NULL AS runs_set \gset
CREATE EXTENSION IF NOT EXISTS policy_ext;
DROP SCHEMA IF EXISTS gbench CASCADE;
CREATE SCHEMA gbench;

\echo '== building data:' :series 'series x' :months 'months'
\timing on
SELECT setseed(0.2021);
CREATE UNLOGGED TABLE gbench.g AS
SELECT s AS series, '2015-01'::period + m AS period,
       round((100 + 50 * random())::numeric, 1)::float8 AS value
FROM generate_series(1, :series) s, generate_series(0, :months - 1) m
ORDER BY s, m;
CREATE INDEX ON gbench.g (series, period);

-- Text to parse: changes as releases write them, and the bare numbers.
CREATE UNLOGGED TABLE gbench.gt AS
SELECT (ARRAY['+', '-'])[1 + (i % 2)] || n || (ARRAY['% yoy', 'pp mom', ' yoy', '% pa', '%'])[1 + (i % 5)] AS d,
       n
FROM (SELECT i, round((random() * 40)::numeric, 1)::text AS n
      FROM generate_series(1, :series * :months) i) x;
VACUUM (FREEZE, ANALYZE) gbench.g, gbench.gt;
\timing off

CREATE TABLE gbench.q (key text PRIMARY KEY, ord int, sql text);
INSERT INTO gbench.q VALUES
 ('yoy', 1, $$SELECT count(y) FROM (SELECT yoy(value, period) OVER w AS y FROM gbench.g
             WINDOW w AS (PARTITION BY series ORDER BY period)) s$$),
 ('lag', 2, $$SELECT count(y) FROM (SELECT 100 * (value / lag(value, 12) OVER w - 1) AS y FROM gbench.g
             WINDOW w AS (PARTITION BY series ORDER BY period)) s$$),
 ('selfjoin', 3, $$SELECT count(y) FROM (SELECT 100 * (a.value / b.value - 1) AS y FROM gbench.g a
             LEFT JOIN gbench.g b ON b.series = a.series AND b.period = period_year_ago(a.period)) s$$),
 ('parse_md', 4, $$SELECT count(*) FROM gbench.gt WHERE d::metric_delta IS NOT NULL$$),
 ('parse_num', 5, $$SELECT count(*) FROM gbench.gt WHERE n::numeric IS NOT NULL$$),
 ('scan_gt', 6, $$SELECT count(*) FROM gbench.gt WHERE d IS NOT NULL AND n IS NOT NULL$$);

-- The results must agree before their speed means anything: yoy() and the
-- self-join give the same changes (lag() does too here: no gaps).  The
-- self-join divides in binary, yoy() in decimal, so they may differ in the
-- last few digits; rounding both to 6 decimals would split on a tie, hence
-- the tolerance.
SELECT count(*) FILTER (WHERE (y IS NULL) <> (j IS NULL) OR abs(y - j) > 1e-9)
         AS yoy_vs_selfjoin_mismatches
FROM (SELECT delta_value(yoy(value, period) OVER w) AS y,
             (100 * (value / b - 1))::numeric AS j
      FROM (SELECT a.*, b.value AS b FROM gbench.g a
            LEFT JOIN gbench.g b ON b.series = a.series AND b.period = period_year_ago(a.period)
            WHERE a.series <= 1000) x
      WINDOW w AS (PARTITION BY series ORDER BY period)) z;

CREATE TABLE gbench.plan (key text, plan text);
DO $$
DECLARE r record; line text;
BEGIN
  FOR r IN SELECT * FROM gbench.q ORDER BY ord LOOP
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || r.sql LOOP
      INSERT INTO gbench.plan VALUES (r.key, line);
    END LOOP;
  END LOOP;
END $$;
\echo '== plans (the window queries must read through the index, not sort)'
SELECT key, string_agg(trim(plan), ' / ') AS plan FROM gbench.plan GROUP BY key ORDER BY key;

CREATE TABLE gbench.timing (key text, run int, ms float8);
CREATE FUNCTION gbench.run_ms(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; n bigint;
BEGIN
  t0 := clock_timestamp();
  EXECUTE q INTO n;
  RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END $$;

\echo '== timed runs:' :runs 'of every query, interleaved (first run of each is a warm-up, not counted)'
SELECT gbench.run_ms(sql) IS NOT NULL AS warm FROM gbench.q ORDER BY ord;
DO $$
DECLARE r record; i int;
BEGIN
  FOR i IN 1 .. current_setting('gbench.runs')::int LOOP
    FOR r IN SELECT * FROM gbench.q ORDER BY CASE WHEN i % 2 = 0 THEN -ord ELSE ord END LOOP
      INSERT INTO gbench.timing VALUES (r.key, i, gbench.run_ms(r.sql));
    END LOOP;
  END LOOP;
END $$;

CREATE VIEW gbench.median AS
SELECT key, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms FROM gbench.timing GROUP BY key;

\echo '== result (median; speed ratio = alternative time / yoy time, parse ratio = metric_delta time / numeric time)'
WITH m AS (SELECT key, ms FROM gbench.median),
     s AS (SELECT ms FROM m WHERE key = 'scan_gt')
SELECT 'yoy() vs positional lag(value, 12)' AS comparison,
       round((SELECT ms FROM m WHERE key = 'yoy')::numeric) AS ours_ms,
       round((SELECT ms FROM m WHERE key = 'lag')::numeric) AS alternative_ms,
       round(((SELECT ms FROM m WHERE key = 'lag') / (SELECT ms FROM m WHERE key = 'yoy'))::numeric, 2) AS ratio,
       'speed >= 0.8' AS target,
       CASE WHEN (SELECT ms FROM m WHERE key = 'lag') / (SELECT ms FROM m WHERE key = 'yoy') >= 0.8
            THEN 'PASS' ELSE 'MISS' END AS result
UNION ALL
SELECT 'yoy() vs gap-safe self-join on period_year_ago',
       round((SELECT ms FROM m WHERE key = 'yoy')::numeric),
       round((SELECT ms FROM m WHERE key = 'selfjoin')::numeric),
       round(((SELECT ms FROM m WHERE key = 'selfjoin') / (SELECT ms FROM m WHERE key = 'yoy'))::numeric, 2),
       'speed >= 3',
       CASE WHEN (SELECT ms FROM m WHERE key = 'selfjoin') / (SELECT ms FROM m WHERE key = 'yoy') >= 3
            THEN 'PASS' ELSE 'MISS' END
UNION ALL
SELECT 'text::metric_delta vs text::numeric',
       round((SELECT ms FROM m WHERE key = 'parse_md')::numeric),
       round((SELECT ms FROM m WHERE key = 'parse_num')::numeric),
       round(((SELECT ms FROM m WHERE key = 'parse_md') / (SELECT ms FROM m WHERE key = 'parse_num'))::numeric, 2),
       'time <= 1.5',
       CASE WHEN (SELECT ms FROM m WHERE key = 'parse_md') / (SELECT ms FROM m WHERE key = 'parse_num') <= 1.5
            THEN 'PASS' ELSE 'MISS' END
UNION ALL
SELECT '  (same, net of the scan both share)',
       round((SELECT m.ms - s.ms FROM m, s WHERE key = 'parse_md')::numeric),
       round((SELECT m.ms - s.ms FROM m, s WHERE key = 'parse_num')::numeric),
       round(((SELECT m.ms - s.ms FROM m, s WHERE key = 'parse_md') /
              (SELECT m.ms - s.ms FROM m, s WHERE key = 'parse_num'))::numeric, 2),
       'info', '-';
