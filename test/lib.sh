# test/lib.sh — the ledger that test/run.sh and test/in_cluster.sh share.
# check NAME CMD...     run CMD; one line "ok"/"not ok" for NAME
# check_script NAME CMD a script whose own TAP lines ("ok …"/"not ok …")
#                       count one by one; if it prints none, its exit code counts
# summary               print "N passed, N failed" and exit 1 on any failure

check() {
  local name=$1; shift
  local log; log=$(mktemp)
  if "$@" >"$log" 2>&1; then
    echo "ok - $name" | tee -a "$POLICY_EXT_LEDGER"
  else
    echo "not ok - $name" | tee -a "$POLICY_EXT_LEDGER"
    sed 's/^/    # /' "$log" | tail -40
  fi
  rm -f "$log"
}

check_script() {
  local name=$1; shift
  local log; log=$(mktemp)
  "$@" >"$log" 2>&1
  local rc=$?
  local n; n=$(grep -cE '^(not )?ok\b' "$log")
  if [ "$n" -gt 0 ]; then
    grep -E '^(not )?ok\b' "$log" | sed "s/^\(not ok\|ok\)/& [$name]/" | tee -a "$POLICY_EXT_LEDGER"
    if [ "$rc" -ne 0 ] && ! grep -qE '^not ok\b' "$log"; then
      echo "not ok - $name exited $rc" | tee -a "$POLICY_EXT_LEDGER"
    fi
  elif [ "$rc" -eq 0 ]; then
    echo "ok - $name" | tee -a "$POLICY_EXT_LEDGER"
  else
    echo "not ok - $name" | tee -a "$POLICY_EXT_LEDGER"
  fi
  if [ "$rc" -ne 0 ] || grep -qE '^not ok\b' "$log"; then
    grep -vE '^ok\b' "$log" | sed 's/^/    # /' | tail -60
  fi
  rm -f "$log"
}

summary() {
  local pass fail
  pass=$(grep -c '^ok' "$POLICY_EXT_LEDGER")
  fail=$(grep -c '^not ok' "$POLICY_EXT_LEDGER")
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
