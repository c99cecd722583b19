#!/bin/bash
# make sqlsmith: random SQL from SQLsmith against the extension's types, in a
# throwaway cluster; passes if the server never crashes.  Not part of
# `make test` (it is random and slow).  SMITH_QUERIES (30000), SMITH_SEED.
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--inside" ]; then
  psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION policy_ext;
CREATE TABLE obs AS
  SELECT s::text AS series, p AS period, (random() * 100)::numeric(8,2) AS value,
         (random() * 100)::float8 AS fvalue,
         ('+' || (random() * 20)::numeric(5,1) || '% yoy')::metric_delta AS d,
         period_start(p) AS day
  FROM generate_series(1, 20) s, generate_periods('2019-01', '2022-12') p;
INSERT INTO obs SELECT 'ytd', period_ytd(p), 1, 1, '+1pp', period_end(p)
  FROM generate_periods('2021-01', '2021-12') p;
ANALYZE obs;
SQL
  timeout 900 sqlsmith --target="host=$PGHOST port=$PGPORT user=$PGUSER password=$PGPASSWORD dbname=$PGDATABASE" \
    --exclude-catalog --max-queries="${SMITH_QUERIES:-30000}" --seed="${SMITH_SEED:-$RANDOM}" --verbose \
    > test/sqlsmith.log 2>&1 || true
  tr '\r' '\n' < test/sqlsmith.log | grep -E '^queries:' || true
  # A crash takes the server down; a live server answering now means none.
  psql -X -Atc "SELECT 'server alive after sqlsmith'"
  exit
fi
bash test/setup.sh
dpkg-query -W -f='${Status}' sqlsmith 2>/dev/null | grep -q 'install ok' ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlsmith >/dev/null
make -s && make -s install
pg_virtualenv -t -o statement_timeout=5s bash test/sqlsmith.sh --inside
