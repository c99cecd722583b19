--
-- goal_assess: scoring one observation against a policy_goal with
-- goal_assess() and goal_status() (doc/policy_goal.md "Scoring", "Rules",
-- "Methods").
--
-- Each case is a row of ga_case holding the arguments and the fields worked
-- out by hand from the specification (the arithmetic in the comments); the
-- queries show what goal_assess() returns and an "ok" column that says
-- whether every field is the hand-worked one.  Floats are shown rounded to
-- four decimals (round(x::numeric, 4)); the paces are the metric_delta
-- '% pa' values goal_assess() rounds to 0.01 of a point.
--
-- Notation (the specification's): v_b, v_t the baseline and latest values;
-- b, t, T the ends of the baseline period, the latest period and the
-- deadline, in years (the end of 2020 is 2021.0, of 2023-06 2023.5); G the
-- target as a level; d = +1 for > and >=, -1 for < and <=, the sign of
-- G - v_b for =, ~ and between; s = -1 for a negative baseline, else +1.
--   CAGR_obs = (v_t/v_b)^(1/(t-b)) - 1       CAGR_req = (G/v_b)^(1/(T-b)) - 1
--   statcan  R = s.d.CAGR_obs/|CAGR_req|
--   unsd     P = d.(^v_T - v_b)/|G - v_b|,  ^v_T = v_t.(1 + CAGR_obs)^(T-t)
--   prorata  C = d.(v_t - v_b)/|G - v_b| against tau = (t-b)/(T-b)
--   progress = d.(v_t - v_b)/|G - v_b|       required = (G/v_t)^(1/(T-t)) - 1
--   projected = ^v_T                         observed = CAGR_obs
-- How the fields are read where the specification leaves room:
--   ratio is NULL unless the method decided (rule 6: "NULL when the method
--   did not decide"); progress is given whenever there is a baseline and
--   G <> v_b, whatever the status ("always"); observed_pace and projected
--   whenever CAGR_obs is defined (a baseline, t > b, v_b and v_t nonzero and
--   of one sign); required_pace unless achieved or missed, when t < T and
--   G/v_t > 0, with or without a baseline; met is v_t against G (for a pa or
--   cum goal, G computed from the baseline used); base_period/base_value the
--   arguments, else the goal's "from X in P"; latest_period/latest_value the
--   arguments.  A want of '*' is not checked (the specification is silent).
--
\pset null NULL

-- 0. The result types.
SELECT attnum, attname, format_type(atttypid, atttypmod) AS type
FROM pg_attribute
WHERE attrelid = 'goal_assessment'::regclass AND attnum > 0 AND NOT attisdropped
ORDER BY attnum;
SELECT enum_range(NULL::goal_state);

CREATE TABLE ga_case (
    n int PRIMARY KEY,
    g text, bp text, bv float8, cp text, cv float8, m text,   -- the arguments
    want_status text, want_ratio text, want_progress text,
    want_observed text, want_required text, want_projected text, want_met text);

-- want is NULL (the field must be NULL), '*' (not checked) or the text of
-- the value.
CREATE FUNCTION ga_same(got text, want text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT want IS NOT DISTINCT FROM '*' OR got IS NOT DISTINCT FROM want
$$;

-- Every field of one result against the case.
CREATE FUNCTION ga_ok(c ga_case, a goal_assessment) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT ga_same(($2).status::text, ($1).want_status)
       AND coalesce(($2).reason <> '', false)
       AND ga_same(round(($2).ratio::numeric, 4)::text, ($1).want_ratio)
       AND ga_same(round(($2).progress::numeric, 4)::text, ($1).want_progress)
       AND ga_same(($2).observed_pace::text, ($1).want_observed)
       AND ga_same(($2).required_pace::text, ($1).want_required)
       AND ga_same(round(($2).projected::numeric, 4)::text, ($1).want_projected)
       AND ga_same(($2).met::text, ($1).want_met)
       -- the baseline used: the arguments, else the goal's "from X in P"
       AND ga_same(($2).base_period::text || ' ' || ($2).base_value::text,
                   CASE WHEN ($1).bp IS NOT NULL THEN ($1).bp || ' ' || ($1).bv::text
                        WHEN ($1).g ~ ' from \S+ in \S+$'
                        THEN regexp_replace(($1).g, '^.* from (\S+) in (\S+)$', '\2 \1')
                        WHEN ($1).g ~ ' from \S+$' THEN '*' END)
       -- the observation scored: the arguments
       AND (($1).cp IS NULL OR ($1).cv IS NULL
            OR (($2).latest_period = ($1).cp::period AND ($2).latest_value = ($1).cv))
$$;

CREATE VIEW ga_result AS
SELECT c.n, a.status, round(a.ratio::numeric, 4) AS ratio,
       round(a.progress::numeric, 4) AS progress,
       a.observed_pace AS observed, a.required_pace AS required,
       round(a.projected::numeric, 4) AS projected, a.met, ga_ok(c, a) AS ok,
       a.reason, a.base_period, a.base_value, a.latest_period, a.latest_value
FROM ga_case c,
     LATERAL goal_assess(c.g::policy_goal, c.bp::period, c.bv, c.cp::period, c.cv, c.m) a;

-- 1. Level goals without a baseline: only achieved, missed or
--    insufficient_data.  '>= 80000 by 2023': G = 80000, T = 2024.0.
INSERT INTO ga_case VALUES
    --  n  goal                 bp    bv     cp      cv     method
    --     status               ratio progress observed required projected met
    -- met from one observation: rule 1, whatever else is known
    (1, '>= 80000 by 2023', NULL, NULL, '2021', 85000, 'statcan',
        'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- t = 2024.0 >= T, 79000 < 80000: rule 2
    (2, '>= 80000 by 2023', NULL, NULL, '2023', 79000, 'statcan',
        'missed', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- t = 2023.0 < T, no baseline: rule 3; required (80000/79000)^(1/1) - 1
    -- = 0.0126582 -> +1.27% pa
    (3, '>= 80000 by 2023', NULL, NULL, '2022', 79000, 'statcan',
        'insufficient_data', NULL, NULL, NULL, '+1.27% pa', NULL, 'false'),
    -- exactly the target: > is not met (rule 3, required (80000/80000) - 1
    -- = +0% pa) ...
    (4, '> 80000 by 2023', NULL, NULL, '2022', 80000, 'statcan',
        'insufficient_data', NULL, NULL, NULL, '+0% pa', NULL, 'false'),
    -- ... >= is
    (5, '>= 80000 by 2023', NULL, NULL, '2022', 80000, 'statcan',
        'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- the same with a baseline 64000 in 2020 (b = 2021.0, t = 2023.0):
    -- progress (80000 - 64000)/16000 = 1 yet > is not met, so the method
    -- runs: CAGR_obs = 1.25^(1/2) - 1 = 0.1180340, CAGR_req = 1.25^(1/3) - 1
    -- = 0.0772173, R = 1.5286 >= 0.95; ^v_T = 80000 x 1.1180340^1 =
    -- 89442.7191; required (80000/80000)^(1/1) - 1 = 0
    (6, '> 80000 by 2023', '2020', 64000, '2022', 80000, 'statcan',
        'on_track', '1.5286', '1.0000', '+11.8% pa', '+0% pa', '89442.7191', 'false'),
    -- >= is met: rule 1; no ratio (the method did not decide), no required pace
    (7, '>= 80000 by 2023', '2020', 64000, '2022', 80000, 'statcan',
        'achieved', NULL, '1.0000', '+11.8% pa', NULL, '89442.7191', 'true'),
    -- only one period: the baseline is the latest observation, t = b = 2023.0:
    -- rule 3; progress (8 - 8)/2 = 0; no CAGR_obs (t - b = 0); required
    -- (10/8)^(1/3) - 1 = 0.0772173
    (8, '>= 10 by 2025', '2022', 8, '2022', 8, 'statcan',
        'insufficient_data', NULL, '0.0000', NULL, '+7.72% pa', NULL, 'false'),
    -- latest before the baseline (t = 2022.0 < b = 2023.0): rule 3;
    -- progress (7 - 8)/2 = -0.5; required (10/7)^(1/4) - 1 = 0.0932651
    (9, '>= 10 by 2025', '2022', 8, '2021', 7, 'statcan',
        'insufficient_data', NULL, '-0.5000', NULL, '+9.33% pa', NULL, 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 1 AND 9 ORDER BY n;

-- 2. NULL baseline arguments: the goal's own baseline (7.8 in 2020) is used,
--    and gives what the same baseline passed as arguments gives.
--    b = 2021.0, t = 2023.0, T = 2026.0: CAGR_obs = (8.5/7.8)^(1/2) - 1 =
--    0.0439078; CAGR_req = (10/7.8)^(1/5) - 1 = 0.0509476; R = 0.8618, in
--    [0.60, 0.95): behind; progress 0.7/2.2 = 0.3182; ^v_T = 8.5 x
--    1.0439078^3 = 9.6695; required (10/8.5)^(1/3) - 1 = 0.0556672.
INSERT INTO ga_case VALUES
    (10, '>= 10 by 2025 from 7.8 in 2020', NULL, NULL, '2022', 8.5, 'statcan',
         'behind', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false'),
    (11, '>= 10 by 2025 from 7.8 in 2020', '2020', 7.8, '2022', 8.5, 'statcan',
         'behind', '0.8618', '0.3182', '+4.39% pa', '+5.57% pa', '9.6695', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 10 AND 11 ORDER BY n;
SELECT n, base_period, base_value, latest_period, latest_value
FROM ga_result WHERE n IN (1, 6, 10, 11) ORDER BY n;

-- 3. Decreasing targets (d = -1) and negative baselines (s = -1).
--    All from 2020 (b = 2021.0) by 2025 (T = 2026.0).
INSERT INTO ga_case VALUES
    -- '<= 50 from 80', 70 in 2022 (t = 2023.0): CAGR_obs = (70/80)^(1/2) - 1
    -- = -0.0645857; CAGR_req = (50/80)^(1/5) - 1 = -0.0897179;
    -- R = (+1)(-1)(-0.0645857)/0.0897179 = 0.7199: behind;
    -- progress -1 x (70 - 80)/30 = 0.3333; ^v_T = 70 x 0.9354143^3 = 57.2941;
    -- required (50/70)^(1/3) - 1 = -0.1060965
    (12, '<= 50 by 2025 from 80 in 2020', NULL, NULL, '2022', 70, 'statcan',
         'behind', '0.7199', '0.3333', '-6.46% pa', '-10.61% pa', '57.2941', 'false'),
    -- exactly the target, 50 in 2021 (t = 2022.0): < is not met:
    -- CAGR_obs = 50/80 - 1 = -0.375; R = 0.375/0.0897179 = 4.1798: on_track;
    -- progress 30/30 = 1; ^v_T = 50 x 0.625^4 = 7.6294; required (50/50) - 1 = 0
    (13, '< 50 by 2025 from 80 in 2020', NULL, NULL, '2021', 50, 'statcan',
         'on_track', '4.1798', '1.0000', '-37.5% pa', '+0% pa', '7.6294', 'false'),
    -- ... <= is met
    (14, '<= 50 by 2025 from 80 in 2020', NULL, NULL, '2021', 50, 'statcan',
         'achieved', NULL, '1.0000', '-37.5% pa', NULL, '7.6294', 'true'),
    -- '>= level -1 from -4', -2 in 2022: CAGR_obs = (-2/-4)^(1/2) - 1 =
    -- -0.2928932; CAGR_req = (-1/-4)^(1/5) - 1 = -0.2421417;
    -- R = (-1)(+1)(-0.2928932)/0.2421417 = 1.2096: on_track.
    -- ^v_T = -2 x 0.7071068^3 = -0.7071; unsd P = (-0.7071 + 4)/3 = 1.0976:
    -- on_track; prorata C = (-2 + 4)/3 = 0.6667 >= tau = 2/5: on_track.
    -- required (-1/-2)^(1/3) - 1 = -0.2062995
    (15, '>= level -1 by 2025 from -4 in 2020', NULL, NULL, '2022', -2, 'statcan',
         'on_track', '1.2096', '0.6667', '-29.29% pa', '-20.63% pa', '-0.7071', 'false'),
    (16, '>= level -1 by 2025 from -4 in 2020', NULL, NULL, '2022', -2, 'unsd',
         'on_track', '1.0976', '0.6667', '-29.29% pa', '-20.63% pa', '-0.7071', 'false'),
    (17, '>= level -1 by 2025 from -4 in 2020', NULL, NULL, '2022', -2, 'prorata',
         'on_track', '0.6667', '0.6667', '-29.29% pa', '-20.63% pa', '-0.7071', 'false'),
    -- the same goal going the wrong way, -5 in 2022: CAGR_obs = (-5/-4)^(1/2)
    -- - 1 = +0.1180340 (the magnitude grows); R = (-1)(+1)(0.1180340)/0.2421417
    -- = -0.4875: regressing (without s it would read on_track);
    -- progress (-5 + 4)/3 = -0.3333; ^v_T = -5 x 1.1180340^3 = -6.9877;
    -- required (-1/-5)^(1/3) - 1 = -0.4151965
    (18, '>= level -1 by 2025 from -4 in 2020', NULL, NULL, '2022', -5, 'statcan',
         'regressing', '-0.4875', '-0.3333', '+11.8% pa', '-41.52% pa', '-6.9877', 'false'),
    -- '<= level -5 from -2', -3 in 2022: CAGR_obs = (1.5)^(1/2) - 1 =
    -- 0.2247449; CAGR_req = 2.5^(1/5) - 1 = 0.2011244; R = (-1)(-1)(0.2247449)
    -- /0.2011244 = 1.1174: on_track; progress -1 x (-3 + 2)/3 = 0.3333;
    -- ^v_T = -3 x 1.2247449^3 = -5.5114; required (5/3)^(1/3) - 1 = 0.1856311
    (19, '<= level -5 by 2025 from -2 in 2020', NULL, NULL, '2022', -3, 'statcan',
         'on_track', '1.1174', '0.3333', '+22.47% pa', '+18.56% pa', '-5.5114', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 12 AND 19 ORDER BY n;

-- 4. Zeros and sign changes, each under the three methods.  statcan refuses a
--    zero baseline, target or latest value and a sign change between the
--    baseline and the latest value or the target; unsd a zero baseline or
--    latest value and a sign change between them; prorata needs none of
--    this.  All from 2020 (b = 2021.0), latest 2022 (t = 2023.0), by 2025
--    (T = 2026.0): tau = 2/5 = 0.4.
INSERT INTO ga_case VALUES
    -- zero baseline, '>= 10 from 0', 5: no CAGR_obs (v_b = 0), so no
    -- projection; statcan and unsd insufficient_data; prorata C = 5/10 = 0.5
    -- >= 0.4: on_track.  progress 0.5; required (10/5)^(1/3) - 1 = 0.2599210
    (20, '>= 10 by 2025 from 0 in 2020', NULL, NULL, '2022', 5, 'statcan',
         'insufficient_data', NULL, '0.5000', NULL, '+25.99% pa', NULL, 'false'),
    (21, '>= 10 by 2025 from 0 in 2020', NULL, NULL, '2022', 5, 'unsd',
         'insufficient_data', NULL, '0.5000', NULL, '+25.99% pa', NULL, 'false'),
    (22, '>= 10 by 2025 from 0 in 2020', NULL, NULL, '2022', 5, 'prorata',
         'on_track', '0.5000', '0.5000', NULL, '+25.99% pa', NULL, 'false'),
    -- zero target, '<= 0 from 10', 5: statcan insufficient_data; unsd
    -- CAGR_obs = 0.5^(1/2) - 1 = -0.2928932, ^v_T = 5 x 0.7071068^3 = 1.7678,
    -- P = -1 x (1.7678 - 10)/10 = 0.8232: behind; prorata C = -1 x (5 - 10)/10
    -- = 0.5 >= 0.4: on_track.  required: G/v_t = 0, undefined
    (23, '<= 0 by 2025 from 10 in 2020', NULL, NULL, '2022', 5, 'statcan',
         'insufficient_data', NULL, '0.5000', '-29.29% pa', NULL, '1.7678', 'false'),
    (24, '<= 0 by 2025 from 10 in 2020', NULL, NULL, '2022', 5, 'unsd',
         'behind', '0.8232', '0.5000', '-29.29% pa', NULL, '1.7678', 'false'),
    (25, '<= 0 by 2025 from 10 in 2020', NULL, NULL, '2022', 5, 'prorata',
         'on_track', '0.5000', '0.5000', '-29.29% pa', NULL, '1.7678', 'false'),
    -- zero latest value, '>= 10 from 5', 0: statcan and unsd
    -- insufficient_data; prorata C = (0 - 5)/5 = -1: regressing.  No CAGR_obs
    -- and no required pace (G/0)
    (26, '>= 10 by 2025 from 5 in 2020', NULL, NULL, '2022', 0, 'statcan',
         'insufficient_data', NULL, '-1.0000', NULL, NULL, NULL, 'false'),
    (27, '>= 10 by 2025 from 5 in 2020', NULL, NULL, '2022', 0, 'unsd',
         'insufficient_data', NULL, '-1.0000', NULL, NULL, NULL, 'false'),
    (28, '>= 10 by 2025 from 5 in 2020', NULL, NULL, '2022', 0, 'prorata',
         'regressing', '-1.0000', '-1.0000', NULL, NULL, NULL, 'false'),
    -- sign change between baseline and latest, '<= level -10 from -2', +1:
    -- statcan and unsd insufficient_data; prorata C = -1 x (1 + 2)/8 =
    -- -0.375: regressing.  v_t/v_b < 0: no CAGR_obs; G/v_t < 0: no required
    (29, '<= level -10 by 2025 from -2 in 2020', NULL, NULL, '2022', 1, 'statcan',
         'insufficient_data', NULL, '-0.3750', NULL, NULL, NULL, 'false'),
    (30, '<= level -10 by 2025 from -2 in 2020', NULL, NULL, '2022', 1, 'unsd',
         'insufficient_data', NULL, '-0.3750', NULL, NULL, NULL, 'false'),
    (31, '<= level -10 by 2025 from -2 in 2020', NULL, NULL, '2022', 1, 'prorata',
         'regressing', '-0.3750', '-0.3750', NULL, NULL, NULL, 'false'),
    -- sign change between baseline and target only, '>= 5 from -5', -2:
    -- statcan insufficient_data; unsd CAGR_obs = 0.4^(1/2) - 1 = -0.3675445,
    -- ^v_T = -2 x 0.6324555^3 = -0.5060, P = (-0.5060 + 5)/10 = 0.4494:
    -- behind; prorata C = (-2 + 5)/10 = 0.3 < 0.4: behind.  G/v_t < 0: no
    -- required pace
    (32, '>= 5 by 2025 from -5 in 2020', NULL, NULL, '2022', -2, 'statcan',
         'insufficient_data', NULL, '0.3000', '-36.75% pa', NULL, '-0.5060', 'false'),
    (33, '>= 5 by 2025 from -5 in 2020', NULL, NULL, '2022', -2, 'unsd',
         'behind', '0.4494', '0.3000', '-36.75% pa', NULL, '-0.5060', 'false'),
    (34, '>= 5 by 2025 from -5 in 2020', NULL, NULL, '2022', -2, 'prorata',
         'behind', '0.3000', '0.3000', '-36.75% pa', NULL, '-0.5060', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 20 AND 34 ORDER BY n;
--    Each insufficient_data of the methods says why.
SELECT n, status, reason <> '' AS has_reason
FROM ga_result WHERE n BETWEEN 20 AND 34 AND status = 'insufficient_data' ORDER BY n;

-- 5. Rule 4 (target equal to the baseline) and rule 5 (two-sided goals
--    overshooting).  From 2020, latest 2022, by 2025 as in section 4.
INSERT INTO ga_case VALUES
    -- G = v_b = 10, 9 is unmet: regressing (rule 4, no ratio); progress
    -- undefined (|G - v_b| = 0).  CAGR_obs = 0.9^(1/2) - 1 = -0.0513167;
    -- ^v_T = 9 x 0.9486833^3 = 7.6843; required (10/9)^(1/3) - 1 = 0.0357442
    (35, '>= 10 by 2025 from 10 in 2020', NULL, NULL, '2022', 9, 'statcan',
         'regressing', NULL, NULL, '-5.13% pa', '+3.57% pa', '7.6843', 'false'),
    -- 10.5 meets it: rule 1 first.  CAGR_obs = 1.05^(1/2) - 1 = 0.0246951;
    -- ^v_T = 10.5 x 1.0246951^3 = 11.2973
    (36, '>= 10 by 2025 from 10 in 2020', NULL, NULL, '2022', 10.5, 'statcan',
         'achieved', NULL, NULL, '+2.47% pa', NULL, '11.2973', 'true'),
    -- between 5 and 6 from 8: G = 6 (the end nearer the baseline), d = -1.
    -- 4.5 is below the range, on the far side: off_track (rule 5, no ratio);
    -- progress -1 x (4.5 - 8)/2 = 1.75; CAGR_obs = (4.5/8)^(1/2) - 1 = -0.25;
    -- ^v_T = 4.5 x 0.75^3 = 1.8984; required (6/4.5)^(1/3) - 1 = 0.1006424
    (37, 'between 5 and 6 by 2025 from 8 in 2020', NULL, NULL, '2022', 4.5, 'statcan',
         'off_track', NULL, '1.7500', '-25% pa', '+10.06% pa', '1.8984', 'false'),
    -- 7, on the way: CAGR_obs = (7/8)^(1/2) - 1 = -0.0645857; CAGR_req =
    -- (6/8)^(1/5) - 1 = -0.0559125; R = (-1)(-0.0645857)/0.0559125 = 1.1551:
    -- on_track; progress 1/2; ^v_T = 7 x 0.9354143^3 = 5.7294; required
    -- (6/7)^(1/3) - 1 = -0.0500857
    (38, 'between 5 and 6 by 2025 from 8 in 2020', NULL, NULL, '2022', 7, 'statcan',
         'on_track', '1.1551', '0.5000', '-6.46% pa', '-5.01% pa', '5.7294', 'false'),
    -- 5.5, inside: achieved; progress 2.5/2 = 1.25; CAGR_obs = (5.5/8)^(1/2)
    -- - 1 = -0.1708438; ^v_T = 5.5 x 0.8291562^3 = 3.1352
    (39, 'between 5 and 6 by 2025 from 8 in 2020', NULL, NULL, '2022', 5.5, 'statcan',
         'achieved', NULL, '1.2500', '-17.08% pa', NULL, '3.1352', 'true'),
    -- ~ 5.5 is 5.5 +/- 0.05 (half a unit of the last digit), d = +1.
    -- 5.7 > 5.55: overshot, off_track; progress 2.7/2.5 = 1.08; CAGR_obs =
    -- (5.7/3)^(1/2) - 1 = 0.3784049; ^v_T = 5.7 x 1.3784049^3 = 14.9281;
    -- required (5.5/5.7)^(1/3) - 1 = -0.0118354
    (40, '~ 5.5 by 2025 from 3 in 2020', NULL, NULL, '2022', 5.7, 'statcan',
         'off_track', NULL, '1.0800', '+37.84% pa', '-1.18% pa', '14.9281', 'false'),
    -- 5.54 within 0.05: achieved; progress 2.54/2.5 = 1.016; CAGR_obs =
    -- (5.54/3)^(1/2) - 1 = 0.3589211; ^v_T = 5.54 x 1.3589211^3 = 13.9025
    (41, '~ 5.5 by 2025 from 3 in 2020', NULL, NULL, '2022', 5.54, 'statcan',
         'achieved', NULL, '1.0160', '+35.89% pa', NULL, '13.9025', 'true'),
    -- 5.4, short of 5.45: the method: CAGR_obs = 1.8^(1/2) - 1 = 0.3416408;
    -- CAGR_req = (5.5/3)^(1/5) - 1 = 0.1288813; R = 2.6508: on_track;
    -- progress 2.4/2.5 = 0.96; ^v_T = 5.4 x 1.3416408^3 = 13.0407; required
    -- (5.5/5.4)^(1/3) - 1 = 0.0061351
    (42, '~ 5.5 by 2025 from 3 in 2020', NULL, NULL, '2022', 5.4, 'statcan',
         'on_track', '2.6508', '0.9600', '+34.16% pa', '+0.61% pa', '13.0407', 'false'),
    -- = 100 from 80, 101: overshot, off_track whatever the method (unsd);
    -- progress 21/20 = 1.05; CAGR_obs = (101/80)^(1/2) - 1 = 0.1236103;
    -- ^v_T = 101 x 1.1236103^3 = 143.2744; required (100/101)^(1/3) - 1
    -- = -0.0033113
    (43, '= 100 by 2025 from 80 in 2020', NULL, NULL, '2022', 101, 'unsd',
         'off_track', NULL, '1.0500', '+12.36% pa', '-0.33% pa', '143.2744', 'false'),
    -- ~ 3000 from 5000: 3000 +/- 500 (trailing zeros of a whole number are
    -- not significant), d = -1; 2400 < 2500: off_track (prorata);
    -- progress -1 x (2400 - 5000)/2000 = 1.3; CAGR_obs = 0.48^(1/2) - 1 =
    -- -0.3071797; ^v_T = 2400 x 0.6928203^3 = 798.1290; required
    -- (3000/2400)^(1/3) - 1 = 0.0772173
    (44, '~ 3000 by 2025 from 5000 in 2020', NULL, NULL, '2022', 2400, 'prorata',
         'off_track', NULL, '1.3000', '-30.72% pa', '+7.72% pa', '798.1290', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 35 AND 44 ORDER BY n;

-- 6. Changes over the baseline: pa and cum goals become levels.
--    '>= 7% pa by 2025 from 100 in 2020': G = 100 x 1.07^5 = 140.2551731,
--    CAGR_req = 0.07.  112 in 2022: CAGR_obs = 1.12^(1/2) - 1 = 0.0583005;
--    statcan R = 0.0583005/0.07 = 0.8329: behind; ^v_T = 112 x 1.0583005^3
--    = 132.7532, unsd P = 32.7532/40.2551731 = 0.8136: behind; prorata (pa):
--    C = ln 1.12/ln 1.4025517 = 0.1133287/0.3382932 = 0.3350 < 0.4: behind
--    (the linear share would be progress = 12/40.2551731 = 0.2981);
--    required (140.2551731/112)^(1/3) - 1 = 0.0778714.
INSERT INTO ga_case VALUES
    (45, '>= 7% pa by 2025 from 100 in 2020', NULL, NULL, '2022', 112, 'statcan',
         'behind', '0.8329', '0.2981', '+5.83% pa', '+7.79% pa', '132.7532', 'false'),
    (46, '>= 7% pa by 2025 from 100 in 2020', NULL, NULL, '2022', 112, 'unsd',
         'behind', '0.8136', '0.2981', '+5.83% pa', '+7.79% pa', '132.7532', 'false'),
    (47, '>= 7% pa by 2025 from 100 in 2020', NULL, NULL, '2022', 112, 'prorata',
         'behind', '0.3350', '0.2981', '+5.83% pa', '+7.79% pa', '132.7532', 'false'),
    -- no baseline value anywhere: no G, insufficient_data (before rule 1)
    (48, '>= 7% pa by 2025 from 2020', NULL, NULL, '2022', 112, 'statcan',
         'insufficient_data', NULL, NULL, NULL, NULL, NULL, '*'),
    -- the baseline value as an argument: as case 45
    (49, '>= 7% pa by 2025 from 2020', '2020', 100, '2022', 112, 'statcan',
         'behind', '0.8329', '0.2981', '+5.83% pa', '+7.79% pa', '132.7532', 'false'),
    -- 141 in 2024 >= 140.2551731: achieved; progress 41/40.2551731 = 1.0185;
    -- CAGR_obs = 1.41^(1/4) - 1 = 0.0896945; ^v_T = 141 x 1.0896945 = 153.6469
    (50, '>= 7% pa by 2025 from 2020', '2020', 100, '2024', 141, 'statcan',
         'achieved', NULL, '1.0185', '+8.97% pa', NULL, '153.6469', 'true'),
    -- '<= -13.5% cum by 2025 from 2020', baseline 100 as argument: G = 86.5,
    -- d = -1.  95 in 2022: CAGR_obs = 0.95^(1/2) - 1 = -0.0253206; CAGR_req
    -- = 0.865^(1/5) - 1 = -0.0285885; R = 0.8857: behind; ^v_T = 95 x
    -- 0.9746794^3 = 87.9648, P = -1 x (87.9648 - 100)/13.5 = 0.8915: behind;
    -- prorata (cum is linear) C = 5/13.5 = 0.3704 < 0.4: behind; required
    -- (86.5/95)^(1/3) - 1 = -0.0307611
    (51, '<= -13.5% cum by 2025 from 2020', '2020', 100, '2022', 95, 'statcan',
         'behind', '0.8857', '0.3704', '-2.53% pa', '-3.08% pa', '87.9648', 'false'),
    (52, '<= -13.5% cum by 2025 from 2020', '2020', 100, '2022', 95, 'unsd',
         'behind', '0.8915', '0.3704', '-2.53% pa', '-3.08% pa', '87.9648', 'false'),
    (53, '<= -13.5% cum by 2025 from 2020', '2020', 100, '2022', 95, 'prorata',
         'behind', '0.3704', '0.3704', '-2.53% pa', '-3.08% pa', '87.9648', 'false'),
    -- 87 in 2025 (t = T), above 86.5: missed; progress 13/13.5 = 0.9630;
    -- CAGR_obs = 0.87^(1/5) - 1 = -0.0274681; ^v_T = 87 (T - t = 0)
    (54, '<= -13.5% cum by 2025 from 2020', '2020', 100, '2025', 87, 'statcan',
         'missed', NULL, '0.9630', '-2.75% pa', NULL, '87.0000', 'false'),
    -- in points, additive: G = 3 + 0.5 x 5 = 5.5.  4 in 2022: CAGR_obs =
    -- (4/3)^(1/2) - 1 = 0.1547005; CAGR_req = (5.5/3)^(1/5) - 1 = 0.1288813;
    -- R = 1.2003: on_track; progress 1/2.5 = 0.4; ^v_T = 4 x 1.1547005^3 =
    -- 6.1584; required (5.5/4)^(1/3) - 1 = 0.1119900
    (55, '>= +0.5pp pa by 2025 from 3 in 2020', NULL, NULL, '2022', 4, 'statcan',
         'on_track', '1.2003', '0.4000', '+15.47% pa', '+11.2% pa', '6.1584', 'false'),
    -- absolute, additive: G = 5000 + 1000 = 6000.  5300 in 2022: prorata
    -- C = 300/1000 = 0.3 < 0.4: behind; CAGR_obs = 1.06^(1/2) - 1 = 0.0295630;
    -- ^v_T = 5300 x 1.0295630^3 = 5784.0850; required (6000/5300)^(1/3) - 1
    -- = 0.0422177
    (56, '>= +1000 cum by 2025 from 2020', '2020', 5000, '2022', 5300, 'prorata',
         'behind', '0.3000', '0.3000', '+2.96% pa', '+4.22% pa', '5784.0850', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 45 AND 56 ORDER BY n;

-- 7. Sub-annual periods: distances in years between period ends, a month
--    1/12, a day a fraction of its month.  '>= 121 by 2022 from 100 in
--    2020': b = 2021.0, T = 2023.0, CAGR_req = 1.21^(1/2) - 1 = 0.1.
INSERT INTO ga_case VALUES
    -- 105 in 2021-06, t = 2021.5: CAGR_obs = 1.05^(1/0.5) - 1 = 0.1025;
    -- R = 1.025: on_track; progress 5/21 = 0.2381; ^v_T = 105 x 1.1025^1.5
    -- = 105 x 1.157625 = 121.5506; required (121/105)^(1/1.5) - 1 = 0.0991679
    (57, '>= 121 by 2022 from 100 in 2020', NULL, NULL, '2021-06', 105, 'statcan',
         'on_track', '1.0250', '0.2381', '+10.25% pa', '+9.92% pa', '121.5506', 'false'),
    -- 110 on 2022-06-15, t = 2022 + (5 + 15/30)/12 = 2022.4583333:
    -- CAGR_obs = 1.1^(1/1.4583333) - 1 = 0.0675385; R = 0.6754: behind;
    -- progress 10/21 = 0.4762; ^v_T = 110 x 1.0675385^0.5416667 = 113.9638;
    -- required 1.1^(1/0.5416667) - 1 = 0.1923871
    (58, '>= 121 by 2022 from 100 in 2020', NULL, NULL, '2022-06-15', 110, 'statcan',
         'behind', '0.6754', '0.4762', '+6.75% pa', '+19.24% pa', '113.9638', 'false'),
    -- a monthly baseline, 2020-12 (b = 2021.0), 110 in 2021-12 (t = 2022.0):
    -- CAGR_obs = 0.1, R = 0.1/0.1 = 1: on_track; ^v_T = 110 x 1.1 = 121;
    -- required 121/110 - 1 = 0.1
    (59, '>= 121 by 2022', '2020-12', 100, '2021-12', 110, 'statcan',
         'on_track', '1.0000', '0.4762', '+10% pa', '+10% pa', '121.0000', 'false'),
    -- quarters: 2020-Q4 (b = 2021.0), 104 in 2021-Q2 (t = 2021.5):
    -- tau = 0.5/2 = 0.25, C = 4/21 = 0.1905: behind; CAGR_obs = 1.04^2 - 1 =
    -- 0.0816; ^v_T = 104 x 1.0816^1.5 = 104 x 1.124864 = 116.9859;
    -- required (121/104)^(1/1.5) - 1 = 0.1062026
    (60, '>= 121 by 2022', '2020-Q4', 100, '2021-Q2', 104, 'prorata',
         'behind', '0.1905', '0.1905', '+8.16% pa', '+10.62% pa', '116.9859', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 57 AND 60 ORDER BY n;

-- 8. Just either side of each cut-off.
--    statcan: '>= 161.051 by 2025 from 100 in 2020' has CAGR_req =
--    1.61051^(1/5) - 1 = 0.1; a value in 2021 (t - b = 1) gives CAGR_obs =
--    v_t/100 - 1, so R = (v_t - 100)/10: 109.51 -> 0.951, 109.49 -> 0.949,
--    106.01 -> 0.601, 105.99 -> 0.599, 100.01 -> 0.001, 100 -> 0, 99.99 ->
--    -0.001.  progress (v_t - 100)/61.051; ^v_T = v_t^5/100^4;
--    required (161.051/v_t)^(1/4) - 1.
INSERT INTO ga_case VALUES
    (61, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 109.51, 'statcan',
         'on_track', '0.9510', '0.1558', '+9.51% pa', '+10.12% pa', '157.4958', 'false'),
    (62, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 109.49, 'statcan',
         'behind', '0.9490', '0.1554', '+9.49% pa', '+10.13% pa', '157.3520', 'false'),
    (63, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 106.01, 'statcan',
         'behind', '0.6010', '0.0984', '+6.01% pa', '+11.02% pa', '133.8857', 'false'),
    (64, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 105.99, 'statcan',
         'off_track', '0.5990', '0.0981', '+5.99% pa', '+11.03% pa', '133.7594', 'false'),
    (65, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 100.01, 'statcan',
         'off_track', '0.0010', '0.0002', '+0.01% pa', '+12.65% pa', '100.0500', 'false'),
    (66, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 100, 'statcan',
         'off_track', '0.0000', '0.0000', '+0% pa', '+12.65% pa', '100.0000', 'false'),
    (67, '>= 161.051 by 2025 from 100 in 2020', NULL, NULL, '2021', 99.99, 'statcan',
         'regressing', '-0.0010', '-0.0002', '-0.01% pa', '+12.66% pa', '99.9500', 'false');
--    unsd: '>= 200 by 2025 from 100 in 2020' with the latest in 2023-06
--    (t = 2023.5): t - b = T - t = 2.5, so (1 + CAGR_obs)^(T-t) = v_t/100,
--    ^v_T = v_t^2/100 and P = (v_t^2/100 - 100)/100 = v_t^2/10^4 - 1:
--    139.65^2 = 19502.1225 -> 0.9502; 139.64^2 = 19499.3296 -> 0.9499;
--    104.89^2 = 11001.9121 -> 0.1002; 104.87^2 = 10997.7169 -> 0.0998;
--    100.01^2 = 10002.0001 -> 0.0002; 100 -> 0; 99.99^2 = 9998.0001 ->
--    -0.0002.  progress (v_t - 100)/100; CAGR_obs = (v_t/100)^0.4 - 1
--    (99.99: -0.00004, which is -0.004% and prints as +0% pa at 0.01 point);
--    required (200/v_t)^(1/2.5) - 1.
INSERT INTO ga_case VALUES
    (68, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 139.65, 'unsd',
         'on_track', '0.9502', '0.3965', '+14.29% pa', '+15.45% pa', '195.0212', 'false'),
    (69, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 139.64, 'unsd',
         'behind', '0.9499', '0.3964', '+14.29% pa', '+15.45% pa', '194.9933', 'false'),
    (70, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 104.89, 'unsd',
         'behind', '0.1002', '0.0489', '+1.93% pa', '+29.45% pa', '110.0191', 'false'),
    (71, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 104.87, 'unsd',
         'off_track', '0.0998', '0.0487', '+1.92% pa', '+29.46% pa', '109.9772', 'false'),
    (72, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 100.01, 'unsd',
         'off_track', '0.0002', '0.0001', '+0% pa', '+31.95% pa', '100.0200', 'false'),
    (73, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 100, 'unsd',
         'off_track', '0.0000', '0.0000', '+0% pa', '+31.95% pa', '100.0000', 'false'),
    (74, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 99.99, 'unsd',
         'regressing', '-0.0002', '-0.0001', '+0% pa', '+31.96% pa', '99.9800', 'false');
--    prorata, the same goal and period: tau = 2.5/5 = 0.5, C = (v_t - 100)/100:
--    150.1 -> 0.501 and 150 -> 0.5 (C = tau counts as on track), 149.9 ->
--    0.499, 100.1 -> 0.001, 100 -> 0 (off_track), 99.9 -> -0.001.
INSERT INTO ga_case VALUES
    (75, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 150.1, 'prorata',
         'on_track', '0.5010', '0.5010', '+17.64% pa', '+12.17% pa', '225.3001', 'false'),
    (76, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 150, 'prorata',
         'on_track', '0.5000', '0.5000', '+17.61% pa', '+12.2% pa', '225.0000', 'false'),
    (77, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 149.9, 'prorata',
         'behind', '0.4990', '0.4990', '+17.58% pa', '+12.23% pa', '224.7001', 'false'),
    (78, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 100.1, 'prorata',
         'behind', '0.0010', '0.0010', '+0.04% pa', '+31.9% pa', '100.2001', 'false'),
    (79, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 100, 'prorata',
         'off_track', '0.0000', '0.0000', '+0% pa', '+31.95% pa', '100.0000', 'false'),
    (80, '>= 200 by 2025 from 100 in 2020', NULL, NULL, '2023-06', 99.9, 'prorata',
         'regressing', '-0.0010', '-0.0010', '-0.04% pa', '+32% pa', '99.8001', 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 61 AND 80 ORDER BY n;

-- 9. 'in' goals: the figure for the period decides; a cumulative figure
--    inside it (same first day, earlier last day) is provisional; anything
--    else is insufficient_data.  No method runs: ratio, paces and projected
--    are NULL; progress needs a baseline.
INSERT INTO ga_case VALUES
    (81, 'between 5 and 6 in 2024', NULL, NULL, '2024', 5.5, 'statcan',
         'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    (82, 'between 5 and 6 in 2024', NULL, NULL, '2024', 6.2, 'statcan',
         'missed', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- twelve months cover exactly the days of 2024
    (83, 'between 5 and 6 in 2024', NULL, NULL, '2024-01/2024-12', 5.5, 'statcan',
         'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- January-June: provisional
    (84, 'between 5 and 6 in 2024', NULL, NULL, '2024-01/2024-06', 5.2, 'statcan',
         'on_track', NULL, NULL, NULL, NULL, NULL, 'true'),
    (85, 'between 5 and 6 in 2024', NULL, NULL, '2024-01/2024-06', 4.8, 'statcan',
         'behind', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- the first quarter also starts on the first day and ends earlier
    (86, 'between 5 and 6 in 2024', NULL, NULL, '2024-Q1', 5.2, 'statcan',
         'on_track', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- the second quarter does not start on the first day; 2023 and 2025 are
    -- other periods: no figure for 2024, even though 5.5 is in the range
    (87, 'between 5 and 6 in 2024', NULL, NULL, '2024-Q2', 5.5, 'statcan',
         'insufficient_data', NULL, NULL, NULL, NULL, NULL, 'true'),
    (88, 'between 5 and 6 in 2024', NULL, NULL, '2023', 5.5, 'statcan',
         'insufficient_data', NULL, NULL, NULL, NULL, NULL, 'true'),
    (89, 'between 5 and 6 in 2024', NULL, NULL, '2025', 5.5, 'statcan',
         'insufficient_data', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- the method does not matter
    (90, 'between 5 and 6 in 2024', NULL, NULL, '2024-01/2024-06', 5.2, 'unsd',
         'on_track', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- a goal on a yoy change, scored on the change's number: -3 < 0
    (91, '< 0% yoy in 2021', NULL, NULL, '2021', -3, 'statcan',
         'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- 0 is not < 0
    (92, '< 0% yoy in 2021', NULL, NULL, '2021', 0, 'statcan',
         'missed', NULL, NULL, NULL, NULL, NULL, 'false'),
    (93, '< 0% yoy in 2021', NULL, NULL, '2021-01/2021-06', -1, 'statcan',
         'on_track', NULL, NULL, NULL, NULL, NULL, 'true'),
    -- ~ +3000: 3000 +/- 500; |3400 - 3000| = 400, |2400 - 3000| = 600
    (94, '~ +3000 in 2022', NULL, NULL, '2022', 3400, 'statcan',
         'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    (95, '~ +3000 in 2022', NULL, NULL, '2022', 2400, 'statcan',
         'missed', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- with a baseline, progress (10.9 - 7.8)/2.2 = 1.4091 ...
    (96, '>= 10 in 2025 from 7.8 in 2020', NULL, NULL, '2025', 10.9, 'statcan',
         'achieved', NULL, '1.4091', NULL, NULL, NULL, 'true'),
    -- ... and a figure for 2024 meeting the target says nothing about 2025
    (97, '>= 10 in 2025 from 7.8 in 2020', NULL, NULL, '2024', 10.9, 'statcan',
         'insufficient_data', NULL, '1.4091', NULL, NULL, NULL, 'true');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 81 AND 97 ORDER BY n;

-- 10. A NULL latest period or value is insufficient_data, even when the
--     value would meet the target.
INSERT INTO ga_case VALUES
    (98, '>= 80000 by 2023', '2020', 64000, '2022', NULL, 'statcan',
         'insufficient_data', NULL, NULL, NULL, NULL, NULL, NULL),
    (99, '>= 80000 by 2023', '2020', 64000, NULL, 85000, 'statcan',
         'insufficient_data', NULL, '*', NULL, NULL, NULL, '*');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 98 AND 99 ORDER BY n;

-- 11. More: a decreasing pa goal, an explicit tolerance, overshooting from
--     below, a latest observation after the deadline, a week, a level goal
--     naming its baseline period only.
INSERT INTO ga_case VALUES
    -- '<= -3% pa by 2025 from 100 in 2020': G = 100 x 0.97^5 = 85.8734026,
    -- CAGR_req = -0.03, d = -1.  96 in 2022: CAGR_obs = 0.96^(1/2) - 1 =
    -- -0.0202041, R = (-1)(-0.0202041)/0.03 = 0.6735: behind; ^v_T = 96 x
    -- 0.9797959^3 = 90.2980, P = -1 x (90.2980 - 100)/14.1265974 = 0.6868:
    -- behind; prorata (pa) C = ln 0.96/ln 0.858734 = -0.0408220/-0.1522960 =
    -- 0.2680 < 0.4: behind; progress 4/14.1265974 = 0.2832; required
    -- (85.8734026/96)^(1/3) - 1 = -0.0364761
    (100, '<= -3% pa by 2025 from 100 in 2020', NULL, NULL, '2022', 96, 'statcan',
          'behind', '0.6735', '0.2832', '-2.02% pa', '-3.65% pa', '90.2980', 'false'),
    (101, '<= -3% pa by 2025 from 100 in 2020', NULL, NULL, '2022', 96, 'unsd',
          'behind', '0.6868', '0.2832', '-2.02% pa', '-3.65% pa', '90.2980', 'false'),
    (102, '<= -3% pa by 2025 from 100 in 2020', NULL, NULL, '2022', 96, 'prorata',
          'behind', '0.2680', '0.2832', '-2.02% pa', '-3.65% pa', '90.2980', 'false'),
    -- ~ 5% yoy +/-0.5: |5.5 - 5| = 0.5 <= 0.5 met, |5.51 - 5| = 0.51 not
    (103, '~ 5% yoy +/-0.5 in 2024', NULL, NULL, '2024', 5.5, 'statcan',
          'achieved', NULL, NULL, NULL, NULL, NULL, 'true'),
    (104, '~ 5% yoy +/-0.5 in 2024', NULL, NULL, '2024', 5.51, 'statcan',
          'missed', NULL, NULL, NULL, NULL, NULL, 'false'),
    -- between 5 and 6 from 3: G = 5, d = +1; 6.5 is above the range:
    -- off_track; progress 3.5/2 = 1.75; CAGR_obs = (6.5/3)^(1/2) - 1 =
    -- 0.4719601; ^v_T = 6.5 x 1.4719601^3 = 20.7301; required
    -- (5/6.5)^(1/3) - 1 = -0.0837397
    (105, 'between 5 and 6 by 2025 from 3 in 2020', NULL, NULL, '2022', 6.5, 'statcan',
          'off_track', NULL, '1.7500', '+47.2% pa', '-8.37% pa', '20.7301', 'false'),
    -- 9 in 2026 (t = 2027.0 > T): missed; progress 1.2/2.2 = 0.5455;
    -- CAGR_obs = (9/7.8)^(1/6) - 1 = 0.0241368; no projection: the latest
    -- observation is past the deadline (nothing to carry forward)
    (106, '>= 10 by 2025 from 7.8 in 2020', NULL, NULL, '2026', 9, 'statcan',
          'missed', NULL, '0.5455', '+2.41% pa', NULL, NULL, 'false'),
    -- 2021-W05 ends on Sunday 7 February 2021: t = 2021 + (1 + 7/28)/12 =
    -- 2021.1041667; CAGR_obs = 1.01^(1/0.1041667) - 1 = 1.01^9.6 - 1 =
    -- 0.1002343, R = 1.0023: on_track; progress 1/21 = 0.0476; ^v_T = 101 x
    -- 1.1002343^1.8958333 = 121.0516; required (121/101)^(1/1.8958333) - 1
    -- = 0.0999871 (+10% pa at 0.01 point)
    (107, '>= 121 by 2022 from 100 in 2020', NULL, NULL, '2021-W05', 101, 'statcan',
          'on_track', '1.0023', '0.0476', '+10.02% pa', '+10% pa', '121.0516', 'false'),
    -- a level goal naming its baseline period but no value, and no
    -- baseline arguments: no baseline; required (10/8.5)^(1/3) - 1
    (108, '>= 10 by 2025 from 2020', NULL, NULL, '2022', 8.5, 'statcan',
          'insufficient_data', NULL, NULL, NULL, '+5.57% pa', NULL, 'false');

SELECT n, status, ratio, progress, observed, required, projected, met, ok
FROM ga_result WHERE n BETWEEN 100 AND 108 ORDER BY n;

-- 12. Reasons, as the implementation words them (checked to say why).
SELECT n, status, reason
FROM ga_result WHERE n IN (1, 2, 3, 8, 10, 20, 23, 26, 29, 32, 35, 37, 48, 61, 68, 75, 84, 87, 98)
ORDER BY n;

-- 13. All the cases together: goal_status() is the status of goal_assess();
--     the default method is statcan; every result has a reason.
SELECT count(*) AS cases,
       count(*) FILTER (WHERE r.ok) AS ok,
       count(*) FILTER (WHERE goal_status(c.g::policy_goal, c.bp::period, c.bv, c.cp::period, c.cv, c.m)
                              = r.status) AS same_status,
       count(*) FILTER (WHERE c.m = 'statcan') AS statcan,
       count(*) FILTER (WHERE c.m = 'statcan'
                          AND goal_assess(c.g::policy_goal, c.bp::period, c.bv, c.cp::period, c.cv)
                              IS NOT DISTINCT FROM
                              goal_assess(c.g::policy_goal, c.bp::period, c.bv, c.cp::period, c.cv, 'statcan')
                          AND goal_status(c.g::policy_goal, c.bp::period, c.bv, c.cp::period, c.cv)
                              = r.status) AS default_is_statcan,
       count(*) FILTER (WHERE r.reason <> '') AS with_reason
FROM ga_case c JOIN ga_result r USING (n);

--     The statuses the cases reach, per method.
SELECT c.m AS method, r.status, count(*)
FROM ga_case c JOIN ga_result r USING (n)
GROUP BY 1, 2 ORDER BY 1, 2;

-- 14. Method names: the three (case 23-25: statcan cannot use a zero target,
--     unsd P = 0.8232, prorata C = 0.5 >= tau = 0.4), and anything else is
--     22023.
SELECT m AS method, (a).status, round((a).ratio::numeric, 4) AS ratio
FROM (SELECT m, i, goal_assess('<= 0 by 2025 from 10 in 2020', NULL, NULL, '2022', 5, m) AS a
      FROM unnest(ARRAY['statcan', 'unsd', 'prorata']) WITH ORDINALITY AS t(m, i)) x
ORDER BY i;

CREATE FUNCTION ga_try(query text, OUT state text, OUT message text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT;
END
$$;

SELECT n, r.state, r.message <> '' AS has_message
FROM unnest(ARRAY[
    $q$SELECT goal_assess('>= 10 by 2025 from 7.8 in 2020', NULL, NULL, '2022', 8.5, 'open_sdg')$q$,
    $q$SELECT goal_status('>= 10 by 2025 from 7.8 in 2020', NULL, NULL, '2022', 8.5, 'cagr')$q$,
    $q$SELECT goal_assess('>= 10 by 2025 from 7.8 in 2020', '2020', 7.8, '2022', 8.5, '')$q$
]) WITH ORDINALITY AS t(query, n),
     LATERAL ga_try(query) r
ORDER BY n;

DROP VIEW ga_result;
DROP FUNCTION ga_ok(ga_case, goal_assessment);
DROP FUNCTION ga_same(text, text);
DROP FUNCTION ga_try(text);
DROP TABLE ga_case;
