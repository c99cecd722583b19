#!/bin/bash
# test/t/dump_restore.sh — a database that uses period survives pg_dump and
# restore, in plain and in custom format: the same rows, the same partition
# for every row, and working btree, hash and partition lookups afterwards.
#
# Needs a server (PGHOST etc. set) where the user may create databases:
#   pg_virtualenv -t bash test/t/dump_restore.sh
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.."

src=policy_ext_dump_src
. test/tap.sh
dbs+=("$src")
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }

for d in "$src" "${src}_plain" "${src}_custom"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
createdb "$src" || { echo "not ok 1 - createdb $src"; exit 1; }

# Every frequency, single periods and spans, the ends of the calendar, NULL.
if ! out=$(sql "$src" 2>&1 <<'SQL'
CREATE EXTENSION policy_ext;
CREATE TABLE periods (
    id   int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    p    period,
    ps   period[],
    note text
);
INSERT INTO periods (p, note)
SELECT g, 'unit' FROM (
          SELECT generate_periods('2018', '2024')
UNION ALL SELECT generate_periods('2018-S1', '2024-S2')
UNION ALL SELECT generate_periods('2018-T1', '2024-T3')
UNION ALL SELECT generate_periods('2018-Q1', '2024-Q4')
UNION ALL SELECT generate_periods('2018-01', '2024-12')
UNION ALL SELECT generate_periods('2018-W01', '2024-W52')
UNION ALL SELECT generate_periods('2020-01-01', '2021-12-31')) AS s(g);
-- Year-to-date spans of every frequency, and three-unit spans.
INSERT INTO periods (p, note)
SELECT DISTINCT period_ytd(p), 'ytd' FROM periods WHERE period_ytd(p) <> p;
INSERT INTO periods (p, note)
SELECT (p::text || '/' || (p + 2)::text)::period, 'span3' FROM periods WHERE note = 'unit';
INSERT INTO periods (p, note) VALUES
    ('0001', 'edge'), ('0001-01-01', 'edge'), ('0001-W01', 'edge'),
    ('9999', 'edge'), ('9999-12-31', 'edge'), ('9999-W52', 'edge'),
    ('2020-W53', 'edge'), ('2015-W53', 'edge'), ('2020-02-29', 'edge'),
    (NULL, 'null');
UPDATE periods SET ps = ARRAY[p, period_ytd(p), NULL] WHERE p IS NOT NULL;

CREATE INDEX periods_p_btree ON periods USING btree (p);
CREATE INDEX periods_p_hash  ON periods USING hash (p);

-- Hash partitioning: the partition of a row is period_hash_extended's
-- business, so a restore into partitions re-checks it row by row.
CREATE TABLE parted (p period NOT NULL, v numeric) PARTITION BY HASH (p);
CREATE TABLE parted_0 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE parted_2 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE parted_3 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO parted SELECT p, id FROM periods WHERE p IS NOT NULL;

-- Objects that name the type's functions and operators.
CREATE VIEW periods_ytd AS
    SELECT id, period_ytd(p) AS ytd, p @> DATE '2021-06-30' AS holds_mid_2021 FROM periods;
ALTER TABLE periods ADD CONSTRAINT p_in_range CHECK (p >= '0001-01-01' AND p <= '9999-12-31');
ALTER TABLE periods ALTER COLUMN note SET DEFAULT 'x';
SQL
); then
  echo "not ok 1 - set up the source database"; printf '%s\n' "$out" | sed 's/^/#   /'; exit 1
fi

# What a database holds, one line per fact; the same text before and after.
describe() {
  sql "$1" <<'SQL'
SELECT 'count ' || count(*) || ', distinct ' || count(DISTINCT p) || ', null ' || count(*) FILTER (WHERE p IS NULL) FROM periods;
SELECT format('row %s %s %s %s hash %s %s', id, p, ps, note, period_hash(p), period_hash_extended(p, 42))
FROM periods ORDER BY id;
SELECT format('sorted %s id %s', row_number() OVER (ORDER BY p, id), id) FROM periods ORDER BY p, id;
SELECT format('partition %s %s %s', tableoid::regclass, p, v) FROM parted ORDER BY v;
SELECT format('view %s %s %s', id, ytd, holds_mid_2021) FROM periods_ytd ORDER BY id;
SQL
}

# Lookups through each index and through partition pruning return what a
# sequential scan returns, and the plan really uses the index / one partition.
check_lookups() {
  local db=$1 label=$2 want got plan
  want=$(sql "$db" -c "SET enable_indexscan = off; SET enable_bitmapscan = off;
    SELECT string_agg(id::text, ',' ORDER BY id) FROM periods WHERE p >= '2021-Q1' AND p < '2021-Q3';
    SELECT string_agg(id::text, ',' ORDER BY id) FROM periods WHERE p = '2021-01/2021-11';
    SELECT string_agg(v::text, ',' ORDER BY v) FROM parted WHERE p = '2021-Q3';")
  got=$(sql "$db" -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
    SELECT string_agg(id::text, ',' ORDER BY id) FROM periods WHERE p >= '2021-Q1' AND p < '2021-Q3';
    SET enable_indexscan = off; SET enable_bitmapscan = on;
    SELECT string_agg(id::text, ',' ORDER BY id) FROM periods WHERE p = '2021-01/2021-11';
    RESET ALL;
    SELECT string_agg(v::text, ',' ORDER BY v) FROM parted WHERE p = '2021-Q3';")
  same "$label: btree, hash and partition lookups return the rows a sequential scan does" "$want" "$got"
  if [ "$(grep -c . <<<"$want")" -eq 3 ]; then ok "$label: each lookup finds rows"
  else not_ok "$label: each lookup finds rows" "$want"; fi

  plan=$(sql "$db" -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
      EXPLAIN (COSTS OFF) SELECT * FROM periods WHERE p >= '2021-Q1' AND p < '2021-Q3';
      SET enable_indexscan = off; SET enable_bitmapscan = on; SET enable_hashjoin = off;
      EXPLAIN (COSTS OFF) SELECT * FROM periods WHERE p = '2021-01/2021-11';
      RESET ALL;
      EXPLAIN (COSTS OFF) SELECT * FROM parted WHERE p = '2021-Q3';")
  if grep -q 'Index Scan using periods_p_btree' <<<"$plan" &&
     grep -q 'Bitmap Index Scan on periods_p_hash' <<<"$plan" &&
     [ "$(grep -c 'Seq Scan on parted_' <<<"$plan")" -eq 1 ]; then
    ok "$label: plans use the btree index, the hash index and one partition"
  else
    not_ok "$label: plans use the btree index, the hash index and one partition" "$plan"
  fi

  # amcheck: the restored btree is ordered by period_cmp and holds every row.
  run "$label: amcheck bt_index_check(periods_p_btree, heapallindexed)" \
    sql "$db" -c "CREATE EXTENSION IF NOT EXISTS amcheck;
                  SELECT bt_index_check('periods_p_btree', true);
                  DROP EXTENSION amcheck;"
}

before=$(describe "$src")
if [ "$(grep -c '^row ' <<<"$before")" -lt 1000 ]; then
  not_ok "the source table holds the test data" "$(head -3 <<<"$before")"
fi
check_lookups "$src" "source"

# Plain format, restored by psql.
dbs+=("${src}_plain")
run "pg_dump --format=plain" pg_dump -d "$src" --format=plain -f "$tmp/dump.sql"
createdb "${src}_plain"
run "plain dump restores with psql (ON_ERROR_STOP)" sql "${src}_plain" -f "$tmp/dump.sql"
same "plain: every row, its order, hashes and partition are unchanged" "$before" "$(describe "${src}_plain")"
check_lookups "${src}_plain" "plain"

# Custom format, restored by pg_restore.
dbs+=("${src}_custom")
run "pg_dump --format=custom" pg_dump -d "$src" --format=custom -f "$tmp/dump.custom"
createdb "${src}_custom"
run "custom dump restores with pg_restore --exit-on-error" \
  pg_restore --exit-on-error -d "${src}_custom" "$tmp/dump.custom"
same "custom: every row, its order, hashes and partition are unchanged" "$before" "$(describe "${src}_custom")"
check_lookups "${src}_custom" "custom"

tap_done
