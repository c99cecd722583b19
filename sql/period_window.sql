--
-- period_window: RANGE windows ordered by period (the btree in_range
-- support of DESIGN §1).  "n PRECEDING" reaches back n units of the current
-- row's frequency, whatever rows are missing, so the frame is counted in
-- periods, not rows.
--
SET datestyle = 'ISO, YMD';

-- A monthly series 2020-01 .. 2021-06 without 2020-04, 2020-05 and
-- 2021-02; v is the month's number in the series (2020-01 = 1 .. 2021-06 = 18).
CREATE TABLE pw_monthly (p period, v int);
INSERT INTO pw_monthly
SELECT p, (p - '2020-01'::period) + 1
FROM generate_periods('2020-01', '2021-06') AS p
WHERE p NOT IN ('2020-04', '2020-05', '2021-02');

-- 1. RANGE BETWEEN 12 PRECEDING AND CURRENT ROW: the months p-12 .. p that
--    are present (13 months of calendar).  Rows 13 and 15..18 show the
--    difference from ROWS, which counts rows across the gaps.
SELECT p, v,
       count(*) OVER w AS n_range, sum(v) OVER w AS sum_range,
       count(*) OVER (ORDER BY p ROWS BETWEEN 12 PRECEDING AND CURRENT ROW) AS n_rows
FROM pw_monthly
WINDOW w AS (ORDER BY p RANGE BETWEEN 12 PRECEDING AND CURRENT ROW)
ORDER BY p;

-- 2. FOLLOWING, and a frame that excludes the current row.
SELECT p, v,
       count(*) OVER (ORDER BY p RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) AS n_next2,
       sum(v) OVER (ORDER BY p RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) AS sum_next2,
       count(*) OVER (ORDER BY p RANGE BETWEEN 12 PRECEDING AND 1 PRECEDING) AS n_prev12,
       sum(v) OVER (ORDER BY p RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS sum_around
FROM pw_monthly
ORDER BY p;

-- 3. Descending order: PRECEDING now means later periods.
SELECT p, v,
       count(*) OVER (ORDER BY p DESC RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) AS n_later2
FROM pw_monthly
WHERE p >= '2020-10'
ORDER BY p DESC;

-- 4. Quarters 2020-Q1 .. 2021-Q4 without 2020-Q3: 3 PRECEDING reaches back
--    three quarters (a trailing year of four quarters).
SELECT p, v,
       count(*) OVER w AS n_year, sum(v) OVER w AS sum_year
FROM (SELECT p, (p - '2020-Q1'::period) + 1 AS v
      FROM generate_periods('2020-Q1', '2021-Q4') AS p
      WHERE p <> '2020-Q3') s
WINDOW w AS (ORDER BY p RANGE BETWEEN 3 PRECEDING AND CURRENT ROW)
ORDER BY p;

-- 5. PARTITION BY series.  Series "a" lacks 2021-03; series "b" has two
--    rows for 2021-04 (peers: both in each other's frame), and weekly series
--    "c" crosses the ISO year (2020 has 53 weeks).
CREATE TABLE pw_series (series text, p period, v int);
INSERT INTO pw_series VALUES
    ('a', '2021-01', 1), ('a', '2021-02', 2), ('a', '2021-04', 4),
    ('a', '2021-05', 5), ('a', '2021-06', 6),
    ('b', '2021-02', 20), ('b', '2021-03', 30), ('b', '2021-04', 40),
    ('b', '2021-04', 41), ('b', '2021-05', 50),
    ('c', '2020-W52', 100), ('c', '2020-W53', 200), ('c', '2021-W01', 300),
    ('c', '2021-W03', 400);

SELECT series, p, v,
       count(*) OVER w AS n, sum(v) OVER w AS total
FROM pw_series
WINDOW w AS (PARTITION BY series ORDER BY p RANGE BETWEEN 2 PRECEDING AND CURRENT ROW)
ORDER BY series, p, v;

-- 6. Offsets that leave the calendar: the frame simply reaches the first or
--    last row.  2147483647 PRECEDING is "everything before".
SELECT p,
       count(*) OVER (ORDER BY p RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) AS n_5,
       count(*) OVER (ORDER BY p RANGE BETWEEN 2147483647 PRECEDING AND CURRENT ROW) AS n_before,
       count(*) OVER (ORDER BY p RANGE BETWEEN CURRENT ROW AND 2147483647 FOLLOWING) AS n_after
FROM unnest('{0001-01, 0001-02, 0001-07, 9999-08, 9999-12}'::period[]) AS p
ORDER BY p;

-- 7. A negative offset is an error (22013).
SELECT p, count(*) OVER (ORDER BY p RANGE BETWEEN -1 PRECEDING AND CURRENT ROW)
FROM pw_monthly;
SELECT p, count(*) OVER (ORDER BY p RANGE BETWEEN CURRENT ROW AND -3 FOLLOWING)
FROM pw_monthly;
\set VERBOSITY sqlstate
SELECT p, count(*) OVER (ORDER BY p RANGE BETWEEN -1 PRECEDING AND CURRENT ROW)
FROM pw_monthly;
\set VERBOSITY default

DROP TABLE pw_monthly;
DROP TABLE pw_series;
