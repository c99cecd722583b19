#!/bin/bash
# test/facts/build.sh — build the fact extractor's standalone CLI with gcc AND
# clang, with the flags the extension's Makefile uses for src/facts_*.c, so
# that either compiler's warning fails the build.  Prints the path of the
# binary built with $CC (default gcc).  Binaries go to $FACTS_BUILD
# (default /tmp/policy_ext_facts), outside the tree.
set -eu
cd "$(dirname "$0")/../.."
out=${FACTS_BUILD:-/tmp/policy_ext_facts}
mkdir -p "$out"
flags=(-O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -Isrc)
# (the fuzz replay builds the same files with plain -Wall -Wextra -Werror: both must pass)
# the extension's own parsers, to check every text the extractor writes
parsers=(src/period_parse.c src/period_calendar.c src/metric_delta_parse.c
         src/policy_goal_parse.c src/goal_rules.c)
for cc in gcc clang; do
  # the extractor alone, as the Makefile compiles it
  for f in src/facts_*.c; do
    "$cc" "${flags[@]}" -c "$f" -o "$out/$(basename "$f" .c).$cc.o"
  done
  "$cc" "${flags[@]}" src/facts_*.c "${parsers[@]}" test/facts/facts_cli.c -lm -o "$out/facts_cli.$cc"
done
echo "$out/facts_cli.${CC:-gcc}"
