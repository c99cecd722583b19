#!/bin/bash
# test/fuzz/run.sh — `make fuzz`: build every harness test/fuzz/NAME_fuzz.c
# with libFuzzer, ASan and UBSan, and fuzz it for FUZZ_SECONDS on a scratch
# copy of its corpus test/fuzz/corpus/NAME/.  The checked-in corpus is not
# touched unless FUZZ_MERGE=1.  See doc/fuzzing.md.
#
# Environment:
#   FUZZ_SECONDS=60     time per harness
#   FUZZ_JOBS=1         parallel fuzzing processes per harness (libFuzzer -fork)
#   FUZZ_HARNESS=name   only these harnesses (space-separated names)
#   FUZZ_MERGE=1        merge new coverage into the checked-in corpus
#   FUZZ_MERGE_ARGS=... flags for that merge; the default -use_counters=0 keeps
#                       only inputs that reach new edges (not new hit counts),
#                       so the corpus that `make test` replays stays small
#   FUZZ_ARGS="..."     extra libFuzzer flags (e.g. -max_len=512)
#   FUZZ_CLANG=clang    the compiler (needs libFuzzer: libclang-rt-*-dev)
# A harness may read its own variables too: period_fuzz.c reads
# PERIOD_FUZZ_SKIP (check groups to turn off while a reported bug is open).
set -u
cd "$(dirname "$0")/../.." || exit 2

secs=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}
merge=${FUZZ_MERGE:-0}
only=${FUZZ_HARNESS:-}
clang=${FUZZ_CLANG:-clang}
build=test/fuzz/build
work=$build/work
mkdir -p "$work"

# shellcheck disable=SC2054  # the commas belong to -fsanitize=
flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
       -Wall -Wextra -Werror -Isrc)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

probe=$build/probe
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void) d; (void) n; return 0; }\n' >"$probe.c"
if ! "$clang" -fsanitize=fuzzer "$probe.c" -o "$probe" 2>/dev/null; then
  echo "fuzz: $clang cannot link -fsanitize=fuzzer; install clang and libclang-rt-dev" >&2
  echo "      (Debian: apt-get install clang libclang-rt-14-dev).  The corpus can" >&2
  echo "      still be replayed without libFuzzer: bash test/fuzz/replay.sh" >&2
  exit 2
fi

meta() { head -n 40 "$1" | sed -n "s|^// $2:[[:space:]]*||p" | head -n 1; }

status=0
summary=()
for harness in test/fuzz/*_fuzz.c; do
  [ -e "$harness" ] || continue
  name=$(basename "$harness" _fuzz.c)
  if [ -n "$only" ] && [[ " $only " != *" $name "* ]]; then
    continue
  fi
  corpus=test/fuzz/corpus/$name
  bin=$build/$name-fuzzer
  dir=$work/$name

  # --- build ---------------------------------------------------------------
  sources=$(meta "$harness" sources)
  cflags=$(meta "$harness" cflags)
  libs=$(meta "$harness" libs)
  pkgs=$(meta "$harness" pkg-config)
  pkgflags=()
  # shellcheck disable=SC2207,SC2086
  [ -n "$pkgs" ] && pkgflags=($(pkg-config --cflags --libs $pkgs))
  echo "== $name: building $bin"
  # shellcheck disable=SC2086
  if ! "$clang" "${flags[@]}" $cflags $sources "$harness" "${pkgflags[@]}" $libs -o "$bin"; then
    echo "fuzz: $name: build failed" >&2
    status=1
    continue
  fi

  # --- fuzz a scratch copy of the corpus -------------------------------------
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  [ -d "$corpus" ] && find "$corpus" -maxdepth 1 -type f ! -name '.*' -exec cp {} "$dir/corpus/" \;
  before=$(find "$dir/corpus" -type f | wc -l)
  args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$dir/artifacts/")
  [ -f "test/fuzz/$name.dict" ] && args+=(-dict="test/fuzz/$name.dict")
  [ "$jobs" -gt 1 ] && args+=(-fork="$jobs")
  echo "== $name: fuzzing for ${secs}s (${jobs} process(es)); log in $dir/log"
  # shellcheck disable=SC2086
  "$bin" "${args[@]}" ${FUZZ_ARGS:-} "$dir/corpus" >"$dir/log" 2>&1
  rc=$?
  tail -n 25 "$dir/log"

  # --- what it found ---------------------------------------------------------
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | awk '{s += $1} END {print s + 0}')
  [ "$execs" -eq 0 ] && execs=$(sed -n 's/^#\([0-9][0-9]*\):* .*/\1/p' "$dir/log" | tail -n 1)
  after=$(find "$dir/corpus" -type f | wc -l)
  crashes=$(find "$dir/artifacts" -type f | wc -l)
  line="$name: ${execs:-?} executions (limit ${secs}s x $jobs), corpus $before -> $after, $crashes crash(es)"
  summary+=("$line")

  if [ "$crashes" -gt 0 ] || { [ $rc -ne 0 ] && [ $rc -ne 124 ]; }; then
    status=1
    echo
    echo "!! $name: libFuzzer stopped (exit $rc); reproducers:"
    for a in "$dir"/artifacts/*; do
      [ -f "$a" ] || continue
      echo "   $a"
      echo "     hex: $(od -An -tx1 -v "$a" | tr -s ' \n' ' ' | cut -c1-160)"
      echo "     rerun: $bin $a"
    done
    echo "   After fixing, keep a reproducer as a regression seed:"
    echo "     cp ARTIFACT $corpus/crash-SHORT-DESCRIPTION"
  fi

  if [ "$after" -gt "$before" ]; then
    mkdir -p "$corpus"
    if [ "$merge" = 1 ]; then
      echo "== $name: merging new coverage into $corpus"
      # shellcheck disable=SC2086
      "$bin" -merge=1 ${FUZZ_MERGE_ARGS--use_counters=0} "$corpus" "$dir/corpus" \
        >"$dir/merge.log" 2>&1 ||
        { echo "fuzz: $name: merge failed, see $dir/merge.log" >&2; status=1; }
      tail -n 2 "$dir/merge.log"
    else
      echo "== $name: $((after - before)) new inputs in $dir/corpus.  To keep those that add"
      echo "   new edges:  FUZZ_MERGE=1 make fuzz  or  $bin -merge=1 -use_counters=0 $corpus $dir/corpus"
      echo "   then check them with: bash test/fuzz/replay.sh"
    fi
  fi
done

echo
echo "== summary"
for line in "${summary[@]}"; do echo "   $line"; done
exit $status
