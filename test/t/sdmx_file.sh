#!/bin/bash
# test/t/sdmx_file.sh — sdmx_observations_file() (doc/sdmx.md), which
# pg_regress cannot test without absolute paths:
#   - on every message of test/sdmx/ it gives the rows, in the same order,
#     that sdmx_observations(text) gives for the same file sent as text;
#   - a role without the privileges of pg_read_server_files gets 42501 with
#     the DETAIL saying so (before anything is known about the file); with
#     them (granted, or through a role it inherits from) it reads; a member
#     that does not inherit gets 42501;
#   - a missing file is 58P01, a malformed one 2200M with the line;
#   - a file larger than the reader's chunks reads whole, and
#     statement_timeout stops a long import;
#   - the file's bytes are read in the encoding it declares, and the rows are
#     in the server's encoding (a LATIN1 database);
#   - and sql/sdmx_formats.sql carries the files of test/sdmx/ unchanged.
#
# Needs a server on this machine (PGHOST etc. set) where the user is a
# superuser:
#   pg_virtualenv -t bash test/t/sdmx_file.sh
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.."

db=policy_ext_sdmx_file
db_latin1=policy_ext_sdmx_file_latin1
role=policy_ext_sdmx_reader_$$
. test/tap.sh
dbs+=("$db" "$db_latin1")
roles=("$role" "${role}_granted" "${role}_via" "${role}_group" "${role}_noinherit")
cleanup() {
  tap_cleanup
  for r in "${roles[@]}"; do psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1; done
}
trap cleanup EXIT

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
# try_file: the row count, or the error's SQLSTATE, message and DETAIL.
if ! out=$(sql 2>&1 <<'SQL'
CREATE EXTENSION policy_ext;
CREATE FUNCTION try_file(path text,
    OUT rows bigint, OUT state text, OUT message text, OUT detail text)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT count(*) INTO rows FROM sdmx_observations_file(path);
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE,
                            message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
END
$$;
SQL
); then
  echo "not ok 1 - set up the database"; printf '%s\n' "$out" | sed 's/^/#   /'; exit 1
fi

# try ROLE PATH: "rows|state|message|detail" of try_file(PATH) as ROLE ("-":
# as the superuser running this script).
try() {
  local setrole="RESET ROLE"
  [ "$1" != - ] && setrole="SET ROLE $1"
  sql -v path="$2" <<SQL
$setrole;
SELECT format('%s|%s|%s|%s', rows, state, message, detail) FROM try_file(:'path');
RESET ROLE;
SQL
}

# --- the inline copies ----------------------------------------------------

run "sql/sdmx_formats.sql carries test/sdmx/*.xml unchanged (make_inline.sh --check)" \
  bash test/sdmx/make_inline.sh --check

# --- every message: file = text --------------------------------------------

# The server reads files as its own OS user: copy the messages where it can.
chmod 755 "$tmp"
mkdir "$tmp/sdmx"
cp test/sdmx/*.xml "$tmp/sdmx/"
chmod 755 "$tmp/sdmx"
chmod 644 "$tmp/sdmx"/*.xml

rows_of_file() {
  sql -v path="$1" <<'SQL'
SELECT o::text FROM sdmx_observations_file(:'path') o;
SQL
}
rows_of_text() {
  sql -v doc="$(cat "$1")" <<'SQL'
SELECT o::text FROM sdmx_observations(:'doc') o;
SQL
}

nfiles=0
for f in "$tmp"/sdmx/*.xml; do
  name=$(basename "$f")
  nfiles=$((nfiles + 1))
  got=$(rows_of_file "$f" 2>&1)
  want=$(rows_of_text "$f" 2>&1)
  if [ -n "$want" ] && [ "$got" == "$want" ]; then
    ok "$name: sdmx_observations_file gives the $(grep -c . <<<"$got") rows of sdmx_observations(text), in order"
  else
    not_ok "$name: sdmx_observations_file gives the rows of sdmx_observations(text), in order" \
      "$(diff -U0 --label 'text' --label 'file' <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -20)"
  fi
done
if [ "$nfiles" -ge 12 ]; then ok "read $nfiles messages from test/sdmx/"
else not_ok "read the messages of test/sdmx/ (12 or more)" "only $nfiles"; fi

# --- privileges --------------------------------------------------------------

f="$tmp/sdmx/ss30.xml"
n_ss30=$(sql -v path="$f" <<'SQL'
SELECT count(*) FROM sdmx_observations_file(:'path');
SQL
)
sql -c "CREATE ROLE $role" -c "CREATE ROLE ${role}_granted" \
    -c "CREATE ROLE ${role}_group" -c "CREATE ROLE ${role}_via" \
    -c "CREATE ROLE ${role}_noinherit NOINHERIT" \
    -c "GRANT pg_read_server_files TO ${role}_granted" \
    -c "GRANT pg_read_server_files TO ${role}_group" \
    -c "GRANT ${role}_group TO ${role}_via" \
    -c "GRANT pg_read_server_files TO ${role}_noinherit" >/dev/null

denied() {   # denied NAME ROLE PATH
  local out
  out=$(try "$2" "$3" 2>&1)
  if [[ $out == "|42501|permission denied to read the server file \"$3\"|"*pg_read_server_files* ]]; then
    ok "$1"
  else
    not_ok "$1" "want: |42501|permission denied to read the server file \"$3\"|...pg_read_server_files..." "got:  $out"
  fi
}
allowed() {  # allowed NAME ROLE PATH
  local out
  out=$(try "$2" "$3" 2>&1)
  same "$1" "$n_ss30|||" "$out"
}

denied "a role without pg_read_server_files: 42501, DETAIL naming pg_read_server_files" "$role" "$f"
denied "... and learns nothing of a missing file (42501, not 58P01)" "$role" "$tmp/sdmx/no_such_file.xml"
allowed "GRANT pg_read_server_files: the role reads the file ($n_ss30 rows)" "${role}_granted" "$f"
allowed "pg_read_server_files through a role it inherits from: reads" "${role}_via" "$f"
denied "a NOINHERIT member of pg_read_server_files (not its privileges): 42501" "${role}_noinherit" "$f"

# --- errors --------------------------------------------------------------------

missing="$tmp/sdmx/no_such_file.xml"
out=$(try - "$missing" 2>&1)
if [[ $out == "|58P01|could not open file \"$missing\" for reading"* ]]; then
  ok "a missing file: 58P01, could not open file \"…\" for reading"
else
  not_ok "a missing file: 58P01, could not open file \"…\" for reading" "got: $out"
fi

head -c 2500 "$tmp/sdmx/compact20.xml" > "$tmp/sdmx/cut.xml"
chmod 644 "$tmp/sdmx/cut.xml"
out=$(try - "$tmp/sdmx/cut.xml" 2>&1)
if [[ $out =~ ^\|2200M\|invalid\ XML\ in\ SDMX\ message[^|]*\|Line\ [0-9]+:\  ]]; then
  ok "a file cut short: 2200M, invalid XML in SDMX message, DETAIL Line N: …"
else
  not_ok "a file cut short: 2200M, invalid XML in SDMX message, DETAIL Line N: …" "got: $out"
fi

out=$(try - "$tmp/sdmx" 2>&1)
alive=$(sql -c "SELECT 'alive'" 2>&1)
if [[ $out == "|"[0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z][0-9A-Z]"|"* ]] && [ "$alive" = alive ]; then
  ok "a directory is an error (${out:1:5}), and the server lives on"
else
  not_ok "a directory is an error, and the server lives on" "got: $out" "then: $alive"
fi

# --- a file larger than the reader's chunks ---------------------------------

# big_file FILE SERIES OBS: a structure-specific message of SERIES series of
# OBS daily observations each, value = the observation's number.
big_file() {
  awk -v ns="$2" -v no="$3" 'BEGIN {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    print "<message:StructureSpecificData xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\">"
    print "<message:DataSet structureRef=\"PX_BIG\" SOURCE_AGENCY=\"PX\">"
    for (s = 1; s <= ns; s++) {
      printf "<Series FREQ=\"D\" REF_AREA=\"R%04d\" INDICATOR=\"ELEC_DAILY\" UNIT=\"KWH\">\n", s
      for (o = 1; o <= no; o++)
        printf "<Obs TIME_PERIOD=\"%04d-01-01\" OBS_VALUE=\"%d\" OBS_STATUS=\"A\"/>\n", 1000 + o, o
      print "</Series>"
    }
    print "</message:DataSet></message:StructureSpecificData>" }' > "$1"
  chmod 644 "$1"
}
big_file "$tmp/sdmx/big.xml" 40 2000
bytes=$(stat -c %s "$tmp/sdmx/big.xml")
# 40 series of 2000 observations 1..2000: 80000 rows, each series summing to
# 2000 x 2001 / 2 = 2001000, all 40 to 80040000.
same "a file of $bytes bytes: 80000 rows, 40 series, values summing to 80040000, as the text" \
  "80000|40|80040000|t" \
  "$(sql -v path="$tmp/sdmx/big.xml" <<'SQL'
SELECT count(*), count(DISTINCT series_key), sum(value),
       (SELECT string_agg(o::text, ',') FROM sdmx_observations_file(:'path') o)
       = (SELECT string_agg(o::text, ',') FROM sdmx_observations(pg_read_file(:'path')) o)
FROM sdmx_observations_file(:'path');
SQL
)"

# A cancel is not an error a PL/pgSQL handler catches: ask psql for the
# SQLSTATE of the statement itself.
big_file "$tmp/sdmx/huge.xml" 100 4000
out=$(sql -v path="$tmp/sdmx/huge.xml" 2>&1 <<'SQL'
SET statement_timeout = '100ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM sdmx_observations_file(:'path');
SQL
)
same "statement_timeout stops a long import (400000 observations, about a second; 100 ms): 57014" \
  "ERROR:  57014" "$out"

# --- encodings ------------------------------------------------------------------

# The same message in ISO-8859-1 (declared) and in UTF-8: é is read as é, and
# in a LATIN1 database it is LATIN1's é (the byte E9).
latin1_msg() {
  printf '%s\n' "<?xml version=\"1.0\" encoding=\"$1\"?>" \
    '<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">' \
    '<message:DataSet structureRef="PX_FR"><Series FREQ="M" TITLE="Valeur ajoutée, données brutes">' \
    '<Obs TIME_PERIOD="2021-11" OBS_VALUE="3.8" COMMENT_OBS="révisé"/></Series></message:DataSet>' \
    '</message:StructureSpecificData>'
}
latin1_msg ISO-8859-1 | iconv -f UTF-8 -t ISO-8859-1 > "$tmp/sdmx/latin1.xml"
latin1_msg UTF-8 > "$tmp/sdmx/utf8.xml"
chmod 644 "$tmp/sdmx/latin1.xml" "$tmp/sdmx/utf8.xml"
for f in latin1 utf8; do
  same "$f.xml in a UTF8 database: é is é" "Valeur ajoutée, données brutes|révisé" \
    "$(sql -v path="$tmp/sdmx/$f.xml" <<'SQL'
SELECT concat_ws('|', attrs ->> 'TITLE', attrs ->> 'COMMENT_OBS') FROM sdmx_observations_file(:'path');
SQL
)"
done
dropdb --if-exists "$db_latin1" >/dev/null 2>&1
if createdb -T template0 -E LATIN1 --locale=C "$db_latin1" >/dev/null 2>&1 &&
   psql -X -q -d "$db_latin1" -c "CREATE EXTENSION policy_ext" >/dev/null 2>&1; then
  for f in latin1 utf8; do
    same "$f.xml in a LATIN1 database: the rows are in LATIN1 (é read back as é)" \
      "Valeur ajoutée, données brutes|révisé" \
      "$(PGCLIENTENCODING=UTF8 psql -X -q -At -d "$db_latin1" -v path="$tmp/sdmx/$f.xml" 2>&1 <<'SQL'
SELECT concat_ws('|', attrs ->> 'TITLE', attrs ->> 'COMMENT_OBS') FROM sdmx_observations_file(:'path');
SQL
)"
  done
else
  not_ok "create a LATIN1 database with policy_ext"
fi

tap_done
