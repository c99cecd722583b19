#!/bin/bash
# test/facts/check_cases.sh — run the standalone extractor over the hand-made
# regression cases of test/facts/cases.tsv (published date, one sentence or
# short text, the facts expected, worked out by hand) and compare.  Each
# fact is written kind|value|unit|qualifier|delta|goal|period; a case's facts
# are joined by " ;; " in document order; an empty third column means none.
# A text with a backslash is read with printf's %b: "\t" is a tab, "\n" a
# line break (tables). Prints TAP; exits non-zero on any difference.
set -u
cd "$(dirname "$0")/../.."
cli=$(bash test/facts/build.sh) || exit 2
n=0; failed=0
while IFS=$'\t' read -r published text expected; do
  case "$published" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  # a table or a text of several lines is written with \t and \n escapes
  case "$text" in *'\'*) text=$(printf '%b' "$text") ;; esac
  got=$("$cli" --date "$published" --text "$text" | python3 -c '
import json, sys
def f(v):
    return "" if v is None else str(v)
rows = []
for line in sys.stdin:
    d = json.loads(line)
    rows.append("|".join(f(d[k]) for k in ("kind", "value", "unit", "qualifier", "delta", "goal", "period")))
print(" ;; ".join(rows))')
  if [ "$got" = "$expected" ]; then
    echo "ok $n - $text"
  else
    failed=$((failed + 1))
    echo "not ok $n - $text"
    echo "#   expected: $expected"
    echo "#   got:      $got"
  fi
done < test/facts/cases.tsv
echo "1..$n"
[ $failed -eq 0 ]
