#!/bin/bash
# test/t/encodings.sh — html_to_text() and extract_facts() in a database
# whose encoding is not UTF-8 (LATIN1).  Both hand the text to UTF-8 code
# (libxml2, the plain-C extractor) and bring the result back:
#   - a LATIN1 character, typed or written as an entity, survives the trip;
#   - a character LATIN1 lacks is 22P05 (as convert() says it), never a
#     silently changed page;
#   - extract_facts() gives the same rows in LATIN1 as in UTF8, and its span
#     counts characters, so substr() finds the evidence after an é; its one
#     non-ASCII unit, ‰, is "permille" where the encoding is not UTF8.
# pg_regress cannot test this: its database is created in one encoding.
#
# Needs a server on this machine (PGHOST etc. set), the extension installed:
#   pg_virtualenv -t bash test/t/encodings.sh
# Prints TAP lines; exits 1 if any fails.
set -u
cd "$(dirname "$0")/../.." || exit 1

latin1=policy_ext_enc_latin1
utf8=policy_ext_enc_utf8
. test/tap.sh
dbs+=("$latin1" "$utf8")

# q DB SQL: one value per line, sent and read as UTF-8; errors as "ERROR:  <sqlstate>: …".
q() { PGCLIENTENCODING=UTF8 psql -X -q -At -v VERBOSITY=sqlstate -d "$1" -c "$2" 2>&1; }
qv() { PGCLIENTENCODING=UTF8 psql -X -q -At -v VERBOSITY=verbose -d "$1" -c "$2" 2>&1; }

for d in "$latin1" "$utf8"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
if ! createdb -T template0 -E LATIN1 --locale=C "$latin1" >/dev/null 2>&1 ||
   ! createdb -T template0 -E UTF8 --locale=C "$utf8" >/dev/null 2>&1; then
  not_ok "create a LATIN1 and a UTF8 database"; # A rate per thousand is in ‰, which LATIN1 lacks: there it is "permille",
# and the ASCII release still reads (no 22P05).
rate="The birth rate was 6.39 per thousand in 2023."
same "UTF8: a rate per thousand has the unit ‰" \
  "level|6.39|‰" "$(q "$utf8" "SELECT concat_ws('|', kind, value, unit) FROM extract_facts('$rate', '2024-01-17')")"
same "LATIN1: the same rate has the unit permille" \
  "level|6.39|permille" "$(q "$latin1" "SELECT concat_ws('|', kind, value, unit) FROM extract_facts('$rate', '2024-01-17')")"

tap_done; exit 1
fi
for d in "$latin1" "$utf8"; do
  run "CREATE EXTENSION policy_ext in $d" psql -X -q -d "$d" -c 'CREATE EXTENSION policy_ext'
done

# --- html_to_text ----------------------------------------------------------------

same "LATIN1: entities of LATIN1 characters are decoded into the database encoding" \
  "Café & crème" "$(q "$latin1" "SELECT html_to_text('<p>Caf&eacute; &amp; cr&egrave;me</p>')")"
same "LATIN1: a LATIN1 character typed in the page survives (é, chr(233))" \
  "t" "$(q "$latin1" "SELECT html_to_text('<p>caf' || chr(233) || '</p>') = 'caf' || chr(233)")"
same "LATIN1: a character LATIN1 lacks (U+201C from &#8220;) is 22P05, as convert() says it" \
  'ERROR:  22P05: character with byte sequence 0xe2 0x80 0x9c in encoding "UTF8" has no equivalent in encoding "LATIN1"' \
  "$(qv "$latin1" "SELECT html_to_text('<p>&#8220;quoted&#8221;</p>')" | head -1)"
same "UTF8: the same page is the curly-quoted word" \
  "“quoted”" "$(q "$utf8" "SELECT html_to_text('<p>&#8220;quoted&#8221;</p>')")"

# --- extract_facts -------------------------------------------------------------

# The é before the figure moves every byte offset by one in UTF-8 but no
# character offset: "Café sales rose 5 percent in 2023." has "5" at
# character 17 in both encodings.
doc="Café sales rose 5 percent in 2023. Exports of the café chain fell 2.5 percent."
rows="SELECT kind, value, unit, delta, period, lower(span), upper(span),
             substr(d, lower(span), upper(span) - lower(span)), sentence
        FROM (SELECT '$doc'::text AS d) s, extract_facts(d, '2024-01-10') ORDER BY lower(span)"
got_latin1=$(q "$latin1" "$rows")
got_utf8=$(q "$utf8" "$rows")
# By doc/extract_facts.md: a change with no basis named has none, the second
# sentence takes its paragraph's period, and the evidence starts at the verb
# ("rose" is character 12, "fell" character 62).
same "UTF8: two facts, +5 % in 2023 from character 12 and -2.5 % in 2023 from character 62" \
  "delta|5|%|+5%|2023|12
delta|-2.5|%|-2.5%|2023|62" "$(printf '%s\n' "$got_utf8" | cut -d'|' -f1-6)"
same "extract_facts gives the same rows in LATIN1 and in UTF8 (spans in characters)" \
  "$got_utf8" "$got_latin1"
same "LATIN1: the first fact's span covers character 17, its 5" \
  "t" "$(q "$latin1" "SELECT bool_and(lower(span) <= 17 AND upper(span) > 17) FROM extract_facts('$doc', '2024-01-10') WHERE value = 5")"
same "LATIN1: the evidence of both figures holds the figure (substr by span)" \
  "2" "$(q "$latin1" "SELECT count(*) FROM (SELECT '$doc'::text AS d) s, extract_facts(d, '2024-01-10')
                      WHERE substr(d, lower(span), upper(span) - lower(span)) ~ '^(.*[^0-9.])?(5|2\\.5) percent'")"
same "LATIN1: the sentence comes back in the database encoding" \
  "Café sales rose 5 percent in 2023." \
  "$(q "$latin1" "SELECT sentence FROM extract_facts('$doc', '2024-01-10') WHERE value = 5")"

# A rate per thousand is in ‰, which LATIN1 lacks: there it is "permille",
# and the ASCII release still reads (no 22P05).
rate="The birth rate was 6.39 per thousand in 2023."
same "UTF8: a rate per thousand has the unit ‰" \
  "level|6.39|‰" "$(q "$utf8" "SELECT concat_ws('|', kind, value, unit) FROM extract_facts('$rate', '2024-01-17')")"
same "LATIN1: the same rate has the unit permille" \
  "level|6.39|permille" "$(q "$latin1" "SELECT concat_ws('|', kind, value, unit) FROM extract_facts('$rate', '2024-01-17')")"

tap_done
