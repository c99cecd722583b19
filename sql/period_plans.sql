--
-- period_plans: the btree and hash operator classes of period (DESIGN §1)
-- under every join, sort, aggregation and index plan.  Each plan is forced
-- with enable_* settings, shown with EXPLAIN (COSTS OFF), and its result
-- reduced to a checksum (row count and md5 of the rows in a fixed order) so
-- that identical results show as identical lines.  The reference answers use
-- the text form of the periods (text equality and the documented order:
-- first day, last day, frequency D < W < M < Q < T < S < A), which does not
-- go through the period operators at all.
--
SET datestyle = 'ISO, YMD';
SET max_parallel_workers_per_gather = 0;

-- Two tables of periods of every frequency in 2019-2022, with many
-- duplicates; every 13th (pp_a) or 11th (pp_b) value is a year-to-date
-- span, so 2021-01/2021-03 (not equal to 2021-Q1) occurs beside 2021-Q1.
CREATE TABLE pp_a (i int, p period);
INSERT INTO pp_a
SELECT i, CASE WHEN i % 13 = 0 THEN period_ytd(x) ELSE x END
FROM generate_series(1, 2000) AS i,
     LATERAL (SELECT period('2019-01-01'::date + (i * 7919) % 1461,
                            (ARRAY['D', 'W', 'M', 'Q', 'T', 'S', 'A'])[i % 7 + 1]) AS x) s;
CREATE TABLE pp_b (i int, p period);
INSERT INTO pp_b
SELECT i, CASE WHEN i % 11 = 0 THEN period_ytd(x) ELSE x END
FROM generate_series(1, 1500) AS i,
     LATERAL (SELECT period('2019-01-01'::date + (i * 104729) % 1461,
                            (ARRAY['A', 'S', 'T', 'Q', 'M', 'W', 'D'])[i % 7 + 1]) AS x) s;
VACUUM ANALYZE pp_a;
VACUUM ANALYZE pp_b;

-- What the data look like.
SELECT period_freq(p) AS freq, count(*) AS rows_a, count(DISTINCT p) AS distinct_a,
       count(*) FILTER (WHERE period_is_cumulative(p)) AS spans_a
FROM pp_a GROUP BY 1 ORDER BY position(period_freq(p) IN 'DWMQTSA');

-- 1. Joins on a.p = b.p.  Reference: the same join on the text form.
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p::text = b.p::text;

-- Hash join.
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i))
FROM pp_a a JOIN pp_b b ON a.p = b.p;
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p = b.p;
RESET enable_mergejoin;
RESET enable_nestloop;

-- Merge join over explicit sorts.
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i))
FROM pp_a a JOIN pp_b b ON a.p = b.p;
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p = b.p;
RESET enable_hashjoin;
RESET enable_nestloop;

-- Nested loop with a join filter.
SET enable_hashjoin = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i))
FROM pp_a a JOIN pp_b b ON a.p = b.p;
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p = b.p;
RESET enable_hashjoin;
RESET enable_mergejoin;

-- Outer joins too: rows of pp_a without a partner.
SELECT count(*) AS unmatched_text
FROM pp_a a LEFT JOIN pp_b b ON a.p::text = b.p::text WHERE b.i IS NULL;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS unmatched_hash
FROM pp_a a LEFT JOIN pp_b b ON a.p = b.p WHERE b.i IS NULL;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_hashjoin = off;
SET enable_nestloop = off;
SELECT count(*) AS unmatched_merge
FROM pp_a a LEFT JOIN pp_b b ON a.p = b.p WHERE b.i IS NULL;
RESET enable_hashjoin;
RESET enable_nestloop;

-- 2. Sorting.  Reference: the documented order computed from the parts.
SELECT count(*) AS n,
       md5(string_agg(p::text, ',' ORDER BY period_start(p), period_end(p),
                                            position(period_freq(p) IN 'DWMQTSA'))) AS checksum
FROM pp_a;

-- Sort node.
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(p::text, ',')) FROM (SELECT p FROM pp_a ORDER BY p) s;
SELECT count(*) AS n, md5(string_agg(p::text, ',')) AS checksum
FROM (SELECT p FROM pp_a ORDER BY p) s;

-- The same through a btree index, forwards and backwards.
CREATE INDEX pp_a_p ON pp_a (p);
VACUUM ANALYZE pp_a;
SET enable_seqscan = off;
SET enable_sort = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(p::text, ',')) FROM (SELECT p FROM pp_a ORDER BY p) s;
SELECT count(*) AS n, md5(string_agg(p::text, ',')) AS checksum
FROM (SELECT p FROM pp_a ORDER BY p) s;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(p::text, ',')) FROM (SELECT p FROM pp_a ORDER BY p DESC) s;
SELECT count(*) AS n, md5(string_agg(p::text, ',')) AS checksum
FROM (SELECT p FROM pp_a ORDER BY p DESC) s;
RESET enable_seqscan;
RESET enable_sort;

--    and the reference for the descending order.
SELECT count(*) AS n,
       md5(string_agg(p::text, ',' ORDER BY period_start(p) DESC, period_end(p) DESC,
                                            position(period_freq(p) IN 'DWMQTSA') DESC)) AS checksum
FROM pp_a;

-- 3. btree index scans against sequential scans, for =, ranges and IN.
--    Reference: the same conditions on the parts of the period.
SELECT 'eq' AS cond, count(*), md5(string_agg(i::text, ',' ORDER BY i))
FROM pp_a WHERE p::text = '2021-Q3'
UNION ALL
SELECT 'range', count(*), md5(string_agg(i::text, ',' ORDER BY i))
FROM pp_a WHERE period_start(p) >= '2021-01-01' AND period_start(p) < '2021-07-01'
UNION ALL
SELECT 'in', count(*), md5(string_agg(i::text, ',' ORDER BY i))
FROM pp_a WHERE p::text IN ('2020', '2020-W53', '2021-01/2021-03', '2021-Q1', '2022-03-08')
ORDER BY 1;

SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(i::text, ',' ORDER BY i)) FROM pp_a WHERE p = '2021-Q3';
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(i::text, ',' ORDER BY i)) FROM pp_a
WHERE p >= '2021-01-01' AND p < '2021-07-01';
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(i::text, ',' ORDER BY i)) FROM pp_a
WHERE p IN ('2020', '2020-W53', '2021-01/2021-03', '2021-Q1', '2022-03-08');
-- The range starts at the first period starting on 2021-01-01 (the day
-- itself) and stops before the first starting on 2021-07-01.
SELECT 'eq' AS cond, count(*), md5(string_agg(i::text, ',' ORDER BY i))
FROM pp_a WHERE p = '2021-Q3'
UNION ALL
SELECT 'range', count(*), md5(string_agg(i::text, ',' ORDER BY i))
FROM pp_a WHERE p >= '2021-01-01' AND p < '2021-07-01'
UNION ALL
SELECT 'in', count(*), md5(string_agg(i::text, ',' ORDER BY i))
FROM pp_a WHERE p IN ('2020', '2020-W53', '2021-01/2021-03', '2021-Q1', '2022-03-08')
ORDER BY 1;
RESET enable_seqscan;
RESET enable_bitmapscan;

-- Index nested loop and merge join over two indexes give the join of 1.
CREATE INDEX pp_b_p ON pp_b (p);
VACUUM ANALYZE pp_b;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_bitmapscan = off;
SET enable_material = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i))
FROM pp_a a JOIN pp_b b ON a.p = b.p;
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p = b.p;
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_bitmapscan;
RESET enable_material;
SET enable_hashjoin = off;
SET enable_nestloop = off;
SET enable_sort = off;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i))
FROM pp_a a JOIN pp_b b ON a.p = b.p;
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p = b.p;
RESET enable_hashjoin;
RESET enable_nestloop;
RESET enable_sort;
RESET enable_seqscan;
DROP INDEX pp_b_p;

-- 4. Grouping: hash aggregation and sorted aggregation.  Reference: GROUP BY
--    the text form.
SELECT count(*) AS groups, sum(n) AS rows,
       md5(string_agg(t || '=' || n, ',' ORDER BY t)) AS checksum
FROM (SELECT p::text AS t, count(*) AS n FROM pp_a GROUP BY 1) g;

SET enable_sort = off;
EXPLAIN (COSTS OFF)
SELECT count(*), sum(n), md5(string_agg(p::text || '=' || n, ',' ORDER BY p::text))
FROM (SELECT p, count(*) AS n FROM pp_a GROUP BY p) g;
SELECT count(*) AS groups, sum(n) AS rows,
       md5(string_agg(p::text || '=' || n, ',' ORDER BY p::text)) AS checksum
FROM (SELECT p, count(*) AS n FROM pp_a GROUP BY p) g;
RESET enable_sort;

SET enable_hashagg = off;
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*), sum(n), md5(string_agg(p::text || '=' || n, ',' ORDER BY p::text))
FROM (SELECT p, count(*) AS n FROM pp_a GROUP BY p) g;
SELECT count(*) AS groups, sum(n) AS rows,
       md5(string_agg(p::text || '=' || n, ',' ORDER BY p::text)) AS checksum
FROM (SELECT p, count(*) AS n FROM pp_a GROUP BY p) g;
RESET enable_hashagg;
RESET enable_indexscan;
RESET enable_indexonlyscan;
RESET enable_bitmapscan;

-- DISTINCT and set operations, hashed and sorted.
SELECT count(DISTINCT p::text) AS distinct_text,
       (SELECT count(*) FROM (SELECT p::text FROM pp_a INTERSECT SELECT p::text FROM pp_b) x) AS common_text
FROM pp_a;
SET enable_sort = off;
SELECT (SELECT count(*) FROM (SELECT DISTINCT p FROM pp_a) x) AS distinct_hashed,
       (SELECT count(*) FROM (SELECT p FROM pp_a INTERSECT SELECT p FROM pp_b) x) AS common_hashed;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(DISTINCT p) AS distinct_sorted,
       (SELECT count(*) FROM (SELECT p FROM pp_a INTERSECT SELECT p FROM pp_b) x) AS common_sorted
FROM pp_a;
RESET enable_hashagg;

-- 5. A hash index: lookups and an index nested loop through it.
CREATE INDEX pp_b_hash ON pp_b USING hash (p);
VACUUM ANALYZE pp_b;
SELECT count(*), md5(string_agg(i::text, ',' ORDER BY i)) AS reference
FROM pp_b WHERE p::text = '2020-S2';
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(i::text, ',' ORDER BY i)) FROM pp_b WHERE p = '2020-S2';
SELECT count(*), md5(string_agg(i::text, ',' ORDER BY i)) AS via_hash_index
FROM pp_b WHERE p = '2020-S2';
RESET enable_seqscan;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_material = off;
EXPLAIN (COSTS OFF)
SELECT count(*), md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i))
FROM pp_a a JOIN pp_b b ON a.p = b.p;
SELECT count(*) AS pairs,
       md5(string_agg(a.i || '-' || b.i, ',' ORDER BY a.i, b.i)) AS checksum
FROM pp_a a JOIN pp_b b ON a.p = b.p;
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_material;
RESET enable_bitmapscan;

-- 6. Hash partitioning by period: the partition each value lands in is
--    fixed by period_hash_extended (pinned in period_operators).
CREATE TABLE pp_h (p period, i int) PARTITION BY HASH (p);
CREATE TABLE pp_h0 PARTITION OF pp_h FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE pp_h1 PARTITION OF pp_h FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE pp_h2 PARTITION OF pp_h FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE pp_h3 PARTITION OF pp_h FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO pp_h
SELECT p, 0
FROM unnest('{2021, 2021-S1, 2021-T2, 2021-Q3, 2021-11, 2021-W05, 2021-03-08,
              2021-01/2021-11, 2021-Q1, 2021-01/2021-03, 0001, 9999-12-31}'::period[]) AS p;
SELECT p, tableoid::regclass AS partition FROM pp_h ORDER BY p;
SELECT count(*) AS values_in_right_partition FROM pp_h
WHERE satisfies_hash_partition('pp_h'::regclass, 4, right(tableoid::regclass::text, 1)::int, p);

--    Equal values (other spellings) go to the same partition, and a lookup
--    is pruned to that one partition.
INSERT INTO pp_h VALUES ('2021-H1', 1), ('2021-M11', 1), ('2021-D067', 1),
                        ('2021-01/P11M', 1), ('2021-A1', 1);
SELECT p, array_agg(DISTINCT tableoid::regclass::text) AS partitions, count(*)
FROM pp_h WHERE p IN ('2021-S1', '2021-11', '2021-03-08', '2021-01/2021-11', '2021')
GROUP BY p ORDER BY p;
EXPLAIN (COSTS OFF) SELECT * FROM pp_h WHERE p = '2021-Q3';

--    The 2000 rows of pp_a spread over the partitions.
TRUNCATE pp_h;
INSERT INTO pp_h SELECT p, i FROM pp_a;
SELECT tableoid::regclass AS partition, count(*) AS rows, count(DISTINCT p) AS periods
FROM pp_h GROUP BY 1 ORDER BY 1;
SELECT count(*) AS pairs,
       md5(string_agg(h.i || '-' || b.i, ',' ORDER BY h.i, b.i)) AS checksum
FROM pp_h h JOIN pp_b b ON h.p = b.p;

DROP TABLE pp_h;
DROP TABLE pp_a;
DROP TABLE pp_b;
RESET max_parallel_workers_per_gather;
