#!/bin/bash
# The suites that need a server, run by test/run.sh inside pg_virtualenv
# (PGHOST, PGPORT, PGUSER, PGPASSWORD point at a throwaway cluster).
set -u
cd "$(dirname "$0")/.."
. test/lib.sh

# pg_regress: one ledger line per test file.
make -s installcheck >/tmp/policy_ext_regress.out 2>&1
sed -n 's/^\(test\| \) *\([a-z0-9_]*\) *\.\.\. \(ok\|FAILED\).*/\3 \2/p' /tmp/policy_ext_regress.out |
  while read -r res name; do
    if [ "$res" = ok ]; then echo "ok - pg_regress $name"; else echo "not ok - pg_regress $name"; fi
  done | tee -a "$POLICY_EXT_LEDGER"
if ! grep -qE '^(test| ) *[a-z0-9_]* *\.\.\. ' /tmp/policy_ext_regress.out; then
  echo "not ok - pg_regress did not run" | tee -a "$POLICY_EXT_LEDGER"
  tail -20 /tmp/policy_ext_regress.out
fi
[ -f regression.diffs ] && head -200 regression.diffs

# pgTAP: one ledger line per assertion, in a database of its own.
if ls test/pgtap/*.sql >/dev/null 2>&1; then
  createdb policy_ext_tap
  psql -q -X -d policy_ext_tap -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION policy_ext'
  check_script "pgTAP" pg_prove --verbose -d policy_ext_tap test/pgtap/*.sql
  dropdb policy_ext_tap
fi

# Cluster scripts (dump/restore, binary COPY, upgrades, docs): each prints
# TAP lines or is judged by its exit code.
for t in test/t/*.sh; do
  [ -e "$t" ] || continue
  check_script "$(basename "$t" .sh)" bash "$t"
done
