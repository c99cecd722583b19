--
-- period_errors: malformed and out-of-range input, and arithmetic that
-- leaves the calendar.  One row per case with SQLSTATE, message and DETAIL
-- (DESIGN §1): 22P02 for text that is not a period, 22008 for a field out
-- of range ("period field value out of range") or a result outside the years
-- 1-9999 ("period out of range"), 22023 for mixed frequencies and unknown
-- frequency names.
--
SET datestyle = 'ISO, YMD';

-- Long inputs are clipped and control characters shown as "?", so that the
-- expected output stays one readable table.
CREATE FUNCTION pe_clip(s text, n int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(r) > n
                THEN left(r, n - 12) || '...(' || length(r) || ' ch)'
                ELSE r END
    FROM (SELECT regexp_replace(s, '[\x01-\x1f\x7f]', '?', 'g') AS r) x
$$;

-- Cast text to period; on error, report instead of failing.
CREATE FUNCTION pe_try_period(input text, lenient boolean DEFAULT false,
    OUT result text, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    IF lenient THEN
        result := to_period(input)::text;
    ELSE
        result := input::period::text;
    END IF;
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;

-- Evaluate an expression; on error, report instead of failing.
CREATE FUNCTION pe_try_expr(expr text,
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

-- 1. Malformed text: 22P02, invalid input syntax for type period.
SELECT n, pe_clip(input, 30) AS input, r.result, r.state,
       pe_clip(r.message, 72) AS message, r.detail
FROM unnest(ARRAY[
    -- empty, blank, NULL-ish
    '', '   ', E'\t\n\r', 'NULL', 'null',
    -- not a year
    'abc', '21', '021', '-2021', '+2021', '２０２１', '２０２１-Q1',
    -- the separator and what follows it
    '2021-', '2021-X1', '2021-A', '2021-Q', '2021-Q12', '2021-Q１',
    '2021-1', '2021-M1', '2021-W5', '2021-W005', '2021-D67', '2021-1-1',
    '2021-11-1', '2021-11-', '2021/11', '2021_11', '2021 - 11',
    -- lenient-only forms are not accepted by the strict cast
    '2021Q1', '2021 Q1', 'Q1 2021', 'Nov 2021', '2021年', '2021年第三季度',
    -- date-times
    '2021-03-08 10:00', '2021-03-08T', '2021-03-08T10', '2021-03-08T10:00:00.',
    '2021-03-08T10:00+08:00', '2021-03-08T10:00:00-05:00', '2021-03-08T10:00:00 UTC',
    -- spans
    '2021-01/', '/2021-01', '2021-01//2021-02', '2021-01 /2021-11', '2021-01/ 2021-11',
    '2021-01/2021-11/2021-12', '2021-Q1/2021-03', '2021/2021-12',
    '2021-01-01/2021-01', '2021-W01/2021-01-10', '2021-11/2021-01', '2021-Q3/2021-Q1',
    '2021-W02/2021-W01', '2021-03-09/2021-03-08',
    -- ISO durations
    '2021-01/P', '2021-01/P0M', '2021-01/P0Y0M', '2021-Q1/P2M', '2021/P6M', '2021-01/P1D',
    '2021-W01/P1M', '2021-W01/P10D', '2021-01/P1M1Y', '2021-01/PT1H', '2021-01/P11',
    'P1M/2021-01', '2021-01/-P1M',
    -- markup, code and garbage
    '<b>2021</b>', '<period>2021-Q1</period>', '<![CDATA[2021-Q1]]>',
    '{"period": "2021-Q1"}', '2021-11''; DROP TABLE t; --', '2021-11 or 1=1',
    repeat('x', 5000), repeat('2021-', 1000),
    chr(1) || chr(27) || '[0m' || chr(127), E'2021\u00a0Q1', U&'\3000' || '2021',
    '💩', '二〇二一年', '2021‐11'
]) WITH ORDINALITY AS t(input, n),
     LATERAL pe_try_period(input) r
ORDER BY n;

-- 2. Fields out of range: 22008, period field value out of range.
SELECT n, pe_clip(input, 30) AS input, r.result, r.state,
       pe_clip(r.message, 72) AS message, r.detail
FROM unnest(ARRAY[
    -- years
    '0000', '0000-Q1', '10000', '10000-01', '20211', repeat('9', 40),
    -- sub-year numbers
    '2021-A2', '2021-S0', '2021-S3', '2021-H3', '2021-T0', '2021-T4',
    '2021-Q0', '2021-Q5', '2021-00', '2021-13', '2021-M00', '2021-M13',
    -- ISO weeks: 2021 has 52
    '2021-W00', '2021-W53', '2021-W54', '2019-W53',
    -- days
    '2021-01-00', '2021-01-32', '2021-02-29', '1900-02-29', '2021-04-31',
    '2021-D000', '2021-D366', '2020-D367',
    -- times of day
    '2021-03-08T24:00:00', '2021-03-08T10:60', '2021-03-08T10:00:60',
    -- spans reaching past the calendar
    '0000-01/2021-01', '2021-01/10000-01', '9999-12/P2M', '9999/P2Y',
    '9999-W52/P2W', '9999-12-31/P2D', '2021-01/P99999999M'
]) WITH ORDINALITY AS t(input, n),
     LATERAL pe_try_period(input) r
ORDER BY n;

-- 3. to_period(): when no lenient form fits, the strict error stands.
SELECT n, input, r.result, r.state, pe_clip(r.message, 72) AS message, r.detail
FROM unnest(ARRAY[
    '', 'Q5 2021', 'Foo 2021', '2021年第五季度', '2021年13月', '2021年2月30日',
    '2021年1-13月', '2021年前五季度', '2021-13', '2021 Q0', 'M13 2021', '2021M13',
    '2021年11-1月'
]) WITH ORDINALITY AS t(input, n),
     LATERAL pe_try_period(input, true) r
ORDER BY n;

-- 4. NULL: the cast and every function are strict, so NULL gives NULL
--    (and generate_periods() no rows).
SELECT n, expr, coalesce(r.result, '(null)') AS result, r.state
FROM unnest(ARRAY[
    'NULL::text::period', 'to_period(NULL)', 'period_start(NULL)',
    'period_end(NULL)', 'period_freq(NULL)', 'period_length(NULL)',
    'period_is_cumulative(NULL)', 'period(NULL::date, ''M'')',
    'period(''2021-03-08'', NULL)', 'period_year_ago(NULL)', 'period_ytd(NULL)',
    'period_parent(NULL, ''A'')', 'period_parent(''2021-11'', NULL)',
    '''2021-11''::period + NULL::int', 'NULL::period - ''2021-11''::period',
    '(SELECT count(*) FROM generate_periods(NULL, ''2021-11''))'
]) WITH ORDINALITY AS t(expr, n),
     LATERAL pe_try_expr(expr) r
ORDER BY n;

-- 5. Expressions: arithmetic out of the calendar (22008), mixed frequencies
--    and unknown frequency names (22023).
SELECT n, expr, r.result, r.state, r.message, r.detail, r.hint
FROM unnest(ARRAY[
    -- shifts past 9999 or before 0001
    '''9999-12''::period + 1', '1 + ''9999''::period', '''9999-Q4''::period + 1',
    '''9999-12-31''::period + 1', '''9999-W52''::period + 1',
    '''0001-01''::period - 1', '''0001''::period - 1', '''0001-01-01''::period - 1',
    '''0001-W01''::period - 1', '''0001-S1''::period + (-1)',
    '''2021-11''::period + 2147483647', '''2021-11''::period - (-2147483647 - 1)',
    '''2021-01/2021-11''::period + 100000', '''9999-01/9999-12''::period + 1',
    -- period_year_ago of the first year has nothing to go back to
    -- (the month-based frequencies are checked separately below)
    'period_year_ago(''0001-03-01'')', 'period_year_ago(''0001-W10'')',
    -- dates outside the calendar
    'period(''infinity''::date, ''M'')', 'period(''-infinity''::date, ''D'')',
    'period(''0001-12-31 BC''::date, ''D'')', 'period(''10000-01-01''::date, ''A'')',
    -- mixed frequencies
    '''2021-Q1''::period - ''2021-03''::period', '''2021''::period - ''2021-S1''::period',
    '''2021-W05''::period - ''2021-02-01''::period',
    '(SELECT count(*) FROM generate_periods(''2021-01'', ''2021-Q4''))',
    '(SELECT count(*) FROM generate_periods(''2021-01/2021-03'', ''2021-12''))',
    -- unknown frequency names
    'period(''2021-03-08''::date, ''X'')', 'period(''2021-03-08''::date, '''')',
    'period(''2021-03-08''::date, ''fortnight'')', 'period(''2021-03-08''::date, ''months'')',
    'period_parent(''2021-11'', ''decade'')', 'period_parent(''2021-11'', ''Q1'')',
    -- period_parent: the period does not fit in one period of the frequency
    'period_parent(''2021'', ''M'')', 'period_parent(''2021-Q1'', ''W'')',
    'period_parent(''2021-01/2021-04'', ''Q'')', 'period_parent(''2021-11'', ''W'')',
    'period_parent(''2020-W53/2021-W02'', ''A'')'
]) WITH ORDINALITY AS t(expr, n),
     LATERAL pe_try_expr(expr) r
ORDER BY n;

-- period_year_ago() of a year, quarter or month of the year 0001: there is
-- no year 0000, so "period out of range" like the day and week above.
SELECT period_year_ago('0001');
SELECT period_year_ago('0001-06');
SELECT period_year_ago('0001-Q2');
SELECT period_year_ago('0001-S2');

-- A week does not lie within one day: the Thursday rule picks the month,
-- quarter or year of a week, not a day.
SELECT period_parent('2021-W13', 'D');

-- The error as psql shows it, with its position in the statement.
SELECT '2021-W53'::period;
SELECT '2021-Q1'::period - '2021-03'::period;

DROP FUNCTION pe_try_expr(text);
DROP FUNCTION pe_try_period(text, boolean);
DROP FUNCTION pe_clip(text, int);
