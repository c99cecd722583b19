--
-- period_operators: comparison (a total order: first day, then last day,
-- then frequency D < W < M < Q < T < S < A), arithmetic, containment,
-- overlap and hashing (DESIGN §1).
--
SET datestyle = 'ISO, YMD';

-- 1. Comparison operators on pairs, with the expected relation worked out
--    from the rule.  Equality is exact: same days, same frequency.
SELECT n, a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le,
       a > b AS gt, a >= b AS ge, period_cmp(a, b) AS cmp
FROM (VALUES
    (1, '2021-01'::period, '2021-Q1'::period),  -- same start, Jan 31 < Mar 31
    (2, '2021-Q1', '2021-01/2021-11'),          -- same start, Mar 31 < Nov 30
    (3, '2021-01/2021-11', '2021'),             -- same start, Nov 30 < Dec 31
    (4, '2021-Q1', '2021-01/2021-03'),          -- same days: M < Q
    (5, '2021-01/2021-12', '2021'),             -- same days: M < A
    (6, '2021-Q1/2021-Q4', '2021-T1/2021-T3'),  -- same days: Q < T
    (7, '2021-S1/2021-S2', '2021-T1/2021-T3'),  -- same days: S > T
    (8, '2021-Q1', '2021-Q1'),
    (9, '2021-M11', '2021-11'),                 -- two spellings, one value
    (10, '2021-H1', '2021-S1'),
    (11, '2021-01/P11M', '2021-01/2021-11'),
    (12, '2020-W53', '2021-01-01'),             -- 2020-12-28 < 2021-01-01
    (13, '2021-01-01', '2021-01'),              -- same start, day ends first
    (14, '2021-01-04', '2021-W01'),             -- same start, day ends first
    (15, '2021-12-31', '2021'),                 -- later start
    (16, '2021-W05', '2021-02'),                -- both start 2021-02-01
    (17, '2020', '2021-01-01'),
    (18, '9999-12-31', '0001')) AS v(n, a, b)
ORDER BY n;

-- The chain of DESIGN §1.
SELECT '2021-01'::period < '2021-Q1'::period
   AND '2021-Q1'::period < '2021-01/2021-11'::period
   AND '2021-01/2021-11'::period < '2021'::period AS chain_holds,
       '2021-Q1'::period <> '2021-01/2021-03'::period AS quarter_is_not_its_months;

-- 2. ORDER BY over a mixed set, ascending and descending.  Ties of first
--    day are broken by last day, ties of both by frequency.
SELECT p, period_start(p) AS first_day, period_end(p) AS last_day, period_freq(p) AS freq
FROM unnest('{2021, 2021-Q1, 2021-01, 2021-01-01, 2020-W53, 2021-W01,
              2021-01/2021-03, 2021-01/2021-11, 2021-Q1/2021-Q4, 2021-01/2021-12,
              2021-S1/2021-S2, 2021-T1/2021-T3, 2021-S1, 2021-T1, 2021-01-01/2021-12-31,
              2020, 2020-12-31, 2021-12-31, 2021-S2, 2021-Q4, 2021-12, 2021-W52,
              2022-01-01}'::period[]) AS p
ORDER BY p;

SELECT array_agg(p ORDER BY p DESC) AS descending
FROM unnest('{2021-Q1, 2021-01/2021-03, 2021-01, 2021, 2021-01/2021-12,
              2020-W53, 2021-01-01}'::period[]) AS p;

-- 3. period + int, int + period, period - int: shift by units of the
--    period's own frequency (both ends of a span move).
SELECT n, p, k, p + k AS plus, k + p AS commuted, p - k AS minus
FROM (VALUES
    (1, '2021-11'::period, 1), (2, '2021-11', 2), (3, '2021-11', 14),
    (4, '2021-11', -13), (5, '2021-11', 0), (6, '2021-Q4', 1), (7, '2021-S2', 1),
    (8, '2021-T3', 1), (9, '2021', -1), (10, '2020-W52', 1), (11, '2020-W53', 1),
    (12, '2021-W52', 1), (13, '2021-W01', 52), (14, '2020-02-28', 1),
    (15, '2021-02-28', 1), (16, '2021-12-31', 1), (17, '2021-03-08', 365),
    (18, '2021-01/2021-11', 12), (19, '2021-01/2021-11', 1),
    (20, '2021-Q1/2021-Q3', 4), (21, '2020-W50/2021-W02', 1)) AS v(n, p, k)
ORDER BY n;

--    From one end of the calendar to the other.
SELECT '0001-01'::period + 119987 AS last_month, '9999-12'::period - 119987 AS first_month,
       '0001-01-01'::period + 3652058 AS last_day, '9999-W52'::period - 1 AS week_before;

--    p + k - k = p, and (p + k) - p = k, over a sample of every frequency.
SELECT count(*) AS cases,
       count(*) FILTER (WHERE (p + k) - k = p AND (p + k) - p = k
                          AND k + p = p + k AND p - (-k) = p + k) AS hold
FROM (SELECT generate_periods('2019-01-01', '2021-12-31') AS p
      UNION ALL SELECT generate_periods('2019-W01', '2021-W52')
      UNION ALL SELECT generate_periods('2019-01', '2021-12')
      UNION ALL SELECT generate_periods('2019-Q1', '2021-Q4')
      UNION ALL SELECT generate_periods('2019-T1', '2021-T3')
      UNION ALL SELECT generate_periods('2019-S1', '2021-S2')
      UNION ALL SELECT generate_periods('2019', '2021')) s,
     generate_series(-60, 60, 7) AS k;

-- 4. period - period: units between the starts (same frequency).
SELECT n, a, b, a - b AS units
FROM (VALUES
    (1, '2021-11'::period, '2021-01'::period), (2, '2021-01', '2021-11'),
    (3, '2022-Q1', '2021-Q3'), (4, '2021-W01', '2020-W01'),
    (5, '2022-W01', '2021-W01'), (6, '2021-03-01', '2020-03-01'),
    (7, '2021-03-01', '2021-02-28'), (8, '2020-03-01', '2020-02-28'),
    (9, '2021', '2011'), (10, '2021-S2', '2020-S1'), (11, '2021-T1', '2020-T3'),
    (12, '2021-01/2021-11', '2020-01'), (13, '2021-Q2', '2021-Q1/2021-Q3'),
    (14, '9999-12', '0001-01'), (15, '9999-12-31', '0001-01-01'),
    (16, '2021-11', '2021-11')) AS v(n, a, b)
ORDER BY n;

-- 5. period @> date and date <@ period: the day lies in the period.
SELECT n, p, d, p @> d AS contains, d <@ p AS contained
FROM (VALUES
    (1, '2021-Q1'::period, '2021-03-31'::date), (2, '2021-Q1', '2021-04-01'),
    (3, '2021-Q1', '2020-12-31'), (4, '2021-W05', '2021-02-07'),
    (5, '2021-W05', '2021-02-08'), (6, '2021-W05', '2021-01-31'),
    (7, '2021-01/2021-11', '2021-11-30'), (8, '2021-01/2021-11', '2021-12-01'),
    (9, '2021-03-08', '2021-03-08'), (10, '2021-03-08', '2021-03-09'),
    (11, '2020-02', '2020-02-29'), (12, '2020-W53', '2021-01-03'),
    (13, '2021', 'infinity'), (14, '0001', '-infinity'),
    (15, '9999-W52', '10000-01-02')) AS v(n, p, d)
ORDER BY n;

-- 6. period @> period, <@ and &&: by days, whatever the frequencies.
SELECT n, a, b, a @> b AS contains, a <@ b AS contained, b @> a AS rev_contains,
       a && b AS overlaps, b && a AS rev_overlaps
FROM (VALUES
    (1, '2021'::period, '2021-Q3'::period), (2, '2021-Q1', '2021-01/2021-03'),
    (3, '2021-Q1', '2021-Q1'), (4, '2021-01', '2021-W01'),
    (5, '2021-01', '2020-W53'), (6, '2021', '2020-W53'),
    (7, '2021-02', '2021-W05'), (8, '2021-Q1', '2021-Q2'),
    (9, '2021-01/2021-11', '2021-Q4'), (10, '2021-01/2021-09', '2021-Q4'),
    (11, '2021-03-31', '2021-Q1'), (12, '2021-04-01', '2021-Q1'),
    (13, '2021-S1', '2021-T2'), (14, '2021-T1', '2021-Q2'),
    (15, '2020-W50/2021-W02', '2021')) AS v(n, a, b)
ORDER BY n;

-- 7. Hashing.  Equal values hash equally, whatever the spelling.
SELECT n, a, b, a = b AS equal,
       period_hash(a) = period_hash(b) AS hash_eq,
       period_hash_extended(a, 42) = period_hash_extended(b, 42) AS hash42_eq
FROM (VALUES
    (1, '2021-H1'::period, '2021-S1'::period), (2, '2021-M11', '2021-11'),
    (3, '2021-D067', '2021-03-08'), (4, '2021-03-08T12:00:00', '2021-03-08'),
    (5, '2021-01/P11M', '2021-01/2021-11'), (6, '2021-A1', '2021'),
    (7, '2021-01/2021-01', '2021-01')) AS v(n, a, b)
ORDER BY n;

--    Pinned values: hash partitions and stored hash indexes depend on them,
--    so they must never change.  PostgreSQL's contract also holds: with seed
--    0 the low 32 bits of the extended hash are the 32-bit hash.
SELECT p, period_hash(p) AS hash,
       period_hash_extended(p, 0) AS hash_ext_0,
       period_hash_extended(p, 42) AS hash_ext_42,
       (period_hash_extended(p, 0) & x'ffffffff'::bigint)::bit(32)::int = period_hash(p) AS low_bits_agree
FROM unnest('{2021-11, 2021-Q1, 2021-01/2021-03, 2021, 2021-W05, 2021-03-08,
              2021-01/2021-11, 0001, 9999-12-31}'::period[]) AS p
ORDER BY p;

--    Different values, different hashes (no collisions among these).
SELECT count(DISTINCT p) AS periods, count(DISTINCT period_hash(p)) AS hashes,
       count(DISTINCT period_hash_extended(p, 7)) AS ext_hashes
FROM (SELECT generate_periods('2016-01-01', '2021-12-31') AS p
      UNION ALL SELECT generate_periods('2016-W01', '2021-W52')
      UNION ALL SELECT generate_periods('2016-01', '2021-12')
      UNION ALL SELECT period_ytd(generate_periods('2016-01', '2021-12'))
      UNION ALL SELECT generate_periods('2016-Q1', '2021-Q4')
      UNION ALL SELECT generate_periods('2016', '2021')) s;
