--
-- goal_track: the aggregate that scores a policy_goal against a series of
-- observations (doc/policy_goal.md "goal_track", with "Scoring", "Rules" and
-- "Methods" for the arithmetic).
--
-- The aggregate picks two observations, the baseline and the latest, and
-- scores them as goal_assess() does (see sql/goal_assess.sql for the
-- formulas).  Each case of gt_case is a series (periods and values as two
-- arrays) with the baseline, the latest observation and the fields worked
-- out by hand; "ok" says whether every field of the result is the hand-worked
-- one.  Floats are shown rounded to four decimals.
--
-- Notation: b, t, T the ends of the baseline period, the latest period and
-- the deadline in years (the end of 2020 is 2021.0, of 2022-Q2 2022.5);
-- CAGR_obs = (v_t/v_b)^(1/(t-b)) - 1, CAGR_req = (G/v_b)^(1/(T-b)) - 1,
-- statcan R = CAGR_obs/|CAGR_req| here (d = s = +1), ^v_T = v_t.(1 +
-- CAGR_obs)^(T-t), progress = (v_t - v_b)/|G - v_b|, required = (G/v_t)^(1/(T-t)) - 1.
--
\pset null NULL

CREATE TABLE gt_case (
    n int PRIMARY KEY,
    g text, ps text[], vs float8[], m text,          -- goal, series, method
    want_status text, want_base text, want_latest text,  -- 'period value'
    want_ratio text, want_progress text, want_observed text, want_required text,
    want_projected text, want_met text);

-- want is NULL (the field must be NULL), '*' (not checked: the
-- specification is silent) or the text of the value.
CREATE FUNCTION gt_same(got text, want text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT want IS NOT DISTINCT FROM '*' OR got IS NOT DISTINCT FROM want
$$;

CREATE FUNCTION gt_ok(c gt_case, a goal_assessment) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT gt_same(($2).status::text, ($1).want_status)
       AND coalesce(($2).reason <> '', false)
       AND gt_same(($2).base_period::text || ' ' || ($2).base_value::text, ($1).want_base)
       AND gt_same(($2).latest_period::text || ' ' || ($2).latest_value::text, ($1).want_latest)
       AND gt_same(round(($2).ratio::numeric, 4)::text, ($1).want_ratio)
       AND gt_same(round(($2).progress::numeric, 4)::text, ($1).want_progress)
       AND gt_same(($2).observed_pace::text, ($1).want_observed)
       AND gt_same(($2).required_pace::text, ($1).want_required)
       AND gt_same(round(($2).projected::numeric, 4)::text, ($1).want_projected)
       AND gt_same(($2).met::text, ($1).want_met)
$$;

CREATE VIEW gt_result AS
SELECT c.n, (x.a).status, (x.a).base_period, (x.a).base_value,
       (x.a).latest_period, (x.a).latest_value,
       round((x.a).ratio::numeric, 4) AS ratio, round((x.a).progress::numeric, 4) AS progress,
       (x.a).observed_pace AS observed, (x.a).required_pace AS required,
       round((x.a).projected::numeric, 4) AS projected, (x.a).met,
       gt_ok(c, x.a) AS ok, (x.a).reason
FROM gt_case c,
     LATERAL (SELECT goal_track(c.g::policy_goal, u.p::period, u.v, c.m) AS a
              FROM unnest(c.ps, c.vs) AS u(p, v)) x;

-- 1. Which observation is the baseline, and which the latest.
--    '>= 10 by 2025 ...': G = 10, T = 2026.0.
INSERT INTO gt_case VALUES
    -- the goal states its value (7.8 in 2020): the 2020 observation (7.0) is
    -- not used.  b = 2021.0, t = 2023.0: CAGR_obs = (8.5/7.8)^(1/2) - 1 =
    -- 0.0439078, CAGR_req = (10/7.8)^(1/5) - 1 = 0.0509476, R = 0.8618:
    -- behind; progress 0.7/2.2 = 0.3182; ^v_T = 8.5 x 1.0439078^3 = 9.6695;
    -- required (10/8.5)^(1/3) - 1 = 0.0556672
    (1, '>= 10 by 2025 from 7.8 in 2020', '{2019,2020,2021,2022}', '{7.0,7.0,8.1,8.5}', 'statcan',
        'behind', '2020 7.8', '2022 8.5', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- the goal names the period only: the observation for 2020, 7.8; the
    -- same numbers as case 1
    (2, '>= 10 by 2025 from 2020', '{2019,2020,2021,2022}', '{7.0,7.8,8.1,8.5}', 'statcan',
        'behind', '2020 7.8', '2022 8.5', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- no observation for 2020: the first that ends no earlier than the end
    -- of 2020 is 2021, 8.1 (b = 2022.0): CAGR_obs = 8.5/8.1 - 1 = 0.0493827,
    -- CAGR_req = (10/8.1)^(1/4) - 1 = 0.0540926, R = 0.9129: behind;
    -- progress 0.4/1.9 = 0.2105; ^v_T = 8.5 x 1.0493827^3 = 9.8225
    (3, '>= 10 by 2025 from 2020', '{2019,2021,2022}', '{7.0,8.1,8.5}', 'statcan',
        'behind', '2021 8.1', '2022 8.5', '0.9129', '0.2105', '+4.94% pa', '+5.57% pa', '9.8225', 'false'),
    -- quarters: 2020-Q2 and 2020-Q3 end before the end of 2020, 2020-Q4
    -- ends with it: baseline 2020-Q4, 7.8 (b = 2021.0); latest 2022-Q2
    -- (t = 2022.5): CAGR_obs = (8.5/7.8)^(1/1.5) - 1 = 0.0589681, R = 1.1574:
    -- on_track; ^v_T = 8.5 x 1.0589681^3.5 = 10.3875; required
    -- (10/8.5)^(1/3.5) - 1 = 0.0475289
    (4, '>= 10 by 2025 from 2020', '{2020-Q2,2020-Q3,2020-Q4,2021-Q4,2022-Q2}', '{7.5,7.6,7.8,8.2,8.5}', 'statcan',
        'on_track', '2020-Q4 7.8', '2022-Q2 8.5', '1.1574', '0.3182', '+5.9% pa', '+4.75% pa', '10.3875', 'false'),
    -- no baseline period: the first observation, 2021, 8 (b = 2022.0);
    -- latest 2023, 9 (t = 2024.0): CAGR_obs = (9/8)^(1/2) - 1 = 0.0606602,
    -- CAGR_req = (10/8)^(1/4) - 1 = 0.0573713, R = 1.0573: on_track;
    -- progress 1/2; ^v_T = 9 x 1.0606602^2 = 10.125; required (10/9)^(1/2) - 1
    -- = 0.0540926
    (5, '>= 10 by 2025', '{2021,2022,2023}', '{8,8.5,9}', 'statcan',
        'on_track', '2021 8', '2023 9', '1.0573', '0.5000', '+6.07% pa', '+5.41% pa', '10.1250', 'false'),
    -- the baseline period 2023 is after all the data: insufficient_data,
    -- no baseline; required from the latest (10/8.5)^(1/3) - 1 = 0.0556672
    (6, '>= 10 by 2025 from 2023', '{2020,2021,2022}', '{7,8,8.5}', 'statcan',
        'insufficient_data', NULL, '2022 8.5', NULL, NULL, NULL, '+5.57% pa', NULL, 'false'),
    -- the latest is the observation that ends last: 2022-Q4 and 2022 both
    -- end on 2022-12-31, and 2022 starts first: 8.6 (2022-06, 9.9, ends
    -- earlier).  Baseline the first observation, 2021, 8 (b = 2022.0,
    -- t = 2023.0): CAGR_obs = 8.6/8 - 1 = 0.075, R = 0.075/0.0573713 =
    -- 1.3073: on_track; progress 0.6/2 = 0.3; ^v_T = 8.6 x 1.075^3 =
    -- 10.6838; required (10/8.6)^(1/3) - 1 = 0.0515595
    (7, '>= 10 by 2025', '{2022-Q4,2022,2022-06,2021}', '{9.5,8.6,9.9,8}', 'statcan',
        'on_track', '2021 8', '2022 8.6', '1.3073', '0.3000', '+7.5% pa', '+5.16% pa', '10.6838', 'false'),
    -- observations starting after the deadline (2026, 2027) are ignored,
    -- though they meet the target: latest 2025, 9.5, t = T: missed;
    -- progress 1.7/2.2 = 0.7727; CAGR_obs = (9.5/7.8)^(1/5) - 1 = 0.0402214;
    -- ^v_T = 9.5 (T - t = 0)
    (8, '>= 10 by 2025 from 2020', '{2020,2025,2026,2027}', '{7.8,9.5,11,12}', 'statcan',
        'missed', '2020 7.8', '2025 9.5', NULL, '0.7727', '+4.02% pa', NULL, '9.5000', 'false'),
    -- the target met in 2021 and lost in 2022: only the latest counts.
    -- CAGR_obs = (9.9/7.8)^(1/2) - 1 = 0.1266014, R = 2.4849: on_track;
    -- progress 2.1/2.2 = 0.9545; ^v_T = 9.9 x 1.1266014^3 = 14.1562;
    -- required (10/9.9)^(1/3) - 1 = 0.0033557
    (9, '>= 10 by 2025 from 2020', '{2020,2021,2022}', '{7.8,10.2,9.9}', 'statcan',
        'on_track', '2020 7.8', '2022 9.9', '2.4849', '0.9545', '+12.66% pa', '+0.34% pa', '14.1562', 'false'),
    -- one observation that meets the target: achieved (it is its own
    -- baseline: progress 0/0.5 = 0, no CAGR_obs)
    (10, '>= 10 by 2025', '{2022}', '{10.5}', 'statcan',
         'achieved', '2022 10.5', '2022 10.5', NULL, '0.0000', NULL, NULL, NULL, 'true');

SELECT n, status, base_period, base_value, latest_period, latest_value, ratio, progress, ok
FROM gt_result WHERE n BETWEEN 1 AND 10 ORDER BY n;

-- 2. NULL rows, duplicates that are not used or agree, and the methods.
--    Each is case 2 again (behind, 0.8618), or case 1.
INSERT INTO gt_case VALUES
    -- a NULL period and NULL values (2023, 2024 would otherwise be latest)
    (11, '>= 10 by 2025 from 2020', '{2019,2020,NULL,2021,2022,2023,2024}', '{7.0,7.8,100,8.1,8.5,NULL,NULL}', 'statcan',
         'behind', '2020 7.8', '2022 8.5', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- 2021 twice with different values: not used, no error
    (12, '>= 10 by 2025 from 2020', '{2020,2021,2021,2022}', '{7.8,8.0,8.1,8.5}', 'statcan',
         'behind', '2020 7.8', '2022 8.5', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- the baseline and the latest twice with equal values
    (13, '>= 10 by 2025 from 2020', '{2020,2020,2022,2022}', '{7.8,7.8,8.5,8.5}', 'statcan',
         'behind', '2020 7.8', '2022 8.5', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- 2020 twice with different values, but the goal states its own 7.8
    (14, '>= 10 by 2025 from 7.8 in 2020', '{2020,2020,2022}', '{7.0,7.1,8.5}', 'statcan',
         'behind', '2020 7.8', '2022 8.5', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- unsd: P = (9.6695 - 7.8)/2.2 = 0.8498: behind
    (15, '>= 10 by 2025 from 2020', '{2019,2020,2021,2022}', '{7.0,7.8,8.1,8.5}', 'unsd',
         'behind', '2020 7.8', '2022 8.5', '0.8498', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    -- prorata: C = 0.7/2.2 = 0.3182 < tau = 2/5: behind
    (16, '>= 10 by 2025 from 2020', '{2019,2020,2021,2022}', '{7.0,7.8,8.1,8.5}', 'prorata',
         'behind', '2020 7.8', '2022 8.5', '0.3182', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false');

SELECT n, status, base_period, base_value, latest_period, latest_value, ratio, progress, ok
FROM gt_result WHERE n BETWEEN 11 AND 16 ORDER BY n;

-- 3. 'in' goals: the figure for the deadline period, else the latest
--    cumulative figure inside it (provisional); no baseline, no method.
INSERT INTO gt_case VALUES
    -- January-March and January-June 2024: the latest, 5.3, in [5, 6]
    (17, 'between 5 and 6 in 2024', '{2023,2024-01/2024-03,2024-01/2024-06}', '{4.8,5.1,5.3}', 'statcan',
         'on_track', NULL, '2024-01/2024-06 5.3', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- and the figure for 2024, 6.5: missed
    (18, 'between 5 and 6 in 2024', '{2023,2024-01/2024-03,2024-01/2024-06,2024}', '{4.8,5.1,5.3,6.5}', 'statcan',
         'missed', NULL, '2024 6.5', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- the figure for 2024 decides, whatever January-June said; 2025 is after
    -- the deadline
    (19, 'between 5 and 6 in 2024', '{2024,2024-01/2024-06,2025}', '{5.5,4.0,7}', 'statcan',
         'achieved', NULL, '2024 5.5', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- no figure for 2024; the latest observation is still the one that
    -- ends last, 2023 (5.6, in the range, but for another year)
    (20, 'between 5 and 6 in 2024', '{2022,2023}', '{5.5,5.6}', 'statcan',
         'insufficient_data', NULL, '2023 5.6', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- the latest cumulative figure is January-September, 4.9
    (21, 'between 5 and 6 in 2024', '{2024-01/2024-09,2024-01/2024-06}', '{4.9,5.3}', 'statcan',
         'behind', NULL, '2024-01/2024-09 4.9', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- twelve months are the days of 2024: that is the figure
    (22, 'between 5 and 6 in 2024', '{2024-01/2024-12,2024-01/2024-06}', '{5.5,4}', 'statcan',
         'achieved', NULL, '2024-01/2024-12 5.5', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- a yoy goal over the rates as numbers
    (23, '< 0% yoy in 2021', '{2020,2021-01/2021-06,2021}', '{2,1,-3}', 'statcan',
         'achieved', NULL, '2021 -3', NULL, NULL, NULL, NULL, NULL, 'true'),
    (24, '< 0% yoy in 2021', '{2020,2021-01/2021-06}', '{2,-1.5}', 'statcan',
         'on_track', NULL, '2021-01/2021-06 -1.5', NULL, NULL, NULL, NULL, NULL, 'true');

SELECT n, status, base_period, base_value, latest_period, latest_value, ratio, progress, ok
FROM gt_result WHERE n BETWEEN 17 AND 24 ORDER BY n;

-- 4. pa and cum goals take their baseline value from the data (G follows
--    it); without one they cannot be scored.
INSERT INTO gt_case VALUES
    -- baseline 2020, 100: G = 100 x 1.07^5 = 140.2551731; 112 in 2022:
    -- CAGR_obs = 1.12^(1/2) - 1 = 0.0583005, R = 0.0583005/0.07 = 0.8329:
    -- behind; progress 12/40.2551731 = 0.2981; ^v_T = 112 x 1.0583005^3 =
    -- 132.7532; required (140.2551731/112)^(1/3) - 1 = 0.0778714
    (25, '>= 7% pa by 2025 from 2020', '{2019,2020,2022}', '{90,100,112}', 'statcan',
         'behind', '2020 100', '2022 112', '0.8329', '0.2981', '+5.83% pa', '+7.79% pa', '132.7532', 'false'),
    -- baseline 2020, 100: G = 86.5, d = -1; 95 in 2022: CAGR_obs =
    -- 0.95^(1/2) - 1 = -0.0253206, CAGR_req = 0.865^(1/5) - 1 = -0.0285885,
    -- R = 0.8857: behind; progress 5/13.5 = 0.3704; ^v_T = 95 x 0.9746794^3
    -- = 87.9648; required (86.5/95)^(1/3) - 1 = -0.0307611
    (26, '<= -13.5% cum by 2025 from 2020', '{2020,2021,2022}', '{100,97,95}', 'statcan',
         'behind', '2020 100', '2022 95', '0.8857', '0.3704', '-2.53% pa', '-3.08% pa', '87.9648', 'false'),
    -- the baseline period 2023 is after the data: no baseline value, no G
    (27, '>= 7% pa by 2025 from 2023', '{2021,2022}', '{100,112}', 'statcan',
         'insufficient_data', NULL, '2022 112', NULL, NULL, NULL, NULL, NULL, '*');

SELECT n, status, base_period, base_value, latest_period, latest_value, ratio, progress, ok
FROM gt_result WHERE n BETWEEN 25 AND 27 ORDER BY n;

--    The other fields of every case.
SELECT n, observed, required, projected, met, ok
FROM gt_result ORDER BY n;

--    Some reasons, as the implementation words them.
SELECT n, status, reason FROM gt_result WHERE n IN (1, 8, 10, 17, 20) ORDER BY n;

-- 5. metric_delta values: the number of each change is scored; its kind
--    must be the target's.
SELECT (a).status, (a).latest_period, (a).latest_value, (a).met, (a).ratio, (a).projected
FROM (SELECT goal_track('< 0% yoy in 2021', p::period, d::metric_delta) AS a
      FROM (VALUES ('2020', '+2% yoy'), ('2021-01/2021-06', '+1% yoy'), ('2021', '-3% yoy')) v(p, d)) x;
SELECT (a).status, (a).latest_period, (a).latest_value, (a).met
FROM (SELECT goal_track('< 0% yoy in 2021', p::period, d::metric_delta, 'unsd') AS a
      FROM (VALUES ('2020', '+2% yoy'), ('2021-01/2021-06', '-1.5% yoy')) v(p, d)) x;
--    ~ +3000 is 3000 +/- 500: +3400 is within
SELECT (a).status, (a).latest_period, (a).latest_value, (a).met
FROM (SELECT goal_track('~ +3000 in 2022', p::period, d::metric_delta) AS a
      FROM (VALUES ('2021', '+2500'), ('2022', '+3400')) v(p, d)) x;

-- 6. Errors.
CREATE FUNCTION gt_try(query text, OUT state text, OUT message text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
END
$$;

--    names: the period the message must name, if any
SELECT n, r.state, CASE WHEN names IS NULL THEN r.message <> ''
                        ELSE position(names IN r.message) > 0 END AS message_ok
FROM (VALUES
    -- two goals in one group
    (1, $q$SELECT goal_track(g::policy_goal, p::period, v) FROM (VALUES ('>= 10 by 2025', '2020', 8.0), ('>= 11 by 2025', '2021', 9)) t(g, p, v)$q$, NULL),
    -- two methods in one group
    (2, $q$SELECT goal_track('>= 10 by 2025', p::period, v, m) FROM (VALUES ('2020', 8.0, 'statcan'), ('2021', 9, 'unsd')) t(p, v, m)$q$, NULL),
    -- an unknown method
    (3, $q$SELECT goal_track('>= 10 by 2025', p::period, v, 'open_sdg') FROM (VALUES ('2020', 8.0), ('2021', 9)) t(p, v)$q$, NULL),
    -- the latest period twice with different values
    (4, $q$SELECT goal_track('>= 10 by 2025 from 2020', p::period, v) FROM (VALUES ('2020', 7.8), ('2022', 8.5), ('2022', 8.6)) t(p, v)$q$, '2022'),
    -- the baseline period twice with different values
    (5, $q$SELECT goal_track('>= 10 by 2025 from 2020', p::period, v) FROM (VALUES ('2020', 7.8), ('2020', 7.9), ('2022', 8.5)) t(p, v)$q$, '2020'),
    -- the deadline period of an 'in' goal twice
    (6, $q$SELECT goal_track('between 5 and 6 in 2024', p::period, v) FROM (VALUES ('2024', 5.5), ('2024', 5.6)) t(p, v)$q$, '2024'),
    -- a change of another kind (pp for a % target)
    (7, $q$SELECT goal_track('< 0% yoy in 2021', p::period, d::metric_delta) FROM (VALUES ('2020', '+2pp yoy'), ('2021', '-3pp yoy')) t(p, d)$q$, NULL),
    -- a level goal over changes
    (8, $q$SELECT goal_track('>= 10 by 2025', p::period, d::metric_delta) FROM (VALUES ('2020', '+2%'), ('2021', '+3%')) t(p, d)$q$, NULL)
) AS t(n, query, names),
     LATERAL gt_try(query) r
ORDER BY n;

--    As psql shows one.
SELECT goal_track('>= 10 by 2025 from 2020', p::period, v)
FROM (VALUES ('2020', 7.8), ('2022', 8.5), ('2022', 8.6)) t(p, v);

-- 7. The order of the rows does not matter.  One series mixing frequencies,
--    with a NULL period, a NULL value, a tie on the last day and a row after
--    the deadline: baseline the 2020 observation, 7.8; latest 2022 (ends
--    with 2022-Q4 and starts first), 8.6; 2026 ignored.  CAGR_obs =
--    (8.6/7.8)^(1/2) - 1 = 0.0500305 (+5% pa at 0.01 point), R =
--    0.0500305/0.0509476 = 0.9820: on_track; progress 0.8/2.2 = 0.3636.
CREATE TABLE gt_obs (p period, v float8);
INSERT INTO gt_obs VALUES
    ('2019', 7.0), ('2020-Q3', 7.6), ('2020', 7.8), ('2021-Q1', 8.0), ('2021', 8.1),
    ('2022-06', 8.3), ('2022-Q4', 9.5), ('2022', 8.6), (NULL, 5), ('2023', NULL),
    ('2026', 12);

SELECT (a).status, (a).base_period, (a).base_value, (a).latest_period, (a).latest_value,
       round((a).ratio::numeric, 4) AS ratio, round((a).progress::numeric, 4) AS progress
FROM (SELECT goal_track('>= 10 by 2025 from 2020', p, v) AS a
      FROM (SELECT * FROM gt_obs ORDER BY p, v) s) x;

--    Sorted, reversed and twenty shuffles give one answer.
SELECT count(*) AS orders, count(DISTINCT a::text) AS answers
FROM (SELECT (SELECT goal_track('>= 10 by 2025 from 2020', p, v)
              FROM (SELECT * FROM gt_obs ORDER BY p, v) s) AS a
      UNION ALL
      SELECT (SELECT goal_track('>= 10 by 2025 from 2020', p, v)
              FROM (SELECT * FROM gt_obs ORDER BY p DESC, v DESC) s)
      UNION ALL
      SELECT (SELECT goal_track('>= 10 by 2025 from 2020', p, v)
              FROM (SELECT * FROM gt_obs WHERE i > 0 ORDER BY random()) s)
      FROM generate_series(1, 20) i) x;

-- 8. GROUP BY: several series, several statuses.  Goal '>= 10 by 2025 from
--    2020', baseline 8 in every series (b = 2021.0), CAGR_req =
--    (10/8)^(1/5) - 1 = 0.0456396; latest in 2022 (t = 2023.0) unless said.
--    a  10.2 meets the target: achieved
--    b  9:   CAGR_obs = (9/8)^(1/2) - 1 = 0.0606602, R = 1.3291: on_track;
--            unsd ^v_T = 9 x 1.0606602^3 = 10.7392, P = 2.7392/2 = 1.3696
--    c  8.6: CAGR_obs = 0.0368221, R = 0.8068: behind; ^v_T = 9.5854,
--            P = 0.7927: behind
--    d  8.2: CAGR_obs = 0.0124228, R = 0.2722: off_track; ^v_T = 8.5094,
--            P = 0.2547: behind under unsd
--    e  7.5: CAGR_obs = -0.0317541, R = -0.6958: regressing; ^v_T = 6.8080,
--            P = -0.5960
--    f  9.9 in 2025 (t = T): missed
--    g  2019 and 2020 only: the baseline is the latest, insufficient_data
CREATE TABLE gt_series (s text, p period, v numeric);
INSERT INTO gt_series VALUES
    ('a', '2020', 8), ('a', '2021', 9), ('a', '2022', 10.2),
    ('b', '2020', 8), ('b', '2022', 9),
    ('c', '2020', 8), ('c', '2022', 8.6),
    ('d', '2020', 8), ('d', '2022', 8.2),
    ('e', '2020', 8), ('e', '2022', 7.5),
    ('f', '2020', 8), ('f', '2025', 9.9),
    ('g', '2019', 7), ('g', '2020', 8);

SELECT s, (a).status, round((a).ratio::numeric, 4) AS ratio,
       (u).status AS unsd, round((u).ratio::numeric, 4) AS unsd_ratio
FROM (SELECT s, goal_track('>= 10 by 2025 from 2020', p, v) AS a,
             goal_track('>= 10 by 2025 from 2020', p, v, 'unsd') AS u
      FROM gt_series GROUP BY s) x
ORDER BY s;

--    numeric values are read as double precision: the same answers.
SELECT count(*) AS series,
       count(*) FILTER (WHERE n::text = f::text) AS same
FROM (SELECT s, goal_track('>= 10 by 2025 from 2020', p, v) AS n,
             goal_track('>= 10 by 2025 from 2020', p, v::float8) AS f
      FROM gt_series GROUP BY s) x;

-- 9. Parallel aggregation: 20,000 series of ten years, 2011-2020, stored
--    year by year so that every worker sees part of every series.  Series s
--    grows at r = 6%, 4%, 1%, -1%, 9% a year for s % 5 = 0 .. 4, from 100 in
--    2011 (2020: 100 x (1 + r)^9 = 168.95, 142.33, 109.37, 91.35, 217.19).
--    Goal '>= 200 by 2025 from 2011': b = 2012.0, t = 2021.0, T = 2026.0,
--    CAGR_req = 2^(1/14) - 1 = 0.0507566, so R = r/0.0507566: 6% 1.18
--    on_track, 4% 0.79 behind, 1% 0.20 off_track, -1% regressing, and 9%
--    (217.19 >= 200) achieved: 4,000 of each.
CREATE TABLE gt_big (s int, p period, v float8);
INSERT INTO gt_big
SELECT s, '2011'::period + (y - 2011),
       (100 * power(1 + (ARRAY[0.06, 0.04, 0.01, -0.01, 0.09])[s % 5 + 1], y - 2011))::float8
FROM generate_series(2011, 2020) y, generate_series(1, 20000) s
ORDER BY y, s;
-- (a fixed estimate of the groups, so that the plan does not depend on
-- ANALYZE's random sample)
ALTER TABLE gt_big ALTER COLUMN s SET (n_distinct = 20000);
VACUUM ANALYZE gt_big;

--    Every series under five goals.  '... from 2010': no 2010 data, the
--    first observation ending no earlier than the end of 2010 is 2011: the
--    same verdicts.  '>= 200 by 2025': the first observation, 2011: the
--    same.  prorata: tau = 9/14 = 0.6429, C = (v_2020 - 100)/100 = 0.6895
--    on_track, 0.4233 and 0.0937 behind, -0.0865 regressing, achieved.
--    'between 140 and 170 in 2020': 168.95 and 142.33 achieved, the other
--    three missed.
CREATE VIEW gt_per_series AS
SELECT s, goal_track('>= 200 by 2025 from 2011', p, v)::text AS from_2011,
       goal_track('>= 200 by 2025 from 2010', p, v)::text AS from_2010,
       goal_track('>= 200 by 2025', p, v)::text AS no_baseline,
       goal_track('>= 200 by 2025 from 2011', p, v, 'prorata')::text AS prorata,
       goal_track('between 140 and 170 in 2020', p, v)::text AS in_2020
FROM gt_big GROUP BY s;

--    Serial first.
SET max_parallel_workers_per_gather = 0;
CREATE TABLE gt_serial AS TABLE gt_per_series;
CREATE TABLE gt_serial_status AS
SELECT status, count(*)
FROM (SELECT s, (goal_track('>= 200 by 2025 from 2011', p, v)).status
      FROM gt_big GROUP BY s) x
GROUP BY status;
TABLE gt_serial_status ORDER BY status;

--    Then in parallel, the workers alone doing the scan.
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT status, count(*)
FROM (SELECT s, (goal_track('>= 200 by 2025 from 2011', p, v)).status
      FROM gt_big GROUP BY s) x
GROUP BY status;
SELECT status, count(*)
FROM (SELECT s, (goal_track('>= 200 by 2025 from 2011', p, v)).status
      FROM gt_big GROUP BY s) x
GROUP BY status ORDER BY status;

--    The same as serially, both ways.
(SELECT status, count(*)
 FROM (SELECT s, (goal_track('>= 200 by 2025 from 2011', p, v)).status
       FROM gt_big GROUP BY s) x
 GROUP BY status)
EXCEPT TABLE gt_serial_status;
TABLE gt_serial_status
EXCEPT
(SELECT status, count(*)
 FROM (SELECT s, (goal_track('>= 200 by 2025 from 2011', p, v)).status
       FROM gt_big GROUP BY s) x
 GROUP BY status);

--    Per series and goal: the plan is parallel, the verdicts are the hand
--    counts, and every assessment is the serial one, both ways.
CREATE FUNCTION gt_plan_has(query text, node text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        IF line LIKE '%' || node || '%' THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;
SELECT gt_plan_has(q, 'Partial') AS partial, gt_plan_has(q, 'Finalize') AS finalize,
       gt_plan_has(q, 'Gather') AS gather
FROM (VALUES ('CREATE TABLE gt_parallel AS TABLE gt_per_series')) t(q);
CREATE TABLE gt_parallel AS TABLE gt_per_series;
SELECT goal, (a::goal_assessment).status, count(*)
FROM gt_parallel,
     LATERAL (VALUES (1, 'from 2011', from_2011), (2, 'from 2010', from_2010),
                     (3, 'no baseline', no_baseline), (4, 'prorata', prorata),
                     (5, 'in 2020', in_2020)) g(i, goal, a)
GROUP BY i, goal, 2 ORDER BY i, 2;
SELECT count(*) AS differ FROM (TABLE gt_parallel EXCEPT TABLE gt_serial) x;
SELECT count(*) AS differ FROM (TABLE gt_serial EXCEPT TABLE gt_parallel) x;

--    Series 1 (4%) given its latest figure, 2020, twice, the copy at the end
--    of the table: equal values are fine, in whichever workers they land ...
INSERT INTO gt_big SELECT * FROM gt_big WHERE s = 1 AND p = '2020';
SELECT gt_plan_has(q, 'Partial') AS partial, gt_plan_has(q, 'Gather') AS gather
FROM (VALUES ($q$SELECT s, goal_track('>= 200 by 2025 from 2011', p, v)::text FROM gt_big GROUP BY s
                 EXCEPT SELECT s, from_2011 FROM gt_serial$q$)) t(q);
SELECT count(*) AS differ
FROM (SELECT s, goal_track('>= 200 by 2025 from 2011', p, v)::text FROM gt_big GROUP BY s
      EXCEPT SELECT s, from_2011 FROM gt_serial) x;
--    ... different ones are 22023, naming 2020.
INSERT INTO gt_big VALUES (1, '2020', 142);
SELECT r.state, position('2020' IN r.message) > 0 AS names_2020
FROM gt_try($q$SELECT s, goal_track('>= 200 by 2025 from 2011', p, v)::text FROM gt_big GROUP BY s
               EXCEPT SELECT s, from_2011 FROM gt_serial$q$) r;

RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;

DROP VIEW gt_result, gt_per_series;
DROP FUNCTION gt_ok(gt_case, goal_assessment);
DROP FUNCTION gt_same(text, text);
DROP FUNCTION gt_try(text);
DROP FUNCTION gt_plan_has(text, text);
DROP TABLE gt_case, gt_obs, gt_series, gt_big, gt_serial, gt_serial_status, gt_parallel;
