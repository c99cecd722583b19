--
-- policy_goal_errors: text that is not a policy_goal.  One row per case with
-- SQLSTATE, message and DETAIL (doc/policy_goal.md, "Text form" and "Rules
-- the parser enforces"):
--   22P02  "invalid input syntax for type policy_goal: "<input>"", with a
--          DETAIL naming the part that is wrong.
-- A number with more than the 18 significant digits metric_delta keeps may
-- be 22003 (as metric_delta's own "value out of range") or 22P02: section 2.
--
-- Expected by hand: the SQLSTATE and the message; "as_spec" checks both.
-- The DETAIL wording is the implementation's; each was read against the
-- input and the comment beside it (which part is wrong).
--
\pset null NULL

-- Long inputs are clipped and control characters shown as "?", so that the
-- expected output stays one readable table.
CREATE FUNCTION ge_clip(s text, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(r) > n
                THEN left(r, n - 12) || '...(' || length(r) || ' ch)'
                ELSE r END
    FROM (SELECT regexp_replace(s, '[\x01-\x1f\x7f]', '?', 'g') AS r) x
$$;

-- Cast text to policy_goal; on error, report instead of failing.
CREATE FUNCTION ge_try_goal(input text,
    OUT result text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    result := input::policy_goal::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;

-- 1. Malformed text: 22P02, invalid input syntax for type policy_goal.
--    "result" must be NULL (no goal) and "as_spec" true on every row.
SELECT n, ge_clip(input, 44) AS input, r.result, r.state,
       r.state = '22P02'
         AND r.message = format('invalid input syntax for type policy_goal: "%s"', input)
         AS as_spec,
       r.detail
FROM unnest(ARRAY[
    -- 1-2 empty, blank
    '', E'  \t\n ',
    -- 3-10 the comparator: unknown, missing
    '=> 5 by 2023', '== 5 by 2023', '!= 5 by 2023', '<> 5 by 2023',
    '≠ 5 by 2023', 'about 5 by 2023', 'at least 80000 by 2023', '5 by 2023',
    -- 11-21 the target: missing, "level" without a signed number or with
    -- a change, numbers that are not plain decimals, a change that is not
    -- one
    '>= by 2023', '>=', '>= level by 2023', '>= level 5% by 2023',
    '>= level -3.5 yoy by 2023', '>= NaN by 2023', '>= 1e5 by 2023',
    '>= 80,000 by 2023', '>= five by 2023', '>= 5%% by 2023', '>= 5% y/y in 2024',
    -- 22-27 the deadline: missing, no "by"/"in", no period after it
    '>= 80000', '>= 80000 2023', '>= 80000 by', '>= 80000 until 2023',
    '>= 80000 from 2020', 'between 5 and 6',
    -- 28-33 a period that is not one
    '>= 80000 by 2023-13', '>= 80000 by 23', '>= 80000 in 2021-Q5',
    '>= 80000 by 2023-1', '>= 80000 by 2021-11/2021-01', '>= 10 by 2025 from 2020-02-30',
    -- 34-41 the tolerance: not after "~", negative, missing its number,
    -- given twice, between a change and its basis
    '>= 5 ±0.5 by 2023', '= 5 +/-0.5 in 2024', 'between 5 and 6 ±0.5 in 2024',
    '~ 5 ±-0.5 in 2024', '~ 5 +/--0.5 in 2024', '~ 5 ± in 2024',
    '~ 5 ±0.5 ±0.5 in 2024', '~ 5% ±0.5 yoy in 2024',
    -- 42-52 between: A > B, a level and a change, changes of two kinds or
    -- two bases, missing parts, after a comparator
    'between 6 and 5 in 2024', 'between 6% yoy and 5% yoy in 2024',
    'between level -1 and level -2 in 2024', 'between 5 and 6% in 2024',
    'between 5% and 6 in 2024', 'between 5% and 6pp in 2024',
    'between 5% yoy and 6% mom in 2024', 'between 5 6 in 2024',
    'between 5 and in 2024', 'between and 6 in 2024', '>= between 5 and 6 in 2024',
    -- 53-61 the baseline rules: pa and cum need "from"; yoy, qoq, ... and
    -- no basis take none; basis "base" is refused (say cum)
    '>= 7% pa by 2025', '<= -13.5% cum by 2025', 'between 6% and 7% pa by 2025',
    '< 0% yoy in 2021 from 2020', '~ +3000 in 2022 from 2021',
    '>= 5% by 2025 from 2020', '>= 1% qoq in 2024-Q2 from 2024-Q1',
    '>= 12% base by 2025 from 2020', '>= 12% base by 2025',
    -- 62-66 the baseline period must end before the deadline ends
    '>= 7% pa by 2025 from 2025', '>= 7% pa by 2025 from 2026',
    '>= 10 by 2025 from 7.8 in 2026', '>= 10 by 2025-06 from 2025',
    '>= 10 by 2025 from 2025-Q4',
    -- 67-71 the baseline: a value without its period, nothing after
    -- "from", two baselines, a change for a value
    '>= 10 by 2025 from 7.8', '>= 10 by 2025 from 7.8 in', '>= 10 by 2025 from',
    '>= 10 by 2025 from 2020 from 2019', '>= 10 by 2025 from 7.8% in 2020',
    -- 72-75 trailing garbage
    '>= 80000 by 2023 please', '>= 80000 by 2023;', '>= 80000 by 2023 by 2024',
    '>= 80000 in 2023 by 2024',
    -- 76-81 markup, control characters, quotes, SQL
    '<b>>= 80000 by 2023</b>', '<goal cmp="&gt;=">80000</goal>', '&gt;= 80000 by 2023',
    E'>= 80000 by 2023\x01', '">= 80000 by 2023"', '>= 80000 by 2023''; DROP TABLE t; --',
    -- 82-84 very long
    repeat('9', 100000), repeat('>= 5 ', 20000), '>= 5 by 2023 ' || repeat('x', 100000)
]) WITH ORDINALITY AS t(input, n),
     LATERAL ge_try_goal(input) r
ORDER BY n;

-- 2. Numbers with more significant digits than the 18 a metric_delta
--    keeps: 22003 ("value out of range", as metric_delta) or 22P02, with
--    a DETAIL that says so.  Either is sensible; "as_spec" accepts both.
SELECT n, ge_clip(input, 44) AS input, r.result, r.state,
       r.state IN ('22003', '22P02') AND r.message LIKE '%policy_goal%' AS as_spec,
       ge_clip(r.message, 60) AS message, r.detail
FROM unnest(ARRAY[
    '>= 1234567890123456789 by 2023',                  -- 19 digits, a level
    '>= +1234567890123456789% yoy in 2023',            -- 19 digits, a change
    '~ 5% ±1234567890123456789 in 2024',               -- in the tolerance
    '>= 10 by 2025 from 1234567890123456789 in 2020',  -- in the baseline value
    '>= ' || repeat('9', 100000) || ' by 2023'         -- 100,000 digits
]) WITH ORDINALITY AS t(input, n),
     LATERAL ge_try_goal(input) r
ORDER BY n;

-- 3. NULL is not an error.
SELECT NULL::text::policy_goal IS NULL AS null_is_null;

-- 4. The errors as psql shows them, with the position in the statement.
SELECT '>= 80000'::policy_goal;
SELECT 'between 6 and 5 in 2024'::policy_goal;
SELECT '>= 7% pa by 2025'::policy_goal;
\set VERBOSITY sqlstate
SELECT ''::policy_goal;
SELECT '>= 10 by 2025 from 2025'::policy_goal;
\set VERBOSITY default

DROP FUNCTION ge_try_goal(text);
DROP FUNCTION ge_clip(text, int);
