--
-- period_functions: accessors, constructors and calendar functions of the
-- period type (DESIGN §1).
--
SET datestyle = 'ISO, YMD';

-- 1. Accessors: first and last day (inclusive), SDMX frequency code, number
--    of units of its frequency, and whether it is a cumulative span.
SELECT n, p, period_start(p), period_end(p), period_freq(p),
       period_length(p), period_is_cumulative(p)
FROM unnest('{2021, 2021-S2, 2021-T2, 2021-Q3, 2021-11, 2020-02, 2021-W05,
              2020-W53, 2021-03-08, 2021-01/2021-11, 2021-Q1/2021-Q3,
              2020-W50/2021-W02, 2021-03-01/2021-03-31, 2019/2021,
              2021-S1/2021-S2, 2021-T1/2021-T3, 2021-01/2021-01,
              0001-01-01/9999-12-31}'::period[])
     WITH ORDINALITY AS t(p, n)
ORDER BY n;

-- 2. period(date, freq): the period of the frequency that holds the day.
--    Frequency codes.  2021-01-01 (a Friday) and 2022-01-02 (a Sunday) lie in
--    the last ISO week of the year before; T1 is January-April.
SELECT d AS day, period(d, 'A') AS a, period(d, 'S') AS s, period(d, 'T') AS t,
       period(d, 'Q') AS q, period(d, 'M') AS m, period(d, 'W') AS w,
       period(d, 'D') AS d
FROM unnest('{2021-03-08, 2021-01-01, 2020-12-31, 2021-04-30, 2021-05-01,
              2021-07-01, 2021-09-01, 2024-02-29, 2022-01-02, 0001-01-01,
              9999-12-31}'::date[]) AS d
ORDER BY d;

--    Frequency names (case-insensitive), all for 2021-08-31.
SELECT n, f, period('2021-08-31', f)
FROM unnest(ARRAY['A', 'Y', 'year', 'annual', 'yearly', 'S', 'H', 'half',
                  'half-year', 'semester', 'T', 'trimester', 'Q', 'quarter',
                  'quarterly', 'M', 'month', 'monthly', 'W', 'week', 'weekly',
                  'D', 'day', 'daily', 'a', 'Year', 'QUARTER', 'Monthly', 'w'])
     WITH ORDINALITY AS t(f, n)
ORDER BY n;

--    The period holds the day, and is the same as parsing the day's text.
SELECT f, count(*) AS days,
       count(*) FILTER (WHERE NOT period(d, f) @> d) AS not_holding,
       count(*) FILTER (WHERE period(d, f) <> period_parent(d::text::period, f)) AS parent_differs
FROM generate_series('2019-12-01'::date, '2022-01-31', '1 day') AS g,
     LATERAL (SELECT g::date AS d) x,
     unnest(ARRAY['A', 'S', 'T', 'Q', 'M', 'W', 'D']) AS f
GROUP BY f
ORDER BY position(f IN 'DWMQTSA');

-- 3. period_year_ago: the same period a year earlier.  29 February goes to
--    28 February (as date - interval '1 year'); ISO week n goes to week n of
--    the year before, and week 53 without a counterpart gives NULL.
SELECT n, p, period_year_ago(p)
FROM unnest('{2021-11, 2021-01, 2021-Q3, 2021, 2021-S1, 2021-T2, 0002, 0002-01,
              2021-03-08, 2020-02-29, 2021-02-28, 2020-03-01, 0002-01-01,
              2021-W01, 2021-W10, 2021-W52, 2020-W53, 2015-W53, 2016-W01,
              2021-01/2021-11, 2021-Q1/2021-Q3, 2020-02-01/2020-02-29,
              2021-W01/2021-W10}'::period[])
     WITH ORDINALITY AS t(p, n)
ORDER BY n;

--    For the month-based frequencies a year ago is exactly 12 months (4
--    quarters, 3 trimesters, 2 halves, 1 year) earlier.
SELECT freq, count(*) AS n,
       count(*) FILTER (WHERE period_year_ago(p) = p - per_year) AS as_shift,
       count(*) FILTER (WHERE period_start(period_year_ago(p)) = period_start(p) - interval '1 year'
                          AND period_end(period_year_ago(p)) = (period_end(p) + 1) - interval '1 year' - interval '1 day') AS same_days
FROM (SELECT generate_periods('2019-01', '2022-12') AS p
      UNION ALL SELECT generate_periods('2019-Q1', '2022-Q4')
      UNION ALL SELECT generate_periods('2019-T1', '2022-T3')
      UNION ALL SELECT generate_periods('2019-S1', '2022-S2')
      UNION ALL SELECT generate_periods('2019', '2022')) s
     JOIN (VALUES ('M', 12), ('Q', 4), ('T', 3), ('S', 2), ('A', 1)) AS u(freq, per_year)
       ON u.freq = period_freq(s.p)
GROUP BY freq
ORDER BY position(freq IN 'DWMQTSA');

-- 4. period_ytd: from the start of the year to the end of the period.
--    Within the year of the period's last unit; a first unit is itself.
SELECT n, p, period_ytd(p), period_length(period_ytd(p)) AS units
FROM unnest('{2021-11, 2021-01, 2021-12, 2021-Q3, 2021-Q1, 2021-S2, 2021-T3,
              2021, 2021-W05, 2021-W01, 2020-W53, 2021-03-08, 2021-01-01,
              2020-12-31, 2021-03/2021-05, 2020-11/2021-02, 2021-01/2021-11}'::period[])
     WITH ORDINALITY AS t(p, n)
ORDER BY n;

-- 5. period_parent: the period of a coarser frequency that holds it.  A week
--    goes where its Thursday falls: 2021-W01 (Thursday 2021-01-07) is in
--    2021, 2020-W53 (Thursday 2020-12-31) in 2020-12, 2021-W13
--    (2021-03-29 .. 2021-04-04, Thursday 2021-04-01) in 2021-04 and 2021-Q2.
SELECT n, p, f, period_parent(p, f)
FROM (VALUES
    (1, '2021-11'::period, 'Q'), (2, '2021-11', 'S'), (3, '2021-11', 'T'),
    (4, '2021-11', 'A'), (5, '2021-11', 'M'), (6, '2021-04', 'T'),
    (7, '2021-05', 'T'), (8, '2021-Q2', 'S'), (9, '2021-Q3', 'year'),
    (10, '2021-03-08', 'W'), (11, '2021-03-08', 'M'), (12, '2021-03-08', 'D'),
    (13, '2021-01-03', 'W'), (14, '2021-01-03', 'A'),
    (15, '2021-W01', 'A'), (16, '2021-W01', 'M'), (17, '2020-W53', 'A'),
    (18, '2020-W53', 'M'), (19, '2020-W53', 'Q'), (20, '2021-W13', 'M'),
    (21, '2021-W13', 'Q'), (22, '2021-W13', 'W'), (23, '2019-W01', 'A'),
    (24, '2020-W01', 'A'), (25, '2021-W52', 'A'),
    (26, '2021-01/2021-03', 'Q'), (27, '2021-Q1/2021-Q2', 'S'),
    (28, '2021-W01/2021-W04', 'M'), (29, '2021-03-01/2021-03-31', 'M'),
    (30, '2021-S1/2021-S2', 'A')) AS v(n, p, f)
ORDER BY n;

--    Straddling periods are errors (22023).
SELECT period_parent('2021-01/2021-04', 'Q');
SELECT period_parent('2021-Q2', 'T');
SELECT period_parent('2021-W04/2021-W05', 'M');  -- Thursdays 01-28 and 02-04
SELECT period_parent('2021', 'S');

-- 6. generate_periods(from, to): every period of one frequency, inclusive.
SELECT n, from_p, to_p, array_agg(g ORDER BY g) AS periods
FROM (VALUES
    (1, '2021-10'::period, '2022-02'::period), (2, '2020-W52', '2021-W02'),
    (3, '2021-Q3', '2022-Q2'), (4, '2020-02-27', '2020-03-01'),
    (5, '2021-S1', '2022-S2'), (6, '2021-T2', '2022-T1'), (7, '2019', '2021'),
    (8, '2021-05', '2021-05'), (9, '9999-11', '9999-12'),
    (10, '0001-W01', '0001-W03')) AS v(n, from_p, to_p),
     LATERAL generate_periods(from_p, to_p) AS g
GROUP BY n, from_p, to_p
ORDER BY n;

--    Counts: days in 2021 and 2020, ISO weeks in 2020, every year, every
--    month; from > to gives no rows.
SELECT (SELECT count(*) FROM generate_periods('2021-01-01', '2021-12-31')) AS days_2021,
       (SELECT count(*) FROM generate_periods('2020-01-01', '2020-12-31')) AS days_2020,
       (SELECT count(*) FROM generate_periods('2020-W01', '2020-W53')) AS weeks_2020,
       (SELECT count(*) FROM generate_periods('0001', '9999')) AS years,
       (SELECT count(*) FROM generate_periods('0001-01', '9999-12')) AS months,
       (SELECT count(*) FROM generate_periods('2021-05', '2021-04')) AS backwards,
       (SELECT count(*) FROM generate_periods('2022', '2021')) AS backwards_years;

--    Consecutive: each period starts the day after the previous one ends.
SELECT count(*) AS weeks,
       count(*) FILTER (WHERE period_start(g) <> period_end(prev) + 1) AS gaps
FROM (SELECT g, lag(g) OVER (ORDER BY g) AS prev
      FROM generate_periods('2015-W01', '2026-W53') AS g) s
WHERE prev IS NOT NULL;

--    Mixed frequencies are an error.
SELECT * FROM generate_periods('2021-01', '2021-Q4');

-- 7. Cast to daterange: [first day, last day + 1).
SELECT p, p::daterange AS days
FROM unnest('{2021-11, 2021-W05, 2021-03-08, 2021-01/2021-11, 2020-Q1,
              0001, 9999-12-31}'::period[]) AS p
ORDER BY p;

SELECT count(*) AS periods,
       count(*) FILTER (WHERE lower(p::daterange) = period_start(p)
                          AND upper(p::daterange) = period_end(p) + 1
                          AND lower_inc(p::daterange)
                          AND NOT upper_inc(p::daterange)) AS agree
FROM (SELECT generate_periods('2020-01-01', '2021-12-31') AS p
      UNION ALL SELECT generate_periods('2020-W01', '2021-W52')
      UNION ALL SELECT period_ytd(generate_periods('2020-01', '2021-12'))) s;

-- 8. min and max follow the type's order (first day, last day, frequency).
SELECT min(p), max(p)
FROM unnest('{2021-Q1, 2021-01, 2021, 2021-01/2021-11, 2020-W53, 2021-12-31,
              2021-S2}'::period[]) AS p;

SELECT period_freq(p) AS freq, min(p), max(p), count(*)
FROM unnest('{2021-Q1, 2021-01, 2021, 2021-01/2021-11, 2020-W53, 2021-12-31,
              2021-S2, 2019-Q4, 2021-W01, 2020-02-29, 2020, 2022-Q1/2022-Q2}'::period[]) AS p
GROUP BY 1
ORDER BY position(period_freq(p) IN 'DWMQTSA');

SELECT min(p) IS NULL AS min_null, max(p) IS NULL AS max_null
FROM unnest('{}'::period[]) AS p;
