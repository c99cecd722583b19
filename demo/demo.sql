-- make demo: periods at work on real published Chinese statistics.
-- Data: demo/data/*.csv (see demo/README.md for the sources).
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION policy_ext;

CREATE TABLE raw (series text, period text, value numeric, unit text, kind text, source text);
\copy raw FROM 'demo/data/industrial_value_added.csv' CSV HEADER
\copy raw FROM 'demo/data/crude_steel.csv' CSV HEADER
\copy raw FROM 'demo/data/5g_base_stations.csv' CSV HEADER
\copy raw FROM 'demo/data/specialised_smes.csv' CSV HEADER
\copy raw FROM 'demo/data/champions_and_shares.csv' CSV HEADER
\copy raw FROM 'demo/data/macro_outcomes.csv' CSV HEADER

-- The period column is a real type: SDMX-style text goes in unchanged.
CREATE TABLE observations AS
  SELECT series, period::period AS period, value, unit, kind, source FROM raw;
CREATE INDEX ON observations (series, kind, period);

\echo
\echo '== What the sample holds: observations by series and frequency =='
SELECT series,
       count(*) FILTER (WHERE NOT period_is_cumulative(period)) AS single_periods,
       count(*) FILTER (WHERE period_is_cumulative(period))     AS year_to_date,
       string_agg(DISTINCT period_freq(period), ',')            AS frequencies,
       min(period) AS first, max(period) AS last
FROM observations GROUP BY series ORDER BY series;

\echo
\echo '== Crude steel 2021 (10k t): each month beside the year-to-date figure it ends =='
\echo '   (NBS publishes January and February together; November''s single-month level'
\echo '    was not in the release, so it is derived from the two cumulative figures)'
SELECT m.period                                    AS month,
       period_ytd(m.period)                        AS ytd_period,
       y.value                                     AS ytd_output,
       coalesce(mo.value, y.value - prev.value)    AS month_output,
       CASE WHEN mo.value IS NOT NULL THEN 'published'
            WHEN prev.value IS NOT NULL THEN 'derived: ytd - previous ytd'
            ELSE 'January and February together only' END AS how
FROM generate_periods('2021-02', '2021-12') AS m(period)
LEFT JOIN observations y    ON y.series = 'crude_steel_ytd' AND y.kind = 'level'
                           AND y.period = period_ytd(m.period)
LEFT JOIN observations prev ON prev.series = 'crude_steel_ytd' AND prev.kind = 'level'
                           AND prev.period = period_ytd(m.period - 1)
LEFT JOIN observations mo   ON mo.series = 'crude_steel_month' AND mo.kind = 'level'
                           AND mo.period = m.period
WHERE y.value IS NOT NULL
ORDER BY m.period;

\echo
\echo '== Industrial value added (real growth, % yoy): the latest figure of each quarter =='
SELECT period_parent(period, 'Q') AS quarter, max(period) AS latest_month,
       (array_agg(value ORDER BY period DESC))[1] AS yoy_pct
FROM observations
WHERE series = 'iva_above_size_month' AND period_start(period) >= '2021-01-01'
  AND period_start(period) < '2022-01-01'
GROUP BY 1 ORDER BY 1;

\echo
\echo '== 5G base stations in service: the last count published in each year =='
SELECT period_parent(period, 'A') AS year, max(period) AS as_of,
       (array_agg(value ORDER BY period DESC))[1] AS stations
FROM observations WHERE series = '5g_base_stations' AND kind = 'level'
GROUP BY 1 ORDER BY 1;

\echo
\echo '== Crude steel: growth on a year earlier, found by period (yoy) and by position (lag 12) =='
\echo '   The monthly levels have gaps, so the 12th row back is rarely the same month a year'
\echo '   earlier; yoy() finds that month by its period, or says NULL. NBS publishes its own'
\echo '   rate on a comparable basis (revised levels), so it differs from the ratio of first releases.'
SELECT g.period, g.value AS output_10kt,
       g.yoy_by_period_pct, g.lag_compares_with, g.lag_says_pct,
       pub.value AS nbs_yoy_pct
FROM (SELECT series, period, value,
             round(delta_value(yoy(value, period) OVER w), 1) AS yoy_by_period_pct,
             lag(period, 12) OVER w                          AS lag_compares_with,
             round(100 * (value / lag(value, 12) OVER w - 1), 1) AS lag_says_pct
      FROM observations
      WHERE series IN ('crude_steel_month', 'crude_steel_ytd') AND kind = 'level'
      WINDOW w AS (PARTITION BY series ORDER BY period)) g
LEFT JOIN observations pub ON pub.series = g.series AND pub.period = g.period
                          AND pub.kind = 'yoy_pct'
WHERE period_start(g.period) >= '2021-01-01' AND period_start(g.period) < '2022-01-01'
ORDER BY g.series, g.period;

\echo
\echo '== Crude steel 2021: single months recovered from the year-to-date releases =='
SELECT period, value AS ytd_output,
       ytd_decumulate(value, period) OVER (ORDER BY period) AS month_output
FROM observations
WHERE series = 'crude_steel_ytd' AND kind = 'level'
  AND period_start(period) >= '2021-01-01' AND period_start(period) < '2022-01-01'
ORDER BY period;
