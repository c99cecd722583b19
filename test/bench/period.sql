-- test/bench/period.sql — the period benchmark (doc/benchmarks.md).
--
-- Run by test/bench/run.sh inside pg_virtualenv:
--   psql -X -v rows=10000000 -v dim=1000000 -v runs=7 -f test/bench/period.sql
--
-- Builds the data once, then times every query `runs` times, interleaved
-- (period, alternative, alternative, period, …), and prints the medians.
-- Timed runs are plain executions (no EXPLAIN instrumentation), timed with
-- clock_timestamp() around EXECUTE in one backend; a first EXPLAIN (ANALYZE,
-- TIMING OFF, SUMMARY ON) of every query warms the caches and is kept to
-- check the plan (the sort happens, in memory; the join is a one-batch hash
-- join; the cast is evaluated on every row).

\set ON_ERROR_STOP 1
\pset pager off
\pset footer off
SET client_min_messages = warning;
SET datestyle = 'ISO, MDY';
-- The hash-join test forces the join method; nothing else here joins.
SET enable_mergejoin = off;
SET enable_nestloop = off;
\timing off
SELECT set_config('bench.runs', :'runs', false) AS runs \gset

CREATE EXTENSION IF NOT EXISTS policy_ext;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- period's encoding as an int8: the very 64-bit integer whose signed order is
-- the type's order.  The int8 columns below carry the same keys, so sort and
-- join compare the two types on identical values, duplicates and order.
CREATE FUNCTION bench.period_int8(period) RETURNS int8
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ('x' || encode(period_send($1), 'hex'))::bit(64)::int8 $$;

\echo '== building data:' :rows 'rows,' :dim 'join keys'
\timing on

SELECT setseed(0.2024);

-- t: the sort table.  Reference days uniform over 1950-01-01 .. 2049-12-31,
-- in random row order; frequency mix 40% monthly, 20% quarterly, 10% annual,
-- 20% daily, 10% year-to-date monthly spans (2021-01/2021-11).
CREATE UNLOGGED TABLE bench.t AS
SELECT id, p, bench.period_int8(p) AS i, period_start(p) AS d
FROM (SELECT id,
             CASE WHEN r < 0.40 THEN period(day, 'M')
                  WHEN r < 0.60 THEN period(day, 'Q')
                  WHEN r < 0.70 THEN period(day, 'A')
                  WHEN r < 0.90 THEN period(day, 'D')
                  ELSE period_ytd(period(day, 'M')) END AS p
      FROM (SELECT id, random() AS r,
                   date '1950-01-01' + floor(random() * 36524)::int AS day
            FROM generate_series(1, :rows) AS id
            OFFSET 0) x) y;

-- tx: the parse table.  s is the canonical text of t.p (2021-11, 2021-Q3,
-- 2021, 2021-03-08, 2021-01/2021-11); s_day is the text of t.d (2021-03-08).
CREATE UNLOGGED TABLE bench.tx AS
SELECT id, p::text AS s, d::text AS s_day FROM bench.t;

-- dm: the join's build side, :dim distinct periods of every frequency:
-- all years, halves, quarters and months of 0001..9999 (189,981), then days
-- from 1000-01-01 (810,019 of them for 1M keys).
CREATE UNLOGGED TABLE bench.dm AS
SELECT row_number() OVER () AS n, k, bench.period_int8(k) AS ki
FROM (SELECT k FROM (
        SELECT 1 AS o, period(make_date(y, 1, 1), 'A') AS k FROM generate_series(1, 9999) y
        UNION ALL
        SELECT 2, period(make_date(y, m, 1), 'S')
          FROM generate_series(1, 9999) y, (VALUES (1), (7)) s(m)
        UNION ALL
        SELECT 3, period(make_date(y, m, 1), 'Q')
          FROM generate_series(1, 9999) y, (VALUES (1), (4), (7), (10)) q(m)
        UNION ALL
        SELECT 4, period(make_date(y, m, 1), 'M')
          FROM generate_series(1, 9999) y, generate_series(1, 12) m
        UNION ALL
        SELECT 5, period(date '1000-01-01' + g, 'D') FROM generate_series(0, :dim) g
      ) u ORDER BY o, k LIMIT :dim) v;

-- f: the join's probe side, :rows rows, each the key of a random dm row, in
-- random order: the join returns exactly :rows rows.
CREATE UNLOGGED TABLE bench.f AS
SELECT g.id, dm.k, dm.ki
FROM (SELECT id, 1 + floor(random() * :dim)::int8 AS n
      FROM generate_series(1, :rows) AS id OFFSET 0) g
JOIN bench.dm USING (n)
ORDER BY g.id;

-- dp: every distinct value of t (about 39,000): a build side that stays in
-- the CPU caches, so that the join's per-row work, not memory, dominates.
CREATE UNLOGGED TABLE bench.dp AS SELECT DISTINCT p, i FROM bench.t;

VACUUM (FREEZE, ANALYZE) bench.t, bench.tx, bench.dm, bench.f, bench.dp;
\timing off

SELECT 'period values in t' AS what, count(*) AS n, count(DISTINCT p) AS distinct_values,
       min(p)::text AS min, max(p)::text AS max FROM bench.t
UNION ALL
SELECT 'join keys in f (n = rows of dm)', (SELECT count(*) FROM bench.dm), count(DISTINCT k),
       min(k)::text, max(k)::text FROM bench.f
UNION ALL
SELECT 'join keys in dp', count(*), count(DISTINCT p), min(p)::text, max(p)::text FROM bench.dp;
SELECT period_freq(p) AS freq, period_is_cumulative(p) AS span, count(*),
       min(s) AS example
FROM bench.t JOIN bench.tx USING (id) GROUP BY 1, 2 ORDER BY 1, 2;
SELECT relname, pg_size_pretty(pg_relation_size(oid)) AS size
FROM pg_class WHERE relnamespace = 'bench'::regnamespace AND relkind = 'r' ORDER BY oid;

-- The queries.  `must` is a jsonpath that the EXPLAIN (FORMAT JSON) plan of
-- the query has to match, else its comparison is reported INVALID.
CREATE TABLE bench.q (
    key  text PRIMARY KEY,
    ord  int,
    sql  text,
    must jsonpath
);
INSERT INTO bench.q VALUES
 ('sort_p', 1, 'SELECT count(*) FROM (SELECT p FROM bench.t ORDER BY p OFFSET 0) s',
  'strict $.** ? (@."Node Type" == "Sort" && @."Sort Key"[0] like_regex "(^|\\.)p$" && @."Sort Method" == "quicksort" && @."Sort Space Type" == "Memory")'),
 ('sort_i', 2, 'SELECT count(*) FROM (SELECT i FROM bench.t ORDER BY i OFFSET 0) s',
  'strict $.** ? (@."Node Type" == "Sort" && @."Sort Key"[0] like_regex "(^|\\.)i$" && @."Sort Method" == "quicksort" && @."Sort Space Type" == "Memory")'),
 ('sort_d', 3, 'SELECT count(*) FROM (SELECT d FROM bench.t ORDER BY d OFFSET 0) s',
  'strict $.** ? (@."Node Type" == "Sort" && @."Sort Key"[0] like_regex "(^|\\.)d$" && @."Sort Method" == "quicksort" && @."Sort Space Type" == "Memory")'),
 ('scan_t', 4, 'SELECT count(p) FROM bench.t', 'strict $.** ? (@."Node Type" == "Seq Scan")'),
 ('sortrow_p', 5, 'SELECT count(*) FROM (SELECT p, id FROM bench.t ORDER BY p OFFSET 0) s',
  'strict $.** ? (@."Node Type" == "Sort" && @."Sort Key"[0] like_regex "(^|\\.)p$" && @."Sort Method" == "quicksort" && @."Sort Space Type" == "Memory")'),
 ('sortrow_i', 6, 'SELECT count(*) FROM (SELECT i, id FROM bench.t ORDER BY i OFFSET 0) s',
  'strict $.** ? (@."Node Type" == "Sort" && @."Sort Key"[0] like_regex "(^|\\.)i$" && @."Sort Method" == "quicksort" && @."Sort Space Type" == "Memory")'),
 ('join_p', 7, 'SELECT count(*) FROM bench.f JOIN bench.dm ON f.k = dm.k',
  'strict $.** ? (@."Node Type" == "Hash Join" && @."Hash Cond" like_regex "\\.k = .*\\.k\\)" && @.Plans[1]."Node Type" == "Hash" && @.Plans[1].Plans[0]."Relation Name" == "dm" && @.Plans[1]."Hash Batches" == 1)'),
 ('join_i', 8, 'SELECT count(*) FROM bench.f JOIN bench.dm ON f.ki = dm.ki',
  'strict $.** ? (@."Node Type" == "Hash Join" && @."Hash Cond" like_regex "\\.ki = .*\\.ki\\)" && @.Plans[1]."Node Type" == "Hash" && @.Plans[1].Plans[0]."Relation Name" == "dm" && @.Plans[1]."Hash Batches" == 1)'),
 ('joinc_p', 9, 'SELECT count(*) FROM bench.t JOIN bench.dp ON t.p = dp.p',
  'strict $.** ? (@."Node Type" == "Hash Join" && @."Hash Cond" like_regex "\\.p = .*\\.p\\)" && @.Plans[1]."Node Type" == "Hash" && @.Plans[1].Plans[0]."Relation Name" == "dp" && @.Plans[1]."Hash Batches" == 1)'),
 ('joinc_i', 10, 'SELECT count(*) FROM bench.t JOIN bench.dp ON t.i = dp.i',
  'strict $.** ? (@."Node Type" == "Hash Join" && @."Hash Cond" like_regex "\\.i = .*\\.i\\)" && @.Plans[1]."Node Type" == "Hash" && @.Plans[1].Plans[0]."Relation Name" == "dp" && @.Plans[1]."Hash Batches" == 1)'),
 ('scan_joinc', 11, 'SELECT (SELECT count(p) FROM bench.t) + (SELECT count(p) FROM bench.dp)',
  'strict $.** ? (@."Node Type" == "Seq Scan")'),
 ('agg_p', 12, 'SELECT count(*) FROM (SELECT p FROM bench.t GROUP BY p) s',
  'strict $.** ? (@."Node Type" == "Aggregate" && @."Strategy" == "Hashed" && @."Group Key"[0] like_regex "(^|\\.)p$" && @."HashAgg Batches" == 1)'),
 ('agg_i', 13, 'SELECT count(*) FROM (SELECT i FROM bench.t GROUP BY i) s',
  'strict $.** ? (@."Node Type" == "Aggregate" && @."Strategy" == "Hashed" && @."Group Key"[0] like_regex "(^|\\.)i$" && @."HashAgg Batches" == 1)'),
 ('scan_join', 14, 'SELECT (SELECT count(k) FROM bench.f) + (SELECT count(k) FROM bench.dm)',
  'strict $.** ? (@."Node Type" == "Seq Scan")'),
 ('parse_mix_p', 20, 'SELECT count(*) FROM bench.tx WHERE s::period IS NOT NULL',
  'strict $.** ? (@."Node Type" == "Seq Scan" && @."Filter" like_regex "\\(s\\)::period IS NOT NULL")'),
 ('parse_day_d', 21, 'SELECT count(*) FROM bench.tx WHERE s_day::date IS NOT NULL',
  'strict $.** ? (@."Node Type" == "Seq Scan" && @."Filter" like_regex "\\(s_day\\)::date IS NOT NULL")'),
 ('parse_day_p', 22, 'SELECT count(*) FROM bench.tx WHERE s_day::period IS NOT NULL',
  'strict $.** ? (@."Node Type" == "Seq Scan" && @."Filter" like_regex "\\(s_day\\)::period IS NOT NULL")'),
 ('lenient_mix_p', 23, 'SELECT count(*) FROM bench.tx WHERE to_period(s) IS NOT NULL',
  'strict $.** ? (@."Node Type" == "Seq Scan" && @."Filter" like_regex "to_period\\(s\\) IS NOT NULL")'),
 ('scan_tx', 24, 'SELECT count(*) FROM bench.tx WHERE s IS NOT NULL AND s_day IS NOT NULL',
  'strict $.** ? (@."Node Type" == "Seq Scan")');

-- The comparisons: period query, alternative query, target on their ratio
-- (NULL: shown for information), and the scan that both include.
CREATE TABLE bench.cmp (
    ord       int,
    operation text,
    pkey      text REFERENCES bench.q,
    akey      text REFERENCES bench.q,
    alt       text,
    target    numeric,
    base      text REFERENCES bench.q
);
INSERT INTO bench.cmp VALUES
 (1, 'sort, one column (datum sort)',  'sort_p',      'sort_i',      'int8', 1.2, 'scan_t'),
 (2, 'sort, one column (datum sort)',  'sort_p',      'sort_d',      'date', NULL, 'scan_t'),
 (3, 'sort, rows (p, id) (tuple sort)', 'sortrow_p',  'sortrow_i',   'int8', 1.2, 'scan_t'),
 (4, format('hash join %s x %s rows', :rows, :dim), 'join_p',      'join_i',      'int8', 1.2, 'scan_join'),
 (5, format('hash join %s x %s rows, build side in cache', :rows, (SELECT count(*) FROM bench.dp)),
                                       'joinc_p',     'joinc_i',     'int8', 1.2, 'scan_joinc'),
 (6, 'hash aggregate, GROUP BY',       'agg_p',       'agg_i',       'int8', 1.2, 'scan_t'),
 (7, 'parse: mixed forms vs date text', 'parse_mix_p', 'parse_day_d', 'date_in', 1.0, 'scan_tx'),
 (8, 'parse: same date text',          'parse_day_p', 'parse_day_d', 'date_in', 1.0, 'scan_tx'),
 (9, 'to_period(): mixed vs date text', 'lenient_mix_p', 'parse_day_d', 'date_in', NULL, 'scan_tx');

CREATE TABLE bench.plan (key text, plan jsonb);
CREATE TABLE bench.timing (key text, run int, ms float8);

CREATE FUNCTION bench.run_ms(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    n  bigint;
BEGIN
    t0 := clock_timestamp();
    EXECUTE q INTO n;
    RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END $$;

-- Warm-up and plan check: one EXPLAIN ANALYZE of every query.
\echo '== warm-up (EXPLAIN ANALYZE of every query)'
DO $$
DECLARE
    r  record;
    pl jsonb;
BEGIN
    FOR r IN SELECT * FROM bench.q ORDER BY ord LOOP
        EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON, FORMAT JSON) ' || r.sql INTO pl;
        INSERT INTO bench.plan VALUES (r.key, pl);
    END LOOP;
END $$;

SELECT q.key,
       jsonb_path_exists(p.plan, q.must) AS plan_ok,
       (p.plan -> 0 ->> 'Execution Time')::numeric(10, 0) AS explain_ms,
       jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."Sort Method"))') ->> 'Sort Method' AS sort_method,
       (jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."Sort Method"))') ->> 'Sort Space Used') || ' kB '
         || (jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."Sort Method"))') ->> 'Sort Space Type') AS sort_space,
       (jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."Hash Batches"))') ->> 'Hash Batches') AS hash_batches,
       (jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."Hash Batches"))') ->> 'Peak Memory Usage') AS hash_kb,
       (jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."HashAgg Batches"))') ->> 'HashAgg Batches') AS agg_batches,
       (jsonb_path_query_first(p.plan, 'strict $.** ? (exists (@."HashAgg Batches"))') ->> 'Peak Memory Usage') AS agg_kb
FROM bench.q q JOIN bench.plan p USING (key) ORDER BY q.ord;

\echo '== timed runs:' :runs 'of every query, interleaved'
DO $$
DECLARE
    r record;
    i int;
BEGIN
    FOR i IN 1 .. current_setting('bench.runs')::int LOOP
        FOR r IN SELECT * FROM bench.q ORDER BY CASE WHEN i % 2 = 1 THEN ord ELSE -ord END LOOP
            INSERT INTO bench.timing VALUES (r.key, i, bench.run_ms(r.sql));
        END LOOP;
    END LOOP;
END $$;

-- Every run, for the record.
SELECT key, string_agg(round(ms)::text, ' ' ORDER BY run) AS runs_ms,
       round(((max(ms) - min(ms)) / min(ms) * 100)::numeric, 1) AS spread_pct
FROM bench.timing JOIN bench.q USING (key) GROUP BY key, ord ORDER BY ord;

CREATE VIEW bench.med AS
SELECT key, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
FROM bench.timing GROUP BY key;

CREATE VIEW bench.report AS
SELECT c.ord, c.operation, c.alt AS alternative,
       round(p.ms::numeric) AS period_ms,
       round(a.ms::numeric) AS alt_ms,
       round((p.ms / a.ms)::numeric, 3) AS ratio,
       CASE WHEN c.target IS NULL THEN 'info' ELSE '<= ' || c.target END AS target,
       CASE WHEN NOT (jsonb_path_exists(pp.plan, qp.must) AND jsonb_path_exists(pa.plan, qa.must))
                 THEN 'INVALID'
            WHEN c.target IS NULL THEN '-'
            WHEN p.ms / a.ms <= c.target THEN 'PASS'
            ELSE 'MISS' END AS verdict,
       round(b.ms::numeric) AS scan_ms,
       round(((p.ms - b.ms) / nullif(a.ms - b.ms, 0))::numeric, 3) AS net_ratio
FROM bench.cmp c
JOIN bench.med p ON p.key = c.pkey
JOIN bench.med a ON a.key = c.akey
JOIN bench.med b ON b.key = c.base
JOIN bench.q qp ON qp.key = c.pkey JOIN bench.plan pp ON pp.key = c.pkey
JOIN bench.q qa ON qa.key = c.akey JOIN bench.plan pa ON pa.key = c.akey;

\echo '== result (median of' :runs 'runs; ratio = period / alternative)'
SELECT operation, alternative, period_ms AS "period ms", alt_ms AS "alternative ms",
       ratio, target, verdict AS "PASS/MISS"
FROM bench.report ORDER BY ord;

\echo '== net of the scan both sides share (scan = the same query without the operation)'
SELECT operation, alternative, scan_ms AS "scan ms", period_ms - scan_ms AS "period net ms",
       alt_ms - scan_ms AS "alternative net ms", net_ratio AS "net ratio"
FROM bench.report ORDER BY ord;
