#!/bin/bash
# test/bench/sdmx.sh — the SDMX-ML import benchmark (doc/benchmarks.md,
# "SDMX-ML import"): sdmx_observations_file() against PostgreSQL's own DOM
# path (XMLTABLE over pg_read_file()) and against the bare libxml2 pull
# reader (test/bench/sdmx_walk.c), on generated SDMX-ML 2.1 messages
# (test/bench/sdmx_gen.py): a ~200 MB StructureSpecificData message and a
# GenericData message with the same observations.
#
#   bash test/bench/sdmx.sh            # alone: its own pg_virtualenv cluster,
#                                      # output kept in test/bench/out/
#   bash test/bench/sdmx.sh --inside   # in a cluster already running (run.sh)
#
# Knobs (environment): BENCH_SDMX_SERIES (20000 series of 100-150 months:
# 2,495,543 observations), BENCH_SDMX_DOM_SERIES (2000: the prefix file the
# XMLTABLE comparison runs on, 249,198 observations), BENCH_SDMX_RUNS (5
# timed runs per measurement; the median is reported), BENCH_SDMX_DOM_FULL
# (1: XMLTABLE also runs once over the whole structure-specific file; 0: not),
# BENCH_SDMX_DIR (where the temporary files go, /tmp).
#
# Every timed query runs in a fresh backend (one psql per run), under the
# server's default work_mem=4MB (SET in the session): the function
# materialises its rows in a tuplestore, which keeps work_mem in memory and
# spills the rest to a temporary file.  One more run per file at the bench
# cluster's work_mem=1GB shows what that costs in memory.  Peak memory is
# the backend's VmHWM after the query minus its VmHWM before it (read from
# /proc/<pg_backend_pid()>/status by the backend itself, so a superuser
# connection is needed): the growth of the peak over a fresh backend.  The
# growth of RssShmem (shared memory touched) is printed beside it.
# Takes 4-8 minutes on 2 cores, by the load (2026-11-24: 222-479 s in the cluster).
set -euo pipefail
cd "$(dirname "$0")/../.."

series=${BENCH_SDMX_SERIES:-20000}
dom_series=${BENCH_SDMX_DOM_SERIES:-2000}
runs=${BENCH_SDMX_RUNS:-5}
dom_full=${BENCH_SDMX_DOM_FULL:-1}
tmpbase=${BENCH_SDMX_DIR:-/tmp}

if [ "${1:-}" != "--inside" ]; then
  # Alone: build, install, and run in a cluster set up as run.sh's.
  # Two commands: under set -e a failing "make && make install" would not
  # stop the script, and the run would measure whatever was installed before.
  make -s
  make -s install
  mkdir -p test/bench/out
  out=test/bench/out/sdmx-$(date -u +%Y%m%dT%H%M%SZ).txt
  {
    echo "policy_ext SDMX benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -r)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), niceness $(nice)"
  } | tee "$out"
  pg_virtualenv -t \
    -o shared_buffers=2GB -o work_mem=1GB -o maintenance_work_mem=1GB \
    -o max_parallel_workers_per_gather=0 -o jit=off -o autovacuum=off \
    bash test/bench/sdmx.sh --inside 2>&1 | tee -a "$out"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
  echo "(output kept in $out)"
  exit
fi

# --- in the cluster (PGHOST, PGPORT, … set) ---------------------------------
started=$(date +%s)
echo
echo "== SDMX-ML import: sdmx_observations_file() vs XMLTABLE vs the bare reader"
echo "   series=$series dom_series=$dom_series runs=$runs dom_full=$dom_full;" \
  "$(psql -X -At -c "SELECT current_setting('server_version') || ', shared_buffers=' || current_setting('shared_buffers') || ', work_mem=' || current_setting('work_mem') || ' (4MB in the timed sessions), jit=' || current_setting('jit')")"

# The library every timed backend loads: a \`make install\` during the run
# (another checkout, another job) would mix two builds in one table.
so=$(pg_config --pkglibdir)/policy_ext.so
so_sum=$(md5sum < "$so")
echo "   $so: $(stat -c '%y' "$so" | cut -c1-19), md5 ${so_sum:0:12}"

# Files the server (user postgres) can read; removed whatever happens.
dir=$(mktemp -d "$tmpbase/policy_ext_sdmx.XXXXXX")
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"

cflags="-O2 $(xml2-config --cflags)"
libs=$(xml2-config --libs)
# shellcheck disable=SC2086
cc $cflags -o "$dir/sdmx_walk" test/bench/sdmx_walk.c $libs
# shellcheck disable=SC2086
cc $cflags -DSDMX_MACHINE -Isrc -o "$dir/sdmx_machine" test/bench/sdmx_walk.c src/sdmx_parse.c $libs

t0=$(date +%s.%N)
python3 test/bench/sdmx_gen.py --series "$series" --ss "$dir/ss.xml" --generic "$dir/generic.xml"
python3 test/bench/sdmx_gen.py --series "$dom_series" --ss "$dir/ss_prefix.xml" --generic "$dir/generic_prefix.xml"
chmod 644 "$dir"/*.xml
echo "   generated in $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $t0 }") s:" \
  "$(for f in ss generic ss_prefix generic_prefix; do printf '%s %d MB ' $f $(( $(stat -c %s "$dir/$f.xml") / 1000000 )); done)"

q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -v dir="$dir" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS policy_ext;
DROP SCHEMA IF EXISTS sdmx_bench CASCADE;
CREATE SCHEMA sdmx_bench;
CREATE TABLE sdmx_bench.file (name text PRIMARY KEY, format text, path text, mb float8);
INSERT INTO sdmx_bench.file
SELECT f, CASE WHEN f LIKE 'ss%' THEN 'structure-specific' ELSE 'generic' END,
       :'dir' || '/' || f || '.xml',
       (pg_stat_file(:'dir' || '/' || f || '.xml')).size / 1e6
FROM unnest(ARRAY['ss', 'generic', 'ss_prefix', 'generic_prefix']) f;

-- The queries: %L is the file's path.  (b) extracts what (a) does: the
-- series' dimensions and attributes, TIME_PERIOD, OBS_VALUE and the
-- observation's attributes.  XMLPARSE (DOCUMENT …) is pg_read_file(…)::xml
-- under xmloption = document (the default, content, parses the text as a
-- fragment: slower, and not what a message is).
CREATE TABLE sdmx_bench.q (key text, format text, sql text, PRIMARY KEY (key, format));
INSERT INTO sdmx_bench.q VALUES
 ('a', 'structure-specific', $$SELECT count(*) FROM sdmx_observations_file(%L)$$),
 ('a', 'generic', $$SELECT count(*) FROM sdmx_observations_file(%L)$$),
 ('b', 'structure-specific', $$SELECT count(*) FROM XMLTABLE(
    XMLNAMESPACES('http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message' AS message),
    '/message:StructureSpecificData/message:DataSet/Series/Obs'
    PASSING XMLPARSE(DOCUMENT pg_read_file(%L))
    COLUMNS freq text PATH '../@FREQ', ref_area text PATH '../@REF_AREA',
            indicator text PATH '../@INDICATOR', adjustment text PATH '../@ADJUSTMENT',
            unit_mult text PATH '../@UNIT_MULT', decimals text PATH '../@DECIMALS',
            title text PATH '../@TITLE', source_agency text PATH '../@SOURCE_AGENCY',
            time_period text PATH '@TIME_PERIOD', obs_value float8 PATH '@OBS_VALUE',
            obs_status text PATH '@OBS_STATUS', obs_conf text PATH '@OBS_CONF')$$),
 ('b', 'generic', $$SELECT count(*) FROM XMLTABLE(
    XMLNAMESPACES('http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message' AS message,
                  'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic' AS g),
    '/message:GenericData/message:DataSet/g:Series/g:Obs'
    PASSING XMLPARSE(DOCUMENT pg_read_file(%L))
    COLUMNS freq text PATH '../g:SeriesKey/g:Value[@id="FREQ"]/@value',
            ref_area text PATH '../g:SeriesKey/g:Value[@id="REF_AREA"]/@value',
            indicator text PATH '../g:SeriesKey/g:Value[@id="INDICATOR"]/@value',
            adjustment text PATH '../g:SeriesKey/g:Value[@id="ADJUSTMENT"]/@value',
            unit_mult text PATH '../g:Attributes/g:Value[@id="UNIT_MULT"]/@value',
            decimals text PATH '../g:Attributes/g:Value[@id="DECIMALS"]/@value',
            title text PATH '../g:Attributes/g:Value[@id="TITLE"]/@value',
            source_agency text PATH '../g:Attributes/g:Value[@id="SOURCE_AGENCY"]/@value',
            time_period text PATH 'g:ObsDimension/@value',
            obs_value float8 PATH 'g:ObsValue/@value',
            obs_status text PATH 'g:Attributes/g:Value[@id="OBS_STATUS"]/@value',
            obs_conf text PATH 'g:Attributes/g:Value[@id="OBS_CONF"]/@value')$$),
 -- the rows themselves, for the check that both formats give the same ones
 ('sum', 'structure-specific', $$SELECT count(*) || ' rows, checksum ' || sum(hashtextextended(
    concat_ws('|', dataset, series_key, dims::text, time_period, period::text, value::text, attrs::text), 0))
    FROM sdmx_observations_file(%L)$$);
INSERT INTO sdmx_bench.q SELECT 'sum', 'generic', sql FROM sdmx_bench.q WHERE key = 'sum';

-- This backend's /proc/<pid>/status, in kB.
CREATE FUNCTION sdmx_bench.status_kb(field text) RETURNS bigint LANGUAGE sql AS $f$
  SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'),
                       field || ':\s+(\d+) kB'))[1]::bigint $f$;

CREATE TABLE sdmx_bench.timing (key text, file text, run int, work_mem text, rows bigint,
                                ms float8, hwm0_kb bigint, hwm1_kb bigint,
                                shmem0_kb bigint, shmem1_kb bigint, result text);

-- One timed run, meant as the first statement of a fresh backend.
CREATE FUNCTION sdmx_bench.run(k text, f text, r int) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  s text; t0 timestamptz; res text; ms float8;
  hwm0 bigint := sdmx_bench.status_kb('VmHWM');
  sh0 bigint := sdmx_bench.status_kb('RssShmem');
BEGIN
  SELECT format(q.sql, file.path) INTO STRICT s FROM sdmx_bench.q JOIN sdmx_bench.file USING (format)
   WHERE q.key = k AND file.name = f;
  t0 := clock_timestamp();
  EXECUTE s INTO res;
  ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
  INSERT INTO sdmx_bench.timing
  VALUES (k, f, r, current_setting('work_mem'), CASE WHEN k = 'sum' THEN split_part(res, ' ', 1)::bigint ELSE res::bigint END,
          ms, hwm0, sdmx_bench.status_kb('VmHWM'), sh0, sdmx_bench.status_kb('RssShmem'), res);
END $f$;
SQL

# psql per run: a fresh backend each time.
run_sql() {  # key file run [work_mem]
  q -c "SET work_mem = '${4:-4MB}'" -c "SELECT sdmx_bench.run('$1', '$2', $3)" >/dev/null
}
run_bin() {  # key(c|m) file run
  local bin=sdmx_walk out n s hwm
  [ "$1" = m ] && bin=sdmx_machine
  out=$("$dir/$bin" "$dir/$2.xml")
  n=$(sed -n 's/^obs=\([0-9]*\) .*/\1/p' <<<"$out")
  s=$(sed -n 's/.* seconds=\([0-9.]*\) .*/\1/p' <<<"$out")
  hwm=$(sed -n 's/^VmHWM_kB=//p' <<<"$out")
  q -c "INSERT INTO sdmx_bench.timing VALUES ('$1', '$2', $3, NULL, $n, $s * 1000, 0, $hwm, 0, 0, NULL)" >/dev/null
}

# Warm-up (the files into the page cache) and the check that both formats
# give the same rows.
for f in ss generic; do run_sql sum $f 0; done

# Timed rounds: odd rounds forwards, even rounds backwards.
list=(a:ss a:generic c:ss c:generic m:ss m:generic
      a:ss_prefix a:generic_prefix b:ss_prefix b:generic_prefix)
for ((r = 1; r <= runs; r++)); do
  order=("${list[@]}")
  if (( r % 2 == 0 )); then
    order=(); for ((i = ${#list[@]} - 1; i >= 0; i--)); do order+=("${list[i]}"); done
  fi
  for item in "${order[@]}"; do
    k=${item%%:*} f=${item#*:}
    case $k in
      a|b) run_sql "$k" "$f" "$r" ;;
      c|m) run_bin "$k" "$f" "$r" ;;
    esac
  done
  echo "   round $r done, $(( $(date +%s) - started )) s"
done
# Once each: the function at the bench cluster's work_mem (1GB), and the DOM
# path over the whole structure-specific file (~4.6 GB of memory; the generic
# file, 2.9 times larger, is left out).
run_sql a ss 1 1GB
run_sql a generic 1 1GB
if [ "$dom_full" = 1 ]; then run_sql b ss 1; fi

q -P footer=off <<'SQL'
SET client_min_messages = warning;
\pset format aligned
\pset tuples_only off
\echo
\echo '== checks: the two formats give the same rows; every query counts every observation'
SELECT file, result FROM sdmx_bench.timing WHERE key = 'sum' ORDER BY file DESC;
SELECT CASE WHEN count(DISTINCT result) = 1 THEN 'PASS' ELSE 'FAIL' END AS same_rows_in_both_formats
FROM sdmx_bench.timing WHERE key = 'sum';
SELECT replace(file, '_prefix', '') AS data, file, string_agg(DISTINCT rows::text, ', ') AS rows_counted,
       CASE WHEN count(DISTINCT rows) = 1 THEN 'PASS' ELSE 'FAIL' END AS same_count
FROM sdmx_bench.timing GROUP BY file ORDER BY 1 DESC, 2;

CREATE TEMP VIEW m AS
SELECT key, file, work_mem, f.format, f.mb, count(*) AS runs, max(rows) AS rows,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) AS ms,
       max(rows) / (percentile_disc(0.5) WITHIN GROUP (ORDER BY ms) / 1000) AS rows_s,
       max(hwm1_kb - hwm0_kb) / 1024.0 AS peak_mb,
       max(hwm1_kb) / 1024.0 AS hwm_mb,
       max(shmem1_kb - shmem0_kb) / 1024.0 AS shmem_mb
FROM sdmx_bench.timing t JOIN sdmx_bench.file f ON f.name = t.file
WHERE key <> 'sum' GROUP BY key, file, work_mem, f.format, f.mb;

\echo
\echo '== measurements (median of the runs; peak = growth of VmHWM over the fresh backend, shmem = growth of RssShmem)'
SELECT CASE key WHEN 'a' THEN '(a) sdmx_observations_file'
                WHEN 'b' THEN '(b) XMLTABLE over pg_read_file'
                WHEN 'c' THEN '(c) bare pull reader (sdmx_walk)'
                WHEN 'm' THEN '    reader + state machine, no rows' END AS what,
       file, round(mb::numeric, 1) AS mb, coalesce(work_mem, '-') AS work_mem, runs, rows,
       round(ms::numeric) AS ms, round(rows_s::numeric) AS rows_per_s,
       CASE WHEN key IN ('c', 'm') THEN round(hwm_mb::numeric, 1) || ' (process)'
            ELSE round(peak_mb::numeric, 1)::text END AS peak_mb,
       CASE WHEN key IN ('c', 'm') THEN '-' ELSE round(shmem_mb::numeric, 1)::text END AS shmem_mb
FROM m ORDER BY file LIKE '%prefix', format DESC, key, work_mem;

\echo
\echo '== ratios'
WITH f AS (SELECT * FROM sdmx_bench.file WHERE name NOT LIKE '%prefix'),
r AS (
  SELECT f.format, 1 AS ord,
         '(a)/(b) rows/s, XMLTABLE, ' || round(p.mb::numeric) || ' MB prefix' AS comparison,
         a.rows_s AS ours, b.rows_s AS other, a.rows_s / b.rows_s AS ratio, '>= 20' AS target,
         a.rows_s / b.rows_s >= 20 AS pass
  FROM f JOIN sdmx_bench.file p ON p.name = f.name || '_prefix'
  JOIN m a ON a.key = 'a' AND a.file = p.name AND a.work_mem = '4MB'
  JOIN m b ON b.key = 'b' AND b.file = p.name
  UNION ALL
  SELECT f.format, 2, '(a)/(b) rows/s, XMLTABLE, whole ' || round(f.mb::numeric) || ' MB file',
         a.rows_s, b.rows_s, a.rows_s / b.rows_s, 'info', NULL
  FROM f JOIN m a ON a.key = 'a' AND a.file = f.name AND a.work_mem = '4MB'
  JOIN m b ON b.key = 'b' AND b.file = f.name
  UNION ALL
  SELECT f.format, 3, '(a)/(c) rows/s, bare reader',
         a.rows_s, c.rows_s, a.rows_s / c.rows_s, '>= 0.5', a.rows_s / c.rows_s >= 0.5
  FROM f JOIN m a ON a.key = 'a' AND a.file = f.name AND a.work_mem = '4MB'
  JOIN m c ON c.key = 'c' AND c.file = f.name
  UNION ALL
  SELECT f.format, 4, '(reader + machine)/(c) rows/s',
         mm.rows_s, c.rows_s, mm.rows_s / c.rows_s, 'info', NULL
  FROM f JOIN m mm ON mm.key = 'm' AND mm.file = f.name
  JOIN m c ON c.key = 'c' AND c.file = f.name
  UNION ALL
  SELECT f.format, 5, 'peak memory of (a), MB, work_mem=' || a.work_mem || ', ' || round(f.mb::numeric) || ' MB file',
         a.peak_mb, NULL, NULL, '< 64', a.peak_mb < 64
  FROM f JOIN m a ON a.key = 'a' AND a.file = f.name
  UNION ALL
  SELECT f.format, 6, 'peak memory of (b), MB, ' || round(p.mb::numeric) || ' MB file',
         b.peak_mb, NULL, NULL, 'info', NULL
  FROM f JOIN sdmx_bench.file p ON p.name IN (f.name, f.name || '_prefix')
  JOIN m b ON b.key = 'b' AND b.file = p.name)
SELECT format, comparison, round(ours::numeric, 1) AS ours, round(other::numeric) AS other,
       round(ratio::numeric, 3) AS ratio, target,
       CASE WHEN pass IS NULL THEN '-' WHEN pass THEN 'PASS' ELSE 'MISS' END AS result
FROM r ORDER BY format DESC, ord, comparison;
DROP SCHEMA sdmx_bench CASCADE;
SQL
if [ "$(md5sum < "$so")" != "$so_sum" ]; then
  echo "WARNING: $so was replaced during the run ($(stat -c '%y' "$so" | cut -c1-19)): the figures mix two builds"
fi
echo "   SDMX benchmark: $(( $(date +%s) - started )) s"
