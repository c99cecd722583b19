#!/bin/bash
# test/sdmx/make_inline.sh [--check] — the fixtures of test/sdmx/*.xml, inline
# in sql/sdmx_formats.sql.
#
# pg_regress files may not depend on absolute paths, so sql/sdmx_formats.sql
# carries each fixture as a dollar-quoted literal, one INSERT INTO sx_doc per
# file, between the lines "-- BEGIN fixtures" and "-- END fixtures".  This
# script writes that block from the files (edit the files, then run it);
# with --check it only says whether the block is the files, and exits 1 with
# the difference if not (test/t/sdmx_file.sh runs the check).
set -eu
export LC_ALL=C                 # the file order, whatever the locale
cd "$(dirname "$0")/../.."

sql=sql/sdmx_formats.sql
check=no
case "${1:-}" in
  --check) check=yes ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

block() {
  local f name
  echo "-- BEGIN fixtures: written by test/sdmx/make_inline.sh from test/sdmx/*.xml;"
  echo "-- edit the files and run the script, not these lines."
  for f in test/sdmx/*.xml; do
    name=$(basename "$f" .xml)
    if grep -q '\$x\$' "$f"; then
      echo "make_inline: $f contains \$x\$, which ends the literal" >&2
      return 1
    fi
    # $(cat) drops the final newline: the literal ends at the root's end tag.
    printf "INSERT INTO sx_doc VALUES ('%s', \$x\$%s\$x\$);\n" "$name" "$(cat "$f")"
  done
  echo "-- END fixtures"
}

new=$(mktemp)
trap 'rm -f "$new"' EXIT
blk=$(block)
if [ "$(grep -c '^-- BEGIN fixtures' "$sql")" -ne 1 ] || [ "$(grep -c '^-- END fixtures' "$sql")" -ne 1 ]; then
  echo "make_inline: $sql needs exactly one '-- BEGIN fixtures' and one '-- END fixtures' line" >&2
  exit 1
fi
# Before the block, the block, after it.
{
  sed -n '/^-- BEGIN fixtures/q;p' "$sql"
  printf '%s\n' "$blk"
  sed -n '/^-- END fixtures/,$p' "$sql" | tail -n +2
} > "$new"

if [ "$check" = yes ]; then
  if cmp -s "$sql" "$new"; then
    echo "the fixtures inline in $sql are test/sdmx/*.xml"
    exit 0
  fi
  echo "the fixtures inline in $sql differ from test/sdmx/*.xml (run $0):"
  diff -u --label "$sql" --label "from test/sdmx/*.xml" "$sql" "$new" | head -40
  exit 1
fi
if cmp -s "$sql" "$new"; then
  echo "$sql: fixtures already up to date"
else
  cat "$new" > "$sql"
  echo "$sql: fixtures written from test/sdmx/*.xml"
fi
