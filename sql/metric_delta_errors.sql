--
-- metric_delta_errors: malformed and out-of-range input, and arithmetic that
-- has no answer.  One row per case with SQLSTATE, message and DETAIL
-- (DESIGN §2, doc/metric_delta.md "Errors"):
--   22P02  text that is not a metric_delta ("invalid input syntax for type
--          metric_delta"), with the character position in the DETAIL;
--   22003  a number with more than 18 significant digits, or outside the
--          type's range, in the text or as the result of arithmetic;
--   22023  changes of different kinds mixed, an unknown kind or basis, a
--          fall of more than 100% compounded or annualized, a number of
--          periods or years that is not finite (or, for years, positive).
-- Undefined growth (previous value zero, or the two values of opposite
-- signs) is not an error but NULL: section 5.
--
-- The expected DETAIL sentences were written from the grammar in
-- src/metric_delta_parse.c: characters count from 1, in characters (a
-- UTF-8 sequence is one character); a printable ASCII character is quoted,
-- anything else is only located.
--

-- Long inputs are clipped and control characters shown as "?", so that the
-- expected output stays one readable table.
CREATE FUNCTION me_clip(s text, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(r) > n
                THEN left(r, n - 12) || '...(' || length(r) || ' ch)'
                ELSE r END
    FROM (SELECT regexp_replace(s, '[\x01-\x1f\x7f]', '?', 'g') AS r) x
$$;

-- Cast text to metric_delta; on error, report instead of failing.
CREATE FUNCTION me_try_delta(input text,
    OUT result text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    result := input::metric_delta::text;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;

-- Evaluate an expression; on error, report instead of failing.
CREATE FUNCTION me_try_expr(expr text,
    OUT result text, OUT state text, OUT message text, OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'SELECT (' || expr || ')::text' INTO result;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL,
                            hint = PG_EXCEPTION_HINT;
END
$$;

-- 1. Malformed text: 22P02, invalid input syntax for type metric_delta.
SELECT n, me_clip(input, 30) AS input, r.result, r.state,
       me_clip(r.message, 78) AS message, r.detail
FROM unnest(ARRAY[
    -- empty, blank
    '', '   ', E'\t\n\r',
    -- no number
    '+', '-', '−', '%', 'pp', 'yoy', 'yoy +5%', '.', '+.', '+.%', 'NaN', 'Infinity%',
    -- signs
    '++5%', '+-5%', '--5', '+−5', '5-', '5% -', '＋5%', '– 5%',
    -- numbers that are not plain decimals
    '1e3', '1E-2%', '5,1%', '5.5.5%', '1 000', '0x1F', '(5%)', '½%',
    -- units
    '5%%', '5 % %', '5pp%', '5%pp', '5 pp pp', '5 percent', '5 abs', '5 per cent',
    '+10.1％', '5 %.',
    -- bases
    '5% y/y', '5% yoyo', '5% yoy yoy', '5% yoy.', '5% YoY mom', '5% base year',
    '5% p.a.', '5% annual', '5% 同比', '5%同比', '5% abcdefghijklmnopqrstuvwxyz',
    '5 pp yoy mom',
    -- trailing garbage, control characters, markup
    '10.1 % yoy-', E'5%\x01', E'5%\u00a0yoy', '<b>5%</b>', '"5%"', '5%;',
    '+10.1% yoy''; DROP TABLE t; --', repeat('5% ', 1000)
]) WITH ORDINALITY AS t(input, n),
     LATERAL me_try_delta(input) r
ORDER BY n;

-- 2. Numbers too long or out of range: 22003, value out of range for type
--    metric_delta.  At most 18 significant digits (leading zeros and
--    trailing zeros are not significant); the last digit no finer than
--    10^-30.
SELECT n, me_clip(input, 30) AS input, r.result, r.state,
       me_clip(r.message, 100) AS message, r.detail
FROM unnest(ARRAY[
    '1234567890123456789',            -- 19 digits
    '-1234567890123456789%',
    '0.1234567890123456789pp',        -- 19 digits after the point
    '1000000000000000000.5',          -- 20 digits: the 1 and the 5 are far apart
    '123456789.0123456789 yoy',       -- 19 digits around the point
    '9223372036854775807',            -- int64's largest: 19 digits
    repeat('1', 70),                  -- 70 digits
    '0.' || repeat('0', 30) || '1',   -- 10^-31
    '0.' || repeat('0', 29) || '15',  -- 1.5 x 10^-30: a digit at 10^-31
    '1' || repeat('0', 48),           -- 10^48
    '-1' || repeat('0', 60) || '%'    -- 10^60
]) WITH ORDINALITY AS t(input, n),
     LATERAL me_try_delta(input) r
ORDER BY n;

-- 3. Expressions that are errors.
SELECT n, expr, r.result, r.state, r.message, r.detail, r.hint
FROM unnest(ARRAY[
    -- changes of different kinds cannot be chained: 22023
    '''+1%''::metric_delta + ''+1pp''::metric_delta',
    '''+1pp''::metric_delta + ''+1''::metric_delta',
    '''+1 yoy''::metric_delta + ''+1% yoy''::metric_delta',
    '(SELECT delta_chain(d) FROM unnest(''{+10% yoy,+2% yoy,+0.5pp yoy}''::metric_delta[]) d)',
    -- unknown kind or basis: 22023 (NULL means "no basis"; an empty string
    -- is not NULL)
    'metric_delta(110, 100, ''ratio'')',
    'metric_delta(110, 100, '''')',
    'metric_delta(110, 100, ''% yoy'')',
    'metric_delta(110, 100, ''%'', ''annual'')',
    'metric_delta(110, 100, ''%'', '''')',
    'metric_delta(110, 100, ''%'', ''y/y'')',
    'metric_delta(110::float8, 100::float8, ''points'')',
    'metric_delta(110::float8, 100::float8, ''pp'', ''yoy mom'')',
    -- a fall of more than 100% cannot be compounded or annualized: 22023
    'delta_compound(''-150%'', 2)',
    'delta_compound(''-100.000000000000001% pa'', 1)',
    'delta_annualize(''-150% cum'', 5)',
    -- the number of periods or years: 22023
    'delta_compound(''+10%'', ''NaN'')',
    'delta_compound(''+10%'', ''Infinity'')',
    'delta_compound(''+1pp'', ''-Infinity'')',
    'delta_annualize(''+21% cum'', 0)',
    'delta_annualize(''+21% cum'', -2)',
    'delta_annualize(''+21% cum'', ''NaN'')',
    'delta_annualize(''+21% cum'', ''Infinity'')',
    'delta_annualize(''+3pp cum'', 0)',
    -- results outside the type's range: 22003
    'delta_compound(''+10%'', 10000)',
    'delta_compound(''+999999999999999999000000000000000000000000000000'', 2)',
    '''+999999999999999999000000000000000000000000000000''::metric_delta + ''+999999999999999999000000000000000000000000000000''',
    '(SELECT delta_chain(d) FROM unnest(''{+1000000000000000000000000%,+1000000000000000000000000%,+1000000000000000000000000%}''::metric_delta[]) d)',
    'metric_delta(1e50, 1, ''abs'')',
    'metric_delta(1e300::float8, 1::float8)',
    'metric_delta(1e300::float8, -1e300::float8, ''abs'')',
    'delta_annualize(''+1000000000000000000000000000000%'', 0.02)'
]) WITH ORDINALITY AS t(expr, n),
     LATERAL me_try_expr(expr) r
ORDER BY n;

-- 4. NULL: every function is strict except the metric_delta() constructor,
--    which gives NULL for a NULL value and takes a NULL kind as % and a
--    NULL basis as none.  delta_chain skips NULLs; over no rows it is NULL.
SELECT n, expr, coalesce(r.result, '(null)') AS result, r.state
FROM unnest(ARRAY[
    'NULL::text::metric_delta', 'delta_value(NULL)', 'delta_kind(NULL)',
    'delta_basis(NULL)', 'delta_basis(''+5%'')',
    'metric_delta(NULL::numeric, 100)', 'metric_delta(110, NULL::numeric)',
    'metric_delta(110, 100, NULL)', 'metric_delta(110, 100, ''%'', NULL)',
    'metric_delta(110, 100, NULL, NULL)',
    'metric_delta(NULL::float8, 100::float8)', 'metric_delta(110::float8, 100::float8, NULL, ''yoy'')',
    'NULL::numeric + ''+5%''::metric_delta', '100 + NULL::metric_delta',
    '''+5%''::metric_delta + NULL::metric_delta', 'delta_base(NULL, ''+5%'')',
    'delta_base(100, NULL)', 'delta_compound(NULL, 2)', 'delta_compound(''+5%'', NULL)',
    'delta_annualize(NULL, 2)', 'delta_annualize(''+5%'', NULL)', 'delta_invert(NULL)',
    '''+5%''::metric_delta = NULL', 'metric_delta_cmp(NULL, ''+5%'')',
    'metric_delta_hash(NULL)', 'metric_delta_send(NULL)',
    '(SELECT delta_chain(d) FROM unnest(''{}''::metric_delta[]) d)',
    '(SELECT delta_chain(d) FROM unnest(''{NULL,NULL}''::metric_delta[]) d)',
    '(SELECT delta_chain(d) FROM unnest(''{NULL,+10%,NULL,+10%}''::metric_delta[]) d)'
]) WITH ORDINALITY AS t(expr, n),
     LATERAL me_try_expr(expr) r
ORDER BY n;

-- 5. Undefined growth is NULL, not an error: a percent change from zero,
--    or between values of opposite signs, has no meaning.  pp and absolute
--    changes are differences and always defined.  Both values negative is
--    defined (cur = prev x (1 + a)).  NaN and infinite values give NULL.
SELECT n, expr, coalesce(r.result, '(null)') AS result, r.state
FROM unnest(ARRAY[
    'metric_delta(5, 0)', 'metric_delta(0, 0)', 'metric_delta(-5, 0)',
    'metric_delta(5, -5)', 'metric_delta(-5, 5)', 'metric_delta(0.000001, -1000)',
    'metric_delta(5::float8, 0::float8)', 'metric_delta(5::float8, -5::float8)',
    'metric_delta(0, 5)',                    -- -100%: defined
    'metric_delta(0, -5)',                   -- -100%: defined
    'metric_delta(-110, -100)',              -- +10%: -100 x 1.1 = -110
    'metric_delta(-90, -100)',               -- -10%
    'metric_delta(5, 0, ''pp'')', 'metric_delta(5, -5, ''abs'')',
    'metric_delta(''NaN''::numeric, 1)', 'metric_delta(1, ''NaN''::numeric)',
    'metric_delta(''Infinity''::numeric, 1)', 'metric_delta(1, ''-Infinity''::numeric, ''abs'')',
    'metric_delta(''NaN''::float8, 1::float8)', 'metric_delta(1::float8, ''NaN''::float8, ''pp'')',
    'delta_base(100, ''-100%'')',            -- nothing is left of the base
    'delta_invert(''-100%'')'                -- nothing undoes a fall to zero
]) WITH ORDINALITY AS t(expr, n),
     LATERAL me_try_expr(expr) r
ORDER BY n;

-- 6. The errors as psql shows them, with the position in the statement.
SELECT '+10.1 %% yoy'::metric_delta;
SELECT 'up 10.1%'::metric_delta;
SELECT '0.1234567890123456789%'::metric_delta;
SELECT '+1%'::metric_delta + '+1pp'::metric_delta;
SELECT metric_delta(110, 100, 'percent', 'annual');
\set VERBOSITY sqlstate
SELECT ''::metric_delta;
SELECT '1234567890123456789'::metric_delta;
SELECT delta_compound('-150%', 2);
\set VERBOSITY default

-- 7. Known problem (reported; the expected output shows the right answer):
--     an infinite double is not a number to take a change of, so it gives
--     NULL, as an infinite numeric does (section 5), rather than a
--     "metric_delta value out of range" error.
SELECT n, expr, coalesce(r.result, '(null)') AS result, r.state
FROM unnest(ARRAY[
    'metric_delta(''Infinity''::float8, 1::float8)',
    'metric_delta(1::float8, ''-Infinity''::float8, ''abs'')'
]) WITH ORDINALITY AS t(expr, n),
     LATERAL me_try_expr(expr) r
ORDER BY n;

DROP FUNCTION me_try_expr(text);
DROP FUNCTION me_try_delta(text);
DROP FUNCTION me_clip(text, int);
