--
-- policy_goal_io: text input and output of policy_goal, its canonical form,
-- equality, order, hashing, binary output and the operator classes at work
-- (doc/policy_goal.md, "Text form" and "Decisions").
--
-- Every expected value below was written down by hand from the rules in
-- doc/policy_goal.md before the test was run; it is in the query itself
-- (column "canonical" or "expected"), and "as_spec" says whether the
-- implementation agrees.  The rules used:
--   * output is ASCII: >= <= ~ for the symbols, +/- for the plus-minus
--     sign, one blank between the parts, words in lower case;
--   * a change is written as metric_delta writes it (signed, shortest
--     digits, unit, basis); a level unsigned, a negative one "level -3.5";
--   * periods as period writes them (2021-H1 is 2021-S1);
--   * every target is normalised (5.0% is 5%), except the target of a "~"
--     without a tolerance, which keeps its stated digits ("~ 5.0%" and
--     "~ 5%" are different goals);
--   * a basis given on one end of "between" applies to both, and each end,
--     being a change, is written with it.
--
\pset null NULL

CREATE TABLE gi_input (grp text, n int, input text, canonical text);
INSERT INTO gi_input VALUES
    -- A. The table of doc/policy_goal.md, "Text form".
    ('A', 1, '>= 80000 by 2023', '>= 80000 by 2023'),
    ('A', 2, '>= 10 by 2025 from 7.8 in 2020', '>= 10 by 2025 from 7.8 in 2020'),
    ('A', 3, '< 0% yoy in 2021', '< +0% yoy in 2021'),
    ('A', 4, '>= 7% pa by 2025 from 2020', '>= +7% pa by 2025 from 2020'),
    ('A', 5, '<= -13.5% cum by 2025 from 2020', '<= -13.5% cum by 2025 from 2020'),
    ('A', 6, '~ +3000 in 2022', '~ +3000 in 2022'),
    ('A', 7, '~ 5% yoy ±0.5 in 2024', '~ +5% yoy +/-0.5 in 2024'),
    ('A', 8, 'between 5 and 6 in 2024', 'between 5 and 6 in 2024'),
    -- B. Every comparator; the symbols ≥ ≤ ≈ ± and the minus sign U+2212 of
    --    a change are written in ASCII.
    ('B', 1, '> 80000 by 2023', '> 80000 by 2023'),
    ('B', 2, '< 5 by 2023', '< 5 by 2023'),
    ('B', 3, '<= 5 by 2023', '<= 5 by 2023'),
    ('B', 4, '= 5.5 in 2024', '= 5.5 in 2024'),
    ('B', 5, '= 5.50 in 2024', '= 5.5 in 2024'),           -- normalised
    ('B', 6, '≥ 80000 by 2023', '>= 80000 by 2023'),
    ('B', 7, '≤ -13.5% cum by 2025 from 2020', '<= -13.5% cum by 2025 from 2020'),
    ('B', 8, '≈ +3000 in 2022', '~ +3000 in 2022'),
    ('B', 9, '~ 5% yoy +/-0.5 in 2024', '~ +5% yoy +/-0.5 in 2024'),
    ('B', 10, '≈ 5% yoy ±0.5 in 2024', '~ +5% yoy +/-0.5 in 2024'),
    ('B', 11, '< −0.3pp mom in 2024-03', '< -0.3pp mom in 2024-03'),
    -- C. Words in any case; blanks (space, tab, newline, CR) around the value
    --    and several between the parts; a change keeps metric_delta's own
    --    freedom of blanks inside it ("0 % YOY").
    ('C', 1, '>= 80000 BY 2023', '>= 80000 by 2023'),
    ('C', 2, 'BETWEEN 5 AND 6 IN 2024', 'between 5 and 6 in 2024'),
    ('C', 3, 'Between 5 And 6 In 2024', 'between 5 and 6 in 2024'),
    ('C', 4, '>= 7% PA By 2025 FROM 2020', '>= +7% pa by 2025 from 2020'),
    ('C', 5, '~ 5% YoY +/-0.5 In 2024', '~ +5% yoy +/-0.5 in 2024'),
    ('C', 6, '>= LEVEL -3.5 by 2023', '>= level -3.5 by 2023'),
    ('C', 7, '>= 10 by 2025 FROM 7.8 IN 2020', '>= 10 by 2025 from 7.8 in 2020'),
    ('C', 8, '   >=   80000   by   2023   ', '>= 80000 by 2023'),
    ('C', 9, E'>=\t80000\nby\t2023\n', '>= 80000 by 2023'),
    ('C', 10, E'\r\nbetween 5\n and 6\tin 2024\r\n', 'between 5 and 6 in 2024'),
    ('C', 11, '>= 80000 by 2023-q3', '>= 80000 by 2023-Q3'),
    ('C', 12, '< 0 % YOY in 2021', '< +0% yoy in 2021'),
    -- D. Level or change: an unsigned number with no %, pp or basis is a
    --    level; a sign, %, pp or a basis makes a change; a negative level is
    --    "level -3.5" (and "level" before a positive number is just the
    --    level).  Targets other than "~" are normalised.
    ('D', 1, '>= +80000 by 2023', '>= +80000 by 2023'),    -- 80,000 more
    ('D', 2, '>= -5 by 2023', '>= -5 by 2023'),            -- 5 fewer, a change
    ('D', 3, '>= -0 by 2023', '>= +0 by 2023'),            -- a change of zero
    ('D', 4, '>= 0 by 2023', '>= 0 by 2023'),              -- the level zero
    ('D', 5, '>= 80000.00 by 2023', '>= 80000 by 2023'),
    ('D', 6, '>= 007.80 by 2023', '>= 7.8 by 2023'),
    ('D', 7, '> .5 by 2023', '> 0.5 by 2023'),
    ('D', 8, '>= level -3.5 by 2023', '>= level -3.5 by 2023'),
    ('D', 9, '<= level -3.50 by 2023', '<= level -3.5 by 2023'),
    ('D', 10, '>= level 3.5 by 2023', '>= 3.5 by 2023'),
    ('D', 11, '>= level +3.5 by 2023', '>= 3.5 by 2023'),
    ('D', 12, '>= level -0 by 2023', '>= 0 by 2023'),
    ('D', 13, '>= 5% by 2023', '>= +5% by 2023'),
    ('D', 14, '>= 5pp by 2023', '>= +5pp by 2023'),
    ('D', 15, '>= 0.50PP YOY by 2023', '>= +0.5pp yoy by 2023'),
    ('D', 16, '>= 5.0% in 2024', '>= +5% in 2024'),
    ('D', 17, '>= 1200 mom by 2023-06', '>= +1200 mom by 2023-06'),  -- basis: a change
    ('D', 18, '>= 123456789012345678 by 2023', '>= 123456789012345678 by 2023'),
    ('D', 19, '< -0.123456789012345678pp yoy in 2023', '< -0.123456789012345678pp yoy in 2023'),
    -- E. Deadlines: "by" and "in" with periods of every kind, written as
    --    period writes them.
    ('E', 1, '>= 5 in 2021-H1', '>= 5 in 2021-S1'),
    ('E', 2, '>= 5 by 2025-Q4', '>= 5 by 2025-Q4'),
    ('E', 3, '< 0% yoy in 2021-01/2021-11', '< +0% yoy in 2021-01/2021-11'),
    ('E', 4, '>= 5 in 2021-01/P11M', '>= 5 in 2021-01/2021-11'),
    ('E', 5, '>= 5 by 2021-M11', '>= 5 by 2021-11'),
    ('E', 6, '>= 5 by 2023-12-31', '>= 5 by 2023-12-31'),
    ('E', 7, '>= 5 by 2023-W05', '>= 5 by 2023-W05'),
    ('E', 8, '>= 5 in 2021-T2', '>= 5 in 2021-T2'),
    -- F. Baselines: a period, or a value in a period; the baseline period
    --    ends before the deadline ends (2025-Q3 before 2025 is fine).
    ('F', 1, '>= 10 by 2025 from 2020', '>= 10 by 2025 from 2020'),
    ('F', 2, '>= 10 by 2025 from 7.80 in 2020', '>= 10 by 2025 from 7.8 in 2020'),
    ('F', 3, '>= 10 by 2025 from +7.8 in 2020', '>= 10 by 2025 from 7.8 in 2020'),
    ('F', 4, '>= 0 by 2025 from -3 in 2020', '>= 0 by 2025 from -3 in 2020'),
    ('F', 5, '>= 10 by 2025 from 0 in 2020', '>= 10 by 2025 from 0 in 2020'),
    ('F', 6, '>= 7% pa by 2025 from 100 in 2020', '>= +7% pa by 2025 from 100 in 2020'),
    ('F', 7, '<= -13.5% cum by 2025 from 200 in 2020', '<= -13.5% cum by 2025 from 200 in 2020'),
    ('F', 8, '>= 0.5pp pa by 2025 from 2020', '>= +0.5pp pa by 2025 from 2020'),
    ('F', 9, '>= 1000 cum by 2025 from 2020', '>= +1000 cum by 2025 from 2020'),
    ('F', 10, '>= 10 by 2025 from 2025-Q3', '>= 10 by 2025 from 2025-Q3'),
    ('F', 11, '>= 10 by 2025-Q4 from 2025-Q3', '>= 10 by 2025-Q4 from 2025-Q3'),
    ('F', 12, '>= 10 by 2025 from 2020-12', '>= 10 by 2025 from 2020-12'),
    ('F', 13, '~ 5.5 in 2024 from 5.2 in 2023', '~ 5.5 in 2024 from 5.2 in 2023'),
    ('F', 14, '>= 10% pa by 2022-06 from 100 in 2021-H1', '>= +10% pa by 2022-06 from 100 in 2021-S1'),
    -- G. Tolerances, and the stated digits of a "~" target without one.
    ('G', 1, '~ 5.5 ±0.25 in 2024', '~ 5.5 +/-0.25 in 2024'),
    ('G', 2, '~ 5 ±0 in 2024', '~ 5 +/-0 in 2024'),
    ('G', 3, '~ 5 +/-0.50 in 2024', '~ 5 +/-0.5 in 2024'),
    ('G', 4, '~ level -3.5 ±1 in 2024', '~ level -3.5 +/-1 in 2024'),
    ('G', 5, '~ 5.0% ±0.5 in 2024', '~ +5% +/-0.5 in 2024'),   -- normalised: tolerance given
    ('G', 6, '~ 5.0% yoy in 2024', '~ +5.0% yoy in 2024'),     -- digits kept
    ('G', 7, '~ 3000 in 2022', '~ 3000 in 2022'),
    ('G', 8, '~ 3000.0 in 2022', '~ 3000.0 in 2022'),
    ('G', 9, '~ 0.50 in 2024', '~ 0.50 in 2024'),
    ('G', 10, '~ 007 in 2024', '~ 7 in 2024'),                 -- leading zeros are not digits
    ('G', 11, '~ .5pp in 2024', '~ +0.5pp in 2024'),
    ('G', 12, '~ -0.30pp mom in 2024-03', '~ -0.30pp mom in 2024-03'),
    ('G', 13, '~ 600000 by 2025', '~ 600000 by 2025'),
    ('G', 14, '~ level -3.50 in 2024', '~ level -3.50 in 2024'),
    ('G', 15, '~ 0 in 2024', '~ 0 in 2024'),
    ('G', 16, '~ 5% in 2024', '~ +5% in 2024'),
    -- H. between: both ends included; both levels or both changes; a
    --    basis on one end applies to both; A = B is allowed.
    ('H', 1, 'between 5% yoy and 6% yoy in 2024', 'between +5% yoy and +6% yoy in 2024'),
    ('H', 2, 'between 5% and 6% yoy in 2024', 'between +5% yoy and +6% yoy in 2024'),
    ('H', 3, 'between 5% yoy and 6% in 2024', 'between +5% yoy and +6% yoy in 2024'),
    ('H', 4, 'between 5% and 6% in 2024', 'between +5% and +6% in 2024'),
    ('H', 5, 'between -1% and +1% yoy in 2024', 'between -1% yoy and +1% yoy in 2024'),
    ('H', 6, 'between level -2 and 3 in 2024', 'between level -2 and 3 in 2024'),
    ('H', 7, 'between level -2 and level -1 in 2024', 'between level -2 and level -1 in 2024'),
    ('H', 8, 'between 5 and 5 in 2024', 'between 5 and 5 in 2024'),
    ('H', 9, 'between 5.0 and 6.00 in 2024', 'between 5 and 6 in 2024'),
    ('H', 10, 'between 6% and 7% pa by 2025 from 2020', 'between +6% pa and +7% pa by 2025 from 2020'),
    ('H', 11, 'between 5 and 6 by 2025 from 4 in 2020', 'between 5 and 6 by 2025 from 4 in 2020'),
    ('H', 12, 'between 0.1pp and 0.3pp mom in 2024-03', 'between +0.1pp mom and +0.3pp mom in 2024-03');

-- 1. Every form, group by group: the canonical text, and whether it is the
--    one worked out by hand.
SELECT grp, n, replace(replace(replace(input, E'\t', '\t'), E'\n', '\n'), E'\r', '\r') AS input,
       input::policy_goal AS goal, input::policy_goal::text = canonical AS as_spec
FROM gi_input
ORDER BY grp, n;

-- 2. Round trip: the output reads back as an equal goal, printing that
--    again changes nothing, and the output is ASCII.  Expected: every one
--    of the goals above, and no row in the list of failures.
SELECT count(*) AS goals,
       count(*) FILTER (WHERE g::text::policy_goal = g) AS reads_back,
       count(*) FILTER (WHERE g::text::policy_goal::text = g::text) AS stable,
       count(*) FILTER (WHERE g::text !~ '[^ -~]') AS ascii
FROM (SELECT input::policy_goal AS g FROM gi_input) x;
SELECT grp, n, input
FROM gi_input
WHERE NOT (input::policy_goal::text::policy_goal = input::policy_goal
           AND input::policy_goal::text::policy_goal::text = input::policy_goal::text)
ORDER BY grp, n;

-- NULL in, NULL out.
SELECT NULL::text::policy_goal AS null_goal;

-- 3. Equality, worked out by hand.  Besides =, <> and the btree comparison
--    function, two properties that hold whatever the answer: equal goals
--    print the same (the output is canonical) and have equal hashes.
--      1  ">= 5.0%" and ">= 5%": every target but a "~" one is normalised
--      2  "~ 5.0%" and "~ 5%": the stated digits of a "~" target are kept
--      3-4  symbols, "level" before a positive number
--      5  a level and a change of the same number differ
--      6  "by" and "in" differ
--      7-8  a basis on one end of between applies to both
--      9  the baseline value normalised
--     10  a baseline with and without a value
--     11-12  the tolerance normalised; with a tolerance the target is
--            normalised too
--     13  2021-H1 is 2021-S1
--     14-27  one field differs
CREATE TABLE gi_pair (n int, ta text, tb text, expected boolean);
CREATE VIEW gi_pairs AS
    SELECT n, ta, tb, ta::policy_goal AS a, tb::policy_goal AS b, expected FROM gi_pair;
INSERT INTO gi_pair VALUES
    (1, '>= 5.0% in 2024', '>= 5% in 2024', true),
    (2, '~ 5.0% in 2024', '~ 5% in 2024', false),
    (3, '≥ 80000 by 2023', '>= 80000 by 2023', true),
    (4, '>= level 3.5 by 2023', '>= 3.5 by 2023', true),
    (5, '>= 80000 by 2023', '>= +80000 by 2023', false),
    (6, '>= 5 by 2024', '>= 5 in 2024', false),
    (7, 'between 5% and 6% yoy in 2024', 'between 5% yoy and 6% yoy in 2024', true),
    (8, 'between 5% yoy and 6% in 2024', 'between 5% yoy and 6% yoy in 2024', true),
    (9, '>= 10 by 2025 from 7.8 in 2020', '>= 10 by 2025 from 7.80 in 2020', true),
    (10, '>= 10 by 2025 from 2020', '>= 10 by 2025 from 7.8 in 2020', false),
    (11, '~ 5 ±0.5 in 2024', '~ 5 +/-0.50 in 2024', true),
    (12, '~ 5.0% ±0.5 in 2024', '~ 5% ±0.5 in 2024', true),
    (13, '>= 5 in 2021-H1', '>= 5 in 2021-S1', true),
    (14, '> 5 by 2024', '>= 5 by 2024', false),
    (15, '>= 5 in 2024', '>= 5 in 2024-01/2024-12', false),
    (16, '~ 3000 in 2022', '~ 3000.0 in 2022', false),
    (17, '>= 5% yoy in 2024', '>= 5% mom in 2024', false),
    (18, '>= 5% in 2024', '>= 5pp in 2024', false),
    (19, '~ 5 ±0.5 in 2024', '~ 5 ±0.25 in 2024', false),
    (20, 'between 5 and 6 in 2024', 'between 5 and 7 in 2024', false),
    (21, '>= 10 by 2025 from 2020', '>= 10 by 2025 from 2019', false),
    (22, '= 5.5 in 2024', '= 5.50 in 2024', true),
    (23, '>= level -0 by 2023', '>= 0 by 2023', true),
    (24, '>= 0 by 2023', '>= -0 by 2023', false),
    (25, '>= 10 by 2025 from 7.8 in 2020', '>= 10 by 2025 from 7.9 in 2020', false),
    (26, '< 0% yoy in 2021', '<= 0% yoy in 2021', false),
    (27, '~ 5% yoy in 2024', '~ 5% yoy in 2024-12', false);
SELECT n, ta AS a, tb AS b, a = b AS eq, a <> b AS ne,
       a = b IS NOT DISTINCT FROM expected AS as_spec
FROM gi_pairs
ORDER BY n;

--    The properties, on these pairs and on two whose answer the spec leaves
--    open ("~ 5%" with its implied tolerance against an explicit "+/-0.5",
--    "~ 5.0%" against "~ 5% +/-0.05"): whatever = says, the output, the
--    btree comparison, the hashes and the binary output must agree with it.
INSERT INTO gi_pair VALUES
    (28, '~ 5% yoy in 2024', '~ 5% yoy ±0.5 in 2024', NULL),
    (29, '~ 5.0% in 2024', '~ 5% ±0.05 in 2024', NULL);
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE (a = b) = (a::text = b::text)) AS text_agrees,
       count(*) FILTER (WHERE (a = b) = (policy_goal_cmp(a, b) = 0)
                          AND policy_goal_cmp(a, b) = -policy_goal_cmp(b, a)) AS cmp_agrees,
       count(*) FILTER (WHERE NOT (a = b)
                           OR (policy_goal_hash(a) = policy_goal_hash(b)
                               AND policy_goal_hash_extended(a, 42) = policy_goal_hash_extended(b, 42)))
         AS hash_agrees,
       count(*) FILTER (WHERE (a = b) = (policy_goal_send(a) = policy_goal_send(b))) AS send_agrees
FROM gi_pairs;

-- 4. Order (btree): deadline, then comparator, kind, basis, target, upper
--    end, tolerance, baseline period, baseline value.  The list avoids ties
--    that only the order of comparators or kinds (which the spec does not
--    give) would break: within one deadline, all goals share comparator and
--    kind.  Worked out by hand:
--      deadlines 2021 < 2022 < 2022-12 < 2023-Q1 < 2023 < 2024 < 2025
--      < 2026 < 2027 (period order: first day, then last day; 2023-Q1 and
--      2023 start together, the quarter ends first);
--      2023: target 70000 < 80000;
--      2024 (between): lower end 4 < 5; then upper end 6 < 7;
--      2025 (>=, levels): target -3.5 < 0 < 10; among the 10s baseline
--      period 2019 < 2020; then baseline value 7.8 < 8;
--      2026 (~, levels): target 4 < 5; among the 5s tolerance
--      0.05 ("5.0", implied) < 0.5 ("5", implied) < 1 < 2;
--      2027 (>=, % yoy): -1 < 5 < 5.5 < 6.
SELECT g
FROM unnest('{"~ 5 ±2 in 2026", ">= 10 by 2025 from 8 in 2020", "between 5 and 7 in 2024",
              ">= 6% yoy in 2027", "~ +3000 in 2022", ">= 80000 by 2023",
              ">= 10 by 2025 from 7.8 in 2020", "~ 5.0 in 2026", ">= 5 by 2023-Q1",
              ">= 0 by 2025", "between 4 and 8 in 2024", ">= -1% yoy in 2027",
              "< 0% yoy in 2021", "~ 5 in 2026", ">= 70000 by 2023", ">= 5.5% yoy in 2027",
              ">= 10 by 2025 from 2019", ">= 5 by 2022-12", "~ 4 ±5 in 2026",
              ">= level -3.5 by 2025", "between 5 and 6 in 2024", "~ 5 ±1 in 2026",
              ">= 5% yoy in 2027"}'::policy_goal[]) AS g
ORDER BY g;

--    Expected, for comparison (the same order):
--      < +0% yoy in 2021 | ~ +3000 in 2022 | >= 5 by 2022-12 | >= 5 by 2023-Q1
--      >= 70000 by 2023 | >= 80000 by 2023 | between 4 and 8 in 2024
--      between 5 and 6 in 2024 | between 5 and 7 in 2024 | >= level -3.5 by 2025
--      >= 0 by 2025 | >= 10 by 2025 from 2019 | >= 10 by 2025 from 7.8 in 2020
--      >= 10 by 2025 from 8 in 2020 | ~ 4 +/-5 in 2026 | ~ 5.0 in 2026
--      ~ 5 in 2026 | ~ 5 +/-1 in 2026 | ~ 5 +/-2 in 2026 | >= -1% yoy in 2027
--      >= +5% yoy in 2027 | >= +5.5% yoy in 2027 | >= +6% yoy in 2027
--    Descending, a few: the exact reverse.
SELECT g
FROM unnest('{">= 70000 by 2023", "< 0% yoy in 2021", ">= 5 by 2023-Q1",
              ">= 80000 by 2023", "~ +3000 in 2022"}'::policy_goal[]) AS g
ORDER BY g DESC;

--    The comparison operators on chosen pairs (hand-worked: 1 deadline,
--    2 quarter before the year it opens, 3 target, 4 upper end, 5 baseline
--    period, 6 baseline value, 7 equal spellings).
SELECT n, a, b, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge,
       policy_goal_cmp(a, b) AS cmp
FROM (VALUES
    (1, '>= 80000 by 2023'::policy_goal, '>= 5 by 2024'::policy_goal),
    (2, '>= 5 by 2023', '>= 5 by 2023-Q1'),
    (3, '>= 70000 by 2023', '>= 80000 by 2023'),
    (4, 'between 5 and 7 in 2024', 'between 5 and 6 in 2024'),
    (5, '>= 10 by 2025 from 2019', '>= 10 by 2025 from 2020'),
    (6, '>= 10 by 2025 from 8 in 2020', '>= 10 by 2025 from 7.8 in 2020'),
    (7, '≥ 80000 BY 2023', '>= 80000.0 by 2023')
) AS t(n, a, b)
ORDER BY n;

-- 5. DISTINCT and GROUP BY, by sorting and by hashing: twelve spellings of
--    seven goals (hand-counted: 1-3 one level goal; 4 a change; 5, 6, 7
--    three "~" goals with different stated digits; 8-9 one; 10-12 one).
CREATE TABLE gi_spell (n int, s text, g policy_goal);
INSERT INTO gi_spell
SELECT n, s, s::policy_goal
FROM unnest(ARRAY[
    '>= 80000 by 2023', '≥ 80000 by 2023', '>= 80000.0 BY 2023', '>= +80000 by 2023',
    '~ 5.0% in 2024', '~ 5% in 2024', '~ 5.00% in 2024', '>= 5.0% in 2024',
    '>= 5% in 2024', 'between 5% and 6% yoy in 2024', 'between 5% yoy and 6% yoy in 2024',
    'between 5% yoy and 6% in 2024']) WITH ORDINALITY AS t(s, n);
SELECT count(DISTINCT g) AS distinct_goals FROM gi_spell;
SET enable_hashagg = off;
SELECT (array_agg(s ORDER BY n))[1] AS first_spelling, count(*) AS spellings
FROM gi_spell GROUP BY g ORDER BY min(n);
RESET enable_hashagg;
SET enable_sort = off;
SELECT (array_agg(s ORDER BY n))[1] AS first_spelling, count(*) AS spellings
FROM gi_spell GROUP BY g ORDER BY min(n);
RESET enable_sort;

-- 6. Hashing.  Equal goals hash equally whatever the spelling (also with a
--    seed); the 23 different goals of section 4 have 23 different hashes.
SELECT a, b, ga = gb AS equal,
       policy_goal_hash(ga) = policy_goal_hash(gb) AS hash_eq,
       policy_goal_hash_extended(ga, 42) = policy_goal_hash_extended(gb, 42) AS hash42_eq,
       policy_goal_hash_extended(ga, 0) = policy_goal_hash_extended(gb, 0) AS hash0_eq
FROM (SELECT a, b, a::policy_goal AS ga, b::policy_goal AS gb
      FROM (VALUES
          ('>= 80000 by 2023'::text, '≥ 80000.00 BY 2023'::text),
          ('>= 5.0% in 2024', '>= 5% in 2024'),
          ('~ 5% yoy ±0.50 in 2024', '≈ 5% YOY +/-0.5 in 2024'),
          ('between 5% and 6% yoy in 2024', 'between 5% yoy and 6% in 2024'),
          ('>= 10 by 2025 from 7.80 in 2020', '>= 10 by 2025 from +7.8 in 2020'),
          ('>= 5 in 2021-H1', '>= 5 in 2021-S1')
      ) AS t(a, b)) x;
SELECT count(DISTINCT g) AS goals, count(DISTINCT policy_goal_hash(g)) AS hashes,
       count(DISTINCT policy_goal_hash_extended(g, 7)) AS ext_hashes
FROM unnest('{"~ 5 ±2 in 2026", ">= 10 by 2025 from 8 in 2020", "between 5 and 7 in 2024",
              ">= 6% yoy in 2027", "~ +3000 in 2022", ">= 80000 by 2023",
              ">= 10 by 2025 from 7.8 in 2020", "~ 5.0 in 2026", ">= 5 by 2023-Q1",
              ">= 0 by 2025", "between 4 and 8 in 2024", ">= -1% yoy in 2027",
              "< 0% yoy in 2021", "~ 5 in 2026", ">= 70000 by 2023", ">= 5.5% yoy in 2027",
              ">= 10 by 2025 from 2019", ">= 5 by 2022-12", "~ 4 ±5 in 2026",
              ">= level -3.5 by 2025", "between 5 and 6 in 2024", "~ 5 ±1 in 2026",
              ">= 5% yoy in 2027"}'::policy_goal[]) AS g;

-- 7. Binary output is canonical too: equal goals send the same bytes.
SELECT a, b, policy_goal_send(a::policy_goal) = policy_goal_send(b::policy_goal) AS same_bytes
FROM (VALUES
    ('>= 80000 by 2023'::text, '≥ 80000.00 BY 2023'::text),
    ('~ 5% yoy ±0.50 in 2024', '≈ 5% YOY +/-0.5 in 2024'),
    ('between 5% and 6% yoy in 2024', 'between 5% yoy and 6% in 2024'),
    ('>= 10 by 2025 from 7.80 in 2020', '>= 10 by 2025 from +7.8 in 2020')
) AS t(a, b);

--    Round trip through COPY (FORMAT binary), i.e. policy_goal_send and
--    policy_goal_recv: every goal of section 1 comes back equal and prints
--    the same; NULL stays NULL.  The file lives in the server's /tmp for
--    the length of the two statements.
CREATE TABLE gi_src (id int, g policy_goal);
INSERT INTO gi_src SELECT row_number() OVER (ORDER BY grp, n), input::policy_goal FROM gi_input;
INSERT INTO gi_src VALUES (0, NULL);
CREATE TABLE gi_dst (LIKE gi_src);
SELECT format('COPY gi_src TO PROGRAM %L WITH (FORMAT binary)',
              'cat > ' || f) AS copy_out,
       format('COPY gi_dst FROM PROGRAM %L WITH (FORMAT binary)',
              'cat ' || f || ' && rm -f ' || f) AS copy_in
FROM (SELECT '/tmp/policy_ext_goal_io_' || pg_backend_pid() || '.copy' AS f) x \gset
:copy_out;
:copy_in;
SELECT count(*) AS copied,
       count(*) FILTER (WHERE s.g IS NOT DISTINCT FROM t.g
                          AND s.g::text IS NOT DISTINCT FROM t.g::text) AS same
FROM gi_src s JOIN gi_dst t USING (id);

-- 8. The operator classes are valid and are the defaults.
SELECT opc.opcname, am.amname, opc.opcdefault, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcintype = 'policy_goal'::regtype
ORDER BY am.amname;

-- 9. The classes at work.  A table of 40 goals: row i is
--    ">= (i % 10) by (2020 + i % 4)", rows 21-40 spelt "≥ (i % 10).0 BY ...",
--    so row i + 20 is the goal of row i (i % 10 and i % 4 repeat every 20):
--    20 distinct goals, each twice; a self-join gives 20 x 2 x 2 = 80 pairs.
CREATE TABLE gi_t (id int, g policy_goal);
INSERT INTO gi_t
SELECT i, (CASE WHEN i <= 20 THEN '>= ' || (i % 10) || ' by '
                ELSE '≥ ' || (i % 10) || '.0 BY ' END || (2020 + i % 4))::policy_goal
FROM generate_series(1, 40) i;
CREATE INDEX gi_t_g ON gi_t (g);
ANALYZE gi_t;

SELECT count(DISTINCT g) AS goals, count(*) AS rows FROM gi_t;

--    Index scans: =, <, a range, and ORDER BY from the index.
--    "= '>= 3 by 2023'": i % 10 = 3 and i % 4 = 3: i = 3 and 23.
--    "< '>= 0 by 2021'": every goal due in 2020 (i % 4 = 0: 10 rows; all
--    share the comparator and kind, and none due in 2021 has a target
--    below 0).
--    "BETWEEN '>= 0 by 2021' AND '>= 9 by 2021'": all due in 2021
--    (i % 4 = 1: 10 rows).
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id, g FROM gi_t WHERE g = '>= 3 by 2023';
SELECT id, g FROM gi_t WHERE g = '>= 3 by 2023' ORDER BY id;
SELECT id, g FROM gi_t WHERE g = '≥ 3.00 BY 2023' ORDER BY id;
SELECT count(*) AS due_2020 FROM gi_t WHERE g < '>= 0 by 2021';
SELECT count(*) AS due_2021 FROM gi_t WHERE g BETWEEN '>= 0 by 2021' AND '>= 9 by 2021';
EXPLAIN (COSTS OFF) SELECT g FROM gi_t ORDER BY g LIMIT 3;
--    The first three: deadline 2020 (i % 4 = 0), targets i % 10 of i = 4,
--    8, 12, 16, 20, 24, ...: 0 (i = 20, 40), then 2 (i = 12, 32).
SELECT g FROM gi_t ORDER BY g LIMIT 3;
RESET enable_bitmapscan;
RESET enable_seqscan;

--    Joins: hash, merge and nested loop give the same 80 pairs.
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM gi_t a JOIN gi_t b ON a.g = b.g;
SELECT count(*) AS hash_join FROM gi_t a JOIN gi_t b ON a.g = b.g;
RESET enable_mergejoin; RESET enable_nestloop;
SET enable_hashjoin = off; SET enable_nestloop = off;
SELECT count(*) AS merge_join FROM gi_t a JOIN gi_t b ON a.g = b.g;
RESET enable_hashjoin; RESET enable_nestloop;
SET enable_hashjoin = off; SET enable_mergejoin = off;
SELECT count(*) AS nested_loop FROM gi_t a JOIN gi_t b ON a.g = b.g;
RESET enable_hashjoin; RESET enable_mergejoin;

--    A hash index finds both spellings.
DROP INDEX gi_t_g;
CREATE INDEX gi_t_h ON gi_t USING hash (g);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM gi_t WHERE g = '>= 3 by 2023';
SELECT id FROM gi_t WHERE g = '>= 3 by 2023' ORDER BY id;
RESET enable_bitmapscan;
RESET enable_seqscan;

--    A unique index sees two spellings as one goal.
CREATE TABLE gi_u (g policy_goal PRIMARY KEY);
INSERT INTO gi_u VALUES ('>= 5.0% in 2024'), ('~ 5.0% in 2024'), ('~ 5% in 2024');
INSERT INTO gi_u VALUES ('>= 5% IN 2024');

--    Hash partitioning sends equal goals to the same partition.
CREATE TABLE gi_p (g policy_goal) PARTITION BY HASH (g);
CREATE TABLE gi_p0 PARTITION OF gi_p FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE gi_p1 PARTITION OF gi_p FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO gi_p SELECT g FROM gi_t;
SELECT count(*) AS goals_in_two_partitions
FROM (SELECT g FROM gi_p GROUP BY g HAVING count(DISTINCT tableoid) > 1) x;
SELECT count(*) AS total FROM gi_p;

DROP VIEW gi_pairs;
DROP TABLE gi_input, gi_pair, gi_spell, gi_src, gi_dst, gi_t, gi_u, gi_p;
