#!/bin/bash
# make bench: sort, hash join and parsing of period against int8 and date on
# 10,000,000 rows, then the growth benchmark (test/bench/growth.sql), then the
# goal_track benchmark (test/bench/goal.sql), in one throwaway cluster, all
# ratios from one run.
# Method, settings and results: doc/benchmarks.md.  Takes about 15 minutes.
# Run it on a quiet machine: anything else on the 2 cores makes the timings
# noisy (the load average is printed before and after); on a shared machine,
# `nice -n -10 make bench` (as root) keeps the server ahead of the rest.
#
# Knobs (environment): BENCH_ROWS (10000000), BENCH_DIM (join build side,
# 1000000), BENCH_RUNS (timed runs per query, 7; the median is reported);
# for test/bench/growth.sql BENCH_SERIES (100000) x BENCH_MONTHS (100) rows,
# BENCH_GROWTH_RUNS (3); for test/bench/goal.sql BENCH_GOAL_SERIES (1000000)
# series x 10 years, BENCH_GOAL_RUNS (5; the best is reported),
# BENCH_GOAL_ORDER (year: rows stored year by year; or series),
# BENCH_GOAL_PARTS (256: partitions of the partitioned copy).
# BENCH selects the benchmarks: all (the default), or a comma-separated list
# of period, growth, goal (BENCH=goal make bench: the goal_track one alone).
# The output is also kept in test/bench/out/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/../.."

rows=${BENCH_ROWS:-10000000}
dim=${BENCH_DIM:-1000000}
runs=${BENCH_RUNS:-7}
series=${BENCH_SERIES:-100000}
months=${BENCH_MONTHS:-100}
growth_runs=${BENCH_GROWTH_RUNS:-3}
goal_series=${BENCH_GOAL_SERIES:-1000000}
goal_runs=${BENCH_GOAL_RUNS:-5}
goal_order=${BENCH_GOAL_ORDER:-year}
goal_parts=${BENCH_GOAL_PARTS:-256}
benches=${BENCH:-all}
case ",$benches," in
  *,all,*) benches=period,growth,goal,facts ;;
esac
# SDMX-ML import (test/bench/sdmx.sh; doc/benchmarks.md, "SDMX-ML import"),
# 4-8 minutes more: part of all, or alone with BENCH=sdmx.  Its knobs are
# BENCH_SDMX_* (see its header).  Taken out of the list checked below.
case ",${BENCH:-all}," in *,all,*|*,sdmx,*) sdmx=yes ;; *) sdmx=no ;; esac
benches=$(sed 's/\(^\|,\)sdmx\(,\|$\)/\1/g; s/,$//' <<<"$benches")
for b in ${benches//,/ }; do
  case $b in
    period|growth|goal|facts) ;;
    *) echo "run.sh: unknown benchmark in BENCH: $b (use period, growth, goal, facts or all)" >&2; exit 2 ;;
  esac
done
selected() { case ",$benches," in *,"$1",*) return 0 ;; *) return 1 ;; esac; }

if [ "${1:-}" = "--inside" ]; then
  # In the cluster that pg_virtualenv made (PGHOST, PGPORT, … are set).
  psql -X -q -v ON_ERROR_STOP=1 -c "SELECT version()" -At
  psql -X -q -v ON_ERROR_STOP=1 -c "
    SELECT name, setting, unit FROM pg_settings
    WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather',
                   'jit', 'autovacuum', 'enable_mergejoin', 'enable_nestloop')
    ORDER BY name"
  if selected period; then
    psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v dim="$dim" -v runs="$runs" \
      -f test/bench/period.sql
  fi
  # The metric_delta and growth benchmark, in the same cluster (its own
  # header and doc/benchmarks.md, "Growth", say what it measures).
  if selected growth && [ -f test/bench/growth.sql ]; then
    psql -X -q -v ON_ERROR_STOP=1 -v series="$series" -v months="$months" \
      -v runs="$growth_runs" -f test/bench/growth.sql
  fi
  # goal_track against the same statuses in plain SQL (doc/benchmarks.md,
  # "policy_goal / goal_track").  It drops the tables of the two above.
  if selected goal && [ -f test/bench/goal.sql ]; then
    psql -X -q -v ON_ERROR_STOP=1 -v series="$goal_series" -v runs="$goal_runs" \
      -v order="$goal_order" -v parts="$goal_parts" -f test/bench/goal.sql
  fi
  # extract_facts over 10,000 documents (doc/benchmarks.md, "Fact extraction").
  if selected facts && [ -f test/bench/facts.sql ]; then
    psql -X -q -v ON_ERROR_STOP=1 -v docs="${BENCH_FACTS_DOCS:-10000}" \
      -v runs="${BENCH_FACTS_RUNS:-3}" -f test/bench/facts.sql
  fi
  if [ "$sdmx" = yes ]; then
    bash test/bench/sdmx.sh --inside
  fi
  exit
fi

bash test/setup.sh
make -s && make -s install

mkdir -p test/bench/out
out=test/bench/out/bench-$(date -u +%Y%m%dT%H%M%SZ).txt
{
  changed=$(git status --porcelain -- src Makefile scripts 2>/dev/null | awk '{print $2}' | tr '\n' ' ')
  echo "policy_ext benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')${changed:+ + uncommitted changes to: $changed}"
  echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -r)"
  echo "benchmarks: $benches; rows=$rows dim=$dim runs=$runs; growth: series=$series months=$months runs=$growth_runs; goal: series=$goal_series runs=$goal_runs order=$goal_order"
  [ "$sdmx" = yes ] && echo "sdmx: series=${BENCH_SDMX_SERIES:-20000} dom_series=${BENCH_SDMX_DOM_SERIES:-2000} runs=${BENCH_SDMX_RUNS:-5}"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), niceness $(nice)"
  if awk '{ exit !($1 > 0.5) }' /proc/loadavg; then
    echo "WARNING: the machine is busy; the timings will be noisy:"
    ps -eo pcpu=,comm= --sort=-pcpu | head -3 | sed 's/^/    /'
  fi
} | tee "$out"

# Settings, and why (doc/benchmarks.md):
#   max_parallel_workers_per_gather=0  one process per query: the comparison
#                       is of the types, not of scheduling on 2 cores;
#   work_mem=1GB        every sort (the largest, rows of (p, id), needs
#                       ~0.8 GB) and hash table stays in memory: quicksort,
#                       one batch (the plans are checked);
#   shared_buffers=2GB  the period tables (~1.65 GB) stay in shared buffers;
#   jit=off             no compile time in the timings: both types run in the
#                       same interpreted executor;
#   autovacuum=off      nothing runs beside the benchmark (tables are
#                       VACUUM FREEZE ANALYZEd once, after loading).
pg_virtualenv -t \
  -o shared_buffers=2GB -o work_mem=1GB -o maintenance_work_mem=1GB \
  -o max_parallel_workers_per_gather=0 -o jit=off -o autovacuum=off \
  bash test/bench/run.sh --inside 2>&1 | tee -a "$out"

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
echo "(output kept in $out)"
