-- test/bench/facts.sql — the extract_facts benchmark (doc/benchmarks.md,
-- "Fact extraction").  Run by test/bench/run.sh (BENCH=facts make bench):
--   psql -X -v docs=10000 -v runs=3 -f test/bench/facts.sql
--
-- `docs` documents built from the paragraphs of the demo's sample releases
-- (demo/data/releases/, English and Chinese): each document takes 24
-- paragraphs chosen by its number, with every digit rotated by its number,
-- so no two documents are alike (no cache can help) and each still reads as
-- figures, changes and targets.  Measured, each `runs` times (best reported):
--   extract    extract_facts over every document in one process: MB/s of text
--              (issue 7, item 11: at least 5 MB/s per core);
--   regexp     the alternative a user has without the extension: the numbers
--              with their units found by one regular expression
--              (regexp_matches ... 'g'), no periods, no changes, no goals;
--   read       the floor: sum(length(body)), reading every document's text;
--   parallel   extract_facts under Gather with 2 workers (PARALLEL SAFE), and
--              the plan that shows it.
\set ON_ERROR_STOP 1
\pset pager off
\pset footer off
SET client_min_messages = warning;
\timing off

CREATE EXTENSION IF NOT EXISTS policy_ext;
DROP SCHEMA IF EXISTS factsb CASCADE;
CREATE SCHEMA factsb;

CREATE TABLE factsb.release (file text, published date, body text);
\set r `cat demo/data/releases/2021-03-05_work_report_en.txt`
INSERT INTO factsb.release VALUES ('en1', '2021-03-05', :'r');
\set r `cat demo/data/releases/2022-03-05_work_report_zh.txt`
INSERT INTO factsb.release VALUES ('zh1', '2022-03-05', :'r');
\set r `cat demo/data/releases/2023-03-02_miit_en.txt`
INSERT INTO factsb.release VALUES ('en2', '2023-03-02', :'r');
\set r `cat demo/data/releases/2024-03-05_work_report_zh.txt`
INSERT INTO factsb.release VALUES ('zh2', '2024-03-05', :'r');

CREATE TABLE factsb.para AS
  SELECT row_number() OVER (ORDER BY r.file, p.n) - 1 AS id, p.t
  FROM factsb.release r,
       LATERAL regexp_split_to_table(r.body, '\n\s*\n') WITH ORDINALITY AS p(t, n)
  WHERE btrim(p.t) <> '';
SELECT count(*) AS paragraphs FROM factsb.para \gset

CREATE TABLE factsb.doc AS
  SELECT d AS id, date '2021-01-01' + (d % 1500) AS published,
         translate(string_agg(p.t, E'\n\n' ORDER BY k), '0123456789',
                   substr('01234567890123456789', d % 10 + 1, 10)) AS body
  FROM generate_series(1, :docs) d
       CROSS JOIN generate_series(0, 23) k
       JOIN factsb.para p ON p.id = (d * 7 + k * 13) % :paragraphs
  GROUP BY d;
ALTER TABLE factsb.doc SET (parallel_workers = 2);
VACUUM ANALYZE factsb.doc;
SELECT count(*) AS documents, pg_size_pretty(sum(octet_length(body))) AS text,
       round(avg(octet_length(body))) AS avg_bytes
FROM factsb.doc;
SELECT sum(octet_length(body)) / 1e6 AS mb FROM factsb.doc \gset

\echo '== facts found (the extract query counts these)'
SELECT kind, count(*) FROM factsb.doc, extract_facts(body, published) GROUP BY kind ORDER BY kind;

CREATE TABLE factsb.q (ord int, key text, workers int, sql text);
INSERT INTO factsb.q VALUES
  (1, 'extract', 0, 'SELECT count(*) FROM factsb.doc, extract_facts(body, published)'),
  (2, 'regexp', 0, $q$SELECT count(*) FROM factsb.doc,
        regexp_matches(body, '[0-9][0-9,.]*\s*(%|percent|trillion|billion|million|万亿|亿|万)?', 'g')$q$),
  (3, 'read', 0, 'SELECT sum(length(body)) FROM factsb.doc'),
  (4, 'extract_parallel', 2, 'SELECT count(*) FROM factsb.doc, extract_facts(body, published)');

\echo '== the parallel plan: extract_facts runs in the workers'
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF) SELECT count(*) FROM factsb.doc, extract_facts(body, published);
SELECT (SELECT count(*) FROM factsb.doc, extract_facts(body, published)) AS parallel_facts \gset
SET max_parallel_workers_per_gather = 0;
SELECT (SELECT count(*) FROM factsb.doc, extract_facts(body, published)) = :parallel_facts
       AS "parallel count = serial count";

\ir timed_runs.sql

\echo '== timed runs:' :runs 'of every query, interleaved'
CALL benchlib.timed_runs('factsb', :runs);

\echo '== result (best of the runs; MB/s of document text; ratio = other time / extract time)'
WITH b AS (SELECT key, min(ms) AS ms FROM factsb.timing GROUP BY key),
     e AS (SELECT ms FROM b WHERE key = 'extract')
SELECT b.key, round(b.ms::numeric) AS ms, round((:mb / (b.ms / 1000))::numeric, 1) AS "MB/s",
       round((b.ms / e.ms)::numeric, 2) AS "time / extract time",
       CASE b.key WHEN 'extract' THEN CASE WHEN :mb / (b.ms / 1000) >= 5 THEN 'PASS (>= 5 MB/s per core)'
                                          ELSE 'MISS (< 5 MB/s per core)' END
                  ELSE '-' END AS target
FROM b, e ORDER BY (SELECT ord FROM factsb.q WHERE q.key = b.key);
DROP SCHEMA factsb CASCADE;
