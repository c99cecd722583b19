#!/bin/bash
# test/sdmx/conformance.sh [DIR] — sdmx_observations_file() on every file of
# DIR (default: ../shared/sdmx-samples beside the repository: messages that
# other projects publish), one line per file: its root element, the number of
# observations, distinct series (dataset and series key), the dataset ids
# read ('' for none), and observations without a period or without a value —
# or the error, SQLSTATE first.  The files are copied to a scratch folder the server can read.
#
# Not part of `make test`: the samples are not ours and their results are
# not pinned; this is a survey of what the reader makes of real messages.
# Runs itself inside pg_virtualenv (a throwaway cluster), with the installed
# policy_ext (`make install` first).  Exits 0 when every file was tried (a
# file's error is a result), 1 when the survey itself failed (a crash).
set -u
cd "$(dirname "$0")/../.."
top=$PWD

dir=${1:-../shared/sdmx-samples}
if ! dir=$(cd "$dir" 2>/dev/null && pwd); then
  echo "conformance: no directory ${1:-../shared/sdmx-samples}" >&2
  exit 2
fi
if [ -z "${SDMX_CONFORMANCE_CLUSTER:-}" ]; then
  exec env SDMX_CONFORMANCE_CLUSTER=1 pg_virtualenv -t bash "$top/test/sdmx/conformance.sh" "$dir"
fi

tmp=$(mktemp -d)
db=policy_ext_sdmx_conformance
trap 'dropdb --if-exists "$db" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"

# The root element of a file: the first tag that is no declaration, comment
# or processing instruction, without its prefix.
root_of() {
  grep -o '<[^?!/][^ >/]*' "$1" 2>/dev/null | head -1 | sed 's/^<//; s/^.*://'
}
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

rows=()
for f in "$dir"/*; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  cp "$f" "$tmp/$name" && chmod 644 "$tmp/$name"
  rows+=("($(quote "$name"), $(quote "$(root_of "$f")"), $(quote "$tmp/$name"))")
done
if [ ${#rows[@]} -eq 0 ]; then
  echo "conformance: no files in $dir" >&2
  exit 2
fi

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || exit 1
psql -X -q -d "$db" -c "CREATE EXTENSION policy_ext" || exit 1

echo "sdmx_observations_file() on the ${#rows[@]} files of $dir"
echo "(policy_ext $(psql -X -At -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'policy_ext'"))"
values=$(IFS=,; echo "${rows[*]}")
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
\pset null ''
CREATE FUNCTION pg_temp.survey(path text,
    OUT observations bigint, OUT series bigint, OUT datasets text,
    OUT no_period bigint, OUT no_value bigint, OUT error text)
LANGUAGE plpgsql AS \$\$
DECLARE
    st text; msg text; det text;
BEGIN
    SELECT count(*), count(DISTINCT (dataset, series_key)),
           string_agg(DISTINCT coalesce(nullif(dataset, ''), ''''''), ', '),
           count(*) FILTER (WHERE period IS NULL), count(*) FILTER (WHERE value IS NULL)
    INTO observations, series, datasets, no_period, no_value
    FROM sdmx_observations_file(path);
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            det = PG_EXCEPTION_DETAIL;
    error := regexp_replace(st || ' ' || replace(msg, path, '…')
                            || coalesce(' — ' || nullif(det, ''), ''), '\s+', ' ', 'g');
END
\$\$;
SELECT f.file, f.root, s.observations, s.series, s.datasets, s.no_period, s.no_value, s.error
FROM (VALUES $values) f(file, root, path), pg_temp.survey(f.path) s
ORDER BY f.file;
SQL
