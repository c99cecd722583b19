--
-- metric_delta_arith: building changes from two values, applying them to
-- levels, chaining, compounding, annualizing and inverting them
-- (DESIGN §2, doc/metric_delta.md "Rules").
--
-- Every expected value was worked out by hand (or with a pencil-and-paper
-- equivalent: exact decimal arithmetic) before the test was run, and is
-- written next to the expression: the "ok" column says whether the result
-- is that value.  The rules used:
--   * a % change is (cur / prev - 1) x 100; pp and absolute changes are
--     cur - prev;
--   * every computed change is rounded to 15 significant digits, half away
--     from zero; so is every computed level (numeric + change, delta_base),
--     whose trailing zeros are then trimmed;
--   * chaining a and b gives (1+a)(1+b) - 1 for %, a + b for pp and
--     absolute changes, with basis cum unless neither had a basis;
--   * delta_compound gives basis cum, delta_annualize pa, delta_invert keeps
--     the basis.
--

-- The result of an expression as text, and whether it is the expected text.
CREATE FUNCTION ma_check(expr text, want text,
    OUT result text, OUT ok boolean)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'SELECT (' || expr || ')::text' INTO result;
    ok := result IS NOT DISTINCT FROM want;
EXCEPTION WHEN others THEN
    result := 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
    ok := false;
END
$$;

-- 1. metric_delta(current, previous [, kind [, basis]]): the change from
--    previous to current.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    -- 110.1 / 100 - 1 = 0.101
    (1, 'metric_delta(110.1, 100)', '+10.1%'),
    (2, 'metric_delta(110.1, 100, ''%'', ''yoy'')', '+10.1% yoy'),
    -- kind and basis names in any case; "percent" and "absolute" spelt out
    (3, 'metric_delta(110.1, 100, ''PERCENT'', ''YoY'')', '+10.1% yoy'),
    -- 110.1 - 100
    (4, 'metric_delta(110.1, 100, ''pp'', ''yoy'')', '+10.1pp yoy'),
    (5, 'metric_delta(110.1, 100, ''abs'', ''mom'')', '+10.1 mom'),
    (6, 'metric_delta(110.1, 100, ''absolute'', ''base'')', '+10.1 base'),
    -- 100 / 110 - 1 = -0.0909090909... -> 15 digits
    (7, 'metric_delta(100, 110)', '-9.09090909090909%'),
    -- 1/3 - 1 = -0.6666...: the 16th digit 6 rounds the 15th up
    (8, 'metric_delta(1, 3)', '-66.6666666666667%'),
    -- 2/3 - 1 = -0.3333...: the 16th digit 3 rounds down
    (9, 'metric_delta(2, 3)', '-33.3333333333333%'),
    -- crude steel 2021 on the first-published 2020 level (10k t):
    -- 103279 / 105300 - 1 = -0.019192782526115859... -> -1.91927825261159
    (10, 'metric_delta(103279, 105300, ''%'', ''yoy'')', '-1.91927825261159% yoy'),
    -- 5G base stations, end-2021 on end-2020: 1425000 / 771000 - 1
    -- = 0.84824902723735408... -> 84.8249027237354
    (11, 'metric_delta(1425000, 771000, ''%'', ''yoy'')', '+84.8249027237354% yoy'),
    (12, 'metric_delta(1425000, 771000, ''abs'', ''yoy'')', '+654000 yoy'),
    -- little giants: 4762 in total at end-2021, 1832 a year earlier
    (13, 'metric_delta(4762, 1832, ''abs'', ''yoy'')', '+2930 yoy'),
    -- manufacturing value added, share of GDP: 27.7% in 2022, 27.4% in 2021
    (14, 'metric_delta(27.7, 27.4, ''pp'', ''yoy'')', '+0.3pp yoy'),
    -- tiny and huge values keep their significant digits:
    -- (1e20 + 1) / 1e20 - 1 = 1e-20, x 100 = 1e-18 %
    (15, 'metric_delta(100000000000000000001, 100000000000000000000)', '+0.000000000000000001%'),
    (16, 'metric_delta(0.000001, 0.000002)', '-50%'),
    (17, 'metric_delta(3e40, 1e40)', '+200%'),
    -- an absolute change of 18 digits is rounded to 15
    (18, 'metric_delta(1234567890.123456789, 0, ''abs'')', '+1234567890.12346'),
    (19, 'metric_delta(-1234567890.123455, 0, ''abs'')', '-1234567890.12346'),
    -- both negative: -110 = -100 x (1 + 0.1)
    (20, 'metric_delta(-110, -100)', '+10%'),
    (21, 'metric_delta(0, 5)', '-100%'),
    -- double precision: the same rules, on the values as PostgreSQL shows
    -- them; 15-digit rounding hides the binary noise of the division
    (22, 'metric_delta(110.1::float8, 100::float8)', '+10.1%'),
    (23, 'metric_delta(1::float8, 3::float8)', '-66.6666666666667%'),
    (24, 'metric_delta(0.3::float8, 0.1::float8)', '+200%'),
    (25, 'metric_delta(0.3::float8, 0.1::float8, ''abs'')', '+0.2'),
    (26, 'metric_delta(5.5::float8, 5.1::float8, ''pp'', ''yoy'')', '+0.4pp yoy'),
    (27, 'metric_delta(1425000::float8, 771000::float8)', '+84.8249027237354%')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 2. numeric + metric_delta: the level after the change.  A % change
--    scales, a pp or absolute change adds.  Decimal throughout:
--    100 + '+10.1%' is 110.1, never 110.10000000000001.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    (1, '100 + ''+10.1%''::metric_delta', '110.1'),
    (2, '''+10.1%''::metric_delta + 100', '110.1'),
    (3, '100 + ''+10.1% yoy''::metric_delta', '110.1'),
    (4, '100.00 + ''+10.1%''::metric_delta', '110.1'),        -- trailing zeros trimmed
    (5, '100 + ''-0.3pp''::metric_delta', '99.7'),
    (6, '5.1 + ''+0.4pp yoy''::metric_delta', '5.5'),
    (7, '1832 + ''+2930 yoy''::metric_delta', '4762'),
    (8, '100 + ''+0%''::metric_delta', '100'),
    (9, '100 + ''-100%''::metric_delta', '0'),
    (10, '100 + ''-150%''::metric_delta', '-50'),
    (11, '-100 + ''+10%''::metric_delta', '-110'),            -- -100 x 1.1
    (12, '0.1 + ''+200%''::metric_delta', '0.3'),
    -- 3 x 1.333333333333333333 = 3.999999999999999999 -> 15 digits: 4
    (13, '3 + ''+33.3333333333333333%''::metric_delta', '4'),
    -- 1 x 1.000000000000000001 -> 15 digits: 1
    (14, '1 + ''+0.0000000000000001%''::metric_delta', '1'),
    -- 771000 x 1.848249027237354 = 1424999.999999999934 -> 1425000
    (15, '771000 + ''+84.8249027237354%''::metric_delta', '1425000'),
    -- 68889 x 1.0640595740974611 = 73301.9999999999977... -> 73302
    (16, '68889 + ''+6.40595740974611%''::metric_delta', '73302'),
    -- a level is rounded to 15 significant digits, integers too
    (17, '123456789012345678 + ''+0''::metric_delta', '123456789012346000'),
    (18, '1 + ''+0.1234567890123455''::metric_delta', '1.12345678901235'),
    (19, '0.000000000000000123456 + ''+0%''::metric_delta', '0.000000000000000123456'),
    (20, '12345.678 + ''+10.1%''::metric_delta', '13592.591478'),
    (21, '''NaN''::numeric + ''+10%''::metric_delta', 'NaN')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 3. delta_base(current, change): the level the change started from.
--    "X, up 10.1%" gives X / 1.101; "X, 2930 more" gives X - 2930.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    (1, 'delta_base(110.1, ''+10.1%'')', '100'),
    (2, 'delta_base(99.7, ''-0.3pp'')', '100'),
    (3, 'delta_base(4762, ''+2930 yoy'')', '1832'),
    (4, 'delta_base(0, ''+10%'')', '0'),
    (5, 'delta_base(-110, ''+10%'')', '-100'),
    (6, 'delta_base(100, ''-50%'')', '200'),
    -- 100 / 3 = 33.333... -> 15 digits
    (7, 'delta_base(100, ''+200%'')', '33.3333333333333'),
    -- 1 / 1.101 = 0.908265213442325158... -> 15 digits
    (8, 'delta_base(1, ''+10.1% yoy'')', '0.908265213442325'),
    -- crude steel, 2021: 103279 (10k t), down 3.0% on a comparable basis:
    -- 103279 / 0.97 = 106473.19587628865979... -> 106473.195876289
    (9, 'delta_base(103279, ''-3.0% yoy'')', '106473.195876289'),
    -- January-November 2021: 94636, down 2.6%: 94636 / 0.974
    -- = 97162.2176591375770... -> 97162.2176591376
    (10, 'delta_base(94636, ''-2.6% yoy'')', '97162.2176591376'),
    (11, 'delta_base(100, ''+0%'')', '100'),
    (12, 'delta_base(100, ''-100%'')', NULL),                 -- nothing left of the base
    (13, 'delta_base(100, ''-150%'')', '-200'),               -- -200 x (1 - 1.5) = 100
    (14, 'delta_base(13592.591478, ''+10.1%'')', '12345.678')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 4. metric_delta + metric_delta: two consecutive changes as one.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    -- 1.1 x 1.1 - 1 = 0.21
    (1, '''+10%''::metric_delta + ''+10%''', '+21%'),
    (2, '''+10% yoy''::metric_delta + ''+10%''', '+21% cum'),
    (3, '''+10% pa''::metric_delta + ''+10% pa''', '+21% cum'),
    -- 1.1 x 0.9 - 1 = -0.01
    (4, '''+10% yoy''::metric_delta + ''-10% yoy''', '-1% cum'),
    -- 0.5 - 0.2
    (5, '''+0.5pp''::metric_delta + ''-0.2pp''', '+0.3pp'),
    (6, '''+0.5pp mom''::metric_delta + ''-0.2pp mom''', '+0.3pp cum'),
    (7, '''+2930''::metric_delta + ''+4328''', '+7258'),
    (8, '''+2930 yoy''::metric_delta + ''+4328 yoy''', '+7258 cum'),
    -- 0 x 1.5 - 1; 2 x 0.5 - 1
    (9, '''-100%''::metric_delta + ''+50%''', '-100%'),
    (10, '''+100%''::metric_delta + ''-50%''', '+0%'),
    -- industrial value added, Jan-Nov 2021 and Jan-Nov 2022 on a year
    -- earlier: 1.101 x 1.038 = 1.142838
    (11, '''+10.1% yoy''::metric_delta + ''+3.8% yoy''', '+14.2838% cum'),
    (12, '''+3.8% yoy''::metric_delta + ''+10.1% yoy''', '+14.2838% cum'),
    -- the order of the operands does not matter
    (13, '''+7% pa''::metric_delta + ''-13.5% cum'' = ''-13.5% cum''::metric_delta + ''+7% pa''', 'true'),
    (14, '''+0% yoy''::metric_delta + ''+0% yoy''', '+0% cum'),
    -- 1.000000000000000001 x 1.000000000000000001 - 1 = 2e-18 (+1e-36)
    (15, '''+0.0000000000000001%''::metric_delta + ''+0.0000000000000001%''', '+0.0000000000000002%')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 5. delta_chain(metric_delta): the aggregate of +.  NULLs are skipped;
--    one change is itself (its basis kept); no rows give NULL.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    -- 1.1 x 1.2 x 0.95 = 1.254
    (1, 'SELECT delta_chain(d) FROM unnest(''{+10%,+20%,-5%}''::metric_delta[]) d', '+25.4%'),
    (2, 'SELECT delta_chain(d) FROM unnest(''{-5%,+10%,+20%}''::metric_delta[]) d', '+25.4%'),
    (3, 'SELECT delta_chain(d) FROM unnest(''{+10% yoy,+20%,-5%}''::metric_delta[]) d', '+25.4% cum'),
    (4, 'SELECT delta_chain(d) FROM unnest(''{+10% yoy}''::metric_delta[]) d', '+10% yoy'),
    (5, 'SELECT delta_chain(d) FROM unnest(''{NULL,+10% yoy,NULL}''::metric_delta[]) d', '+10% yoy'),
    (6, 'SELECT delta_chain(d) FROM unnest(''{}''::metric_delta[]) d', NULL),
    -- 0.1 + 0.2 - 0.4
    (7, 'SELECT delta_chain(d) FROM unnest(''{+0.1pp mom,+0.2pp mom,-0.4pp mom}''::metric_delta[]) d', '-0.1pp cum'),
    -- the national little-giant batches of 2019, 2020 and 2021:
    -- 248 + 1584 + 2930 = 4762, the total stated at the end of 2021
    (8, 'SELECT delta_chain(d) FROM unnest(''{+248,+1584,+2930}''::metric_delta[]) d', '+4762'),
    -- twelve months of +1%: 1.01^12 - 1 = 0.12682503013196972066...
    -- -> 15 digits 12.6825030131970; every intermediate result rounded to
    -- 15 digits gives the same
    (9, 'SELECT delta_chain(''+1% mom'') FROM generate_series(1, 12)', '+12.682503013197% cum'),
    -- the same through a window: the running chain
    (10, 'SELECT string_agg(c::text, '', '' ORDER BY i) FROM (SELECT i, delta_chain(''+10%''::metric_delta) OVER (ORDER BY i) AS c FROM generate_series(1, 4) i) x',
         '+10%, +21%, +33.1%, +46.41%'),
    -- by group
    (11, 'SELECT string_agg(g || '' '' || c, '', '' ORDER BY g) FROM (SELECT g, delta_chain(d) AS c FROM (VALUES (''a'', ''+10%''::metric_delta), (''b'', ''+1pp''), (''a'', ''+10%''), (''b'', ''+2pp'')) v(g, d) GROUP BY g) x',
         'a +21%, b +3pp')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

--    In parallel: the partial chains of the workers are chained by the
--    combine function.  10000 rows of +0.01pp are +100pp, exactly.
CREATE TABLE ma_chain (d metric_delta);
INSERT INTO ma_chain SELECT '+0.01pp mom' FROM generate_series(1, 10000);
ANALYZE ma_chain;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
CREATE FUNCTION ma_plan_has(query text, node text) RETURNS boolean
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
SELECT ma_plan_has('SELECT delta_chain(d) FROM ma_chain', 'Partial Aggregate') AS partial;
SELECT delta_chain(d) AS chained, count(*) FROM ma_chain;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET parallel_leader_participation;
DROP TABLE ma_chain;
DROP FUNCTION ma_plan_has(text, text);

-- 6. delta_compound(d, n): n periods of d in a row.  (1+a)^n - 1 for %,
--    n x d for pp and absolute changes; basis cum.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    -- 1.1^2 - 1 = 0.21
    (1, 'delta_compound(''+10% pa'', 2)', '+21% cum'),
    -- 1.07^2 = 1.1449, ^3 = 1.225043, ^4 = 1.31079601, ^5 = 1.4025517307
    (2, 'delta_compound(''+7% pa'', 5)', '+40.25517307% cum'),
    (3, 'delta_compound(''+10%'', 1)', '+10% cum'),
    (4, 'delta_compound(''+10%'', 0)', '+0% cum'),
    -- 1.1^-1 - 1 = -0.0909090909...
    (5, 'delta_compound(''+10%'', -1)', '-9.09090909090909% cum'),
    -- 1.21^0.5 = 1.1
    (6, 'delta_compound(''+21%'', 0.5)', '+10% cum'),
    (7, 'delta_compound(''-100%'', 2)', '-100% cum'),
    -- 0.97^5 = 0.8587340257
    (8, 'delta_compound(''-3% yoy'', 5)', '-14.12659743% cum'),
    -- 1.01^12 - 1, as in section 5
    (9, 'delta_compound(''+1% mom'', 12)', '+12.682503013197% cum'),
    (10, 'delta_compound(''+0.5pp'', 3)', '+1.5pp cum'),
    (11, 'delta_compound(''-0.3pp mom'', 12)', '-3.6pp cum'),
    (12, 'delta_compound(''+2930'', 2)', '+5860 cum'),
    (13, 'delta_compound(''+2930'', 0.5)', '+1465 cum'),
    -- 1.1^1000 = 2.4699329180058263...e41; x 100 -> 15 digits
    (14, 'delta_compound(''+10%'', 1000)', '+24699329180058300000000000000000000000000000% cum')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 7. delta_annualize(d, years): the average change per year that gives d
--    over that many years.  (1+c)^(1/years) - 1 for %, d / years for pp and
--    absolute changes; basis pa.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    (1, 'delta_annualize(''+21% cum'', 2)', '+10% pa'),
    (2, 'delta_annualize(''+40.25517307% cum'', 5)', '+7% pa'),
    -- energy use per unit of GDP, 13.5% lower over 2021-2025:
    -- 0.865^(1/5) - 1 = -0.0285885425992796126... -> 15 digits
    (3, 'delta_annualize(''-13.5% cum'', 5)', '-2.85885425992796% pa'),
    -- the "two-year average growth" of industrial value added, Jan-Nov
    -- 2021 (+10.1%) then Jan-Nov 2022 (+3.8%): 1.142838^(1/2) - 1
    -- = 0.069036014360601417... -> 15 digits
    (4, 'delta_annualize(''+14.2838% cum'', 2)', '+6.90360143606014% pa'),
    (5, 'delta_annualize(''+10.1% yoy''::metric_delta + ''+3.8% yoy'', 2)', '+6.90360143606014% pa'),
    -- half a year of +10% is 1.1^2 - 1 = 21% a year
    (6, 'delta_annualize(''+10%'', 0.5)', '+21% pa'),
    (7, 'delta_annualize(''-100% cum'', 2)', '-100% pa'),
    (8, 'delta_annualize(''+0% cum'', 7)', '+0% pa'),
    (9, 'delta_annualize(''+1.5pp cum'', 3)', '+0.5pp pa'),
    (10, 'delta_annualize(''+7258'', 2)', '+3629 pa'),
    -- 1 / 3 -> 15 digits
    (11, 'delta_annualize(''+1'', 3)', '+0.333333333333333 pa'),
    (12, 'delta_annualize(''-14.12659743% cum'', 5)', '-3% pa')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 8. delta_invert(d): the change that undoes d.  1/(1+a) - 1 for %, -d for
--    pp and absolute changes; the basis is kept; NULL after a 100% fall.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    -- 1/1.1 - 1 = -0.090909...
    (1, 'delta_invert(''+10% yoy'')', '-9.09090909090909% yoy'),
    -- 1/0.909090909090909100 - 1 = 0.0999999999999999989 -> 15 digits: 0.1
    (2, 'delta_invert(''-9.09090909090909% yoy'')', '+10% yoy'),
    (3, 'delta_invert(''+100%'')', '-50%'),
    (4, 'delta_invert(''-50% cum'')', '+100% cum'),
    -- 1/1.25 - 1 = -0.2
    (5, 'delta_invert(''+25% pa'')', '-20% pa'),
    (6, 'delta_invert(''+0%'')', '+0%'),
    (7, 'delta_invert(''-100%'')', NULL),
    -- 1/(1 - 1.5) - 1 = -3
    (8, 'delta_invert(''-150%'')', '-300%'),
    -- 1/0.97 - 1 = 0.030927835051546391752... -> 15 digits
    (9, 'delta_invert(''-3% yoy'')', '+3.09278350515464% yoy'),
    (10, 'delta_invert(''+0.3pp mom'')', '-0.3pp mom'),
    (11, 'delta_invert(''-2930 yoy'')', '+2930 yoy'),
    (12, 'delta_invert(''+0 base'')', '+0 base')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 9. Rounding: 15 significant digits, half away from zero (not half to
--    even), for changes and for levels alike.  "+0pp" and "+0" add
--    nothing, so these show the rounding alone.
SELECT n, expr, r.result, r.ok
FROM (VALUES
    -- 0.123456789012345|5 -> ...346
    (1, '''+0.1234567890123455pp''::metric_delta + ''+0pp''', '+0.123456789012346pp'),
    -- 0.123456789012344|5 -> ...345 (half to even would give ...344)
    (2, '''+0.1234567890123445pp''::metric_delta + ''+0pp''', '+0.123456789012345pp'),
    (3, '''-0.1234567890123445pp''::metric_delta + ''-0pp''', '-0.123456789012345pp'),
    -- 0.123456789012344|4999 -> ...344
    (4, '''+0.12345678901234449pp''::metric_delta + ''+0pp''', '+0.123456789012344pp'),
    -- 999999999999999|5 -> 1000000000000000
    (5, '''+999999999999999.5''::metric_delta + ''+0''', '+1000000000000000'),
    (6, '''+0.5''::metric_delta + ''+0.0000000000000005''', '+0.500000000000001'),
    (7, '''-0.5''::metric_delta + ''-0.0000000000000005''', '-0.500000000000001'),
    (8, '''+0.5''::metric_delta + ''+0.0000000000000004999''', '+0.5'),
    -- an input keeps its 18 digits; only computed values are rounded
    (9, '''+0.123456789012345678pp''::metric_delta', '+0.123456789012345678pp'),
    -- levels
    (10, '0.5 + ''+0.0000000000000005''::metric_delta', '0.500000000000001'),
    (11, '-0.5 + ''-0.0000000000000005''::metric_delta', '-0.500000000000001'),
    (12, '999999999999999 + ''+0.5''::metric_delta', '1000000000000000'),
    (13, '1000000000000000 + ''+0.5''::metric_delta', '1000000000000000'),
    (14, '1234567890123456 + ''+0''::metric_delta', '1234567890123460'),
    (15, '-1234567890123455 + ''+0''::metric_delta', '-1234567890123460'),
    (16, '2.5 + ''+0%''::metric_delta', '2.5')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 10. Identities, over a grid of levels and changes chosen so that every
--     intermediate result has at most 15 significant digits (so no rounding
--     happens and the identities hold exactly):
--       (x + d) - d gives x back              delta_base(x + d, d) = x
--       the change from x to x + d is d       metric_delta(x + d, x, kind) = d
--       compound then annualize is identity   delta_annualize(delta_compound(d, n), n) = d pa
--       inverting twice is identity           delta_invert(delta_invert(d)) = d
WITH x(x) AS (VALUES (100), (0.37), (2930), (103279), (0.00001), (12345.678), (-250)),
     d(d) AS (VALUES ('+10.1%'::metric_delta), ('-3%'), ('+7%'), ('-13.5%'),
                     ('+0.5pp'), ('-2930'), ('+0%'), ('-50%'))
SELECT count(*) AS cases,
       count(*) FILTER (WHERE delta_base(x + d, d) = x) AS base_of_sum,
       count(*) FILTER (WHERE metric_delta(x + d, x, delta_kind(d)) = d) AS change_of_sum
FROM x, d;

WITH d(d) AS (VALUES ('+10.1%'::metric_delta), ('-3%'), ('+7%'), ('+0.5pp'), ('-2930'),
                     ('+0%'), ('-50%'), ('+100%')),
     n(n) AS (VALUES (1), (2), (5))
SELECT count(*) AS cases,
       count(*) FILTER (WHERE delta_value(a) = delta_value(d)
                          AND delta_kind(a) = delta_kind(d)
                          AND delta_basis(a) = 'pa') AS round_trip
FROM d, n, LATERAL (SELECT delta_annualize(delta_compound(d, n), n) AS a) x;

SELECT d, delta_invert(d) AS inverted, delta_invert(delta_invert(d)) AS back,
       delta_invert(delta_invert(d)) = d AS same
FROM unnest('{+10% yoy,-20% cum,+25%,+100% pa,-50%,+0.5pp,-2930 mom,+300%}'::metric_delta[]) AS d;

-- 11. The seed figures: changes reported in the ministers' interviews
--     (/work/shared/seeds), and the levels a year earlier that delta_base
--     recovers from them.
--   * industrial value added of enterprises above designated size, first
--     11 months of 2021: up 10.1% year on year.  The same months of 2020
--     were 1 / 1.101 of 2021's: 0.908265213442325 (section 3);
--   * national "little giant" firms: 2,930 newly recognised in 2021, 4,762
--     in total: 1,832 a year earlier (the batches of 2019 and 2020, 248 and
--     1,584);
--   * manufacturing "single champion" firms: 259 new in 2021, 848 in
--     total: 589 before;
--   * crude steel (seed 000: output must fall year on year in 2021): 2021
--     output 103,279 (10k t), down 3.0% on NBS's comparable basis; the base
--     that implies is 106,473.2, not the 105,300 first published for 2020
--     (NBS revised 2020 up; worldsteel gives 106,470);
--   * manufacturing value added, 27.7% of GDP in 2022 (seed 003) against
--     27.4% in 2021: +0.3pp.
SELECT figure, reported, r.result, r.ok
FROM (VALUES
    (1, 'industrial value added, Jan-Nov 2021', '+10.1% yoy',
        'delta_base(1, ''+10.1% yoy'')', '0.908265213442325'),
    (2, 'little giants, end-2021: 4762', '+2930 yoy',
        'delta_base(4762, ''+2930 yoy'')', '1832'),
    (3, 'single champions, end-2021: 848', '+259 yoy',
        'delta_base(848, ''+259 yoy'')', '589'),
    (4, 'crude steel 2021: 103279 (10k t)', '-3.0% yoy',
        'delta_base(103279, ''-3.0% yoy'')', '106473.195876289'),
    (5, 'crude steel 2021 on first-published 2020', '103279 / 105300',
        'metric_delta(103279, 105300, ''%'', ''yoy'')', '-1.91927825261159% yoy'),
    (6, 'manufacturing share of GDP, 2022: 27.7%', '27.7 vs 27.4',
        'metric_delta(27.7, 27.4, ''pp'', ''yoy'')', '+0.3pp yoy'),
    (7, 'little giants: 2021 batch and the 3000 planned for 2022', '+2930, +3000',
        '''+2930 yoy''::metric_delta + ''+3000 yoy''', '+5930 cum'),
    (8, 'inclusive small and micro loans, end-October 2021', '+26.7% yoy',
        '100 + ''+26.7% yoy''::metric_delta', '126.7')
) AS t(n, figure, reported, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

-- 12. Known problems (reported; the expected output shows the right answer).
--  a) A level is a numeric, not a metric_delta, and is rounded to 15
--     significant digits whatever its magnitude: 1e40 x 1.01 is 1.01e40,
--     and 1e-40 x 1.1 is 1.1e-40 (not 0, and not a metric_delta range
--     error).
SELECT n, expr, r.result, r.ok
FROM (VALUES
    (1, '1e40 + ''+1%''::metric_delta', '10100000000000000000000000000000000000000'),
    (2, '1e-40 + ''+10%''::metric_delta', '0.00000000000000000000000000000000000000011'),
    (3, '0.000000000000000000000000000123456 + ''+0%''::metric_delta', '0.000000000000000000000000000123456'),
    -- 1e-40 / 1.1 = 9.0909...e-41 -> 15 digits
    (4, 'delta_base(1e-40, ''+10%'')', '0.0000000000000000000000000000000000000000909090909090909'),
    (5, 'delta_base(1.01e40, ''+1%'')', '10000000000000000000000000000000000000000')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

--  b) double precision values: the change is that of the values as
--     PostgreSQL prints them (100.1, not 100.09999999999999431...), as
--     for numeric; 15-digit rounding of a double division loses the last
--     digits when the two values are close (cancellation in cur/prev - 1).
--     Crude steel, January-August 2021 on January-August 2020 and others
--     (levels in 10k t, exact integers in a double).
SELECT n, expr, r.result, r.ok
FROM (VALUES
    (1, 'metric_delta(100.1::float8, 100::float8)', '+0.1%'),
    -- 73302 / 68889 - 1 = 0.064059574097461133... -> 6.40595740974611
    (2, 'metric_delta(73302::float8, 68889::float8)', '+6.40595740974611%'),
    -- 80589 / 78159 - 1 = 0.031090469427705062... -> 3.10904694277051
    (3, 'metric_delta(80589::float8, 78159::float8)', '+3.10904694277051%'),
    -- 43502 / 47310 - 1 = -0.080490382582963432... -> -8.04903825829634
    (4, 'metric_delta(43502::float8, 47310::float8)', '-8.04903825829634%'),
    -- 93511 / 94636 - 1 = -0.011887653746988461... -> -1.18876537469885
    (5, 'metric_delta(93511::float8, 94636::float8)', '-1.18876537469885%')
) AS t(n, expr, want),
     LATERAL ma_check(expr, want) r
ORDER BY n;

DROP FUNCTION ma_check(text, text);
