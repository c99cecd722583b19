# test/tap.sh — sourced by the scripts in test/t/: TAP lines, scratch
# databases and files that are removed on exit, whatever happens.
#   ok NAME | not_ok NAME [DETAIL…] | same NAME WANT GOT | run NAME CMD…
#   dbs+=(NAME) to have a database dropped at exit; $tmp is a scratch folder
#   tap_done: the plan line, and the exit status (0 if nothing failed)

tmp=$(mktemp -d)
dbs=()
tap_cleanup() {
  for d in "${dbs[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
  rm -rf "$tmp"
}
trap tap_cleanup EXIT

n=0 failed=0
ok()     { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; shift
           [ $# -gt 0 ] && printf '%s\n' "$@" | head -60 | cut -c1-300 | sed 's/^/#   /'; }
# same NAME WANT GOT: equal texts, or a unified diff (- want, + got)
same() {
  if [ "$2" == "$3" ]; then ok "$1"
  else not_ok "$1" "$(diff -U0 --label want --label got <(printf '%s\n' "$2") <(printf '%s\n' "$3") | head -50)"; fi
}
# run NAME CMD...: the command succeeds (its output shown if not)
run() {
  local name=$1 out; shift
  if out=$("$@" 2>&1); then ok "$name"; return 0; else not_ok "$name" "$out"; return 1; fi
}
tap_done() {
  echo "1..$n"
  [ "$failed" -eq 0 ]
}
