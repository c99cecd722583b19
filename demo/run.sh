#!/bin/bash
# make demo: set up, build, install, then run demo/demo.sql in a throwaway
# cluster and print what it shows.
set -eu
cd "$(dirname "$0")/.."
bash test/setup.sh
make -s >/dev/null
make -s install >/dev/null
pg_virtualenv -t psql -X -q -f demo/demo.sql 2>&1 | grep -v '^Creating new PostgreSQL cluster\|^Dropping cluster'
