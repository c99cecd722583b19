--
-- growth_window: the period-aware window functions yoy(), pop() and
-- ytd_decumulate() (DESIGN §2, doc/metric_delta.md "Window functions").
--
-- They find the comparison row by its period, not by its position.  Each
-- query shows the functions' results next to the values worked out by hand
-- (the want_* columns of the data, with the arithmetic in comments); "ok"
-- says whether every result of the row is the hand-worked one.
--
SET datestyle = 'ISO, YMD';

-- 1. A monthly series with two gaps: 2020-06 and 2021-09 are missing.
--    2020-m is 100 + 10(m - 1); 2021-m is 1.1 times 2020-m (2021-06 = 165
--    is 1.1 x 150, the missing June).  So every 2021 month is +10% yoy,
--    except June, whose year-ago row is missing (NULL).
--    lag(v, 12) takes the row twelve rows back, which after a gap is the
--    wrong month: 2021-01 finds nothing, 2021-02 finds 2020-01, ... until
--    2021-07 (the 2021 rows catch up with the 2020 gap), and 2021-10 finds
--    2020-09 because of the second gap.
CREATE TABLE gw_monthly (p period, v numeric, want_yoy text, want_lag12 text,
                         want_pop text, want_yoy_abs text, want_pop_abs text);
INSERT INTO gw_monthly VALUES
    -- p         v    yoy          lag(v,12) change       pop (mom)                  yoy abs  pop abs
    ('2020-01', 100, NULL,        NULL,                  NULL,                      NULL,    NULL),
    ('2020-02', 110, NULL,        NULL,                  '+10% mom',                NULL,    '+10 mom'),      -- 110/100
    ('2020-03', 120, NULL,        NULL,                  '+9.09090909090909% mom',  NULL,    '+10 mom'),      -- 120/110
    ('2020-04', 130, NULL,        NULL,                  '+8.33333333333333% mom',  NULL,    '+10 mom'),      -- 130/120
    ('2020-05', 140, NULL,        NULL,                  '+7.69230769230769% mom',  NULL,    '+10 mom'),      -- 140/130
    ('2020-07', 160, NULL,        NULL,                  NULL,                      NULL,    NULL),           -- no 2020-06
    ('2020-08', 170, NULL,        NULL,                  '+6.25% mom',              NULL,    '+10 mom'),      -- 170/160
    ('2020-09', 180, NULL,        NULL,                  '+5.88235294117647% mom',  NULL,    '+10 mom'),      -- 180/170
    ('2020-10', 190, NULL,        NULL,                  '+5.55555555555556% mom',  NULL,    '+10 mom'),      -- 190/180
    ('2020-11', 200, NULL,        NULL,                  '+5.26315789473684% mom',  NULL,    '+10 mom'),      -- 200/190
    ('2020-12', 210, NULL,        NULL,                  '+5% mom',                 NULL,    '+10 mom'),      -- 210/200
    ('2021-01', 110, '+10% yoy',  NULL,                  '-47.6190476190476% mom',  '+10 yoy', '-100 mom'),   -- 110/210; lag: none
    ('2021-02', 121, '+10% yoy',  '+21%',                '+10% mom',                '+11 yoy', '+11 mom'),    -- lag: 121/100
    ('2021-03', 132, '+10% yoy',  '+20%',                '+9.09090909090909% mom',  '+12 yoy', '+11 mom'),    -- lag: 132/110
    ('2021-04', 143, '+10% yoy',  '+19.1666666666667%',  '+8.33333333333333% mom',  '+13 yoy', '+11 mom'),    -- lag: 143/120
    ('2021-05', 154, '+10% yoy',  '+18.4615384615385%',  '+7.69230769230769% mom',  '+14 yoy', '+11 mom'),    -- lag: 154/130
    ('2021-06', 165, NULL,        '+17.8571428571429%',  '+7.14285714285714% mom',  NULL,    '+11 mom'),      -- lag: 165/140
    ('2021-07', 176, '+10% yoy',  '+10%',                '+6.66666666666667% mom',  '+16 yoy', '+11 mom'),    -- lag: 176/160
    ('2021-08', 187, '+10% yoy',  '+10%',                '+6.25% mom',              '+17 yoy', '+11 mom'),    -- lag: 187/170
    ('2021-10', 209, '+10% yoy',  '+16.1111111111111%',  NULL,                      '+19 yoy', NULL),         -- no 2021-09; lag: 209/180
    ('2021-11', 220, '+10% yoy',  '+15.7894736842105%',  '+5.26315789473684% mom',  '+20 yoy', '+11 mom'),    -- lag: 220/190
    ('2021-12', 231, '+10% yoy',  '+15.5%',              '+5% mom',                 '+21 yoy', '+11 mom');    -- lag: 231/200

SELECT p, v,
       metric_delta(v, lag(v, 12) OVER w) AS lag12_change,
       yoy(v, p) OVER w AS yoy,
       pop(v, p) OVER w AS pop,
       metric_delta(v, lag(v, 12) OVER w)::text IS NOT DISTINCT FROM want_lag12
         AND yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v, p) OVER w::text IS NOT DISTINCT FROM want_pop AS ok
FROM gw_monthly
WINDOW w AS (ORDER BY p)
ORDER BY p;

--    How many rows each method gets right: yoy() all 22; lag(v, 12) the
--    eleven 2020 rows (nothing to compare with, NULL either way) and
--    2021-07 and 2021-08 only: 13.
SELECT count(*) FILTER (WHERE yoy_ok) AS yoy_right,
       count(*) FILTER (WHERE lag_ok) AS lag12_right,
       count(*) AS months
FROM (SELECT metric_delta(v, lag(v, 12) OVER w)::text
               IS NOT DISTINCT FROM replace(want_yoy, ' yoy', '') AS lag_ok,
             yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy AS yoy_ok
      FROM gw_monthly
      WINDOW w AS (ORDER BY p)) x;

-- 2. Kinds: 'abs' gives the difference in the series' unit, 'pp' the
--    difference in points (for a series of rates); % is the default and
--    can be asked for by name.
SELECT p, v,
       yoy(v, p, 'abs') OVER w AS yoy_abs,
       pop(v, p, 'abs') OVER w AS pop_abs,
       yoy(v, p, '%') OVER w AS yoy_pct,
       yoy(v, p, 'abs') OVER w::text IS NOT DISTINCT FROM want_yoy_abs
         AND pop(v, p, 'abs') OVER w::text IS NOT DISTINCT FROM want_pop_abs
         AND yoy(v, p, '%') OVER w::text IS NOT DISTINCT FROM want_yoy AS ok
FROM gw_monthly
WINDOW w AS (ORDER BY p)
ORDER BY p;

-- 3. double precision gives the same changes as numeric for the same
--    values (the rows are integers, exact in a double).  Known problem
--    (reported; the expected output shows the right answer): the double
--    version divides in binary and loses the last digit when the two
--    values are close, e.g. 120/110 gives +9.09090909090908%, not
--    +9.09090909090909% (1.0909090909090909090... - 1).
SELECT p, v::float8 AS v,
       yoy(v::float8, p) OVER w AS yoy,
       pop(v::float8, p) OVER w AS pop,
       pop(v::float8, p, 'abs') OVER w AS pop_abs,
       yoy(v::float8, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v::float8, p) OVER w::text IS NOT DISTINCT FROM want_pop
         AND pop(v::float8, p, 'abs') OVER w::text IS NOT DISTINCT FROM want_pop_abs AS ok
FROM gw_monthly
WINDOW w AS (ORDER BY p)
ORDER BY p;

--    The frame does not matter: the functions see every earlier row of the
--    partition whatever the frame (here, the current row alone).
SELECT count(*) AS rows, count(*) FILTER (WHERE same) AS same
FROM (SELECT yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
               AND pop(v, p) OVER w::text IS NOT DISTINCT FROM want_pop AS same
      FROM gw_monthly
      WINDOW w AS (ORDER BY p ROWS BETWEEN CURRENT ROW AND CURRENT ROW)) x;

-- 4. Cumulative spans compare with the same span a year earlier:
--    January-November 2021 with January-November 2020, never with the
--    month or with another span.  One partition mixes monthly figures and
--    year-to-date spans; each row finds its own kind of period.
--    (Jan-Nov 2020 = 100, Jan-Nov 2021 = 110.1: "up 10.1% in the first 11
--    months"; November alone 50 and 55: +10%.)
SELECT p, v, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop,
       lag(v) OVER w AS previous_row,
       yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v, p) OVER w::text IS NOT DISTINCT FROM want_pop AS ok
FROM (VALUES
    ('2020-01/2020-11'::period, 100.0, NULL, NULL),
    ('2020-11', 50, NULL, '+25% mom'),                                 -- 50/40
    ('2020-01/2020-10', 90, NULL, NULL),
    ('2021-01/2021-11', 110.1, '+10.1% yoy', NULL),                    -- 110.1/100
    ('2021-11', 55, '+10% yoy', '+22.4944320712695% mom'),             -- 55/50; 55/44.9
    ('2021-01/2021-10', 99.9, '+11% yoy', NULL),                       -- 99.9/90
    ('2021-10', 44.9, '+12.25% yoy', NULL),                            -- 44.9/40; no 2021-09
    ('2020-10', 40, NULL, NULL)) AS t(p, v, want_yoy, want_pop)
WINDOW w AS (ORDER BY p)
ORDER BY p;

--    Crude steel output, year to date (NBS, 10k t).  2021 is complete
--    (January-February combined, then January-March ... January-December);
--    2020 and 2022 have some months only.
CREATE TABLE gw_steel (p period, v numeric, want_yoy text, want_dec numeric);
INSERT INTO gw_steel VALUES
    ('2020-01/2020-06',  49901, NULL, NULL),          -- Jan-May 2020 missing
    ('2020-01/2020-08',  68889, NULL, NULL),          -- Jan-Jul 2020 missing
    ('2020-01/2020-09',  78159, NULL, 9270),          -- 78159 - 68889
    ('2021-01/2021-02',  17499, NULL, 17499),         -- Jan-Feb: its own value
    ('2021-01/2021-03',  27104, NULL, 9605),          -- 27104 - 17499
    ('2021-01/2021-04',  37456, NULL, 10352),         -- 37456 - 27104
    ('2021-01/2021-05',  47310, NULL, 9854),          -- 47310 - 37456
    -- 56333 / 49901 - 1 = 0.1288952125207911665...
    ('2021-01/2021-06',  56333, '+12.8895212520791% yoy', 9023),   -- 56333 - 47310
    ('2021-01/2021-07',  64933, NULL, 8600),          -- 64933 - 56333
    -- 73302 / 68889 - 1 = 0.0640595740974611331...
    ('2021-01/2021-08',  73302, '+6.40595740974611% yoy', 8369),   -- 73302 - 64933
    -- 80589 / 78159 - 1 = 0.0310904694277050627... -> 3.10904694277051
    ('2021-01/2021-09',  80589, '+3.10904694277051% yoy', 7287),   -- 80589 - 73302
    ('2021-01/2021-10',  87705, NULL, 7116),          -- 87705 - 80589
    ('2021-01/2021-11',  94636, NULL, 6931),          -- 94636 - 87705
    ('2021-01/2021-12', 103279, NULL, 8643),          -- 103279 - 94636
    -- 15796 / 17499 - 1 = -0.0973198468483913366...
    ('2022-01/2022-02',  15796, '-9.73198468483913% yoy', 15796),  -- its own value
    -- 43502 / 47310 - 1 = -0.0804903825829634326...
    ('2022-01/2022-05',  43502, '-8.04903825829634% yoy', NULL),   -- Jan-Apr 2022 missing
    -- 69315 / 73302 - 1 = -0.0543914217893099778... -> -5.43914217893100
    ('2022-01/2022-08',  69315, '-5.439142178931% yoy', NULL),     -- Jan-Jul 2022 missing
    -- 93511 / 94636 - 1 = -0.0118876537469884610...
    ('2022-01/2022-11',  93511, '-1.18876537469885% yoy', NULL);   -- Jan-Oct 2022 missing

SELECT p, v, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop,
       ytd_decumulate(v, p) OVER w AS single_month,
       yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v, p) OVER w IS NULL
         AND ytd_decumulate(v, p) OVER w IS NOT DISTINCT FROM want_dec AS ok
FROM gw_steel
WINDOW w AS (ORDER BY p)
ORDER BY p;

--    The same in double precision (the levels are integers).  Same known
--    problem as in section 3: four of the changes come out one unit off in
--    the 15th digit.
SELECT p, yoy(v::float8, p) OVER w AS yoy,
       ytd_decumulate(v::float8, p) OVER w AS single_month,
       pg_typeof(ytd_decumulate(v::float8, p) OVER w) AS type,
       yoy(v::float8, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND ytd_decumulate(v::float8, p) OVER w IS NOT DISTINCT FROM want_dec::float8 AS ok
FROM gw_steel
WINDOW w AS (ORDER BY p)
ORDER BY p;

--    Differences of year-to-date figures are not the single-month figures
--    NBS publishes (9402, 9785 and 9945 for March, April and May 2021):
--    the year-to-date figures are revised as they accumulate.
SELECT d.p, d.single_month AS from_ytd, m.v AS published, d.single_month - m.v AS revision
FROM (SELECT period(period_end(p), 'M') AS p, ytd_decumulate(v, p) OVER (ORDER BY p) AS single_month
      FROM gw_steel) d
JOIN (VALUES ('2021-03'::period, 9402), ('2021-04', 9785), ('2021-05', 9945)) AS m(p, v)
  ON m.p = d.p
ORDER BY d.p;

-- 5. Growth rates are themselves a series: the year-to-date growth of
--    industrial value added above designated size (NBS, % yoy), 2021 and
--    2022.  Its change on a year earlier is in percentage points:
--    Jan-Nov 2022 3.8 against Jan-Nov 2021 10.1 is -6.3pp.
CREATE TABLE gw_iva (p period, rate numeric, want text);
INSERT INTO gw_iva VALUES
    ('2021-01/2021-02', 35.1, NULL), ('2021-01/2021-03', 24.5, NULL),
    ('2021-01/2021-04', 20.3, NULL), ('2021-01/2021-05', 17.8, NULL),
    ('2021-01/2021-06', 15.9, NULL), ('2021-01/2021-07', 14.4, NULL),
    ('2021-01/2021-08', 13.1, NULL), ('2021-01/2021-09', 11.8, NULL),
    ('2021-01/2021-10', 10.9, NULL), ('2021-01/2021-11', 10.1, NULL),
    ('2021-01/2021-12', 9.6, NULL),
    ('2022-01/2022-02', 7.5, '-27.6pp yoy'),   -- 7.5 - 35.1
    ('2022-01/2022-03', 6.5, '-18pp yoy'),     -- 6.5 - 24.5
    ('2022-01/2022-04', 4.0, '-16.3pp yoy'),   -- 4.0 - 20.3
    ('2022-01/2022-05', 3.3, '-14.5pp yoy'),   -- 3.3 - 17.8
    ('2022-01/2022-06', 3.4, '-12.5pp yoy'),   -- 3.4 - 15.9
    ('2022-01/2022-07', 3.5, '-10.9pp yoy'),   -- 3.5 - 14.4
    ('2022-01/2022-08', 3.6, '-9.5pp yoy'),    -- 3.6 - 13.1
    ('2022-01/2022-09', 3.9, '-7.9pp yoy'),    -- 3.9 - 11.8
    ('2022-01/2022-10', 4.0, '-6.9pp yoy'),    -- 4.0 - 10.9
    ('2022-01/2022-11', 3.8, '-6.3pp yoy'),    -- 3.8 - 10.1
    ('2022-01/2022-12', 3.6, '-6pp yoy');      -- 3.6 - 9.6

SELECT p, rate, yoy(rate, p, 'pp') OVER w AS numeric_pp,
       yoy(rate::float8, p, 'pp') OVER w AS double_pp,
       yoy(rate, p, 'pp') OVER w::text IS NOT DISTINCT FROM want
         AND yoy(rate::float8, p, 'pp') OVER w::text IS NOT DISTINCT FROM want AS ok
FROM gw_iva
WINDOW w AS (ORDER BY p)
ORDER BY p;

-- 6. Other frequencies, several partitions.  pop() names the basis by the
--    frequency: mom, qoq, wow, dod; pop for years, half-years, trimesters.
--    Hand-worked (v, then yoy and pop):
--    q: 2021-Q1 90 on 2020-Q1 100: -10% yoy; on 2020-Q4 150: -40% qoq;
--       2021-Q2 150/120 = +25% yoy, 150/90 = +66.6666666666667% qoq;
--       2021-Q3: no 2020-Q3, 160/150 = +6.66666666666667% qoq;
--       2021-Q4 165/150 = +10% yoy, 165/160 = +3.125% qoq; 2020-Q4: no Q3.
--    w: 2020 has 53 ISO weeks, 2021 has 52.  2020-W53 20/10 +100% wow;
--       2021-W01 30/20 +50% wow (its year-ago 2020-W01 is missing);
--       2021-W52 40/10 +300% yoy; 2022-W01 60/30 +100% yoy, 60/40 +50% wow.
--    d: 2021-02-28 on 2020-02-28: 3/1 +200% yoy; 2020-02-29 2/1 +100% dod;
--       2021-03-01: its year-ago 2020-03-01 missing, 4/3 = +33.3333333333333%
--       dod; 2024-02-29: a year earlier is 2023-02-28, missing.
--    x: one partition of years, half-years, trimesters, months, quarters
--       and a span; each row compares with its own frequency only.
--       2021 60/50 +20% yoy and +20% pop; 2021-S1 25/30 (2020-S2)
--       -16.6666666666667% pop; 2021-S2 35/30 +16.6666666666667% yoy,
--       35/25 +40% pop; 2022-01 6/5 +20% yoy; 2022-01/2022-03 16/15
--       +6.66666666666667% yoy; 2022-Q1 18/15 +20% yoy; 2022-T3 22/20 +10%
--       yoy.
CREATE TABLE gw_freq (s text, p period, v numeric, want_yoy text, want_pop text);
INSERT INTO gw_freq VALUES
    ('q', '2020-Q1', 100, NULL, NULL),
    ('q', '2020-Q2', 120, NULL, '+20% qoq'),
    ('q', '2020-Q4', 150, NULL, NULL),
    ('q', '2021-Q1', 90, '-10% yoy', '-40% qoq'),
    ('q', '2021-Q2', 150, '+25% yoy', '+66.6666666666667% qoq'),
    ('q', '2021-Q3', 160, NULL, '+6.66666666666667% qoq'),
    ('q', '2021-Q4', 165, '+10% yoy', '+3.125% qoq'),
    ('w', '2020-W52', 10, NULL, NULL),
    ('w', '2020-W53', 20, NULL, '+100% wow'),
    ('w', '2021-W01', 30, NULL, '+50% wow'),
    ('w', '2021-W02', 35, NULL, '+16.6666666666667% wow'),
    ('w', '2021-W52', 40, '+300% yoy', NULL),
    ('w', '2022-W01', 60, '+100% yoy', '+50% wow'),
    ('d', '2020-02-28', 1, NULL, NULL),
    ('d', '2020-02-29', 2, NULL, '+100% dod'),
    ('d', '2021-02-28', 3, '+200% yoy', NULL),
    ('d', '2021-03-01', 4, NULL, '+33.3333333333333% dod'),
    ('d', '2024-02-29', 5, NULL, NULL),
    ('x', '2020', 50, NULL, NULL),
    ('x', '2020-S2', 30, NULL, NULL),
    ('x', '2021', 60, '+20% yoy', '+20% pop'),
    ('x', '2021-S1', 25, NULL, '-16.6666666666667% pop'),
    ('x', '2021-S2', 35, '+16.6666666666667% yoy', '+40% pop'),
    ('x', '2021-T3', 20, NULL, NULL),
    ('x', '2021-01', 5, NULL, NULL),
    ('x', '2021-Q1', 15, NULL, NULL),
    ('x', '2021-01/2021-03', 15, NULL, NULL),
    ('x', '2022-01', 6, '+20% yoy', NULL),
    ('x', '2022-Q1', 18, '+20% yoy', NULL),
    ('x', '2022-01/2022-03', 16, '+6.66666666666667% yoy', NULL),
    ('x', '2022-T3', 22, '+10% yoy', NULL);

SELECT s, p, v, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop,
       yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v, p) OVER w::text IS NOT DISTINCT FROM want_pop AS ok
FROM gw_freq
WINDOW w AS (PARTITION BY s ORDER BY p)
ORDER BY s, p;

--    The same in double precision and in pp: pp is the difference.
--    q: Q2 120-100; 2021-Q1 90-100, 90-150; Q2 150-120, 150-90; Q3 160-150;
--    Q4 165-150, 165-160.  w: 20-10, 30-20, 35-30; W52 40-10; 2022-W01
--    60-30, 60-40.
SELECT s, p, yoy(v::float8, p, 'pp') OVER w AS yoy_pp, pop(v::float8, p, 'pp') OVER w AS pop_pp,
       yoy(v::float8, p, 'pp') OVER w::text IS NOT DISTINCT FROM want_yoy_pp
         AND pop(v::float8, p, 'pp') OVER w::text IS NOT DISTINCT FROM want_pop_pp AS ok
FROM gw_freq
JOIN (VALUES
    ('2020-Q1'::period, NULL, NULL), ('2020-Q2', NULL, '+20pp qoq'), ('2020-Q4', NULL, NULL),
    ('2021-Q1', '-10pp yoy', '-60pp qoq'), ('2021-Q2', '+30pp yoy', '+60pp qoq'),
    ('2021-Q3', NULL, '+10pp qoq'), ('2021-Q4', '+15pp yoy', '+5pp qoq'),
    ('2020-W52', NULL, NULL), ('2020-W53', NULL, '+10pp wow'), ('2021-W01', NULL, '+10pp wow'),
    ('2021-W02', NULL, '+5pp wow'), ('2021-W52', '+30pp yoy', NULL),
    ('2022-W01', '+30pp yoy', '+20pp wow')
) AS h(p, want_yoy_pp, want_pop_pp) USING (p)
WHERE s IN ('q', 'w')
WINDOW w AS (PARTITION BY s ORDER BY p)
ORDER BY s, p;

--    Partitions do not leak: series b starts before series a ends, and
--    repeats its periods with other values; series c is a's periods again.
SELECT s, p, v, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop,
       yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v, p) OVER w::text IS NOT DISTINCT FROM want_pop AS ok
FROM (VALUES
    ('a', '2021-01'::period, 10.0, NULL, NULL),
    ('a', '2021-02', 11, NULL, '+10% mom'),            -- 11/10
    ('a', '2022-01', 12, '+20% yoy', NULL),            -- 12/10; no 2021-12
    ('b', '2020-12', 5, NULL, NULL),
    ('b', '2021-01', 6, NULL, '+20% mom'),             -- 6/5
    ('b', '2021-02', 3, NULL, '-50% mom'),             -- 3/6
    ('c', '2021-01', 1, NULL, NULL),
    ('c', '2021-02', 2, NULL, '+100% mom'),            -- 2/1
    ('c', '2022-01', 4, '+300% yoy', NULL)             -- 4/1
) AS t(s, p, v, want_yoy, want_pop)
WINDOW w AS (PARTITION BY s ORDER BY p)
ORDER BY s, p;

-- 7. ytd_decumulate: the single-period value of year-to-date figures.
--    The first unit of a year is its own value; a monthly January-February
--    figure with no January row is its own value (the two months together);
--    with a January row it is the difference; any other figure whose
--    predecessor (ending one unit earlier) is missing is NULL, as is one
--    whose predecessor's value is NULL.
--    (Values made up, except the crude steel figures 17499, 27104, 37456,
--    47310 and 15796.)
CREATE TABLE gw_ytd (s text, p period, v numeric, want numeric);
INSERT INTO gw_ytd VALUES
    -- a January row, then the combined release: 17499 - 8000
    ('jan', '2021-01', 8000, 8000),
    ('jan', '2021-01/2021-02', 17499, 9499),
    ('jan', '2021-01/2021-03', 27104, 9605),
    -- a year that starts late: nothing before January-April
    ('late', '2021-01/2021-04', 37456, NULL),
    ('late', '2021-01/2021-05', 47310, 9854),
    ('late', '2022-01/2022-02', 15796, 15796),
    -- a gap inside the year: January-May is missing
    ('late', '2022-01/2022-06', 53000, NULL),
    ('late', '2022-01/2022-07', 61500, 8500),
    -- quarters: Q1 alone; Q1-Q3 has no Q1-Q2 before it
    ('q', '2021-Q1', 10, 10),
    ('q', '2021-Q1/2021-Q2', 25, 15),
    ('q', '2021-Q1/2021-Q4', 50, NULL),
    ('q', '2022-Q1/2022-Q2', 30, NULL),                 -- no 2022-Q1: only months get the Jan-Feb rule
    -- half-years and years
    ('s', '2021-S1', 40, 40),
    ('s', '2021-S1/2021-S2', 100, 60),
    ('y', '2020', 5, 5),
    ('y', '2021', 7, 7),
    -- ISO weeks: the ISO year 2020 has 53 weeks
    ('w', '2020-W01/2020-W53', 530, NULL),
    ('w', '2021-W01', 9, 9),
    ('w', '2021-W01/2021-W02', 20, 11),
    -- days
    ('d', '2021-01-01/2021-03-07', 100, NULL),
    ('d', '2021-01-01/2021-03-08', 103, 3),
    ('d', '2022-01-01', 2, 2),
    -- NULL values: a NULL figure gives NULL, and so does the figure after it
    ('n', '2021-01/2021-02', NULL, NULL),
    ('n', '2021-01/2021-03', 10, NULL),
    ('n', '2021-01/2021-04', 15, 5),
    ('n', NULL, 3, NULL);

SELECT s, p, v, ytd_decumulate(v, p) OVER w AS single,
       ytd_decumulate(v::float8, p) OVER w AS single_double,
       ytd_decumulate(v, p) OVER w IS NOT DISTINCT FROM want
         AND ytd_decumulate(v::float8, p) OVER w IS NOT DISTINCT FROM want::float8 AS ok
FROM gw_ytd
WINDOW w AS (PARTITION BY s ORDER BY p)
ORDER BY s, p;

--    The result has the type of the value: numeric keeps its scale.
SELECT p, ytd_decumulate(v, p) OVER (ORDER BY p) AS single
FROM (VALUES ('2021-01/2021-02'::period, 35.10), ('2021-01/2021-03', 59.60)) t(p, v)
ORDER BY p;

-- 8. NULL values and NULL periods.  A NULL value gives NULL for its row
--    and for the rows that compare with it; a row with a NULL period is not
--    placed in the series at all (NULL, and no ordering error whether the
--    NULLs sort first or last).
SELECT p, v, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop,
       yoy(v, p) OVER w::text IS NOT DISTINCT FROM want_yoy
         AND pop(v, p) OVER w::text IS NOT DISTINCT FROM want_pop AS ok
FROM (VALUES
    ('2021-01'::period, 1.0, NULL, NULL),
    (NULL, 2, NULL, NULL),
    ('2021-02', 2, NULL, '+100% mom'),                 -- 2/1
    (NULL, 3, NULL, NULL),
    ('2021-03', NULL, NULL, NULL),                     -- its own value is NULL
    ('2021-04', 4, NULL, NULL),                        -- 2021-03 is NULL
    ('2022-01', NULL, NULL, NULL),
    ('2022-02', 3, '+50% yoy', NULL),                  -- 3/2; 2022-01 is NULL
    ('2022-03', 6, NULL, '+100% mom'),                 -- 2021-03 is NULL; 6/3
    ('2022-04', 8, '+100% yoy', '+33.3333333333333% mom')  -- 8/4; 8/6
) AS t(p, v, want_yoy, want_pop)
WINDOW w AS (ORDER BY p NULLS FIRST)
ORDER BY p NULLS FIRST, v;
SELECT p, v, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop
FROM (VALUES ('2021-01'::period, 1.0), (NULL, 2), ('2021-02', 2), (NULL, 3)) AS t(p, v)
WINDOW w AS (ORDER BY p NULLS LAST)
ORDER BY p NULLS LAST, v;
--    want: 2021-02 +100% mom, every other row NULL.

--    Growth from zero, or across a change of sign, is NULL (as for
--    metric_delta()); pp and abs are defined.
SELECT p, v, yoy(v, p) OVER w AS yoy, yoy(v, p, 'abs') OVER w AS yoy_abs,
       pop(v, p) OVER w AS pop
FROM (VALUES ('2020-01'::period, 0.0), ('2020-02', -5), ('2021-01', 5),
             ('2021-02', -6)) AS t(p, v)
WINDOW w AS (ORDER BY p)
ORDER BY p;
--    want: 2020-02 pop NULL (from 0); 2021-01 yoy NULL (from 0), abs +5,
--    pop NULL (no 2020-12); 2021-02 yoy -6/-5 = +20% (both negative),
--    abs -1, pop NULL (sign change).

-- 9. Errors.  A duplicated period inside a partition, and rows that are
--    not in period order, are errors that name the period (22023); so are
--    a period that is not year-to-date for ytd_decumulate and an unknown
--    kind.
CREATE FUNCTION gw_try(query text,
    OUT state text, OUT message text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            hint = PG_EXCEPTION_HINT;
END
$$;

SELECT n, r.state, r.message, r.hint
FROM unnest(ARRAY[
    -- the same month twice in one series
    $q$SELECT yoy(v, p) OVER (ORDER BY p) FROM (VALUES ('2021-01'::period, 1.0), ('2021-02', 2), ('2021-02', 3)) t(p, v)$q$,
    $q$SELECT pop(v, p) OVER (PARTITION BY s ORDER BY p) FROM (VALUES ('a', '2021-Q3'::period, 1.0), ('a', '2021-Q3', 2)) t(s, p, v)$q$,
    $q$SELECT ytd_decumulate(v, p) OVER (ORDER BY p) FROM (VALUES ('2021-01/2021-02'::period, 1.0), ('2021-01/2021-02', NULL)) t(p, v)$q$,
    -- two series in one partition (forgotten PARTITION BY)
    $q$SELECT yoy(v, p) OVER (ORDER BY p) FROM (VALUES ('a', '2021-01'::period, 1.0), ('b', '2021-01', 2)) t(s, p, v)$q$,
    -- rows not in period order
    $q$SELECT yoy(v, p) OVER (ORDER BY v) FROM (VALUES ('2021-01'::period, 2.0), ('2021-02', 1)) t(p, v)$q$,
    $q$SELECT pop(v::float8, p) OVER (ORDER BY p DESC) FROM (VALUES ('2021-W01'::period, 1.0), ('2021-W02', 2)) t(p, v)$q$,
    $q$SELECT ytd_decumulate(v, p) OVER () FROM (SELECT * FROM (VALUES ('2021-01/2021-03'::period, 1.0), ('2021-01/2021-02', 2)) t(p, v) ORDER BY p DESC) x$q$,
    -- not year-to-date
    $q$SELECT ytd_decumulate(v, p) OVER (ORDER BY p) FROM (VALUES ('2021-01/2021-02'::period, 1.0), ('2021-03', 2)) t(p, v)$q$,
    $q$SELECT ytd_decumulate(v, p) OVER (ORDER BY p) FROM (VALUES ('2021-02/2021-04'::period, 1.0)) t(p, v)$q$,
    $q$SELECT ytd_decumulate(v, p) OVER (ORDER BY p) FROM (VALUES ('2020-11/2021-02'::period, 1.0)) t(p, v)$q$,
    $q$SELECT ytd_decumulate(v::float8, p) OVER (ORDER BY p) FROM (VALUES ('2021-Q2'::period, 1.0)) t(p, v)$q$,
    -- unknown kind
    $q$SELECT yoy(v, p, 'ratio') OVER (ORDER BY p) FROM (VALUES ('2021-01'::period, 1.0)) t(p, v)$q$,
    $q$SELECT pop(v::float8, p, 'points') OVER (ORDER BY p) FROM (VALUES ('2021-01'::period, 1.0)) t(p, v)$q$
]) WITH ORDINALITY AS t(query, n),
     LATERAL gw_try(query) r
ORDER BY n;

--    A period may repeat across partitions.
SELECT s, p, yoy(v, p) OVER w AS yoy, pop(v, p) OVER w AS pop
FROM (VALUES ('a', '2021-01'::period, 1.0), ('b', '2021-01', 2), ('a', '2021-02', 2),
             ('b', '2021-02', 3)) AS t(s, p, v)
WINDOW w AS (PARTITION BY s ORDER BY p)
ORDER BY s, p;

--    The errors as psql shows them.
SELECT p, yoy(v, p) OVER (ORDER BY p)
FROM (VALUES ('2021-11'::period, 1.0), ('2021-12', 2), ('2021-12', 3)) t(p, v);
SELECT p, yoy(v, p) OVER (ORDER BY v)
FROM (VALUES ('2021-11'::period, 2.0), ('2021-12', 1)) t(p, v);
SELECT p, ytd_decumulate(v, p) OVER (ORDER BY p)
FROM (VALUES ('2021-01/2021-02'::period, 17499), ('2021-03', 9402)) t(p, v);
--    (Integer values: PostgreSQL resolves them to the double precision
--    version, its preferred numeric type.)

-- 10. Against an oracle: forty years of monthly values (1990-2029, values
--     100..999 from hashint4, so the same everywhere) with about a tenth of
--     the months left out, and the same months as year-to-date sums with
--     about an eighth of the figures left out (January included, so the
--     combined January-February rule is exercised).  The window functions
--     must agree, row for row, with the answer of a self-join on the
--     comparison period: yoy on period_year_ago(p), pop on p - 1, and
--     ytd_decumulate on the year-to-date figure ending a month earlier.
CREATE TABLE gw_months AS
SELECT p, (100 + abs(hashint4(p - '1990-01'::period)) % 900)::numeric AS v
FROM generate_periods('1990-01', '2029-12') p;
CREATE TABLE gw_kept AS
SELECT * FROM gw_months WHERE abs(hashint4((p - '1990-01'::period) + 7777)) % 10 <> 0;

SELECT count(*) AS rows,
       count(*) FILTER (WHERE y IS NOT DISTINCT FROM metric_delta(k.v, a.v, '%', 'yoy')) AS yoy_same,
       count(*) FILTER (WHERE q IS NOT DISTINCT FROM metric_delta(k.v, b.v, 'pp', 'mom')) AS pop_same,
       count(*) FILTER (WHERE yd IS NOT DISTINCT FROM metric_delta(k.v::float8, a.v::float8, 'abs', 'yoy')) AS yoy_double_same,
       count(*) FILTER (WHERE y IS NOT NULL) AS yoy_values,
       count(*) FILTER (WHERE q IS NOT NULL) AS pop_values
FROM (SELECT p, v, yoy(v, p) OVER w AS y, pop(v, p, 'pp') OVER w AS q,
             yoy(v::float8, p, 'abs') OVER w AS yd
      FROM gw_kept WINDOW w AS (ORDER BY p)) k
LEFT JOIN gw_kept a ON a.p = period_year_ago(k.p)
LEFT JOIN gw_kept b ON b.p = k.p - 1;

CREATE TABLE gw_ytd_kept AS
SELECT p, v
FROM (SELECT period_ytd(p) AS p, sum(v) OVER (PARTITION BY period_parent(p, 'A') ORDER BY p) AS v
      FROM gw_months) y
WHERE abs(hashint4(period_end(p) - date '1990-01-01')) % 8 <> 0;

SELECT count(*) AS rows,
       count(*) FILTER (WHERE d IS NOT DISTINCT FROM want) AS same,
       count(*) FILTER (WHERE dd IS NOT DISTINCT FROM want::float8) AS double_same,
       count(*) FILTER (WHERE want IS NULL) AS nulls,
       count(*) FILTER (WHERE period_length(k.p) = 2 AND j.p IS NULL) AS jan_feb_alone
FROM (SELECT p, v, ytd_decumulate(v, p) OVER w AS d, ytd_decumulate(v::float8, p) OVER w AS dd
      FROM gw_ytd_kept WINDOW w AS (ORDER BY p)) k
LEFT JOIN gw_ytd_kept j   -- the January of the same year
       ON j.p = period(period_start(k.p), 'M')
LEFT JOIN gw_ytd_kept b   -- the figure ending a month earlier
       ON period_length(k.p) > 1
      AND b.p = period_ytd(period(period_end(k.p), 'M') - 1)
CROSS JOIN LATERAL (SELECT CASE
    WHEN period_length(k.p) = 1 THEN k.v
    WHEN period_length(k.p) = 2 AND j.p IS NULL THEN k.v
    ELSE k.v - b.v END AS want) w;

DROP FUNCTION gw_try(text);
DROP TABLE gw_monthly, gw_steel, gw_iva, gw_freq, gw_ytd, gw_months, gw_kept, gw_ytd_kept;

-- The kind is read once per partition, so it must be a constant, not a column.
SELECT yoy(v, p, k) OVER (ORDER BY p)
FROM (VALUES (1.0, '2020'::period, '%'), (2.0, '2021', 'pp')) s(v, p, k);
