#!/bin/bash
# Run every example in doc/*.md and README.md against the installed
# extension and compare with the output shown beside it (the conventions
# are in test/doc_examples.py).  Prints TAP: "ok N - doc/period.md:LINE".
#
# Run from anywhere inside a cluster (PGHOST, PGPORT, PGUSER, PGPASSWORD
# set, as test/in_cluster.sh does under pg_virtualenv): it makes a scratch
# database of its own, policy_ext_doc, and drops it at the end.
set -u
cd "$(dirname "$0")/../.."

db=policy_ext_doc
export PGDATABASE=${PGDATABASE:-postgres}

cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1; }
trap cleanup EXIT

dropdb --if-exists "$db" >/dev/null 2>&1
if ! out=$(createdb "$db" 2>&1 && psql -X -q -d "$db" -v ON_ERROR_STOP=1 \
             -c 'CREATE EXTENSION policy_ext' 2>&1); then
  echo "1..1"
  echo "not ok 1 - create database $db with the extension"
  echo "$out" | sed 's/^/# /'
  exit 1
fi

files=()
for f in doc/*.md README.md; do
  [ -f "$f" ] && files+=("$f")
done
if [ ${#files[@]} -eq 0 ]; then
  echo "1..0 # SKIP no documentation files"
  exit 0
fi

python3 test/doc_examples.py --db "$db" "${files[@]}"
