--
-- policy_goal_functions: the accessors of policy_goal, goal_met,
-- goal_progress and goal_required_pace (doc/policy_goal.md).
--
-- Every expected value was worked out by hand from doc/policy_goal.md
-- before the test was run, and is written in the query ("expected" or the
-- e_ columns); "as_spec" says whether the implementation agrees.  The
-- arithmetic is in the comments.
--
-- Time, as the spec counts it: b, t, T are the ENDS of the baseline period,
-- the current period and the deadline, in years; the end of 2020 is 2021.0,
-- the end of 2020-06 is 2020.5, a day is a fraction of its month.
--
\pset null NULL

-- Evaluate an expression; on error, report instead of failing.
CREATE FUNCTION gf_try(expr text,
    OUT result text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'SELECT (' || expr || ')::text' INTO result;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;

-- 1. The example at the top of doc/policy_goal.md.  Expected:
--      >= 80000 by 2023            | >= | 80000 | NULL    | 2023 | NULL
--      < +0% yoy in 2021           | <  |     0 | +0% yoy | 2021 | NULL
--      >= +7% pa by 2025 from 2020 | >= |     7 | +7% pa  | 2025 | 2020
--      ~ +3000 in 2022             | ~  |  3000 | +3000   | 2022 | NULL
SELECT g, goal_comparator(g) AS cmp, goal_target(g) AS target,
       goal_target_delta(g) AS change, goal_deadline(g) AS deadline,
       goal_baseline_period(g) AS from_period
FROM (VALUES ('>= 80000 by 2023'::policy_goal), ('< 0% yoy in 2021'),
             ('>= 7% pa by 2025 from 2020'), ('~ +3000 in 2022')) v(g);

-- 2. Every accessor.  goal_target is the (lower) target number, level or
--    change; goal_target_upper the upper end of between; goal_target_delta
--    the target as a metric_delta (NULL for a level; the lower end for
--    between); goal_comparator the ASCII comparator or "between";
--    goal_deadline_kind "by" or "in"; goal_tolerance the explicit or
--    implied tolerance of "~" (section 3), NULL otherwise.
CREATE TABLE gf_acc (n int, input text, e_cmp text, e_target numeric, e_upper numeric,
                     e_delta metric_delta, e_deadline period, e_kind text,
                     e_from period, e_from_value numeric, e_tol numeric);
INSERT INTO gf_acc VALUES
    (1, '>= 80000 by 2023', '>=', 80000, NULL, NULL, '2023', 'by', NULL, NULL, NULL),
    (2, '> 80000 by 2023', '>', 80000, NULL, NULL, '2023', 'by', NULL, NULL, NULL),
    (3, '< 0% yoy in 2021', '<', 0, NULL, '+0% yoy', '2021', 'in', NULL, NULL, NULL),
    (4, '>= 7% pa by 2025 from 2020', '>=', 7, NULL, '+7% pa', '2025', 'by', '2020', NULL, NULL),
    (5, '<= -13.5% cum by 2025 from 200 in 2020', '<=', -13.5, NULL, '-13.5% cum', '2025', 'by',
        '2020', 200, NULL),
    (6, '~ +3000 in 2022', '~', 3000, NULL, '+3000', '2022', 'in', NULL, NULL, 500),
    (7, '~ 5% yoy ±0.5 in 2024', '~', 5, NULL, '+5% yoy', '2024', 'in', NULL, NULL, 0.5),
    (8, 'between 5 and 6 in 2024', 'between', 5, 6, NULL, '2024', 'in', NULL, NULL, NULL),
    (9, 'between 5% and 6% yoy in 2024', 'between', 5, 6, '+5% yoy', '2024', 'in', NULL, NULL, NULL),
    (10, '>= 10 by 2025 from 7.8 in 2020', '>=', 10, NULL, NULL, '2025', 'by', '2020', 7.8, NULL),
    (11, '<= level -3.5 by 2025-Q4', '<=', -3.5, NULL, NULL, '2025-Q4', 'by', NULL, NULL, NULL),
    (12, '= 5.5 in 2024-H1', '=', 5.5, NULL, NULL, '2024-S1', 'in', NULL, NULL, NULL),
    (13, '≈ 5.5 in 2024', '~', 5.5, NULL, NULL, '2024', 'in', NULL, NULL, 0.05),
    (14, '>= -5 by 2023', '>=', -5, NULL, '-5', '2023', 'by', NULL, NULL, NULL),
    (15, 'between level -2 and 3 by 2025 from 2020', 'between', -2, 3, NULL, '2025', 'by',
         '2020', NULL, NULL),
    (16, '~ 5.0% in 2024', '~', 5, NULL, '+5%', '2024', 'in', NULL, NULL, 0.05),
    (17, '≥ 0.5pp pa by 2025 from 10 in 2020-12', '>=', 0.5, NULL, '+0.5pp pa', '2025', 'by',
         '2020-12', 10, NULL),
    (18, '< 0% yoy in 2021-01/2021-11', '<', 0, NULL, '+0% yoy', '2021-01/2021-11', 'in',
         NULL, NULL, NULL),
    (19, '>= 0 by 2025 from -3 in 2020', '>=', 0, NULL, NULL, '2025', 'by', '2020', -3, NULL);
SELECT n, input, goal_comparator(g) AS cmp, goal_target(g) AS target,
       goal_target_upper(g) AS upper, goal_target_delta(g) AS delta,
       goal_deadline(g) AS deadline, goal_deadline_kind(g) AS kind,
       goal_baseline_period(g) AS from_p, goal_baseline_value(g) AS from_v,
       goal_tolerance(g) AS tol
FROM (SELECT *, input::policy_goal AS g FROM gf_acc) a ORDER BY n;
SELECT n,
       goal_comparator(g) IS NOT DISTINCT FROM e_cmp
       AND goal_target(g) IS NOT DISTINCT FROM e_target
       AND goal_target_upper(g) IS NOT DISTINCT FROM e_upper
       AND goal_target_delta(g) IS NOT DISTINCT FROM e_delta
       AND goal_deadline(g) IS NOT DISTINCT FROM e_deadline
       AND goal_deadline_kind(g) IS NOT DISTINCT FROM e_kind
       AND goal_baseline_period(g) IS NOT DISTINCT FROM e_from
       AND goal_baseline_value(g) IS NOT DISTINCT FROM e_from_value
       AND goal_tolerance(g) IS NOT DISTINCT FROM e_tol AS as_spec
FROM (SELECT *, input::policy_goal AS g FROM gf_acc) a ORDER BY n;

-- 3. goal_tolerance.  Implied: half a unit of the last significant digit
--    the target was stated with; trailing zeros of a whole number are not
--    significant, trailing zeros after the point are.
--      ~ 5%      last digit 1s        -> 0.5
--      ~ 5.5%    0.1s                 -> 0.05
--      ~ 3000    the 3, 1000s         -> 500
--      ~ 600000  the 6, 100000s       -> 50000
--      ~ 5.0%    0.1s (the 0 counts)  -> 0.05
--      ~ 0       no significant digit: the units -> 0.5
--      ~ 0.0     0.1s                 -> 0.05
--      ~ 3050    the 5, 10s           -> 5
--      ~ 10      the 1, 10s           -> 5
--      ~ 1200    the 2, 100s          -> 50
--      ~ 100     the 1, 100s          -> 50
--      ~ 0.25pp  0.01s                -> 0.005
--      ~ 3000.0  0.1s                 -> 0.05
--      ~ 7.80    0.01s                -> 0.005
--      ~ 0.050   0.001s               -> 0.0005
--      ~ 007     leading zeros are not digits: 1s -> 0.5
--      ~ +3000   a change: as 3000    -> 500
--      ~ -0.3pp  0.1s                 -> 0.05
--      ~ level -3.5                   -> 0.05
--      ~ 12.5% pa                     -> 0.05
--    Explicit: the number after ± or +/-.  Other comparators: NULL.
SELECT n, input, goal_tolerance(g) AS tolerance,
       goal_tolerance(g) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '~ 5% in 2024'::text, 0.5),
    (2, '~ 5.5% in 2024', 0.05),
    (3, '~ 3000 in 2024', 500),
    (4, '~ 600000 in 2024', 50000),
    (5, '~ 5.0% in 2024', 0.05),
    (6, '~ 0 in 2024', 0.5),
    (7, '~ 0.0 in 2024', 0.05),
    (8, '~ 3050 in 2024', 5),
    (9, '~ 10 in 2024', 5),
    (10, '~ 1200 in 2024', 50),
    (11, '~ 100 in 2024', 50),
    (12, '~ 0.25pp yoy in 2024', 0.005),
    (13, '~ 3000.0 in 2024', 0.05),
    (14, '~ 7.80 in 2024', 0.005),
    (15, '~ 0.050 in 2024', 0.0005),
    (16, '~ 007 in 2024', 0.5),
    (17, '~ +3000 in 2022', 500),
    (18, '~ -0.3pp mom in 2024-03', 0.05),
    (19, '~ level -3.5 in 2024', 0.05),
    (20, '~ 12.5% pa by 2025 from 2020', 0.05),
    (21, '~ 5% yoy ±0.5 in 2024', 0.5),
    (22, '~ 5% yoy ±1.25 in 2024', 1.25),
    (23, '~ 5 ±0 in 2024', 0),
    (24, '~ 5.0% ±2 in 2024', 2),
    (25, '~ 3000 +/-100 in 2024', 100),
    (26, '>= 5 in 2024', NULL),
    (27, '> 5 in 2024', NULL),
    (28, '<= 5 in 2024', NULL),
    (29, '< 5 in 2024', NULL),
    (30, '= 5 in 2024', NULL),
    (31, 'between 5 and 6 in 2024', NULL)
) AS t(n, input, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;

-- 4. goal_met with a numeric.
--    > and >= differ at the target; = is exact; between includes both
--    ends; ~ is |v - G| <= tol, at the tolerance met, just outside not.
--    A goal on a change within one period (yoy, no basis) is measured on
--    that change: the number is the change's number (the rate, the
--    addition).
SELECT n, input, v, goal_met(g, v) AS met, goal_met(g, v) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '> 80000 by 2023'::text, 80000::numeric, false),
    (2, '> 80000 by 2023', 80000.01, true),
    (3, '>= 80000 by 2023', 80000, true),
    (4, '>= 80000 by 2023', 79999.99, false),
    (5, '< 5 by 2023', 5, false),
    (6, '< 5 by 2023', 4.99, true),
    (7, '<= 5 by 2023', 5, true),
    (8, '<= 5 by 2023', 5.01, false),
    (9, '= 5.5 in 2024', 5.5, true),
    (10, '= 5.5 in 2024', 5.50, true),
    (11, '= 5.5 in 2024', 5.51, false),
    (12, '= 5.5 in 2024', 5.4999999999, false),
    (13, 'between 5 and 6 in 2024', 5, true),
    (14, 'between 5 and 6 in 2024', 6, true),
    (15, 'between 5 and 6 in 2024', 5.5, true),
    (16, 'between 5 and 6 in 2024', 4.99, false),
    (17, 'between 5 and 6 in 2024', 6.01, false),
    (18, 'between level -2 and 3 in 2024', -2, true),
    (19, 'between level -2 and 3 in 2024', -2.01, false),
    (20, '>= level -3.5 by 2025', -3.5, true),
    (21, '>= level -3.5 by 2025', -3.6, false),
    -- ~ 5: tol 0.5
    (22, '~ 5 in 2024', 4.5, true),
    (23, '~ 5 in 2024', 5.5, true),
    (24, '~ 5 in 2024', 4.49, false),
    (25, '~ 5 in 2024', 5.51, false),
    -- ~ 5.5: tol 0.05
    (26, '~ 5.5 in 2024', 5.45, true),
    (27, '~ 5.5 in 2024', 5.55, true),
    (28, '~ 5.5 in 2024', 5.44, false),
    (29, '~ 5.5 in 2024', 5.5500001, false),
    -- ~ 5.0: tol 0.05; ~ 5: tol 0.5
    (30, '~ 5.0 in 2024', 5.05, true),
    (31, '~ 5.0 in 2024', 5.06, false),
    (32, '~ 5 in 2024', 5.06, true),
    -- ~ 3000: tol 500; ~ 600000: tol 50000; ~ 0: tol 0.5
    (33, '~ 3000 in 2024', 3500, true),
    (34, '~ 3000 in 2024', 2500, true),
    (35, '~ 3000 in 2024', 3500.01, false),
    (36, '~ 3000 in 2024', 2499.99, false),
    (37, '~ 600000 in 2024', 650000, true),
    (38, '~ 600000 in 2024', 549999, false),
    (39, '~ 0 in 2024', 0.5, true),
    (40, '~ 0 in 2024', -0.5, true),
    (41, '~ 0 in 2024', 0.51, false),
    -- explicit tolerances
    (42, '~ 5 ±0 in 2024', 5, true),
    (43, '~ 5 ±0 in 2024', 5.0000001, false),
    (44, '~ 5 ±1.25 in 2024', 6.25, true),
    (45, '~ 5 ±1.25 in 2024', 3.75, true),
    (46, '~ 5 ±1.25 in 2024', 6.26, false),
    -- changes within one period, measured on the change's number
    (47, '< 0% yoy in 2021', -0.1, true),
    (48, '< 0% yoy in 2021', 0, false),
    (49, '~ 5% yoy ±0.5 in 2024', 4.5, true),
    (50, '~ 5% yoy ±0.5 in 2024', 5.51, false),
    (51, '~ +3000 in 2022', 2500, true),
    (52, '~ +3000 in 2022', 2499, false),
    (53, '>= -5 by 2023', -5, true),
    (54, '>= -5 by 2023', -6, false)
) AS t(n, input, v, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;

--    The call as the spec writes it (an integer literal).
SELECT goal_met('> 80000 by 2023', 80000) AS gt, goal_met('>= 80000 by 2023', 80000) AS ge;

-- 5. goal_met with a double precision: compared exactly, the double by its
--    shortest decimal form.
--      0.4::float8 is "0.4": |0.4 - 0.3| = 0.1 <= 0.1, met (in binary
--      0.4 - 0.3 is 0.10000000000000003 and would fail);
--      0.8 - 0.7 likewise (binary 0.10000000000000009);
--      0.1 + 0.2 is 0.30000000000000004: above 0.3, so not <= 0.3 and
--      not = 0.3, but >= 0.3.
SELECT n, input, v, goal_met(g, v) AS met, goal_met(g, v) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '>= 80000 by 2023'::text, 80000::float8, true),
    (2, '> 80000 by 2023', 80000::float8, false),
    (3, '~ 0.3 +/-0.1 in 2024', 0.4::float8, true),
    (4, '~ 0.3 +/-0.1 in 2024', 0.2::float8, true),
    (5, '~ 0.3 +/-0.1 in 2024', 0.41::float8, false),
    (6, '~ 0.7 +/-0.1 in 2024', 0.8::float8, true),
    (7, '~ 0.7 +/-0.1 in 2024', 0.6::float8, true),
    (8, '~ 0.7 +/-0.1 in 2024', 0.81::float8, false),
    (9, '<= 0.3 in 2024', 0.1::float8 + 0.2::float8, false),
    (10, '>= 0.3 in 2024', 0.1::float8 + 0.2::float8, true),
    (11, '= 0.3 in 2024', 0.1::float8 + 0.2::float8, false),
    (12, '= 0.3 in 2024', 0.3::float8, true),
    (13, '= 0.1 in 2024', 0.1::float8, true),
    (14, '~ 5% yoy in 2024', 4.5::float8, true),
    (15, '~ 5% yoy in 2024', 5.5::float8, true),
    (16, '~ 5% yoy in 2024', 5.50001::float8, false),
    (17, 'between 5 and 6 in 2024', 6::float8, true),
    (18, 'between 5 and 6 in 2024', 6.000000000000001::float8, false),
    (19, '~ 5.5 in 2024', 5.55::float8, true),
    (20, '~ 5.5 in 2024', 5.45::float8, true),
    (21, '~ 5.5 in 2024', 5.5500000000001::float8, false)
) AS t(n, input, v, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;

-- 6. goal_met with a metric_delta: the kind must be the target's, the
--    basis, when the change has one, the target's; a change without a
--    basis is accepted.  "+7.2% pa" against a pa goal compares the changes
--    themselves (no baseline value needed).
SELECT n, input, v, goal_met(g, v) AS met, goal_met(g, v) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '< 0% yoy in 2021'::text, '-0.1% yoy'::metric_delta, true),
    (2, '< 0% yoy in 2021', '+0% yoy', false),
    (3, '< 0% yoy in 2021', '-0.1%', true),
    (4, '< 0% yoy in 2021', '+0.1%', false),
    (5, '~ 5% yoy ±0.5 in 2024', '+4.5% yoy', true),
    (6, '~ 5% yoy ±0.5 in 2024', '+5.5% yoy', true),
    (7, '~ 5% yoy ±0.5 in 2024', '+4.49% yoy', false),
    (8, '~ 5% yoy ±0.5 in 2024', '+5.51% yoy', false),
    (9, '~ 5.0% yoy in 2024', '+5.05% yoy', true),        -- tol 0.05
    (10, '~ 5.0% yoy in 2024', '+5.06% yoy', false),
    (11, '~ 5.0% yoy in 2024', '+4.95% yoy', true),
    (12, '~ 5% yoy in 2024', '+5.06% yoy', true),         -- tol 0.5
    (13, '~ 5% yoy in 2024', '+5.5% yoy', true),
    (14, '~ 5% yoy in 2024', '+5.51% yoy', false),
    (15, '~ +3000 in 2022', '+3500', true),               -- tol 500
    (16, '~ +3000 in 2022', '+3501', false),
    (17, '>= 7% pa by 2025 from 2020', '+7.2% pa', true),
    (18, '>= 7% pa by 2025 from 2020', '+7% pa', true),
    (19, '>= 7% pa by 2025 from 2020', '+6.9% pa', false),
    (20, '>= 7% pa by 2025 from 2020', '+7.2%', true),
    (21, 'between 5% and 6% yoy in 2024', '+5% yoy', true),
    (22, 'between 5% and 6% yoy in 2024', '+6% yoy', true),
    (23, 'between 5% and 6% yoy in 2024', '+6.01% yoy', false),
    (24, 'between 5% and 6% yoy in 2024', '+4.99%', false),
    (25, '>= -0.3pp mom in 2024-03', '-0.3pp mom', true),
    (26, '>= -0.3pp mom in 2024-03', '-0.31pp mom', false),
    (27, '= +2930 yoy in 2021', '+2930 yoy', true),
    (28, '= +2930 yoy in 2021', '+2930.0 yoy', true),
    (29, '= +2930 yoy in 2021', '+2931 yoy', false),
    (30, '<= -13.5% cum by 2025 from 2020', '-14% cum', true),
    (31, '<= -13.5% cum by 2025 from 2020', '-13% cum', false)
) AS t(n, input, v, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;

-- 7. goal_met for pa and cum goals with a stated baseline value: the level
--    the change leads to, compared in double precision.  years = T - b.
--      >= 7% pa by 2025 from 100 in 2020: b = 2021.0, T = 2026.0, 5 years;
--         G = 100 x 1.07^5 = 100 x 1.4025517307 = 140.25517307
--         (1.07^2 = 1.1449, ^4 = 1.31079601, ^5 = 1.4025517307):
--         140.26 met, 140.25 not (also as a double).
--      <= -13.5% cum by 2025 from 200 in 2020: G = 200 x 0.865 = 173
--         (in doubles 200 x (1 - 0.135) is exactly 173.0): 173 met,
--         173.01 not, 150 met.
--      >= +0.5pp pa by 2025 from 10 in 2020: additive, G = 10 + 0.5 x 5
--         = 12.5: 12.5 met, 12.49 not.
--      >= +1000 cum by 2025 from 5000 in 2020: G = 6000.
--      >= 10% pa by 2022-06 from 100 in 2021-06: b = 2021.5, T = 2022.5,
--         1 year, G = 110 (110.00000000000001 in doubles, so 110 itself
--         is left out): 110.01 met, 109.99 not.
--      >= 10% pa by 2022-Q2 from 100 in 2021-Q4: b = 2022.0, T = 2022.5,
--         half a year, G = 100 x 1.1^0.5 = 104.880884817: 104.89 met,
--         104.88 not.
SELECT n, input, v, goal_met(g, v) AS met, goal_met(g, v) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '>= 7% pa by 2025 from 100 in 2020'::text, 140.26::numeric, true),
    (2, '>= 7% pa by 2025 from 100 in 2020', 140.25, false),
    (3, '>= 7% pa by 2025 from 100 in 2020', 100, false),
    (4, '<= -13.5% cum by 2025 from 200 in 2020', 173, true),
    (5, '<= -13.5% cum by 2025 from 200 in 2020', 173.01, false),
    (6, '<= -13.5% cum by 2025 from 200 in 2020', 150, true),
    (7, '>= 0.5pp pa by 2025 from 10 in 2020', 12.5, true),
    (8, '>= 0.5pp pa by 2025 from 10 in 2020', 12.49, false),
    (9, '>= 1000 cum by 2025 from 5000 in 2020', 6000, true),
    (10, '>= 1000 cum by 2025 from 5000 in 2020', 5999.99, false),
    (11, '>= 10% pa by 2022-06 from 100 in 2021-06', 110.01, true),
    (12, '>= 10% pa by 2022-06 from 100 in 2021-06', 109.99, false),
    (13, '>= 10% pa by 2022-Q2 from 100 in 2021-Q4', 104.89, true),
    (14, '>= 10% pa by 2022-Q2 from 100 in 2021-Q4', 104.88, false)
) AS t(n, input, v, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;
SELECT goal_met('>= 7% pa by 2025 from 100 in 2020', 140.26::float8) AS met_double,
       goal_met('>= 7% pa by 2025 from 100 in 2020', 140.25::float8) AS not_met_double,
       goal_met('<= -13.5% cum by 2025 from 200 in 2020', 173::float8) AS cum_met_double;

-- 8. Errors: 22023 for a change of another kind or basis, a level goal
--    given a change, a pa or cum goal given a level without a stated
--    baseline value (goal_met and goal_required_pace).
SELECT n, expr, r.result, r.state, r.state = '22023' AS as_spec, r.message, r.detail
FROM unnest(ARRAY[
    'goal_met(''>= 80000 by 2023'', ''+5%''::metric_delta)',             -- level goal, a change
    'goal_met(''>= 80000 by 2023'', ''+5''::metric_delta)',
    'goal_met(''< 0% yoy in 2021'', ''-1pp yoy''::metric_delta)',        -- kind pp, not %
    'goal_met(''< 0% yoy in 2021'', ''-1 yoy''::metric_delta)',          -- kind abs, not %
    'goal_met(''< 0% yoy in 2021'', ''-1% mom''::metric_delta)',         -- basis mom, not yoy
    'goal_met(''>= 7% pa by 2025 from 2020'', ''+7.2% cum''::metric_delta)',
    'goal_met(''~ +3000 in 2022'', ''+3000 yoy''::metric_delta)',        -- goal has no basis
    'goal_met(''between 5% and 6% yoy in 2024'', ''+5.5pp yoy''::metric_delta)',
    'goal_met(''>= 7% pa by 2025 from 2020'', 140::numeric)',            -- no baseline value
    'goal_met(''>= 7% pa by 2025 from 2020'', 140::float8)',
    'goal_met(''<= -13.5% cum by 2025 from 2020'', 173::numeric)',
    'goal_required_pace(''>= 7% pa by 2025 from 2020'', ''2023'', 120)',
    'goal_required_pace(''<= -13.5% cum by 2025 from 2020'', ''2023'', 190)'
]) WITH ORDINALITY AS t(expr, n),
     LATERAL gf_try(expr) r
ORDER BY n;

-- 9. goal_progress(goal, current, baseline) = d (current - baseline) /
--    |G - baseline|; d = +1 for > >=, -1 for < <=, the sign of
--    G - baseline for = ~ between (between: G the end nearer the
--    baseline); NULL when G = baseline.
--      1  >= 80000, 60000 from 40000: 20000 / 40000            = 0.5
--      2  40000 from 40000: 0                                   = 0
--      3  90000 from 40000: 50000 / 40000                       = 1.25
--      4  30000 from 40000: -10000 / 40000                      = -0.25
--      5  G = baseline = 80000                                  -> NULL
--      6  <= 50, 80 from 100: -(80 - 100) / 50                  = 0.4
--      7  110 from 100: -(10) / 50                              = -0.2
--      8  40 from 100: -(-60) / 50                              = 1.2
--      9  < 0% yoy, 2 from 5: -(2 - 5) / |0 - 5|                = 0.6
--     10  ~ 5.5, 5.25 from 5: d = +1, 0.25 / 0.5                = 0.5
--     11  ~ 5.5, 5.75 from 6: d = -1, -(-0.25) / 0.5            = 0.5
--     12  between 5 and 6, 4 from 3: G = 5, d = +1, 1 / 2       = 0.5
--     13  between 5 and 6, 7 from 8: G = 6, d = -1, -(-1) / 2   = 0.5
--     14  = 10, 12 from 8: d = +1, 4 / 2                        = 2
--     15  = 10, from 10: G = baseline                           -> NULL
--     16  <= -13.5% cum from 200: G = 173, d = -1,
--         186.5 from 200: -(-13.5) / 27                         = 0.5
--     17  > 0, 5 from -5: 10 / 5                                = 2
SELECT n, input, cur, base, goal_progress(g, cur, base) AS progress,
       goal_progress(g, cur, base) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '>= 80000 by 2023'::text, 60000::float8, 40000::float8, 0.5::float8),
    (2, '>= 80000 by 2023', 40000, 40000, 0),
    (3, '>= 80000 by 2023', 90000, 40000, 1.25),
    (4, '>= 80000 by 2023', 30000, 40000, -0.25),
    (5, '>= 80000 by 2023', 80000, 80000, NULL),
    (6, '<= 50 by 2025', 80, 100, 0.4),
    (7, '<= 50 by 2025', 110, 100, -0.2),
    (8, '<= 50 by 2025', 40, 100, 1.2),
    (9, '< 0% yoy in 2021', 2, 5, 0.6),
    (10, '~ 5.5 in 2024', 5.25, 5, 0.5),
    (11, '~ 5.5 in 2024', 5.75, 6, 0.5),
    (12, 'between 5 and 6 in 2024', 4, 3, 0.5),
    (13, 'between 5 and 6 in 2024', 7, 8, 0.5),
    (14, '= 10 in 2024', 12, 8, 2),
    (15, '= 10 in 2024', 12, 10, NULL),
    (16, '<= -13.5% cum by 2025 from 200 in 2020', 186.5, 200, 0.5),
    (17, '> 0 by 2025', 5, -5, 2)
) AS t(n, input, cur, base, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;

-- 10. goal_required_pace(goal, period, current) = (G / current)^(1/(T - t))
--     - 1, as % pa rounded to 0.01 of a point; NULL when the deadline is
--     reached (t >= T) or G / current <= 0.
--      1  >= 80000 by 2023 (T = 2024.0), at 2021 (t = 2022.0), 40000:
--         2^(1/2) - 1 = 0.41421356                         -> +41.42% pa
--      2  at 2022-12 (t = 2023.0), 40000: 2^1 - 1            -> +100% pa
--      3  at 2023-06 (t = 2023.5), 60000: (4/3)^2 - 1 = 0.7778 -> +77.78% pa
--      4  at 2023-01/2023-06 (ends 2023.5)                   -> +77.78% pa
--      5  at 2023-Q2 (ends 2023.5)                           -> +77.78% pa
--      6  at 2023-06-15: t = 2023 + 5/12 + (15/30)/12 = 2023.458333,
--         T - t = 13/24: (4/3)^(24/13) - 1 = 0.70081          -> +70.08% pa
--      7  at 2023-W26 (Mon 26 June - Sun 2 July 2023): t = 2023 + 6/12
--         + (2/31)/12 = 2023.505376, T - t = 0.494624:
--         (4/3)^(1/0.494624) - 1 = 0.78893                   -> +78.89% pa
--      8  at 2023 (t = T)                                    -> NULL
--      9  at 2024 (t > T)                                    -> NULL
--     10  at 2021, -40000: G / current < 0                   -> NULL
--     11  at 2021, 80000: 1 - 1                              -> +0% pa
--     12  at 2021, 100000: 0.8^(1/2) - 1 = -0.105573         -> -10.56% pa
--     13  <= 50 by 2025 (T = 2026.0) at 2023 (t = 2024.0), 100:
--         0.5^(1/2) - 1 = -0.292893                          -> -29.29% pa
--     14  >= 121 by 2023-Q4 (T = 2024.0) at 2021-Q4 (t = 2022.0), 100:
--         1.21^(1/2) - 1 = 0.1                               -> +10% pa
--     15  >= 7% pa by 2025 from 100 in 2020: G = 140.25517307; at 2023
--         (t = 2024.0), 120: (1.16879311)^(1/2) - 1 = 0.0811074 -> +8.11% pa
--     16  <= -13.5% cum by 2025 from 200 in 2020: G = 173; at 2023, 190:
--         (173/190)^(1/2) - 1 = -0.045785                    -> -4.58% pa
--     17  >= 80000 in 2023 ("in": T is still the end of 2023), at 2021,
--         40000                                              -> +41.42% pa
SELECT n, input, p, cur, goal_required_pace(g, p, cur) AS pace,
       goal_required_pace(g, p, cur) IS NOT DISTINCT FROM expected AS as_spec
FROM (VALUES
    (1, '>= 80000 by 2023'::text, '2021'::period, 40000::float8, '+41.42% pa'::metric_delta),
    (2, '>= 80000 by 2023', '2022-12', 40000, '+100% pa'),
    (3, '>= 80000 by 2023', '2023-06', 60000, '+77.78% pa'),
    (4, '>= 80000 by 2023', '2023-01/2023-06', 60000, '+77.78% pa'),
    (5, '>= 80000 by 2023', '2023-Q2', 60000, '+77.78% pa'),
    (6, '>= 80000 by 2023', '2023-06-15', 60000, '+70.08% pa'),
    (7, '>= 80000 by 2023', '2023-W26', 60000, '+78.89% pa'),
    (8, '>= 80000 by 2023', '2023', 60000, NULL),
    (9, '>= 80000 by 2023', '2024', 60000, NULL),
    (10, '>= 80000 by 2023', '2021', -40000, NULL),
    (11, '>= 80000 by 2023', '2021', 80000, '+0% pa'),
    (12, '>= 80000 by 2023', '2021', 100000, '-10.56% pa'),
    (13, '<= 50 by 2025', '2023', 100, '-29.29% pa'),
    (14, '>= 121 by 2023-Q4', '2021-Q4', 100, '+10% pa'),
    (15, '>= 7% pa by 2025 from 100 in 2020', '2023', 120, '+8.11% pa'),
    (16, '<= -13.5% cum by 2025 from 200 in 2020', '2023', 190, '-4.58% pa'),
    (17, '>= 80000 in 2023', '2021', 40000, '+41.42% pa')
) AS t(n, input, p, cur, expected),
     LATERAL (SELECT input::policy_goal AS g) c
ORDER BY n;

-- 11. NULL in, NULL out: the functions are strict.
SELECT goal_target(NULL) IS NULL AS target, goal_comparator(NULL) IS NULL AS cmp,
       goal_tolerance(NULL) IS NULL AS tol,
       goal_met('>= 5 by 2023', NULL::numeric) IS NULL AS met_numeric,
       goal_met('>= 5 by 2023', NULL::float8) IS NULL AS met_double,
       goal_met('< 0% yoy in 2021', NULL::metric_delta) IS NULL AS met_delta,
       goal_met(NULL, 5::numeric) IS NULL AS met_null_goal,
       goal_progress('>= 5 by 2023', NULL, 1) IS NULL AS progress,
       goal_required_pace('>= 5 by 2023', NULL, 1) IS NULL AS pace;

DROP TABLE gf_acc;
DROP FUNCTION gf_try(text);
