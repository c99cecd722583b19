--
-- period_io: text input and output of the period type (DESIGN §1).
--
-- Each query lists its inputs in order (WITH ORDINALITY) and shows the
-- canonical output next to the days the value covers, so a wrong reading
-- shows up as wrong dates, not only as wrong text.
--
SET datestyle = 'ISO, YMD';

-- 1. Every input form of the table in DESIGN §1.
SELECT n, input, input::period AS canonical,
       period_start(input::period) AS first_day,
       period_end(input::period) AS last_day,
       period_freq(input::period) AS freq
FROM unnest(ARRAY[
    '2021', '2021-A1',                                  -- year
    '2021-S1', '2021-H1', '2021-S2', '2021-H2',         -- half-year
    '2021-T1', '2021-T2', '2021-T3',                    -- trimester (4 months)
    '2021-Q1', '2021-Q3', '2021-Q4',                    -- quarter
    '2021-11', '2021-M11', '2020-02',                   -- month
    '2021-W05',                                         -- ISO week
    '2021-03-08', '2021-D067', '2021-03-08T00:00:00',   -- day
    '2021-01/2021-11', '2021-01/P11M', '2021-Q1/2021-Q3' -- spans
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 2. Case-insensitive and trimmed (blanks, tabs, newlines around the value).
SELECT n, replace(replace(input, E'\t', '\t'), E'\n', '\n') AS input,
       input::period AS canonical
FROM unnest(ARRAY[
    '2021-a1', '2021-s1', '2021-h2', '2021-t2', '2021-q3', '2021-m11',
    '2021-w05', '2021-d067', '2021-03-08t00:00:00', '2021-03-08T23:59:59.999z',
    '2021-01/p11m', '2021-q1/2021-Q3',
    '  2021-Q3', '2021-Q3   ', E'\t2021-11\n', E' \r\n 2021-W05 \t ', '  2021-01/2021-11  '
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 3. More spans: durations in years, months, weeks and days; a span of one
--    unit is the single period itself.
SELECT n, input, input::period AS canonical,
       period_start(input::period) AS first_day,
       period_end(input::period) AS last_day
FROM unnest(ARRAY[
    '2021-Q1/P9M',          -- 9 months = 3 quarters
    '2021-Q1/P1Y',          -- 4 quarters
    '2021-01/P1Y2M',        -- 14 months
    '2019/P3Y',             -- 3 years
    '2021-S1/P1Y',          -- 2 halves
    '2021-T1/P1Y',          -- 3 trimesters
    '2021-W01/P2W',         -- 2 weeks
    '2021-W01/P14D',        -- 14 days = 2 weeks
    '2021-03-08/P7D',       -- 7 days
    '2021-03-08/P1W',       -- 1 week = 7 days
    '2021-03-08/2021-D070', -- day span, mixed notation
    '2021-01/2021-M11',     -- month span, mixed notation
    '2021-H1/2021-S2',      -- half span, mixed notation
    '2020-W50/2021-W02',    -- week span across the ISO year
    '2020-11/2021-02',      -- month span across the year
    '2021-01/2021-01',      -- one unit: the month itself
    '2021-11/P1M',          -- one unit: the month itself
    '2021-03-08T10:00:00Z/2021-03-09'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 4. The edges of the calendar: years 0001 and 9999.  0001-01-01 is a
--    Monday, so 0001-W01 starts on it; 9999-W52 is the last ISO week of
--    9999 and (being an ISO week of year 9999) ends on 10000-01-02.
SELECT n, input, input::period AS canonical,
       period_start(input::period) AS first_day,
       period_end(input::period) AS last_day
FROM unnest(ARRAY[
    '0001', '0001-S1', '0001-T1', '0001-Q1', '0001-01', '0001-W01',
    '0001-01-01', '0001-D001',
    '9999', '9999-S2', '9999-T3', '9999-Q4', '9999-12', '9999-W52',
    '9999-12-31', '9999-D365',
    '0001/9999', '0001-01-01/9999-12-31'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 5. ISO weeks: week 1 holds 4 January.  2021-W01 starts on Monday
--    2021-01-04; 2020 has 53 weeks (2020-W53 = 2020-12-28 .. 2021-01-03),
--    as have 2004, 2015 and 2026; 2021 has 52.
SELECT n, input, input::period AS canonical,
       period_start(input::period) AS monday,
       period_end(input::period) AS sunday
FROM unnest(ARRAY[
    '2021-W01', '2021-W52', '2020-W01', '2020-W53', '2019-W01',
    '2004-W53', '2015-W53', '2026-W53'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- Days: leap years (2000 is one, 1900 is not), day-of-year numbers.
SELECT n, input, input::period AS canonical
FROM unnest(ARRAY[
    '2020-02-29', '2000-02-29', '2020-D060', '2021-D060', '2020-D067',
    '2020-D366', '2021-D365', '1900-D365'
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 6. to_period(): the lenient forms seen in files and releases.  The strict
--    forms are accepted too.
SELECT n, input, to_period(input) AS period
FROM unnest(ARRAY[
    '2001M1', '2012Q1', '2012 Q1', 'Q1 2012', '2012q1', '2012-q1',
    '2021.Q1', '2021-1', '2021 H2', 'W5 2021', '2021W05',
    'Nov 2021', 'November 2021', 'nov. 2021', 'Sep 2021', 'September 2021',
    '2021年', '2021年度', '2021年全年', '2021年第三季度', '2021年三季度',
    '2021年上半年', '2021年下半年', '2021年11月', '2021年十一月', '2021年3月8日',
    '2021年1-11月', '2021年1—2月', '2021年1～3月', '2021年前三季度',
    '2021年前11个月', '2021年一至二季度',
    '2021-Q3', '2021-01/2021-11', '2012Q1/2012Q3', '  2012q1  '
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;

-- 7. Text round trip: p::text::period = p and to_period(p::text) = p, over
--    every period of every frequency in 2019-2022 plus spans of each.
WITH p AS (
    SELECT generate_periods('2019', '2022') AS p
    UNION ALL SELECT generate_periods('2019-S1', '2022-S2')
    UNION ALL SELECT generate_periods('2019-T1', '2022-T3')
    UNION ALL SELECT generate_periods('2019-Q1', '2022-Q4')
    UNION ALL SELECT generate_periods('2019-01', '2022-12')
    UNION ALL SELECT generate_periods('2019-W01', '2022-W52')
    UNION ALL SELECT generate_periods('2019-01-01', '2022-12-31')
), s AS (
    SELECT p FROM p
    UNION ALL SELECT period_ytd(p) FROM p
)
SELECT period_freq(p) AS freq, count(*) AS n,
       count(*) FILTER (WHERE p::text::period <> p) AS text_mismatch,
       count(*) FILTER (WHERE to_period(p::text) <> p) AS to_period_mismatch
FROM s
GROUP BY 1
ORDER BY position(period_freq(p) IN 'DWMQTSA');

-- The days covered survive the round trip too (spot check on the spans).
SELECT p::text AS span, p::text::period = p AS same,
       period_start(p::text::period) = period_start(p) AND
       period_end(p::text::period) = period_end(p) AS same_days
FROM unnest('{2021-01/2021-11,2021-Q1/2021-Q3,2020-W50/2021-W02,0001-01-01/9999-12-31}'::period[]) AS p
ORDER BY p;

-- 8. Binary output is the 8-byte big-endian encoding: pinned.
--    2021-11: first day 738094 = 0x000B432E, last day 738123 = 0x0B434B,
--    frequency M = 3  ->  \x000b432e 0b434b 03.
SELECT p::text AS period, period_send(p)
FROM unnest('{2021-11,0001,9999-12-31}'::period[]) AS p
ORDER BY p;

-- NULL in, NULL out.
SELECT NULL::text::period IS NULL AS cast_null, to_period(NULL) IS NULL AS to_period_null;

-- 9. SDMX time ranges: a first day and a duration in months or years is the
--    months it covers, read at the coarsest frequency that fits.
SELECT n, input, input::period AS canonical
FROM unnest(ARRAY[
    '2021-01-01/P11M',           -- January to November: months
    '2021-01-01/P1Y',            -- a year
    '2021-01-01/P3M',            -- the first quarter
    '2021-07-01/P6M',            -- the second half
    '2021-04-01/P6M',            -- Q2 and Q3 (April starts no half)
    '2021-02-01/P2M',            -- February and March: months
    '2021-01-01T00:00:00/P11M',  -- a midnight timestamp is its day
    '2021-01-01/P2Y'             -- two years
]) WITH ORDINALITY AS t(input, n)
ORDER BY n;
