-- make demo: a goal scorecard. Targets stated in Chinese government texts,
-- scored against the published statistics with policy_goal and goal_track.
-- Data: demo/data/*.csv (see demo/README.md for the sources).
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION policy_ext;

-- Observations: every data file has series,period,value,unit,kind,source.
CREATE TABLE raw (series text, period text, value numeric, unit text, kind text, source text);
\copy raw FROM 'demo/data/industrial_value_added.csv' CSV HEADER
\copy raw FROM 'demo/data/crude_steel.csv' CSV HEADER
\copy raw FROM 'demo/data/5g_base_stations.csv' CSV HEADER
\copy raw FROM 'demo/data/specialised_smes.csv' CSV HEADER
\copy raw FROM 'demo/data/champions_and_shares.csv' CSV HEADER
\copy raw FROM 'demo/data/macro_outcomes.csv' CSV HEADER
\copy raw FROM 'demo/data/energy_intensity_index.csv' CSV HEADER

-- The period column is a real type: SDMX-style text goes in unchanged.
CREATE TABLE observations AS
  SELECT series, period::period AS period, value, unit, kind, source FROM raw;

-- 5G stations built in a year, where MIIT's own figure is not in the data
-- (2023): the year-end stock less the stock a year earlier. Kept as a series
-- of its own, so the published additions stay apart from the derived ones.
INSERT INTO observations
SELECT '5g_base_stations_net_added', period_parent(cur.period, 'A'),
       cur.value - prev.value, cur.unit, 'count_new',
       'derived: stock on ' || cur.period || ' minus stock on ' || prev.period
FROM observations cur
JOIN observations prev ON prev.series = cur.series AND prev.kind = cur.kind
                      AND prev.period = period_year_ago(cur.period)
WHERE cur.series = '5g_base_stations' AND cur.kind = 'level'
  AND period_end(cur.period) = period_end(period_parent(cur.period, 'A'));
CREATE INDEX ON observations (series, kind, period);

-- Goals: the target in policy_goal syntax and the series it is measured on.
CREATE TABLE goals (ord serial, id text PRIMARY KEY, title text, goal policy_goal,
                    series text, kind text, source text);
\copy goals (id, title, goal, series, kind, source) FROM 'demo/data/goals.csv' CSV HEADER

-- A goal on a change within one period is scored on that change: a yoy rate
-- as '% yoy', a number added during the period as an absolute change.
CREATE FUNCTION as_change(value numeric, kind text) RETURNS metric_delta
  LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE kind WHEN 'yoy_pct'   THEN (value || '% yoy')::metric_delta
                   WHEN 'count_new' THEN (value::text)::metric_delta END;

-- One goal_track per goal over all the observations of its series: levels
-- as double precision, changes as metric_delta (the other aggregate is NULL).
CREATE FUNCTION score(as_of date DEFAULT NULL, method text DEFAULT 'statcan')
  RETURNS TABLE (ord int, id text, title text, goal policy_goal, series text,
                 kind text, a goal_assessment)
  LANGUAGE sql STABLE AS $$
  SELECT g.ord, g.id, g.title, g.goal, g.series, g.kind,
         coalesce(goal_track(g.goal, o.period, o.value::float8, method)
                    FILTER (WHERE o.kind = 'level'),
                  goal_track(g.goal, o.period, as_change(o.value, o.kind), method)
                    FILTER (WHERE o.kind <> 'level'))
  FROM goals g
  LEFT JOIN observations o ON o.series = g.series AND o.kind = g.kind
                          AND (as_of IS NULL OR period_end(o.period) <= as_of)
  GROUP BY g.ord, g.id, g.title, g.goal, g.series, g.kind
$$;

\echo
\echo '== Goal scorecard: each target against the latest published figure =='
SELECT s.title,
       s.goal,
       coalesce((s.a).status::text, 'no data')                   AS status,
       round(100 * (s.a).progress)                               AS "progress %",
       (s.a).latest_period                                       AS latest,
       o.value || CASE s.kind WHEN 'yoy_pct' THEN '% yoy'
                              WHEN 'count_new' THEN ' new' ELSE '' END AS "latest value",
       (s.a).required_pace                                       AS "pace needed"
FROM score() s
LEFT JOIN observations o ON o.series = s.series AND o.kind = s.kind
                        AND o.period = (s.a).latest_period
ORDER BY s.ord;

\echo 'How to read it (method statcan, the default of goal_track):'
\echo '  achieved    the latest figure meets the target (for a goal "in 2023": the figure for 2023 does)'
\echo '  missed      the deadline has passed (for "in 2023": the figure for 2023 is out) and the target'
\echo '              is not met; "~ 5.5" means 5.5 give or take half a unit of the last digit stated'
\echo '              (5.45 to 5.55), so a figure below that range misses as well as one above it'
\echo '  on_track / behind / off_track / regressing   for a goal "by" a year not yet met: R = growth per'
\echo '              year observed since the baseline / growth per year the target needs from the baseline;'
\echo '              R >= 0.95 on_track, 0.60 to 0.95 behind, 0 to 0.60 off_track, below 0 regressing.'
\echo '              For a goal "in" a year, on_track or behind is provisional: a year-to-date figure'
\echo '              (e.g. 2022-Q1) meets the target so far, or not'
\echo '  insufficient_data   no figure for the deadline yet, or no baseline to measure a trend from'
\echo '  progress %  for "by" goals, the share of the way from the baseline (the goal''s own, else the'
\echo '              first observation) to the target; over 100 once the target is passed'
\echo '  pace needed growth per year still needed from the latest figure (only while the goal is open)'

\echo
\echo '== Why: the baseline and latest figure each verdict rests on =='
SELECT s.id, s.series AS measured_on,
       (s.a).base_period || ' = ' || (s.a).base_value AS baseline,
       (s.a).reason
FROM score() s ORDER BY s.ord;

\echo
\echo '== The same goals as they stood at the end of 2022 (observations ending by 2022-12-31) =='
\echo '   Only goals with a deadline after 2022 and a trend to judge; the 5-year energy goal had one'
\echo '   yearly figure (2021: -2.7%) against the -2.86% a year it needs, so R = 0.94: just behind.'
SELECT s.id, s.goal, (s.a).status, round((s.a).ratio::numeric, 2) AS "R",
       (s.a).base_period AS baseline, (s.a).base_value AS base_value,
       (s.a).latest_period AS latest, (s.a).latest_value AS latest_value,
       (s.a).observed_pace AS "pace so far", (s.a).required_pace AS "pace needed",
       round((s.a).projected::numeric) AS "projected at deadline"
FROM score('2022-12-31') s
WHERE goal_deadline_kind(s.goal) = 'by'
  AND period_start(goal_deadline(s.goal)) > '2022-12-31'
ORDER BY s.ord;

\echo
\echo '== Crude steel must fall in 2021: the verdict after each year-to-date release =='
\echo '   Until the full year is out, a January-to-month rate gives a provisional verdict;'
\echo '   the January-December figure (-3.0%) settles it.'
SELECT r.period AS release, r.value AS "ytd yoy %", (t.a).status, (t.a).reason
FROM observations r
CROSS JOIN LATERAL (
  SELECT goal_track(g.goal, o.period, as_change(o.value, o.kind)) AS a
  FROM goals g
  JOIN observations o ON o.series = 'crude_steel_ytd' AND o.kind = 'yoy_pct'
                     AND period_end(o.period) <= period_end(r.period)
  WHERE g.id = 'steel_fall_2021'
  GROUP BY g.goal) t
WHERE r.series = 'crude_steel_ytd' AND r.kind = 'yoy_pct'
  AND r.period <@ '2021'::period
ORDER BY r.period;

\echo
\echo '== What the sample holds: observations by series =='
SELECT series, string_agg(DISTINCT kind, ',') AS kinds,
       count(*) FILTER (WHERE NOT period_is_cumulative(period)) AS single_periods,
       count(*) FILTER (WHERE period_is_cumulative(period))     AS year_to_date,
       min(period) AS first, max(period) AS last,
       (SELECT string_agg(id, ', ' ORDER BY ord) FROM goals g WHERE g.series = o.series) AS goals
FROM observations o GROUP BY series ORDER BY series;

-- SDMX import (doc/sdmx.md). demo/data/nbs_sample.xml is an SDMX-ML 2.1
-- structure-specific message holding some of the figures above. psql reads
-- the file on the client and sends its text: sdmx_observations(text) needs no
-- access to server files (sdmx_observations_file and pg_read_file would).
\set sdmx `cat demo/data/nbs_sample.xml`
CREATE TABLE sdmx_obs AS SELECT * FROM sdmx_observations(:'sdmx');

-- The message's own codes, mapped to the series and kinds of the CSV files.
CREATE TABLE sdmx_map (freq text, indicator text, series text);
INSERT INTO sdmx_map VALUES
  ('A', 'CRUDE_STEEL',          'crude_steel_year'),
  ('M', 'CRUDE_STEEL',          'crude_steel_month'),
  ('A', 'GDP_REAL_PRELIMINARY', 'gdp_growth_preliminary'),
  ('M', 'SME_SPECIALISED',      'specialised_smes'),
  ('D', 'SME_SPECIALISED',      'specialised_smes');
CREATE VIEW sdmx_rows AS
  SELECT m.series, x.period, x.value, lower(x.dims ->> 'DATA_TYPE') AS kind,
         x.attrs ->> 'SOURCE' AS source, x.series_key
  FROM sdmx_obs x
  JOIN sdmx_map m ON m.freq = x.dims ->> 'FREQ' AND m.indicator = x.dims ->> 'INDICATOR';

\echo
\echo '== SDMX import: demo/data/nbs_sample.xml read with sdmx_observations() =='
SELECT dataset, count(DISTINCT series_key) AS series, count(*) AS observations,
       count(*) FILTER (WHERE period IS NULL) AS "no period",
       count(*) FILTER (WHERE value IS NULL)  AS "no value",
       (SELECT count(*) FROM sdmx_rows) AS "mapped to a CSV series"
FROM sdmx_obs GROUP BY dataset;

\echo '   Series: the key is FREQ.REF_AREA.INDICATOR.DATA_TYPE; TITLE, UNIT and UNIT_MULT are attributes'
SELECT series_key, attrs ->> 'TITLE' AS title,
       attrs ->> 'UNIT' || CASE attrs ->> 'UNIT_MULT' WHEN '0' THEN '' ELSE ' x 10^' || (attrs ->> 'UNIT_MULT') END AS unit,
       count(*) AS obs, min(time_period) AS "first, as written", min(period) AS first, max(period) AS last
FROM sdmx_obs
GROUP BY series_key, attrs ->> 'TITLE', attrs ->> 'UNIT', attrs ->> 'UNIT_MULT'
ORDER BY min(ctid);

\echo '   One series, row by row: the SOURCE attribute of each Obs is the source column of its CSV row'
SELECT time_period, period, value, attrs ->> 'NAT_TITLE' AS nat_title, attrs ->> 'SOURCE' AS source
FROM sdmx_obs WHERE series_key = 'A.CN.CRUDE_STEEL.YOY_PCT' ORDER BY period;

\echo '   Every SDMX observation against the CSV rows of the same series, kind and period'
SELECT x.series, x.kind, count(*) AS sdmx_obs,
       count(o.value) AS "in the CSV",
       count(*) FILTER (WHERE o.value = x.value::numeric) AS "same value",
       count(*) FILTER (WHERE o.source = x.source)        AS "same source"
FROM sdmx_rows x
LEFT JOIN observations o ON o.series = x.series AND o.kind = x.kind AND o.period = x.period
GROUP BY x.series, x.kind ORDER BY x.series, x.kind;

\echo
\echo '== The goals on these series, scored on the SDMX rows and on the CSV rows (the scorecard above) =='
WITH sdmx_score AS (
  SELECT g.id,
         coalesce(goal_track(g.goal, x.period, x.value) FILTER (WHERE x.kind = 'level'),
                  goal_track(g.goal, x.period, as_change(x.value::numeric, x.kind))
                    FILTER (WHERE x.kind <> 'level')) AS a
  FROM goals g JOIN sdmx_rows x ON x.series = g.series AND x.kind = g.kind
  GROUP BY g.id)
SELECT c.id, c.goal,
       (s.a).status AS "SDMX status", (c.a).status AS "CSV status",
       (s.a).latest_period || ' = ' || (s.a).latest_value AS "SDMX latest",
       (c.a).latest_period || ' = ' || (c.a).latest_value AS "CSV latest",
       round(100 * (s.a).progress) AS "SDMX progress %",
       CASE WHEN (s.a)::text = (c.a)::text THEN 'yes' ELSE 'NO' END AS "same assessment"
FROM score() c JOIN sdmx_score s USING (id)
ORDER BY c.ord;

-- Fact extraction (doc/extract_facts.md): prose in, scorecard out.  The
-- sample releases in demo/data/releases/ (written for the demo from the
-- figures and targets of the sources in demo/data/releases.csv) are read by
-- psql on the client; extract_facts() turns them into rows.
CREATE TABLE releases (file text, published date, lang text, source text, body text);
\copy releases (file, published, lang, source) FROM 'demo/data/releases.csv' CSV HEADER
\set body `cat demo/data/releases/2021-03-05_work_report_en.txt`
UPDATE releases SET body = :'body' WHERE file = '2021-03-05_work_report_en.txt';
\set body `cat demo/data/releases/2022-03-05_work_report_zh.txt`
UPDATE releases SET body = :'body' WHERE file = '2022-03-05_work_report_zh.txt';
\set body `cat demo/data/releases/2023-03-02_miit_en.txt`
UPDATE releases SET body = :'body' WHERE file = '2023-03-02_miit_en.txt';
\set body `cat demo/data/releases/2024-03-05_work_report_zh.txt`
UPDATE releases SET body = :'body' WHERE file = '2024-03-05_work_report_zh.txt';

CREATE TABLE facts AS
  SELECT r.file, r.published, f.*
  FROM releases r, extract_facts(r.body, r.published) f;

\echo
\echo '== Facts extracted from the sample releases (demo/data/releases/) =='
SELECT published, kind, subject, value, unit, qualifier AS q, delta, goal, period
FROM facts ORDER BY published, lower(span);

-- Which series a goal is measured on: a word of its subject, in either
-- language, names the series of the observations above; the first pattern
-- that matches wins ("energy consumption per unit of GDP" is not GDP).
CREATE TABLE subject_series (prio int, pattern text, series text, kind text);
INSERT INTO subject_series VALUES
  (1, 'energy consumption per unit|能耗',      'energy_per_unit_gdp',             'yoy_pct'),
  (2, 'GDP|国内生产总值',                      'gdp_growth_preliminary',          'yoy_pct'),
  (3, 'unemployment|失业率',                   'unemployment_surveyed_urban_avg', 'level'),
  (4, 'crude steel|粗钢',                      'crude_steel_year',                'yoy_pct'),
  (5, 'specialised|专精特新',                  'specialised_smes',                'level'),
  (6, '5G base stations|5G基站',               '5g_base_stations_net_added',      'count_new');

\echo
\echo '== The extracted goals, scored with goal_track against the observations =='
\echo '   (same as goals.csv: the hand-entered scorecard above holds the same goal)'
SELECT f.published, f.subject, f.goal, m.series,
       coalesce((t.a).status::text, 'no data') AS status,
       (t.a).latest_period AS latest, (t.a).latest_value AS "latest value",
       coalesce((SELECT string_agg(g.id, ', ') FROM goals g WHERE g.goal = f.goal), '-')
         AS "same as goals.csv"
FROM facts f
LEFT JOIN LATERAL (SELECT * FROM subject_series m WHERE f.subject ~* m.pattern
                   ORDER BY m.prio LIMIT 1) m ON true
LEFT JOIN LATERAL (
  SELECT coalesce(goal_track(f.goal, o.period, o.value::float8) FILTER (WHERE o.kind = 'level'),
                  goal_track(f.goal, o.period, as_change(o.value, o.kind))
                    FILTER (WHERE o.kind <> 'level')) AS a
  FROM observations o WHERE o.series = m.series AND o.kind = m.kind) t ON true
WHERE f.kind = 'goal'
ORDER BY f.published, lower(f.span);
