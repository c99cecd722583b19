-- test/bench/goal.sql — the goal_track benchmark (doc/benchmarks.md,
-- "policy_goal / goal_track").  Run by test/bench/run.sh inside the same
-- pg_virtualenv cluster as period.sql and growth.sql, or alone with
-- `BENCH=goal make bench`:
--   psql -X -v series=1000000 -v runs=3 [-v order=series] [-v parts=256] -f test/bench/goal.sql
--
-- `series` series × 10 annual observations (2016 .. 2025), one goal per
-- series, all built from the series number by hashing (no random()).  It
-- compares
--   (a) SELECT series, goal_track(goal, period, value) FROM obs GROUP BY series
-- with
--   (b) the same statuses in plain SQL: baseline and latest observation per
--       series by window functions, CAGR with power(), years between period
--       ends, a CASE for achieved/missed/insufficient and the statcan bands,
-- checks first that (a) and (b) give every series the same status, that the
-- parallel and the serial (a) agree, then times each query `runs` times,
-- interleaved, and reports the best run (and the median) and the ratio (b)/(a).
-- Every query runs on two layouts of the same rows: one table, and a table
-- partitioned by hash(series) into `parts` partitions (with
-- enable_partitionwise_aggregate, the GROUP BY then runs whole per partition,
-- in the parallel workers), serially and with 2 workers.  The target
-- compares the best goal_track run with the best plain-SQL run of all of
-- them (doc/benchmarks.md, "policy_goal / goal_track").
--
-- What the plain SQL reproduces, and so what the goals are restricted to:
-- level targets with >=, >, <=, < (negative levels and zero included),
-- `pa` and `cum` changes in percent over a baseline period, deadlines `by`
-- and `in` a year, baselines `from` a year or none (the first observation),
-- and the default method, statcan.  Not generated: =, ~ and between (rule 5
-- and two-sided directions), stated baseline values, sub-annual periods and
-- year-to-date figures, and the unsd and prorata methods.  All the values are
-- decimals with 2 digits and the targets with at most 2, so goal_track's
-- exact decimal comparison and SQL's float8 comparison agree.

\set ON_ERROR_STOP 1
\pset pager off
\pset footer off
SET client_min_messages = warning;
\timing off

\if :{?order}
\else
\set order year
\endif
SELECT :'order' IN ('year', 'series') AS order_ok \gset
\if :order_ok
\else
SELECT ('goal.sql: order must be year or series, not ' || :'order')::int;  -- stops here
\endif
\if :{?parts}
\else
\set parts 256
\endif
CREATE EXTENSION IF NOT EXISTS policy_ext;
-- Lets a GROUP BY on the partition key aggregate each partition by itself
-- (off by default for its planning time).  It changes only the plans of the
-- partitioned tables; both goal_track and the plain SQL get it.
SET enable_partitionwise_aggregate = on;
-- run.sh's work_mem (1GB) is too small for the plain SQL's sort of 10 M
-- wide rows (1.24 GB): it went to disk (external merge, 549 MB) while
-- goal_track's hash table stayed in memory.  Both get 3GB, so that neither
-- spills (checked below in the EXPLAIN ANALYZE of each).
SET work_mem = '3GB';
-- The tables of the earlier benchmarks (period.sql, growth.sql) are not used
-- again: drop them, so that this benchmark's ~2 GB have shared_buffers to
-- themselves.
DROP SCHEMA IF EXISTS bench CASCADE;
DROP SCHEMA IF EXISTS gbench CASCADE;
DROP SCHEMA IF EXISTS goalb CASCADE;
CREATE SCHEMA goalb;

-- Uniform in [0, 1), 24 bits, from the series number and a key.
CREATE FUNCTION goalb.u(s int, k int) RETURNS float8
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint4extended(s, k) & 16777215) / 16777216.0::float8 $$;

-- The value of series s (class c = s % 100, level a, growth g) in year y,
-- rounded to 2 decimals (k/100.0 is the double nearest the decimal).
--   92..95: negative levels; 96, 97: a line from +a crossing zero between
--   2020 and 2024; 98: zero in 2016; 99: zero in 2025; else
--   a·(1+g)^(y−2016) with ±1.5 % noise, g from −8 % to +8 % a year.
CREATE FUNCTION goalb.val(s int, c int, a float8, g float8, y int) RETURNS float8
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
  WHEN c = 98 AND y = 2016 THEN 0
  WHEN c = 99 AND y = 2025 THEN 0
  WHEN c IN (96, 97) THEN round(100 * a * (1 - (y - 2016) / (4 + 4 * goalb.u(s, 3)))) / 100
  ELSE (CASE WHEN c BETWEEN 92 AND 95 THEN -1 ELSE 1 END)
       * round(100 * a * power(1 + g, y - 2016) * (1 + 0.03 * (goalb.u(s, y) - 0.5))) / 100
END $$;

\echo '== building data:' :series 'series x 10 years (2016 .. 2025), rows in' :order 'order'
\timing on

-- One row per series: its parameters, its goal as text and policy_goal, and
-- the same goal in plain columns for the SQL version.  By class c = s % 100:
--    0..29  CMP X by 2027 from 2016        55..59  … by 2027 from 2020
--   30..49  CMP X by 2027 (no baseline:   60..64  … by 2023 from 2016 (2024 and
--           the first observation)                 2025 ignored: achieved/missed)
--   50..54  … by 2027 from 2015 (before   65..67  … by 2027 from 2025 (baseline =
--           the data: 2016 is used)               latest: insufficient)
--   68..69  … by 2027 from 2026 (after the data: no baseline)
--   70..74  CMP X in 2025; 75, 76 in 2024; 77..79 in 2027 (no figure yet)
--   80..84  X = the 2016 value itself (G = v_b: regressing unless met)
--   85, 86  X = the 2025 value itself, with > (not met) and >= (met)
--   87..89  >= +R% pa by 2027 from 2016;  90, 91  <= -R% cum by 2027 from 2016
--   92..95  negative series (targets `level -X`; 95: the target 0)
--   96, 97  crossing zero; 98 zero baseline; 99 zero latest value
-- X is the level a·(1+r)^(years to the deadline) for a required growth r of
-- −10 % .. +10 % a year, rounded to 1 decimal; CMP is >= (or >) when X is
-- above the start, else <= (or <).
CREATE UNLOGGED TABLE goalb.series AS
WITH p AS (
  SELECT s, s % 100 AS c, 20 + 180 * goalb.u(s, 1) AS a, -0.08 + 0.16 * goalb.u(s, 2) AS g,
         (goalb.u(s, 4) - 0.5) * 0.2 AS r, goalb.u(s, 5) < 0.2 AS strict, goalb.u(s, 6) AS u6
  FROM generate_series(1, :series) s
), d AS (
  SELECT p.*,
         CASE WHEN c BETWEEN 70 AND 74 THEN 2025 WHEN c IN (75, 76) THEN 2024
              WHEN c BETWEEN 60 AND 64 THEN 2023 ELSE 2027 END AS deadline,
         c NOT BETWEEN 70 AND 79 AS by_goal,
         CASE WHEN c BETWEEN 30 AND 49 OR c BETWEEN 70 AND 79 THEN NULL
              WHEN c BETWEEN 50 AND 54 THEN 2015 WHEN c BETWEEN 55 AND 59 THEN 2020
              WHEN c BETWEEN 65 AND 67 THEN 2025 WHEN c IN (68, 69) THEN 2026
              ELSE 2016 END AS base,
         CASE WHEN c IN (87, 88, 89) THEN 'pa' WHEN c IN (90, 91) THEN 'cum' END AS basis,
         CASE WHEN c IN (87, 88, 89) THEN floor(goalb.u(s, 7) * 101) / 10          -- 0 .. 10 % pa
              WHEN c IN (90, 91) THEN -(1 + floor(goalb.u(s, 7) * 300)) / 10 END AS rate  -- -0.1 .. -30 %
  FROM p
), x AS (
  SELECT d.*,
         CASE WHEN basis IS NOT NULL THEN NULL
              WHEN c BETWEEN 80 AND 84 THEN goalb.val(s, c, a, g, 2016)
              WHEN c IN (85, 86) THEN goalb.val(s, c, a, g, 2025)
              WHEN c = 95 THEN 0
              WHEN c IN (96, 97) THEN round(15 * a) / 10
              ELSE (CASE WHEN c BETWEEN 92 AND 95 THEN -1 ELSE 1 END)
                   * round(10 * a * power(1 + r, deadline - 2016)) / 10 END AS level
  FROM d
), y AS (
  SELECT x.*,
         CASE WHEN c IN (87, 88, 89) THEN '>='
              WHEN c IN (90, 91) THEN '<='
              WHEN c BETWEEN 80 AND 82 THEN '>='
              WHEN c IN (83, 84) THEN '<='
              WHEN c = 85 THEN '>'
              WHEN c = 86 THEN '>='
              WHEN level >= (CASE WHEN c BETWEEN 92 AND 95 THEN -a ELSE a END)
                THEN CASE WHEN strict THEN '>' ELSE '>=' END
              ELSE CASE WHEN strict THEN '<' ELSE '<=' END END AS cmp
  FROM x
)
SELECT s AS series, c, a, g, cmp, level, basis, rate, deadline, base, by_goal,
       (cmp || ' ' ||
        CASE WHEN basis = 'pa' THEN '+' || rate || '% pa'
             WHEN basis = 'cum' THEN rate || '% cum'
             WHEN level < 0 THEN 'level ' || level
             ELSE level::text END ||
        CASE WHEN by_goal THEN ' by ' ELSE ' in ' END || deadline ||
        coalesce(' from ' || base, ''))::policy_goal AS goal
FROM y;

-- The goals in plain columns must be the goals: every one is checked against
-- the policy_goal accessors.
SELECT count(*) FILTER (WHERE goal_comparator(goal) <> cmp
                           OR goal_deadline_kind(goal) <> CASE WHEN by_goal THEN 'by' ELSE 'in' END
                           OR goal_deadline(goal) <> ('2016'::period + (deadline - 2016))
                           OR goal_baseline_period(goal) IS DISTINCT FROM ('2016'::period + (base - 2016))
                           OR goal_target(goal)::float8 <> coalesce(level, rate)
                           OR (basis IS NULL) <> (goal_target_delta(goal) IS NULL)) AS plain_goal_mismatches,
       count(DISTINCT goal) AS distinct_goals
FROM goalb.series;

-- obs: what goal_track reads.  obs_plain: the same observations and goals
-- in plain columns (year as int, the goal's parts), what the SQL reads.
-- Row order (psql variable `order`): `year` (the default) loads them year by
-- year, as releases come (rows in (year, series) order), so that neither
-- query gets its rows already grouped or sorted; `series` stores each series'
-- rows together, in (series, year) order.
CREATE UNLOGGED TABLE goalb.obs (series int, period period, value float8, goal policy_goal);
CREATE UNLOGGED TABLE goalb.obs_plain (series int, yr int, value float8,
    by_goal bool, cmp text, level float8, basis text, rate float8, deadline int, base int);
SELECT :'order' = 'series' AS by_series \gset
\if :by_series
INSERT INTO goalb.obs
  SELECT series, '2016'::period + (y - 2016), goalb.val(series, c, a, g, y), goal
  FROM goalb.series, generate_series(2016, 2025) y ORDER BY series, y;
INSERT INTO goalb.obs_plain
  SELECT series, y, goalb.val(series, c, a, g, y), by_goal, cmp, level, basis, rate, deadline, base
  FROM goalb.series, generate_series(2016, 2025) y ORDER BY series, y;
\else
DO $$
BEGIN
  FOR y IN 2016 .. 2025 LOOP
    INSERT INTO goalb.obs
      SELECT series, '2016'::period + (y - 2016), goalb.val(series, c, a, g, y), goal
      FROM goalb.series ORDER BY series;
    INSERT INTO goalb.obs_plain
      SELECT series, y, goalb.val(series, c, a, g, y), by_goal, cmp, level, basis, rate, deadline, base
      FROM goalb.series ORDER BY series;
  END LOOP;
END $$;
\endif
VACUUM (FREEZE, ANALYZE) goalb.obs, goalb.obs_plain;

-- The same rows, in the same order, in tables partitioned by hash(series):
-- what a user partitions a large table of series by.  Each partition then
-- holds 1/parts of the series, and a hash aggregate per partition keeps its
-- states in the CPU caches.
CREATE TABLE goalb.obs_part (LIKE goalb.obs) PARTITION BY HASH (series);
CREATE TABLE goalb.obs_plain_part (LIKE goalb.obs_plain) PARTITION BY HASH (series);
SELECT format('CREATE UNLOGGED TABLE goalb.%I PARTITION OF goalb.%I FOR VALUES WITH (MODULUS %s, REMAINDER %s)',
              t || '_' || i, t, :parts, i)
FROM unnest(ARRAY['obs_part', 'obs_plain_part']) t, generate_series(0, :parts - 1) i \gexec
INSERT INTO goalb.obs_part SELECT * FROM goalb.obs;
INSERT INTO goalb.obs_plain_part SELECT * FROM goalb.obs_plain;
VACUUM (FREEZE, ANALYZE) goalb.obs_part, goalb.obs_plain_part;
\timing off

SELECT relname AS "table", reltuples::bigint AS rows,
       pg_size_pretty(pg_relation_size(oid)) AS size
FROM pg_class WHERE oid IN ('goalb.obs'::regclass, 'goalb.obs_plain'::regclass) ORDER BY 1;
SELECT count(*) AS partitions, sum(c.reltuples)::bigint AS rows,
       pg_size_pretty(sum(pg_relation_size(c.oid))) AS size, min(c.reltuples)::bigint AS smallest,
       max(c.reltuples)::bigint AS largest
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
WHERE i.inhparent = 'goalb.obs_part'::regclass;

-- The queries.  The timed forms count the statuses, so the output is one
-- row; the status must be read from the assessment, or the planner drops
-- the unused aggregate from the subquery.
CREATE VIEW goalb.a AS
SELECT series, goal_track(goal, period, value) AS a FROM goalb.obs GROUP BY series;
CREATE VIEW goalb.a_part AS
SELECT series, goal_track(goal, period, value) AS a FROM goalb.obs_part GROUP BY series;

-- (b): plain SQL.  First the ends of each series: observations that start
-- after the deadline are ignored; the latest is the last year; the baseline
-- is the first year at or after the baseline year (the first year when the
-- goal has none), none when the baseline year is after the data.  Two ways:
--   ends_window: one sort, window functions over each series;
--   ends_distinct: DISTINCT ON (series) for the latest and for the baseline,
--     joined (two sorts).
DO $do$
DECLARE v text[];
BEGIN
  FOREACH v SLICE 1 IN ARRAY ARRAY[['ends_window', 'obs_plain'], ['ends_window_part', 'obs_plain_part']] LOOP
    EXECUTE format($q$
CREATE VIEW goalb.%I AS
SELECT series, by_goal, cmp, level, basis, rate, deadline, yt, vt,
       yb, CASE WHEN yb IS NOT NULL THEN value END AS vb
FROM (
  SELECT o.*,
         min(yr) FILTER (WHERE yr >= coalesce(base, yr)) OVER w AS yb,
         last_value(yr) OVER w AS yt,
         last_value(value) OVER w AS vt
  FROM goalb.%I o
  WHERE yr <= deadline
  WINDOW w AS (PARTITION BY series ORDER BY yr
               ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
) w
WHERE yr = coalesce(yb, yt) $q$, v[1], v[2]);
  END LOOP;
END $do$;

CREATE VIEW goalb.ends_distinct AS
SELECT l.series, by_goal, cmp, level, basis, rate, deadline, yt, vt, yb, vb
FROM (SELECT DISTINCT ON (series) series, by_goal, cmp, level, basis, rate, deadline,
             yr AS yt, value AS vt
      FROM goalb.obs_plain WHERE yr <= deadline ORDER BY series, yr DESC) l
LEFT JOIN
     (SELECT DISTINCT ON (series) series, yr AS yb, value AS vb
      FROM goalb.obs_plain WHERE yr <= deadline AND yr >= coalesce(base, yr)
      ORDER BY series, yr) b
  ON b.series = l.series;

-- Then the rules of doc/policy_goal.md, "Scoring", in order.  Annual periods
-- end on 1 January of the next year, so the years between two period ends
-- are the difference of the years.  The same text over each view:
-- goalb.b (window functions), goalb.b2 (DISTINCT ON) and goalb.b_part (window
-- functions over the partitioned table).
DO $do$
DECLARE v text[];
BEGIN
  FOREACH v SLICE 1 IN ARRAY ARRAY[['b', 'ends_window'], ['b2', 'ends_distinct'], ['b_part', 'ends_window_part']] LOOP
    EXECUTE format($q$
CREATE VIEW goalb.%I AS
SELECT series,
       CASE
         WHEN NOT by_goal THEN  -- `in`: the figure for the year decides
           CASE WHEN yt = deadline THEN CASE WHEN met THEN 'achieved' ELSE 'missed' END
                ELSE 'insufficient_data' END
         WHEN tgt IS NULL THEN 'insufficient_data'     -- pa/cum without a baseline value
         WHEN met THEN 'achieved'                       -- 1
         WHEN yt >= deadline THEN 'missed'              -- 2
         WHEN yb IS NULL OR yt <= yb THEN 'insufficient_data'  -- 3
         WHEN tgt = vb THEN 'regressing'                -- 4
         WHEN vb = 0 OR vt = 0 OR sign(vt) <> sign(vb)  -- 6, statcan: undefined growth
              OR tgt = 0 OR sign(tgt) <> sign(vb) THEN 'insufficient_data'
         WHEN r >= 0.95 THEN 'on_track'
         WHEN r >= 0.60 THEN 'behind'
         WHEN r >= 0 THEN 'off_track'
         ELSE 'regressing'
       END AS status
FROM (
  SELECT *,
         CASE cmp WHEN '>=' THEN vt >= tgt WHEN '>' THEN vt > tgt
                  WHEN '<=' THEN vt <= tgt ELSE vt < tgt END AS met,
         -- statcan: R = s·d·CAGR_obs/|CAGR_req|, both CAGRs from the baseline
         -- (only where it is defined: float8 division by zero is an error)
         CASE WHEN yb IS NULL OR yt <= yb OR vb = 0 OR tgt = vb THEN NULL
              WHEN vt / vb > 0 AND tgt / vb > 0 THEN
           sign(vb) * (CASE WHEN cmp IN ('>=', '>') THEN 1 ELSE -1 END)
           * (power(vt / vb, 1 / (yt - yb)::float8) - 1)
           / abs(power(tgt / vb, 1 / (deadline - yb)::float8) - 1) END AS r
  FROM (
    SELECT *,
           -- G: the level; for pa and cum, the level the change leads to
           CASE basis WHEN 'pa' THEN vb * power(1 + rate / 100, (deadline - yb)::float8)
                      WHEN 'cum' THEN vb * (1 + rate / 100)
                      ELSE level END AS tgt
    FROM goalb.%I
  ) g
) s $q$, v[1], v[2]);
  END LOOP;
END $do$;

CREATE TABLE goalb.q (key text PRIMARY KEY, ord int, workers int, sql text);
INSERT INTO goalb.q VALUES
 ('a_serial',   1, 0, 'SELECT count((a).status) FROM goalb.a'),
 ('a_parallel', 2, 2, 'SELECT count((a).status) FROM goalb.a'),
 ('b_serial',   3, 0, 'SELECT count(status) FROM goalb.b'),
 ('b_parallel', 4, 2, 'SELECT count(status) FROM goalb.b'),
 ('b2_serial',  5, 0, 'SELECT count(status) FROM goalb.b2'),
 ('ap_serial',  6, 0, 'SELECT count((a).status) FROM goalb.a_part'),
 ('ap_parallel', 7, 2, 'SELECT count((a).status) FROM goalb.a_part'),
 ('bp_serial',  8, 0, 'SELECT count(status) FROM goalb.b_part'),
 ('bp_parallel', 9, 2, 'SELECT count(status) FROM goalb.b_part');

-- run.sh starts the cluster with max_parallel_workers_per_gather = 0 (one
-- process per query for the other benchmarks).  This one also measures the
-- parallel aggregate, so each query sets its own number of workers.
CREATE TABLE goalb.plan (key text, n int, line text);
CREATE FUNCTION goalb.explain(key text, workers int, q text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE line text; n int := 0;
BEGIN
  PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
  FOR line IN EXECUTE q LOOP
    n := n + 1;
    INSERT INTO goalb.plan VALUES (key, n, line);
  END LOOP;
END $$;
-- A plan over 256 partitions is shown up to its second partition scan.
CREATE FUNCTION goalb.plan_cut(k text) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT (array_agg(n ORDER BY n))[2] FROM goalb.plan WHERE key = k AND line ~ 'Seq Scan on \w+_part_'
$$;
CREATE FUNCTION goalb.explain_lines(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE q;
END $$;
DO $$
BEGIN
  PERFORM goalb.explain('goal_track, parallel', 2,
    'EXPLAIN (COSTS OFF) SELECT series, goal_track(goal, period, value) FROM goalb.obs GROUP BY series');
  PERFORM goalb.explain('goal_track, serial', 0,
    'EXPLAIN (COSTS OFF) SELECT series, goal_track(goal, period, value) FROM goalb.obs GROUP BY series');
  PERFORM goalb.explain('plain SQL, parallel', 2, 'EXPLAIN (COSTS OFF) SELECT count(status) FROM goalb.b');
  PERFORM goalb.explain('plain SQL, serial', 0, 'EXPLAIN (COSTS OFF) SELECT count(status) FROM goalb.b');
  PERFORM goalb.explain('plain SQL, DISTINCT ON, serial', 0, 'EXPLAIN (COSTS OFF) SELECT count(status) FROM goalb.b2');
  PERFORM goalb.explain('goal_track, partitioned, parallel', 2,
    'EXPLAIN (COSTS OFF) SELECT series, goal_track(goal, period, value) FROM goalb.obs_part GROUP BY series');
  PERFORM goalb.explain('plain SQL, partitioned, parallel', 2, 'EXPLAIN (COSTS OFF) SELECT count(status) FROM goalb.b_part');
END $$;

\echo '== plan of goal_track with max_parallel_workers_per_gather = 2 on the partitioned table (up to its second partition)'
SELECT line AS "QUERY PLAN" FROM goalb.plan p
WHERE key = 'goal_track, partitioned, parallel'
  AND n <= goalb.plan_cut(key)
ORDER BY n;
\echo '== plan check, partitioned: Gather above Parallel Append above whole (not partial) HashAggregates'
SELECT coalesce(g < a AND a < h, false) AND NOT partial AS partitionwise_in_workers, aggregates
FROM (SELECT min(n) FILTER (WHERE line ~ 'Gather') AS g,
             min(n) FILTER (WHERE line ~ 'Parallel Append') AS a,
             min(n) FILTER (WHERE line ~ 'HashAggregate') AS h,
             bool_or(line ~ 'Partial') AS partial,
             count(*) FILTER (WHERE line ~ 'HashAggregate') AS aggregates
      FROM goalb.plan WHERE key = 'goal_track, partitioned, parallel') x;
\echo '== on one table, with 2 workers allowed: partial aggregation under a Gather? (information: in year order'
\echo '   every worker would see nearly every series, and the planner may keep the aggregate serial)'
SELECT coalesce(f < g AND g < p, false) AS partial_finalize_under_gather, gather
FROM (SELECT min(n) FILTER (WHERE line ~ 'Finalize \w*Aggregate') AS f,
             min(n) FILTER (WHERE line ~ 'Gather') AS g,
             min(n) FILTER (WHERE line ~ 'Partial \w*Aggregate') AS p,
             min(substring(line FROM 'Gather(?: Merge)?')) AS gather
      FROM goalb.plan WHERE key = 'goal_track, parallel') x;
\echo '== the other plans (of the partitioned tables: up to their second partition, then the number of scans)'
SELECT CASE WHEN n = 1 THEN key END AS query, line AS "QUERY PLAN"
FROM (SELECT key, n, line FROM goalb.plan p
      WHERE key <> 'goal_track, partitioned, parallel'
        AND n <= coalesce(goalb.plan_cut(key), n)
      UNION ALL
      SELECT key, 1000000, format('   … %s partitions scanned in all', count(*))
      FROM goalb.plan WHERE key LIKE '%partitioned%' AND key <> 'goal_track, partitioned, parallel'
        AND line ~ 'Seq Scan on' GROUP BY key) x
ORDER BY key, n;

-- The results, kept (these runs also warm the caches for the timed ones).
\echo '== results: goal_track parallel, serial, partitioned parallel; plain SQL (window), (DISTINCT ON), partitioned'
\timing on
SET max_parallel_workers_per_gather = 2;
CREATE UNLOGGED TABLE goalb.ra_par AS SELECT series, (a).status::text AS status, (a).reason FROM goalb.a;
SET max_parallel_workers_per_gather = 0;
CREATE UNLOGGED TABLE goalb.ra_ser AS SELECT series, (a).status::text AS status, (a).reason FROM goalb.a;
CREATE UNLOGGED TABLE goalb.rb AS SELECT series, status FROM goalb.b;
CREATE UNLOGGED TABLE goalb.rb2 AS SELECT series, status FROM goalb.b2;
SET max_parallel_workers_per_gather = 2;
CREATE UNLOGGED TABLE goalb.ra_part AS SELECT series, (a).status::text AS status FROM goalb.a_part;
CREATE UNLOGGED TABLE goalb.rb_part AS SELECT series, status FROM goalb.b_part;
SET max_parallel_workers_per_gather = 0;
\timing off
ANALYZE goalb.ra_par, goalb.ra_ser, goalb.rb, goalb.rb2, goalb.ra_part, goalb.rb_part;

-- How the aggregate ran: memory, batches (a spill to disk shows as Disk
-- Usage), workers launched.
\echo '== EXPLAIN ANALYZE of the plain SQL (b), serial: the sort must be a quicksort in memory'
SET max_parallel_workers_per_gather = 0;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(status) FROM goalb.b;
\echo '== EXPLAIN ANALYZE of goal_track, parallel and serial'
SET max_parallel_workers_per_gather = 2;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count((a).status) FROM goalb.a;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count((a).status) FROM goalb.a;
\echo '== EXPLAIN ANALYZE of goal_track on the partitioned table, parallel: its top, and a summary of the partition aggregates'
SET max_parallel_workers_per_gather = 2;
CREATE TEMP TABLE part_plan AS SELECT row_number() OVER () AS n, line
FROM (SELECT goalb.explain_lines('EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count((a).status) FROM goalb.a_part') AS line) x;
SELECT line AS "QUERY PLAN" FROM part_plan WHERE n <= 7
UNION ALL
SELECT format('   … %s partition aggregates; memory per partition %s to %s kB; at most %s batch each',
              count(*) FILTER (WHERE line ~ 'HashAggregate'),
              min((substring(line FROM 'Memory Usage: (\d+)kB'))::int),
              max((substring(line FROM 'Memory Usage: (\d+)kB'))::int),
              max((substring(line FROM 'Batches: (\d+)'))::int))
FROM part_plan
UNION ALL
SELECT line FROM part_plan WHERE line ~ 'Execution Time';
SET max_parallel_workers_per_gather = 0;

\echo '== status of every series: goal_track against plain SQL (disagreements must be 0)'
SELECT count(*) AS series,
       count(*) FILTER (WHERE a.status IS DISTINCT FROM b.status) AS goal_track_vs_sql_disagreements,
       count(*) FILTER (WHERE a.status IS DISTINCT FROM b2.status) AS vs_distinct_on_sql,
       count(*) FILTER (WHERE a.status IS DISTINCT FROM p.status) AS parallel_vs_serial_disagreements,
       count(*) FILTER (WHERE a.status IS DISTINCT FROM ap.status
                           OR a.status IS DISTINCT FROM bp.status) AS partitioned_disagreements
FROM goalb.ra_ser a FULL JOIN goalb.rb b USING (series) FULL JOIN goalb.rb2 b2 USING (series)
     FULL JOIN goalb.ra_par p USING (series) FULL JOIN goalb.ra_part ap USING (series)
     FULL JOIN goalb.rb_part bp USING (series);

\echo '== statuses (every one must occur)'
SELECT coalesce(a.status, b.status) AS status, a.n AS goal_track, b.n AS plain_sql
FROM (SELECT status, count(*) AS n FROM goalb.ra_ser GROUP BY 1) a
FULL JOIN (SELECT status, count(*) AS n FROM goalb.rb GROUP BY 1) b USING (status)
ORDER BY coalesce(a.status, b.status)::goal_state;

\echo '== disagreements by class (series % 100), first 20; with an example'
SELECT s.c AS class, a.status AS goal_track, b.status AS plain_sql, count(*) AS series,
       min(s.series) AS example
FROM goalb.ra_ser a JOIN goalb.rb b USING (series) JOIN goalb.series s USING (series)
WHERE a.status IS DISTINCT FROM b.status
GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT 20;

\ir timed_runs.sql

\echo '== timed runs:' :runs 'of every query, interleaved'
CALL benchlib.timed_runs('goalb', :runs);
SET max_parallel_workers_per_gather = 0;

SELECT key, string_agg(round(ms)::text, ', ' ORDER BY run) AS runs_ms
FROM goalb.timing GROUP BY key ORDER BY min((SELECT ord FROM goalb.q WHERE q.key = timing.key));

CREATE VIEW goalb.best AS
SELECT key, min(ms) AS ms, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median
FROM goalb.timing GROUP BY key;

-- The target: the fastest goal_track run against the fastest plain-SQL run,
-- over both layouts and both numbers of workers (each query as fast as the
-- planner can make it on the same data and settings); then each pairing.
CREATE VIEW goalb.best_of AS
SELECT DISTINCT ON (side) side, key, ms, median
FROM (SELECT CASE WHEN key LIKE 'a%' THEN 'goal_track' ELSE 'plain SQL' END AS side, *
      FROM goalb.best) b
ORDER BY side, ms;
\echo '== fastest run of each side (the target compares these)'
SELECT side, key, round(ms::numeric) AS best_ms, round(median::numeric) AS its_median_ms FROM goalb.best_of;

\echo '== result (best of the runs; ratio = plain SQL time / goal_track time)'
WITH m AS (SELECT * FROM goalb.best
           UNION ALL SELECT 'a_best', ms, median FROM goalb.best_of WHERE side = 'goal_track'
           UNION ALL SELECT 'b_best', ms, median FROM goalb.best_of WHERE side = 'plain SQL')
SELECT comparison, goal_track_ms, plain_sql_ms, ratio, median_ratio, target, result
FROM (
  SELECT c.o, c.comparison,
         round(a.ms::numeric) AS goal_track_ms, round(b.ms::numeric) AS plain_sql_ms,
         round((b.ms / a.ms)::numeric, 2) AS ratio,
         round((b.median / a.median)::numeric, 2) AS median_ratio,
         c.target,
         CASE WHEN c.target = 'info' THEN '-'
              WHEN b.ms / a.ms >= 3 THEN 'PASS' ELSE 'MISS' END AS result
  FROM (VALUES (0, 'fastest goal_track vs fastest plain SQL', 'a_best', 'b_best', '>= 3'),
               (1, 'one table, serial: goal_track vs plain SQL', 'a_serial', 'b_serial', 'info'),
               (2, 'one table, 2 workers: goal_track vs plain SQL', 'a_parallel', 'b_parallel', 'info'),
               (3, 'one table, serial: goal_track vs plain SQL with DISTINCT ON', 'a_serial', 'b2_serial', 'info'),
               (4, 'partitioned, serial: goal_track vs plain SQL', 'ap_serial', 'bp_serial', 'info'),
               (5, 'partitioned, 2 workers: goal_track vs plain SQL', 'ap_parallel', 'bp_parallel', 'info'),
               (6, 'goal_track partitioned, 2 workers vs plain SQL one table, serial', 'ap_parallel', 'b_serial', 'info'))
       c(o, comparison, ka, kb, target)
  JOIN m a ON a.key = c.ka JOIN m b ON b.key = c.kb
  UNION ALL
  SELECT 7, 'goal_track: serial time / 2-worker time, ' || l, round(s.ms::numeric), round(p.ms::numeric),
         round((s.ms / p.ms)::numeric, 2), round((s.median / p.median)::numeric, 2), 'info', '-'
  FROM (VALUES ('one table', 'a_serial', 'a_parallel'), ('partitioned', 'ap_serial', 'ap_parallel')) v(l, ks, kp)
  JOIN m s ON s.key = v.ks JOIN m p ON p.key = v.kp
) r ORDER BY o, comparison;
