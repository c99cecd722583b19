#!/bin/bash
# test/t/sdmx_safety.sh — sdmx_observations() against hostile and huge
# messages (doc/sdmx.md, "Safety" and "Errors"): external entities, external
# DTDs, entity amplification, malformed XML, deep nesting, long names and
# values each give the documented error or are inert, quickly, and the
# backend survives (the same connection and a new one answer); nothing of
# /etc/passwd shows and no connection is attempted; statement_timeout and
# pg_cancel_backend stop a large import; the file reader's memory is flat
# (VmHWM of the backend, from /proc/self/status).  Last, the shapes that
# fuzzing and measuring found (doc/fuzzing.md, "The sdmx harness"): one
# series repeating a key, wide series, many attributes, two Structure
# elements in the header.
#
# Each document is tried through sdmx_observations(text) (pg_read_file),
# sdmx_observations(bytea) (pg_read_binary_file) and sdmx_observations_file.
#
# Needs a server on this machine (the documents are files it reads) where
# the user is a superuser:
#   pg_virtualenv -t bash test/t/sdmx_safety.sh
# Prints TAP lines; exits 1 if any fails.  SDMX_SAFETY_MB (default 100)
# sets the size of the large message.
set -u
cd "$(dirname "$0")/../.." || exit 1

db=policy_ext_sdmx_safety
# shellcheck source=test/tap.sh
. test/tap.sh
dbs+=("$db")
listener=
trap '[ -n "$listener" ] && kill "$listener" 2>/dev/null; tap_cleanup' EXIT

# The server reads the documents: a folder it may enter, files it may read.
chmod 755 "$tmp"
docs=$tmp/docs
mkdir -m 755 "$docs"

sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
ms_now() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
if ! out=$(sql -c "CREATE EXTENSION policy_ext" 2>&1); then
  echo "not ok 1 - CREATE EXTENSION policy_ext"; printf '%s\n' "$out" | sed 's/^/#   /'; exit 1
fi
# A server that crashed and restarted has a new checkpointer.
checkpointer=$(sql -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")

# --- a listener that records any connection (no request may reach it) --------

python3 - "$tmp/port" "$tmp/connections" <<'PY' &
import socket, sys
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(16)
with open(sys.argv[1] + '.tmp', 'w') as f:
    f.write(str(s.getsockname()[1]))
import os
os.rename(sys.argv[1] + '.tmp', sys.argv[1])
while True:
    c, addr = s.accept()
    with open(sys.argv[2], 'a') as f:
        f.write('connection from %s:%d: %r\n' % (addr[0], addr[1], c.recv(200)))
    c.close()
PY
listener=$!
for _ in $(seq 1 100); do [ -s "$tmp/port" ] && break; sleep 0.05; done
port=$(cat "$tmp/port" 2>/dev/null)
if [ -n "$port" ]; then ok "a listener on 127.0.0.1:$port records connections"
else not_ok "a listener on 127.0.0.1 records connections" "it did not start"; port=9; fi

# --- the documents --------------------------------------------------------------

python3 - "$docs" "$port" <<'PY'
import os, sys
d, port = sys.argv[1], sys.argv[2]
def w(name, text):
    with open(os.path.join(d, name), 'wb') as f:
        f.write(text.encode('utf-8') if isinstance(text, str) else text)
compact = lambda obs: ('<CompactData><DataSet><Series FREQ="A" REF_AREA="CN">'
                       '<Obs TIME_PERIOD="2021" OBS_VALUE="1"%s/></Series></DataSet></CompactData>\n' % obs)
generic = lambda time: ('<GenericData><DataSet><Series><SeriesKey><Value concept="FREQ" value="A"/>'
                        '</SeriesKey><Obs><Time>%s</Time><ObsValue value="1"/></Obs></Series>'
                        '</DataSet></GenericData>\n' % time)
xxe = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "%s">]>\n'
w('xxe_attr', xxe % 'file:///etc/passwd' + compact(' OBS_STATUS="&xxe;"'))
w('xxe_text', xxe % 'file:///etc/passwd' + generic('&xxe;'))
w('xxe_http_text', xxe % ('http://127.0.0.1:%s/xxe' % port) + generic('&xxe;'))
w('xxe_param', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY %% p SYSTEM "http://127.0.0.1:%s/p.dtd"> %%p;'
  '<!ENTITY %% f SYSTEM "file:///etc/passwd"> %%f;]>\n' % port + compact(''))
w('dtd_local', '<?xml version="1.0"?>\n<!DOCTYPE CompactData SYSTEM "http://127.0.0.1:%s/sdmx.dtd">\n' % port + compact(''))
w('dtd_blackhole', '<?xml version="1.0"?>\n<!DOCTYPE CompactData PUBLIC "-//SDMX//x" "http://10.255.255.1/sdmx.dtd">\n' + compact(''))
w('xinclude', '<CompactData xmlns:xi="http://www.w3.org/2001/XInclude"><DataSet><xi:include href="file:///etc/passwd" parse="text"/>'
  '<Series FREQ="A"><Obs TIME_PERIOD="2021" OBS_VALUE="1"/></Series></DataSet></CompactData>\n')
lol = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
       + ''.join(' <!ENTITY lol%d "%s">\n' % (i, ('&lol%s;' % ('' if i == 1 else i - 1)) * 10) for i in range(1, 10))
       + ']>\n')
w('laughs_attr', lol + compact(' OBS_STATUS="&lol9;"'))
w('laughs_text', lol + generic('&lol9;'))
quad = '<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "%s">]>\n' % ('a' * 50000)
w('quadratic_attr', quad + compact(' OBS_STATUS="%s"' % ('&a;' * 50000)))
w('quadratic_text', quad + generic('&a;' * 50000))
w('malformed_line5', '<CompactData>\n<DataSet>\n<Series FREQ="A">\n<Obs TIME_PERIOD="2021" OBS_VALUE="1"/>\n'
  '</Serie>\n</DataSet>\n</CompactData>\n')
# line 4321 of 5000, far past the first 4 kB chunk of the file reader
lines = ['<CompactData>', '<DataSet>'] + ['<Series FREQ="A"><Obs TIME_PERIOD="2021" OBS_VALUE="%d"/></Series>' % i
                                          for i in range(3, 5001)]
lines[4320] = '<Series FREQ="A"><Obs TIME_PERIOD="2021" OBS_VALUE="1" OBS_VALUE="2"/></Series>'
w('malformed_line4321', '\n'.join(lines + ['</DataSet>', '</CompactData>']) + '\n')
w('entity_ref_line4', '<?xml version="1.0"?>\n<!-- no DTD: the entity y is not defined -->\n'
  '<GenericData><DataSet><Series><SeriesKey><Value concept="A" value="1"/></SeriesKey>\n'
  '<Obs><Time>&y;</Time></Obs>\n</Series>\n</DataSet>\n\n\n</GenericData>\n')
w('bad_encoding_line3', b'<?xml version="1.0" encoding="EUC-JP"?>\n<CompactData><DataSet>\n'
  b'<Series FREQ="A"><Obs TIME_PERIOD="2021" OBS_VALUE="1" COMMENT_OBS="\xa1\xff"/></Series>\n</DataSet></CompactData>\n')
w('deep_100000', '<CompactData><DataSet>' + '<a>' * 100000 + '</a>' * 100000 + '</DataSet></CompactData>\n')
w('value_100kB', compact(' OBS_STATUS="%s"' % ('x' * 100000)))
w('value_10MB', compact(' OBS_STATUS="%s"' % ('x' * 10000000)))
w('time_text_1MB', generic('2' * 1000000))
w('element_name_100k', '<CompactData><DataSet><Series FREQ="A"><%s/></Series></DataSet></CompactData>\n' % ('N' * 100000))
w('attribute_name_100k', compact(' %s="x"' % ('N' * 100000)))
w('two_structures', '<?xml version="1.0"?>\n<message:StructureSpecificData '
  'xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">\n<message:Header>'
  '<message:Structure structureID="A" dimensionAtObservation="TIME_PERIOD"/>'
  '<message:Structure structureID="B" dimensionAtObservation="TIME_PERIOD"/></message:Header>\n'
  '<message:DataSet structureRef="A"><Series FREQ="A"><Obs TIME_PERIOD="2021" OBS_VALUE="1"/></Series>'
  '</message:DataSet>\n</message:StructureSpecificData>\n')
PY
chmod 644 "$docs"/*

# --- one document, one way in ---------------------------------------------------
#
# probe CASE FORM WANT [LINE]: read $docs/CASE through FORM (text, bytea or
# file) in one session, between two pg_backend_pid() calls.  WANT is a list
# of acceptable outcomes separated by |: SQLSTATEs, or "inert" (rows, no
# error).  LINE: the line the DETAIL must name.  Two TAP lines: the outcome,
# and speed plus survival of the connection.

all_output=$tmp/all_output
: >"$all_output"
probe() {
  local case=$1 form=$2 want=$3 line=${4:-} path=$docs/$1 expr out t0 t1 el state pids got
  case $form in
    text)  expr="sdmx_observations(pg_read_file('$path'))" ;;
    bytea) expr="sdmx_observations(pg_read_binary_file('$path'))" ;;
    file)  expr="sdmx_observations_file('$path')" ;;
  esac
  t0=$(ms_now)
  out=$(psql -X -At -v VERBOSITY=verbose -d "$db" \
          -c "SELECT 'pid=' || pg_backend_pid()" \
          -c "SELECT dataset, series_key, dims, time_period, period, value, attrs FROM $expr" \
          -c "SELECT 'pid=' || pg_backend_pid()" -c "SELECT 'one=' || 1" 2>&1)
  t1=$(ms_now)
  el=$((t1 - t0))
  printf '%s\n' "$out" >>"$all_output"
  state=$(sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\): .*/\1/p' <<<"$out" | head -n 1)
  if [ -n "$state" ]; then got=$state
  elif grep -q '^pid=' <<<"$out" && ! grep -qi 'server closed\|connection to server was lost' <<<"$out"; then got=inert
  else got="no answer"; fi
  local name="$case ($form): ${want//|/ or }" detail=
  [ -n "$line" ] && name="$name, DETAIL \"Line $line: …\""
  if [[ "|$want|" == *"|$got|"* ]]; then
    if [ -n "$line" ] && ! grep -q "^DETAIL:  Line $line: " <<<"$out"; then
      not_ok "$name" "got: $(grep -m1 '^DETAIL' <<<"$out")"
    else
      detail=$(grep -m1 '^DETAIL:' <<<"$out" | cut -c1-90)
      ok "$name${detail:+ — ${detail#DETAIL:  }}"
    fi
  else
    not_ok "$name" "got: $got" "$(grep -v '^pid=\|^one=' <<<"$out" | head -n 8 | cut -c1-200)"
  fi
  pids=$(grep '^pid=' <<<"$out" | sort -u | wc -l)
  if [ "$el" -lt 5000 ] && [ "$(grep -c '^pid=' <<<"$out")" -eq 2 ] && [ "$pids" -eq 1 ] &&
     grep -q '^one=1$' <<<"$out"; then
    ok "$case ($form): answered in $(secs $el) s (< 5 s); the same connection answers SELECT 1"
  else
    not_ok "$case ($form): answered in under 5 s; the same connection answers SELECT 1" \
      "took $(secs $el) s" "$(grep -v '^ERROR\|^DETAIL\|^LOCATION' <<<"$out" | head -n 6 | cut -c1-200)"
  fi
}

# A new connection must work after each case (waits out a crash recovery).
fresh() {
  for _ in $(seq 1 60); do
    [ "$(sql -c 'SELECT 1' 2>/dev/null)" = 1 ] && { ok "$1: a new connection answers SELECT 1"; return; }
    sleep 0.5
  done
  not_ok "$1: a new connection answers SELECT 1" "no answer for 30 s"
}

# case WANT [LINE] [FORMS]: probe every form, then a fresh connection
try() {
  local case=$1 want=$2 line=${3:-} forms=${4:-text bytea file} f
  for f in $forms; do probe "$case" "$f" "$want" "$line"; done
  fresh "$case"
}

# External entities and DTDs: an entity reference in text or an external one
# in an attribute is an error; a DTD is not loaded (inert).
try xxe_attr 2200M
try xxe_text 2200M
try xxe_http_text 2200M
try xxe_param '2200M|inert'
try dtd_local '2200M|inert'
try dtd_blackhole '2200M|inert'
try xinclude inert
# Amplification: libxml2's limits stop it in attributes (an error, or a value
# over 64 kB: 54000); an entity reference in text is an error.
try laughs_attr 2200M
try laughs_text 2200M
try quadratic_attr '2200M|54000'
try quadratic_text 2200M
# Malformed XML: 2200M, with the line.
try malformed_line5 2200M 5
try malformed_line4321 2200M 4321
try entity_ref_line4 2200M 4
try bad_encoding_line3 2200M 3 'bytea file'
try deep_100000 2200M
# Sizes: over 64 kB is 54000 (libxml2's own limits may come first: names,
# values over 10 MB).
try value_100kB 54000
try value_10MB '2200M|54000'  # libxml2's 10 MB limit comes first
try time_text_1MB 54000
try element_name_100k '2200M|54000'
try attribute_name_100k '2200M|54000'

# Nothing of /etc/passwd anywhere, no connection to the listener.
leaks=$(cut -d: -f1-3 /etc/passwd | sed 's/$/:/' | grep -F -f - "$all_output" | head -n 3)
if [ -z "$leaks" ]; then ok "no line of /etc/passwd in any output"
else not_ok "no line of /etc/passwd in any output" "$leaks"; fi
sleep 0.2
if [ ! -s "$tmp/connections" ]; then ok "no connection reached the listener (XML_PARSE_NONET, no DTD loading)"
else not_ok "no connection reached the listener" "$(cat "$tmp/connections")"; fi

# --- a large message: statement_timeout, pg_cancel_backend, memory ------------------

mb=${SDMX_SAFETY_MB:-100}
big=$docs/big.xml
python3 - "$big" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
with open(path, 'w') as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<message:CompactData '
            'xmlns:message="http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message">\n<DataSet datasetID="BIG">\n')
    s = n = 0
    while f.tell() < mb * 1000000:
        f.write('<Series FREQ="M" REF_AREA="R%d" INDICATOR="IND" UNIT_MULT="0">\n' % s)
        for i in range(240):
            f.write('<Obs TIME_PERIOD="%04d-%02d" OBS_VALUE="%d.%d" OBS_STATUS="A"/>\n'
                    % (2000 + i // 12, i % 12 + 1, n % 1000, n % 7))
            n += 1
        f.write('</Series>\n')
        s += 1
    f.write('</DataSet>\n</message:CompactData>\n')
with open(path + '.count', 'w') as f:
    f.write(str(n))
PY
chmod 644 "$big"
want_rows=$(cat "$big.count")
# A tenth of it, the same shape, for the memory comparison.
small=$docs/small.xml
{ head -n $(( $(grep -c '' "$big") / 10 / 242 * 242 + 3 )) "$big"; echo '</DataSet>'; echo '</message:CompactData>'; } >"$small"
chmod 644 "$small"

# hwm FILE: VmHWM (kB) of a fresh backend before and after count(*) over FILE.
hwm() {
  psql -X -At -d "$db" \
    -c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s+(\d+)'))[1]" \
    -c "SELECT count(*) FROM sdmx_observations_file('$1')" \
    -c "SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s+(\d+)'))[1]" 2>&1
}
t0=$(ms_now)
read -r -d '' h0 rows h1 < <(hwm "$big")
t1=$(ms_now)
full_ms=$((t1 - t0))
size_mb=$(( $(stat -c %s "$big") / 1000000 ))
same "the $size_mb MB message gives its $want_rows rows (in $(secs $full_ms) s)" "$want_rows" "$rows"
read -r -d '' s0 srows s1 < <(hwm "$small")
if [[ $h0$h1$s0$s1 =~ ^[0-9]+$ ]]; then
  grow=$(( (h1 - h0) / 1024 )) sgrow=$(( (s1 - s0) / 1024 ))
  echo "# VmHWM: $size_mb MB message ${h0} -> ${h1} kB (+$grow MB); a tenth of it (${srows} rows) ${s0} -> ${s1} kB (+$sgrow MB)"
  if [ "$grow" -lt 64 ]; then ok "peak memory of the backend grows by $grow MB (< 64 MB) reading $size_mb MB"
  else not_ok "peak memory of the backend grows by less than 64 MB reading $size_mb MB" "it grew by $grow MB"; fi
  if [ $((grow - sgrow)) -lt 8 ]; then ok "memory is flat: +$grow MB for $size_mb MB, +$sgrow MB for a tenth of it"
  else not_ok "memory is flat (within 8 MB) for $size_mb MB and a tenth of it" "+$grow MB and +$sgrow MB"; fi
else
  not_ok "VmHWM read from /proc/self/status" "$h0 $h1 $s0 $s1"
fi
if [ "$full_ms" -lt 1500 ]; then
  echo "# the import takes only $(secs $full_ms) s here: the cancellation tests below prove little;"
  echo "# set SDMX_SAFETY_MB higher"
fi

# statement_timeout, through the file and through a bytea in memory
for form in file bytea; do
  case $form in
    file)  expr="sdmx_observations_file('$big')" ;;
    bytea) expr="sdmx_observations(pg_read_binary_file('$big'))" ;;
  esac
  t0=$(ms_now)
  out=$(psql -X -At -v VERBOSITY=verbose -d "$db" -c "SET statement_timeout = '1s'" \
          -c "SELECT count(*) FROM $expr" -c "SELECT 'one=' || 1" 2>&1)
  el=$(( $(ms_now) - t0 ))
  if grep -q '^ERROR:  57014: canceling statement due to statement timeout' <<<"$out" &&
     grep -q '^one=1$' <<<"$out" && [ "$el" -lt 2500 ]; then
    ok "statement_timeout = 1s stops the $size_mb MB import ($form) with 57014 after $(secs $el) s (< 2.5 s); the connection answers"
  else
    not_ok "statement_timeout = 1s stops the $size_mb MB import ($form) with 57014 in under 2.5 s" \
      "took $(secs $el) s" "$out"
  fi
done

# pg_cancel_backend from another session
PGAPPNAME=sdmx_safety_victim psql -X -At -v VERBOSITY=verbose -d "$db" \
  -c "SELECT count(*) FROM sdmx_observations_file('$big')" -c "SELECT 'one=' || 1" >"$tmp/victim" 2>&1 &
victim=$!
pid=
for _ in $(seq 1 200); do
  pid=$(sql -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'sdmx_safety_victim'
                  AND state = 'active' AND query LIKE '%sdmx_observations_file%'")
  [ -n "$pid" ] && break
  sleep 0.05
done
sleep 1
t0=$(ms_now)
cancelled=$(sql -c "SELECT pg_cancel_backend(${pid:-0})" 2>&1)
wait "$victim"
el=$(( $(ms_now) - t0 ))
if [ "$cancelled" = t ] && grep -q '^ERROR:  57014: canceling statement due to user request' "$tmp/victim" &&
   grep -q '^one=1$' "$tmp/victim" && [ "$el" -lt 2000 ]; then
  ok "pg_cancel_backend from another session stops the import with 57014 within $(secs $el) s; the connection answers"
else
  not_ok "pg_cancel_backend from another session stops the import with 57014 within 2 s" \
    "pg_cancel_backend: $cancelled; took $(secs $el) s" "$(cat "$tmp/victim")"
fi
fresh "after the cancellations"

# --- found by fuzzing and by hand (doc/fuzzing.md, "The sdmx harness") --------------

python3 - "$docs" <<'PY'
import os, sys
d = sys.argv[1]
# one series repeating one key name: the machine keeps every value it was given
with open(os.path.join(d, 'repeated_key.xml'), 'w') as f:
    f.write('<GenericData><DataSet><Series><SeriesKey>\n')
    for i in range(220000):
        f.write('<Value concept="A" value="%s%d"/>\n' % ('v' * 200, i))
    f.write('</SeriesKey><Obs><Time>2021</Time><ObsValue value="1"/></Obs></Series></DataSet></GenericData>\n')
# 20000 attributes on one Obs, and on an element the reader passes over
for where, el in (('obs', 'Obs TIME_PERIOD="2021" OBS_VALUE="1"'), ('ignored', 'Ignored')):
    with open(os.path.join(d, 'attributes_%s.xml' % where), 'w') as f:
        f.write('<CompactData><DataSet><Series FREQ="A"><%s ' % el)
        f.write(' '.join('D%d="x"' % i for i in range(20000)))
        f.write('/></Series></DataSet></CompactData>\n')
# as many dimension values in all, in 1000 wide or 10000 narrow observations
def series(name, dims, obs):
    with open(os.path.join(d, name), 'w') as f:
        f.write('<CompactData><DataSet><Series ' + ' '.join('D%d="x"' % i for i in range(dims)) + '>\n')
        f.write('<Obs TIME_PERIOD="2021" OBS_VALUE="1"/>\n' * obs)
        f.write('</Series></DataSet></CompactData>\n')
series('wide_900x1000.xml', 900, 1000)
series('narrow_90x10000.xml', 90, 10000)
# 10000 series dimensions, 2000 observations: 180 kB of input
series('wide_series.xml', 10000, 2000)
PY
chmod 644 "$docs"/*.xml

read -r -d '' r0 rrows r1 < <(hwm "$docs/repeated_key.xml")
rsize=$(( $(stat -c %s "$docs/repeated_key.xml") / 1000000 ))
if [[ $r0$r1 =~ ^[0-9]+$ ]] && [ -n "${sgrow:-}" ]; then
  rgrow=$(( (r1 - r0) / 1024 ))
  if [ $((rgrow - sgrow)) -lt 8 ]; then
    ok "memory is flat for one series repeating one key $rsize MB long: +$rgrow MB (+$sgrow MB for the small message)"
  else
    not_ok "memory is flat for one series repeating one key $rsize MB long (within 8 MB of the small message)" \
      "+$rgrow MB, against +$sgrow MB for the small message"
  fi
else
  not_ok "memory for one series repeating one key" "$r0 $rrows $r1"
fi

t0=$(ms_now)
out=$(psql -X -At -v VERBOSITY=verbose -d "$db" -c "SET statement_timeout = '1s'" \
        -c "SELECT count(*) FROM sdmx_observations_file('$docs/wide_series.xml')" -c "SELECT 'one=' || 1" 2>&1)
el=$(( $(ms_now) - t0 ))
if grep -q '^ERROR:  57014: \|^ERROR:  54000: \|^[0-9]' <<<"$out" && grep -q '^one=1$' <<<"$out" && [ "$el" -lt 2500 ]; then
  ok "wide_series (10000 dimensions x 2000 observations, 180 kB): done, 54000 or stopped by statement_timeout = 1s within $(secs $el) s"
else
  not_ok "wide_series (10000 dimensions x 2000 observations, 180 kB): done, 54000 or stopped by statement_timeout = 1s within 2.5 s" \
    "took $(secs $el) s" "$out"
fi

# timed FILE: milliseconds, then the row count or the SQLSTATE, of count(*)
# over FILE (no time limit)
timed() {
  local t0 out
  t0=$(ms_now)
  out=$(psql -X -At -v VERBOSITY=verbose -d "$db" -c "SELECT count(*) FROM sdmx_observations_file('$1')" 2>&1)
  echo "$(( $(ms_now) - t0 )) $(sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p; /^[0-9][0-9]*$/p' <<<"$out" | head -n 1)"
}
# The cost of an observation is linear in its dimensions: 900000 dimension
# values cost about the same in 1000 observations as in 10000.
read -r wide_ms wide_rows < <(timed "$docs/wide_900x1000.xml")
read -r narrow_ms narrow_rows < <(timed "$docs/narrow_90x10000.xml")
if [ "$wide_rows" = 1000 ] && [ "$narrow_rows" = 10000 ] && [ "$wide_ms" -lt $((3 * narrow_ms + 500)) ]; then
  ok "900 dimensions x 1000 observations take $(secs "$wide_ms") s, 90 x 10000 take $(secs "$narrow_ms") s (under 3x + 0.5 s)"
else
  not_ok "900 dimensions x 1000 observations take under 3x + 0.5 s of 90 x 10000" \
    "$(secs "$wide_ms") s (${wide_rows:-?} rows) against $(secs "$narrow_ms") s (${narrow_rows:-?} rows)"
fi
# Attributes of one element: the reader adds little to libxml2's own parse
# (a row, or 54000 for too many names).
read -r obs_ms obs_rows < <(timed "$docs/attributes_obs.xml")
read -r ign_ms ign_rows < <(timed "$docs/attributes_ignored.xml")
if [[ "$obs_rows" =~ ^(1|54000)$ ]] && [ "$ign_rows" = 0 ] && [ "$obs_ms" -lt $((3 * ign_ms / 2 + 500)) ]; then
  ok "20000 attributes on an Obs take $(secs "$obs_ms") s ($obs_rows), on an element passed over $(secs "$ign_ms") s (under 1.5x + 0.5 s)"
else
  not_ok "20000 attributes on an Obs take under 1.5x + 0.5 s of the same on an element passed over" \
    "$(secs "$obs_ms") s (${obs_rows:-?}) against $(secs "$ign_ms") s (${ign_rows:-?} rows)"
fi

# Last: it crashed the server when this script was written.
try two_structures inert '' text

now=$(sql -c "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'" 2>&1)
same "no backend crashed: the checkpointer is the one of the start" "$checkpointer" "$now"

tap_done
