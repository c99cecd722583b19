#!/bin/bash
# test/fuzz/replay.sh — replay every fuzz corpus through its harness, with no
# libFuzzer: once built with ASan+UBSan, once plain under valgrind.  Called
# by `make test` (test/run.sh) from any directory; prints TAP, exits non-zero
# if any input breaks an invariant, trips a sanitizer or valgrind, or hangs.
#
# A harness is test/fuzz/NAME_fuzz.c with its corpus in test/fuzz/corpus/NAME/.
# What it links comes from comment lines near its top (see doc/fuzzing.md):
#   // sources: src/period_parse.c src/period_calendar.c   (plain-C sources)
#   // cflags: -DFOO                                         (optional)
#   // libs: -lm                                             (optional)
#   // pkg-config: libxml-2.0                                (optional)
#
# Environment: FUZZ_CC (default cc), REPLAY_TIMEOUT (seconds per run, 60),
# REPLAY_VALGRIND=0 to skip the valgrind pass.
set -u
cd "$(dirname "$0")/../.." || exit 2

cc=${FUZZ_CC:-cc}
timeout_s=${REPLAY_TIMEOUT:-60}
build=test/fuzz/build
mkdir -p "$build"
trap 'rm -f "$build"/rest.$$ "$build"/rest.$$.next "$build"/err.$$ "$build"/out.$$' EXIT

common=(-g -Wall -Wextra -Werror -Isrc)
# shellcheck disable=SC2054  # the commas belong to -fsanitize=
san=(-O1 -fsanitize=address,undefined -fno-sanitize-recover=all)
plain=(-O1 -gdwarf-4)   # valgrind 3.19 cannot read clang 14's default DWARF 5
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:print_summary=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

tap=0
failed=0
ok()     { tap=$((tap + 1)); echo "ok $tap - $*"; }
not_ok() { tap=$((tap + 1)); failed=$((failed + 1)); echo "not ok $tap - $*"; }
diag()   { sed 's/^/# /'; }

# The value of "// KEY: value" in the first 40 lines of a harness.
meta() { head -n 40 "$1" | sed -n "s|^// $2:[[:space:]]*||p" | head -n 1; }

# build NAME OUT FLAGS... — harness + its sources + replay_main.c into OUT.
build_replay() {
  local harness=$1 out=$2; shift 2
  local sources cflags libs pkgs pkgflags=()
  sources=$(meta "$harness" sources)
  cflags=$(meta "$harness" cflags)
  libs=$(meta "$harness" libs)
  pkgs=$(meta "$harness" pkg-config)
  if [ -n "$pkgs" ]; then
    # shellcheck disable=SC2207,SC2086  # several packages: split on purpose
    pkgflags=($(pkg-config --cflags --libs $pkgs)) || return 1
  fi
  # shellcheck disable=SC2086
  "$cc" "${common[@]}" "$@" $cflags $sources "$harness" test/fuzz/replay_main.c \
    "${pkgflags[@]}" $libs -o "$out"
}

# replay LABEL INPUT-LIST CMD... — run CMD -v FILES over the inputs; after a
# crash, name the input and carry on with the ones after it.  One TAP line.
replay() {
  local label=$1 list=$2; shift 2
  local total; total=$(wc -l <"$list")
  local rest=$build/rest.$$ err=$build/err.$$ out=$build/out.$$
  local culprits=() rc last round=0
  cp "$list" "$rest"
  while [ -s "$rest" ] && [ $round -lt 10 ]; do
    round=$((round + 1))
    mapfile -t files <"$rest"
    # (the braces keep bash's own "Aborted" notice out of the output)
    { timeout -k 5 "$timeout_s" "$@" -v -- "${files[@]}" >"$out" 2>"$err"; rc=$?; } 2>/dev/null
    [ $rc -eq 0 ] && break
    # An input is guilty if an error line follows its "replay:" line.
    mapfile -t found < <(awk '
      /^replay: / { cur = substr($0, 9); next }
      /^==[0-9]+==|runtime error:|invariant failed|^[A-Za-z]*Sanitizer/ {
        if (cur != "" && !(cur in seen)) { seen[cur] = 1; print cur } }' "$err")
    last=$(sed -n 's/^replay: //p' "$err" | tail -n 1)
    [ ${#found[@]} -eq 0 ] && found=("${last:-(before the first input)}")
    [ $rc -eq 124 ] || [ $rc -eq 137 ] && found=("$last (timed out after ${timeout_s}s)")
    culprits+=("${found[@]}")
    # The whole report for the first failure, two lines for each later one.
    echo "# $label: exit status $rc on ${found[*]}" >&2
    if [ $round -eq 1 ]; then
      grep -v '^replay: ' "$err" | grep -v '^[[:space:]]*$' | head -n 40 | diag >&2
    else
      grep -v '^replay: ' "$err" | grep -v '^[[:space:]]*$' | head -n 2 | diag >&2
    fi
    # Did it die before the end?  Then go on after the last input it began.
    if ! grep -q '^1\.\.' "$out" && [ -n "$last" ]; then
      awk -v last="$last" 'go { print } $0 == last { go = 1 }' "$rest" >"$rest.next"
      mv "$rest.next" "$rest"
    else
      break
    fi
  done
  [ -s "$rest" ] && [ $round -ge 10 ] && [ $rc -ne 0 ] &&
    culprits+=("(stopped after 10 failures; $(wc -l <"$rest") inputs not replayed)")
  rm -f "$rest" "$err" "$out"
  if [ ${#culprits[@]} -eq 0 ]; then
    ok "$label: $total inputs"
  else
    local more=""
    [ ${#culprits[@]} -gt 3 ] && more=" and $((${#culprits[@]} - 3)) more"
    not_ok "$label: fails on ${culprits[*]:0:3}$more"
    for f in "${culprits[@]:0:3}"; do
      [ -f "$f" ] && echo "#   $f (hex):$(od -An -tx1 -v "$f" | tr -s ' \n' ' ' | cut -c1-200)"
    done
  fi
}

have_valgrind=0
if [ "${REPLAY_VALGRIND:-1}" != 0 ] && command -v valgrind >/dev/null 2>&1; then
  have_valgrind=1
fi

harnesses=0
for harness in test/fuzz/*_fuzz.c; do
  [ -e "$harness" ] || continue
  name=$(basename "$harness" _fuzz.c)
  corpus=test/fuzz/corpus/$name
  if [ ! -d "$corpus" ]; then
    ok "corpus $name # SKIP no directory $corpus"
    continue
  fi
  harnesses=$((harnesses + 1))
  list=$build/$name.inputs
  find "$corpus" -maxdepth 1 -type f ! -name '.*' | LC_ALL=C sort >"$list"

  # 1. ASan + UBSan (every invariant, plus memory and undefined behaviour).
  log=$build/$name.build.log
  if build_replay "$harness" "$build/$name-replay-asan" "${san[@]}" >"$log" 2>&1; then
    replay "corpus $name (ASan+UBSan)" "$list" "$build/$name-replay-asan"
  else
    not_ok "corpus $name (ASan+UBSan): build failed"
    tail -n 30 "$log" | diag
  fi

  # 2. valgrind on a plain build (uninitialised reads that ASan cannot see).
  if [ $have_valgrind -eq 0 ]; then
    ok "corpus $name (valgrind) # SKIP valgrind not available"
  elif build_replay "$harness" "$build/$name-replay" "${plain[@]}" >"$log" 2>&1; then
    replay "corpus $name (valgrind)" "$list" \
      valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
      "$build/$name-replay"
  else
    not_ok "corpus $name (valgrind): build failed"
    tail -n 30 "$log" | diag
  fi
done

[ $harnesses -gt 0 ] || not_ok "no harness with a corpus under test/fuzz/"
echo "1..$tap"
[ $failed -eq 0 ]
