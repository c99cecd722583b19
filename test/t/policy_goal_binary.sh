#!/bin/bash
# test/t/policy_goal_binary.sh — policy_goal's binary I/O (policy_goal_send /
# policy_goal_recv, doc/policy_goal.md "Support functions"), and a database
# with policy_goal columns and indexes through pg_dump and restore:
#   1. a table of goals in every form, with metric_delta and period columns,
#      copied out WITH (FORMAT binary) and back in is the same table (the
#      same text, the same bytes, equal by =, the same hashes and order);
#   2. hand-made binary COPY files: the bytes of '>= 80000 by 2023' worked
#      out by hand load and print that goal; binary values the text form
#      could not produce (and truncated ones) are refused with SQLSTATE
#      22P03, leaving the target table as it was; and a goal the text form
#      does accept comes back through binary COPY;
#   3. pg_dump (plain and custom) and restore: the same rows, and the btree
#      and hash indexes on the goal column answer lookups.
#
# The wire form, byte offsets (61 bytes):
#    0 version  1 comparator  2 flags  3 kind  4 basis
#    5 deadline (int8, a period as in doc/period.md "Storage")
#   13 baseline period (int8, 0 when there is none)
#   21 target  31 upper end  41 tolerance  51 baseline value
#      (each a decimal: int8 coefficient, int2 exponent)
#
# Needs a server (PGHOST etc. set) where the user may create databases:
#   pg_virtualenv -t bash test/t/policy_goal_binary.sh
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.." || exit 2

db=policy_ext_goal_binary
. test/tap.sh
dbs+=("$db")

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

for d in "$db" "${db}_plain" "${db}_custom"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
if ! out=$(sql 2>&1 <<'SQL'
CREATE EXTENSION policy_ext;
CREATE TABLE src (id int PRIMARY KEY, g policy_goal, d metric_delta, p period, note text);
-- Every form of the doc's table, negative levels, between with bases,
-- stated decimals on ~, explicit tolerances, big and tiny numbers, spans,
-- every frequency and every basis.
INSERT INTO src (id, g, note)
SELECT i, t::policy_goal, t FROM unnest(ARRAY[
  '>= 80000 by 2023',
  '>= 10 by 2025 from 7.8 in 2020',
  '< 0% yoy in 2021',
  '>= 7% pa by 2025 from 2020',
  '<= -13.5% cum by 2025 from 2020',
  '~ +3000 in 2022',
  '~ 5% yoy ±0.5 in 2024',
  'between 5 and 6 in 2024',
  '= level -3.5 in 2024',
  '<= level -3.5 by 2026',
  'between 5% yoy and 6% in 2024',
  'between -1pp qoq and +0.5pp qoq in 2024-Q2',
  'between +1000 pa and +2000 by 2030 from 2020',
  'between 3% cum and 5% cum by 2025 from 100 in 2020',
  'between level -5 and level -1 in 2024',
  'between level -5 and 3 in 2024',
  'between 0% yoy and 0% yoy in 2024',
  '~ 5.0% yoy in 2024',
  '~ 5% yoy in 2024',
  '~ 5.00 in 2024',
  '~ 600000 in 2025',
  '≈ 5.5 in 2021',
  '~ 0.0 in 2024',
  '~ -0.30pp yoy in 2024',
  '~ 0.5pp mom +/-0.05 in 2024-03',
  '~ 5% +/- 0.25 in 2024',
  '~ 3000 ±0 in 2022',
  '~ 1.50 ±0.25 by 2027 from 1 in 2020',
  '≥ 5.0% YOY in 2024',
  '= 5.000 by 2030',
  '= 0 in 2024',
  '> 0.000001 by 2030',
  '> 0.000000000000000000000001 in 2030',
  '<= 0.000000000000000000000000000001 by 2030',
  '>= 123456789012345678 by 2030',
  '>= 999999999999999999 by 9999',
  '<= 1000000000000000000000000000000000 by 2030',
  '> level -0.000001 in 0001',
  '> +2.5pp wow in 2024-W10',
  '< -1% dod in 2024-03-08',
  '>= +1% pop in 2024-S1',
  '>= 7% pa by 2025-Q4 from 2020-Q4',
  '>= 50 by 2024-T3 from 40 in 2023-T1',
  '<= 100 by 2025 from 200 in 2021-01/2021-06',
  '>= +0.5pp pa by 2030 from 2020',
  '> -1000 cum by 2030 from 2025-06',
  '>= 10 by 2025 from -2.5 in 2020',
  '>= 80000 by 2021-01/2023-06'
]) WITH ORDINALITY AS v(t, i);
UPDATE src SET d = goal_target_delta(g), p = goal_deadline(g);
UPDATE src SET d = '-0.25pp mom', p = '2020-W53' WHERE id % 7 = 0;
INSERT INTO src VALUES (0, NULL, NULL, NULL, 'all null'),
                       (-1, NULL, '+3.2% yoy', '2021-Q3', 'null goal'),
                       (-2, '~ 5.0% yoy in 2024', NULL, NULL, 'null delta and period');
CREATE TABLE dst (LIKE src);
-- The landing table for hand-made files: one policy_goal column.
CREATE TABLE landing (g policy_goal);
INSERT INTO landing VALUES ('>= 1 by 2022'), ('~ 5.0% yoy in 2024'), (NULL);
SQL
); then
  echo "not ok 1 - set up the database"; printf '%s\n' "$out" | sed 's/^/#   /'; exit 1
fi

# --- 1. the round trip -------------------------------------------------------

describe() {
  sql -c "SELECT format('%s|%s|%s|%s|%s|%s', id, g, d, p, note, encode(policy_goal_send(g), 'hex'))
          FROM $1 ORDER BY id"
}

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
same "every row (goal text and bytes, metric_delta, period, NULLs) comes back identical" \
  "$want" "$(describe dst)"
goals=$(sql -c "SELECT count(g) FROM src")
if [ "$goals" -ge 40 ]; then ok "the round trip covered $goals goals"
else not_ok "the round trip covered at least 40 goals" "only $goals"; fi

# Row by row: the type's = (and <>, hash, extended hash) on the pairs, and
# the same order under the btree comparison.
same "each row's goal is = to its copy, with the same hashes; other columns equal" \
  "0|0|$goals|0|0" \
  "$(sql -c "SELECT count(*) FILTER (WHERE s.id IS NULL OR d.id IS NULL),
                    count(*) FILTER (WHERE (s.g IS NULL) <> (d.g IS NULL) OR s.g <> d.g),
                    count(*) FILTER (WHERE s.g = d.g AND policy_goal_cmp(s.g, d.g) = 0
                                     AND policy_goal_hash(s.g) = policy_goal_hash(d.g)
                                     AND policy_goal_hash_extended(s.g, 7) = policy_goal_hash_extended(d.g, 7)),
                    count(*) FILTER (WHERE s.d IS DISTINCT FROM d.d OR s.p IS DISTINCT FROM d.p
                                     OR s.note IS DISTINCT FROM d.note),
                    count(*) FILTER (WHERE s.g::text IS DISTINCT FROM d.g::text)
             FROM src s FULL JOIN dst d ON s.id = d.id")"
same "the goals sort identically (btree order) in both tables" "t" \
  "$(sql -c "SELECT (SELECT string_agg(id::text, ',' ORDER BY g, id) FROM src)
                  = (SELECT string_agg(id::text, ',' ORDER BY g, id) FROM dst)")"
# '~ 5.0% yoy' and '~ 5% yoy' are different goals, and stay different.
same "stated decimals survive: '~ 5.0% yoy in 2024' <> '~ 5% yoy in 2024' after the trip" \
  "~ +5.0% yoy in 2024|~ +5% yoy in 2024|t" \
  "$(sql -c "SELECT a.g, b.g, a.g <> b.g FROM dst a, dst b
             WHERE a.note = '~ 5.0% yoy in 2024' AND b.note = '~ 5% yoy in 2024'")"

sql -c "\\copy (SELECT * FROM dst ORDER BY id) TO '$tmp/dst.bin' WITH (FORMAT binary)" >/dev/null 2>&1
sql -c "\\copy (SELECT * FROM src ORDER BY id) TO '$tmp/src2.bin' WITH (FORMAT binary)" >/dev/null 2>&1
if [ -s "$tmp/dst.bin" ] && cmp -s "$tmp/dst.bin" "$tmp/src2.bin"; then
  ok "binary COPY out of the copy is byte-identical to the original's"
else
  not_ok "binary COPY out of the copy is byte-identical to the original's" \
    "$(cmp "$tmp/dst.bin" "$tmp/src2.bin" 2>&1)"
fi

# --- 2. hand-made files --------------------------------------------------------

# copy_file FILE HEX...: a binary COPY file with one row per HEX, each row a
# single field holding those bytes (the word NULL: a NULL field).
copy_file() {
  local f=$1 h hex
  hex='5047434f50590aff0d0a00'"00000000"'00000000'   # signature, flags, extension length
  shift
  for h in "$@"; do
    hex+='0001'                                        # one field
    if [ "$h" = NULL ]; then hex+='ffffffff'; continue; fi
    hex+=$(printf '%08x' $(( ${#h} / 2 )))$h           # its length, its bytes
  done
  hex+='ffff'                                          # trailer
  printf '%s' "$hex" | xxd -r -p > "$f"
}
# put HEX OFFSET BYTES: HEX with the bytes from OFFSET on replaced by BYTES
put() { local h=$1 o=$(( $2 * 2 )); printf '%s' "${h:0:o}$3${h:o+${#3}}"; }
# dec COEF EXP: a decimal on the wire (int8 coefficient, int2 exponent)
dec() { printf '%016x%04x' "$1" $(( $2 & 0xFFFF )); }
# year Y: the period Y worked out from the calendar, not by period_send:
# first day and last day in days from 0001-01-01, frequency 7 (a year)
year() {
  sql -c "SELECT lpad(to_hex(date '$1-01-01' - date '0001-01-01'), 8, '0')
              || lpad(to_hex(date '$1-12-31' - date '0001-01-01'), 6, '0') || '07'"
}
send() { sql -c "SELECT encode(policy_goal_send('$1'), 'hex')"; }
zero=$(dec 0 0)

y2020=$(year 2020) y2023=$(year 2023) y2024=$(year 2024) y2025=$(year 2025)
same "the year 2023 worked out by hand is period_send('2023')" \
  "$(sql -c "SELECT encode(period_send('2023'), 'hex')")" "$y2023"

# '>= 80000 by 2023' by hand: version 1, comparator 1 (>=), flags 1 (by),
# kind 0 (a level), basis 0; the deadline 2023; no baseline period; the
# target 80000 = 8 × 10^4; the upper end, tolerance and baseline value unused.
G="01""01""01""00""00""$y2023""0000000000000000""$(dec 8 4)$zero$zero$zero"
same "the hand-made bytes of '>= 80000 by 2023' are 61, as policy_goal_send gives them" \
  "$(send '>= 80000 by 2023')" "$G"
doc_hex=$(sed -n "s/.*policy_goal_send('>= 80000 by 2023')\` | \`\\\\x\([0-9a-f]*\)\`.*/\1/p" doc/policy_goal.md)
same "... and as doc/policy_goal.md shows them" "$doc_hex" "$G"

landing() { sql -c "SELECT string_agg(coalesce(g::text, 'NULL'), ',' ORDER BY g NULLS FIRST) FROM landing"; }
landing_reset() { sql -c "TRUNCATE landing; INSERT INTO landing VALUES ('>= 1 by 2022'), ('~ 5.0% yoy in 2024'), (NULL)"; }
landing_before=$(landing)

# Valid hand-made values load and print their canonical text: so the
# refusals below are policy_goal_recv's and not a malformed file's.
# '~ 5.0% yoy in 2024': comparator 6 (~), flags 0 (in), kind 1 (%), basis 1
# (yoy), the target as stated, 50 × 10^-1; '~ 5% yoy in 2024', 5 × 10^0.
S50="01""06""00""01""01""$y2024""0000000000000000""$(dec 50 -1)$zero$zero$zero"
S5=$(put "$S50" 21 "$(dec 5 0)")
# '>= 7% pa by 2025 from 7.8 in 2020': flags 7 (by, baseline period, value),
# kind 1, basis 7 (pa); the baseline value 78 × 10^-1.
P78="01""01""07""01""07""$y2025$y2020""$(dec 7 0)$zero$zero$(dec 78 -1)"
copy_file "$tmp/good.bin" "$G" NULL "$S50" "$S5" "$P78"
same "a hand-made binary file of valid goals loads and prints the canonical texts" \
  ">= 80000 by 2023|t|t
NULL||
~ +5.0% yoy in 2024|t|t
~ +5% yoy in 2024|t|t
>= +7% pa by 2025 from 7.8 in 2020|t|t" \
  "$(sql -c "CREATE TEMP TABLE hand (n serial, g policy_goal)" \
         -c "\\copy hand (g) FROM '$tmp/good.bin' WITH (FORMAT binary)" \
         -c "SELECT coalesce(g::text, 'NULL'), g = g::text::policy_goal,
                    policy_goal_send(g) = policy_goal_send(g::text::policy_goal)
             FROM hand ORDER BY n" 2>&1)"
same "the hand-made '>= 80000 by 2023' is = to the parsed one; the two ~ goals differ" "t|t" \
  "$(sql -c "CREATE TEMP TABLE hand (g policy_goal)" \
         -c "\\copy hand FROM '$tmp/good.bin' WITH (FORMAT binary)" \
         -c "SELECT bool_or(g = '>= 80000 by 2023'), count(DISTINCT g) = 4 FROM hand" 2>&1)"

# Values recv must refuse: each a real encoding with one thing wrong.
Y=$(send '< 0% yoy in 2021')                         # a change within one period
T=$(send '~ 5% yoy ±0.5 in 2024')                    # an explicit tolerance
B=$(send 'between 5 and 6 in 2024')
P=$(send '>= 7% pa by 2025 from 2020')               # a baseline period
A=$(send '~ +3000 in 2022')                          # ~ with its stated digits
if [ ${#Y} -ne 122 ] || [ ${#T} -ne 122 ] || [ ${#B} -ne 122 ] || [ ${#P} -ne 122 ] || [ ${#A} -ne 122 ]; then
  not_ok "policy_goal_send gives 61 bytes" "$Y" "$T" "$B" "$P" "$A"; tap_done; exit 1
fi
d2023=${G:10:16}                                     # the deadline 2023

declare -a bad_name bad_hex
bad() { bad_name+=("$1"); bad_hex+=("$2"); }
bad "version 2"                                     "$(put "$G" 0 02)"
bad "version 0"                                     "$(put "$G" 0 00)"
bad "version 255"                                   "$(put "$G" 0 ff)"
bad "comparator 0"                                  "$(put "$G" 1 00)"
bad "comparator 8"                                  "$(put "$G" 1 08)"
bad "comparator 255"                                "$(put "$G" 1 ff)"
bad "unknown flag bit 0x10"                         "$(put "$G" 2 11)"
bad "unknown flag bit 0x80"                         "$(put "$G" 2 81)"
bad "kind 4 (on '< 0% yoy in 2021')"                "$(put "$Y" 3 04)"
bad "kind 255"                                      "$(put "$Y" 3 ff)"
bad "a level with a basis (yoy)"                    "$(put "$G" 4 01)"
bad "basis 10 (none such)"                          "$(put "$Y" 4 0a)"
bad "basis 9 (base, refused by the text form)"      "$(put "$Y" 4 09)"
bad "unused upper-end slot non-zero (coefficient)"  "$(put "$G" 31 "$(dec 1 0)")"
bad "unused upper-end slot non-zero (exponent)"     "$(put "$G" 31 "$(dec 0 1)")"
bad "unused tolerance slot non-zero"                "$(put "$G" 41 "$(dec 5 -1)")"
bad "unused baseline-value slot non-zero"           "$(put "$G" 51 "$(dec 78 -1)")"
bad "baseline period without its flag"              "$(put "$G" 13 "$y2020")"
bad "baseline value flag without a baseline period" "$(put "$(put "$G" 2 05)" 51 "$(dec 78 -1)")"
bad "tolerance on a >= goal"                        "$(put "$T" 1 01)"
bad "tolerance on a between goal"                   "$(put "$(put "$T" 1 07)" 31 "$(dec 6 0)")"
bad "negative tolerance"                            "$(put "$T" 41 "$(dec -5 -1)")"
bad "tolerance 0.50 (not canonical)"                "$(put "$T" 41 "$(dec 50 -2)")"
bad "between with lower > upper (6 and 5)"          "$(put "$(put "$B" 21 "$(dec 6 0)")" 31 "$(dec 5 0)")"
bad "between with upper 6.0 (60 exp -1)"            "$(put "$B" 31 "$(dec 60 -1)")"
bad "non-canonical target 80 × 10^3 on >="          "$(put "$G" 21 "$(dec 80 3)")"
bad "stated decimals on >= (800000 × 10^-1)"        "$(put "$G" 21 "$(dec 800000 -1)")"
bad "zero target with exponent 4"                   "$(put "$G" 21 "$(dec 0 4)")"
bad "~ 3000 as 30 × 10^2 (zeros of a whole number)" "$(put "$A" 21 "$(dec 30 2)")"
bad "target coefficient of 19 digits"               "$(put "$G" 21 "$(dec 1000000000000000001 0)")"
bad "target exponent 31"                            "$(put "$G" 21 "$(dec 8 31)")"
bad "target exponent -49"                           "$(put "$G" 21 "$(dec 8 -49)")"
# Below the 1e-30 floor: text input refuses these (22003, "a whole multiple
# of 1e-30"), so a value recv let in could not be dumped and restored.
bad "target 1 × 10^-31 (below 1e-30)"               "$(put "$G" 21 "$(dec 1 -31)")"
bad "target 123 × 10^-40 (below 1e-30)"             "$(put "$G" 21 "$(dec 123 -40)")"
bad "~ target 1 × 10^-31 (below 1e-30)"             "$(put "$A" 21 "$(dec 1 -31)")"
bad "tolerance 1 × 10^-31 (below 1e-30)"            "$(put "$T" 41 "$(dec 1 -31)")"
bad "between 0 and 1 × 10^-31 (below 1e-30)"        "$(put "$(put "$B" 21 "$zero")" 31 "$(dec 1 -31)")"
bad "baseline value 1 × 10^-31 (below 1e-30)"       "$(put "$(put "$(put "$P" 2 07)" 51 "$(dec 1 -31)")" 13 "$y2020")"
bad "baseline period equal to the deadline"         "$(put "$P" 13 "$y2025")"
bad "baseline period after the deadline"            "$(put "$P" 13 "$(year 2030)")"
bad "baseline 2025-Q4, ending with the deadline"    "$(put "$P" 13 "$(sql -c "SELECT encode(period_send('2025-Q4'), 'hex')")")"
bad "pa goal without a baseline period"             "$(put "$(put "$P" 2 01)" 13 0000000000000000)"
bad "yoy goal with a baseline period"               "$(put "$(put "$Y" 2 02)" 13 "$y2020")"
bad "deadline 0 (no period)"                        "$(put "$G" 5 0000000000000000)"
bad "deadline 2023 with frequency 0"                "$(put "$G" 12 00)"
bad "deadline 2023 with frequency 8 (none such)"    "$(put "$G" 12 08)"
bad "deadline 2023 labelled a week"                 "$(put "$G" 12 02)"
bad "deadline 2023 with its last day one short"     "$(put "$G" 9 "$(printf '%06x' $(( 16#${d2023:8:6} - 1 )))")"
bad "deadline with the sign bit set"                "$(put "$G" 5 "8${d2023:1}")"
bad "deadline with first day after last day"        "$(put "$G" 5 "$(printf '%08x' $(( 16#${d2023:8:6} + 1 )))${d2023:8:6}07")"
bad "baseline period with frequency 0"              "$(put "$P" 20 00)"
bad "truncated: 60 bytes (last byte missing)"       "${G:0:120}"
bad "truncated: 21 bytes (no decimals)"             "${G:0:42}"
bad "truncated: 1 byte (the version alone)"         "${G:0:2}"
bad "truncated: 0 bytes"                            ""
bad "62 bytes (one trailing byte)"                  "${G}00"

check_refused() {   # NAME MESSAGE-PATTERN HEX...
  local name=$1 pattern=$2 out after; shift 2
  copy_file "$tmp/bad.bin" "$@"
  out=$(sql -c "\\set VERBOSITY verbose" -c "\\copy landing FROM '$tmp/bad.bin' WITH (FORMAT binary)" 2>&1)
  after=$(landing)
  if grep -q "ERROR:  22P03: $pattern" <<<"$out" && grep -q 'column g' <<<"$out" &&
     [ "$after" = "$landing_before" ]; then
    ok "recv refuses $name with 22P03; table unchanged"
  else
    not_ok "recv refuses $name with 22P03; table unchanged" \
      "bytes: ${*: -1}" "COPY said: $out" "table before: $landing_before" "table after:  $after"
    [ "$after" = "$landing_before" ] || landing_reset   # keep the next case independent
  fi
}

for i in "${!bad_name[@]}"; do
  case ${bad_name[$i]} in
    truncated*|62*) pattern= ;;                       # any message, the code is what counts
    *)              pattern='invalid binary policy_goal' ;;
  esac
  check_refused "${bad_name[$i]}" "$pattern" "${bad_hex[$i]}"
done
# A valid row before the bad one: the whole COPY fails, not just the bad row.
check_refused "a bad row after a good one (the whole COPY)" 'invalid binary policy_goal' \
  "$G" "$(put "$G" 21 "$(dec 80 3)")"

# Text input and recv agree: '~ 0.000…0' with its stated zeros is a goal of
# the text form at any length; a value the text form gives must come back
# through binary COPY (or the text form must refuse it).
zeros=$(printf '0%.0s' $(seq 49))
out=$(sql -c "CREATE TABLE zeros (g policy_goal)" \
          -c "INSERT INTO zeros VALUES ('~ 0.$zeros in 2024')" 2>&1)
if [ -z "$out" ]; then
  out=$(sql -c "\\copy zeros TO '$tmp/zeros.bin' WITH (FORMAT binary)" \
            -c "\\copy zeros FROM '$tmp/zeros.bin' WITH (FORMAT binary)" \
            -c "SELECT count(*), count(DISTINCT g) FROM zeros" 2>&1)
  same "'~ 0.<49 zeros> in 2024', which the text form accepts, survives binary COPY" "2|1" "$out"
else
  ok "'~ 0.<49 zeros> in 2024' is refused by the text form too"
fi

# --- 3. pg_dump and restore -----------------------------------------------------

if ! out=$(sql 2>&1 <<'SQL'
CREATE TABLE goals (id int PRIMARY KEY, g policy_goal, note text);
INSERT INTO goals SELECT id, g, note FROM src;
INSERT INTO goals
SELECT 1000 + i,
       CASE i % 4 WHEN 0 THEN format('>= %s by %s', i * 10, 2000 + i % 30)
                  WHEN 1 THEN format('~ %s%% yoy in %s', (i / 10.0)::numeric(10, 1), 2000 + i % 30)
                  WHEN 2 THEN format('between %s and %s by %s from %s', i, i * 2, 2010 + i % 20, 2009)
                  ELSE format('<= %s%% pa by %s-Q%s from 2005', (-i / 100.0)::numeric(10, 2), 2010 + i % 20, 1 + i % 4)
       END::policy_goal, 'generated'
FROM generate_series(1, 800) i;
CREATE INDEX goals_g_btree ON goals USING btree (g);
CREATE INDEX goals_g_hash  ON goals USING hash (g);
ANALYZE goals;
SQL
); then
  not_ok "set up the table with the btree and hash indexes" "$out"
fi

dsql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$@"; }
describe_goals() {
  dsql "$1" -c "SELECT format('%s|%s|%s|%s|%s', id, g, note, encode(policy_goal_send(g), 'hex'),
                             policy_goal_hash_extended(g, 42))
                FROM goals ORDER BY id" \
            -c "SELECT format('sorted %s', string_agg(id::text, ',' ORDER BY g, id)) FROM goals"
}
# The lookups: each as a sequential scan and through an index.
lookups() {
  cat <<'SQL'
SELECT string_agg(id::text, ',' ORDER BY id) FROM goals WHERE g = '>= 80000 by 2023';
SELECT string_agg(id::text, ',' ORDER BY id) FROM goals WHERE g = '~ 5.0% yoy in 2024';
SELECT string_agg(id::text, ',' ORDER BY id) FROM goals WHERE g = '~ 0.1% yoy in 2001';
SELECT string_agg(id::text, ',' ORDER BY id) FROM goals WHERE g >= '>= 0 in 2024' AND g < '>= 0 in 2025';
SQL
}
check_lookups() {
  local d=$1 label=$2 want got plan
  # Each index alone: the other is dropped inside a transaction rolled back.
  want=$(dsql "$d" -c "SET enable_indexscan = off; SET enable_bitmapscan = off;" -c "$(lookups)" 2>&1)
  got=$(dsql "$d" -c "BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off;" \
                  -c "DROP INDEX goals_g_hash;" -c "$(lookups)" -c "ROLLBACK" 2>&1)
  same "$label: btree lookups (=, range) return the rows a sequential scan does" "$want" "$got"
  got=$(dsql "$d" -c "BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off;" \
                  -c "DROP INDEX goals_g_btree;" -c "$(lookups | head -3)" -c "ROLLBACK" 2>&1)
  same "$label: hash lookups (=) return the rows a sequential scan does" "$(head -3 <<<"$want")" "$got"
  if [ "$(grep -c '[0-9]' <<<"$want")" -eq 4 ]; then ok "$label: each lookup finds rows"
  else not_ok "$label: each lookup finds rows" "$want"; fi

  plan=$(dsql "$d" -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
      BEGIN; DROP INDEX goals_g_hash;
      EXPLAIN (COSTS OFF) SELECT * FROM goals WHERE g = '>= 80000 by 2023';
      EXPLAIN (COSTS OFF) SELECT * FROM goals WHERE g >= '>= 0 in 2024' AND g < '>= 0 in 2025';
      ROLLBACK;
      SET enable_indexscan = off; SET enable_bitmapscan = on;
      BEGIN; DROP INDEX goals_g_btree;
      EXPLAIN (COSTS OFF) SELECT * FROM goals WHERE g = '~ 5.0% yoy in 2024';
      ROLLBACK;" 2>&1)
  if [ "$(grep -c 'Index Scan using goals_g_btree' <<<"$plan")" -eq 2 ] &&
     grep -q 'Bitmap Index Scan on goals_g_hash' <<<"$plan"; then
    ok "$label: the plans use the btree index and the hash index"
  else
    not_ok "$label: the plans use the btree index and the hash index" "$plan"
  fi
  run "$label: amcheck bt_index_check(goals_g_btree, heapallindexed)" \
    dsql "$d" -c "CREATE EXTENSION IF NOT EXISTS amcheck;
                  SELECT bt_index_check('goals_g_btree', true);
                  DROP EXTENSION amcheck;"
}
# Row by row with =: the source rows, loaded as text into the restored
# database, against the restored ones.
check_equal() {
  local d=$1 label=$2
  same "$label: every restored goal is = to its source row" "$(sql -c "SELECT count(*) FROM goals")|0" \
    "$(dsql "$d" -c "CREATE TEMP TABLE orig (id int, g policy_goal, note text)" \
                 -c "\\copy orig FROM '$tmp/goals.txt'" \
                 -c "SELECT count(*), count(*) FILTER (WHERE o.id IS NULL OR r.id IS NULL
                                 OR o.g IS DISTINCT FROM r.g OR NOT coalesce(o.g = r.g, o.g IS NULL))
                     FROM orig o FULL JOIN goals r USING (id)" 2>&1)"
}

sql -c "\\copy goals TO '$tmp/goals.txt'"
before=$(describe_goals "$db")
check_lookups "$db" "source"

dbs+=("${db}_plain")
run "pg_dump --format=plain" pg_dump -d "$db" --format=plain -f "$tmp/dump.sql"
createdb "${db}_plain"
run "plain dump restores with psql (ON_ERROR_STOP)" dsql "${db}_plain" -f "$tmp/dump.sql"
same "plain: every row, its bytes, hash and order are unchanged" "$before" "$(describe_goals "${db}_plain")"
check_equal "${db}_plain" "plain"
check_lookups "${db}_plain" "plain"

dbs+=("${db}_custom")
run "pg_dump --format=custom" pg_dump -d "$db" --format=custom -f "$tmp/dump.custom"
createdb "${db}_custom"
run "custom dump restores with pg_restore --exit-on-error" \
  pg_restore --exit-on-error -d "${db}_custom" "$tmp/dump.custom"
same "custom: every row, its bytes, hash and order are unchanged" "$before" "$(describe_goals "${db}_custom")"
check_equal "${db}_custom" "custom"
check_lookups "${db}_custom" "custom"

tap_done
