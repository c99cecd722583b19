#!/bin/bash
# test/t/binary_copy.sh — period's binary I/O (period_send / period_recv):
# a table copied out WITH (FORMAT binary) and back in is the same table, and
# a binary value that is not the encoding of a period is refused by
# period_recv with SQLSTATE 22P03, leaving the target table as it was.
#
# Needs a server (PGHOST etc. set) where the user may create databases:
#   pg_virtualenv -t bash test/t/binary_copy.sh
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.."

db=policy_ext_binary_copy
. test/tap.sh
dbs+=("$db")

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
if ! out=$(sql 2>&1 <<'SQL'
CREATE EXTENSION policy_ext;
CREATE TABLE src (id int PRIMARY KEY, p period, ps period[], note text);
INSERT INTO src
SELECT row_number() OVER (), g, ARRAY[g, period_ytd(g), NULL], 'unit' FROM (
          SELECT generate_periods('2019', '2023')
UNION ALL SELECT generate_periods('2019-S1', '2023-S2')
UNION ALL SELECT generate_periods('2019-T1', '2023-T3')
UNION ALL SELECT generate_periods('2019-Q1', '2023-Q4')
UNION ALL SELECT generate_periods('2019-01', '2023-12')
UNION ALL SELECT generate_periods('2019-W01', '2023-W52')
UNION ALL SELECT generate_periods('2020-12-01', '2021-03-31')
UNION ALL SELECT period_ytd(m) FROM generate_periods('2021-01', '2021-12') m
UNION ALL SELECT period_ytd(w) FROM generate_periods('2020-W01', '2020-W53') w
UNION ALL SELECT unnest('{0001,0001-01-01,0001-W01,9999,9999-12-31,9999-W52,2020-W53,
                          2021-Q1/2021-Q3,2021-01-01/2021-03-08,2016/2020,2021-T1/2021-T2}'::period[])
) AS s(g);
INSERT INTO src VALUES (0, NULL, NULL, 'null'), (-1, '2021', '{}', 'empty array');
CREATE TABLE dst (LIKE src);
-- The landing table for hand-written files: one period column.
CREATE TABLE landing (p period);
INSERT INTO landing VALUES ('2021-11'), ('2021-Q3'), (NULL);
SQL
); then
  echo "not ok 1 - set up the database"; printf '%s\n' "$out" | sed 's/^/#   /'; exit 1
fi

describe() {
  sql -c "SELECT format('%s %s %s %s', id, p, ps, note) FROM $1 ORDER BY id"
}

# --- the round trip --------------------------------------------------------

if out=$(sql -c "\\copy src TO '$tmp/src.bin' WITH (FORMAT binary)" 2>&1) && [ -s "$tmp/src.bin" ]; then
  ok "COPY src TO a file WITH (FORMAT binary)"
else
  not_ok "COPY src TO a file WITH (FORMAT binary)" "$out"
fi
if out=$(sql -c "\\copy dst FROM '$tmp/src.bin' WITH (FORMAT binary)" 2>&1); then
  ok "COPY dst FROM that file WITH (FORMAT binary)"
else
  not_ok "COPY dst FROM that file WITH (FORMAT binary)" "$out"
fi
want=$(describe src)
same "every row (periods, period arrays, NULLs) comes back identical" "$want" "$(describe dst)"
rows=$(grep -c . <<<"$want")
if [ "$rows" -gt 500 ]; then ok "the round trip covered $rows rows"
else not_ok "the round trip covered enough rows (more than 500)" "only $rows"; fi
same "the same rows compare equal with the type's = and sort identically" $'0\nt' \
  "$(sql -c "SELECT count(*) FROM src FULL JOIN dst ON src.id = dst.id
                    WHERE src.p IS DISTINCT FROM dst.p OR src.ps IS DISTINCT FROM dst.ps;" \
         -c "SELECT (SELECT string_agg(p::text, ',' ORDER BY p) FROM src) = (SELECT string_agg(p::text, ',' ORDER BY p) FROM dst)")" 

# The wire form is the 8-byte big-endian integer: a second COPY out of dst is
# byte for byte the first.
sql -c "\\copy (SELECT * FROM dst ORDER BY id) TO '$tmp/dst.bin' WITH (FORMAT binary)" >/dev/null 2>&1
sql -c "\\copy (SELECT * FROM src ORDER BY id) TO '$tmp/src2.bin' WITH (FORMAT binary)" >/dev/null 2>&1
if [ -s "$tmp/dst.bin" ] && cmp -s "$tmp/dst.bin" "$tmp/src2.bin"; then
  ok "binary COPY out of the copy is byte-identical to the original's"
else
  not_ok "binary COPY out of the copy is byte-identical to the original's" \
    "$(cmp "$tmp/dst.bin" "$tmp/src2.bin" 2>&1)"
fi

# --- hand-written files ----------------------------------------------------

# bin_file FILE HEX...: a binary COPY file, one row of one int64 field per HEX
# (16 hex digits, big-endian) or a NULL for the word NULL.
bin_file() {
  local f=$1 h; shift
  {
    printf 'PGCOPY\n\377\r\n\0'            # signature
    printf '\0\0\0\0\0\0\0\0'              # flags, header extension length
    for h in "$@"; do
      printf '\0\1'                         # one field
      if [ "$h" = NULL ]; then printf '\377\377\377\377'; continue; fi
      printf '\0\0\0\10'                    # 8 bytes
      while [ -n "$h" ]; do printf "\\x${h:0:2}"; h=${h:2}; done
    done
    printf '\377\377'                       # trailer
  } > "$f"
}
hex64() { printf '%016x' "$1"; }

# Encodings of real periods, from period_send itself.
enc() { sql -c "SELECT encode(period_send('$1'), 'hex')"; }
nov=$(enc 2021-11) ytd=$(enc 2021-01/2021-11) day=$(enc 2021-03-08)
if [[ ! $nov =~ ^[0-9a-f]{16}$ ]]; then
  not_ok "period_send gives 8 bytes" "period_send('2021-11') = '$nov'"
  echo "1..$n"; exit 1
fi
ok "period_send gives 8 bytes ($nov for 2021-11)"

landing() { sql -c "SELECT string_agg(coalesce(p::text, 'NULL'), ',' ORDER BY p NULLS FIRST) FROM landing"; }
landing_reset() { sql -c "TRUNCATE landing; INSERT INTO landing VALUES ('2021-11'), ('2021-Q3'), (NULL)"; }
landing_before=$(landing)

# Positive control: a hand-written file of valid encodings loads, so the
# refusals below are period_recv's and not a malformed file's.
bin_file "$tmp/good.bin" "$nov" "$ytd" NULL "$day"
if out=$(sql -c "BEGIN" -c "\\copy landing FROM '$tmp/good.bin' WITH (FORMAT binary)" \
             -c "SELECT string_agg(coalesce(p::text, 'NULL'), ',' ORDER BY p NULLS FIRST) FROM landing" \
             -c "ROLLBACK" 2>&1) &&
   [ "$out" = "NULL,NULL,2021-01/2021-11,2021-03-08,2021-Q3,2021-11,2021-11" ]; then
  ok "a hand-written binary file of valid encodings loads (control)"
else
  not_ok "a hand-written binary file of valid encodings loads (control)" "$out"
fi

# Corruptions of real encodings (bits 63..32 first day, 31..8 last day,
# 7..0 frequency; see src/period.h).
v=$((16#$nov)) d=$((16#$day))
declare -a bad_name bad_hex
bad() { bad_name+=("$1"); bad_hex+=("$(hex64 "$2")"); }
bad "negative (-1)"                               -1
bad "zero"                                        0
bad "2021-11 with frequency 0"                    $(( v & ~0xFF ))
bad "2021-11 with frequency 8 (none such)"        $(( (v & ~0xFF) | 8 ))
bad "2021-11 with frequency 255"                  $(( v | 0xFF ))
bad "2021-11 labelled a year"                     $(( (v & ~0xFF) | 7 ))
bad "2021-11 labelled a quarter"                  $(( (v & ~0xFF) | 4 ))
bad "2021-11 with its last day one short"         $(( v - 0x100 ))
bad "2021-11 with its first day one late"         $(( v + (1 << 32) ))
bad "2021-03-08 with first day after last day"    $(( d + (1 << 32) ))
bad "a day beyond year 9999"                      $(( (4100000 << 32) | (4100000 << 8) | 1 ))
bad "the sign bit set on 2021-11"                 $(( v | (1 << 63) ))

for i in "${!bad_name[@]}"; do
  name=${bad_name[$i]} hex=${bad_hex[$i]}
  # A valid row first: the whole COPY must fail, not just the bad row.
  bin_file "$tmp/bad.bin" "$nov" "$hex"
  out=$(sql -c "\\set VERBOSITY verbose" -c "\\copy landing FROM '$tmp/bad.bin' WITH (FORMAT binary)" 2>&1)
  after=$(landing)
  if grep -q 'ERROR:  22P03: invalid binary value for type period' <<<"$out" &&
     grep -q 'period_recv\|column p' <<<"$out" && [ "$after" = "$landing_before" ]; then
    ok "recv refuses $name (0x$hex) with 22P03; table unchanged"
  else
    not_ok "recv refuses $name (0x$hex) with 22P03; table unchanged" \
      "COPY said: $out" "table before: $landing_before" "table after:  $after"
    [ "$after" = "$landing_before" ] || landing_reset   # keep the next case independent
  fi
done

tap_done
