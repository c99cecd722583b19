#!/bin/bash
# make test: set up the machine, build, install, and run every suite — the
# fuzz corpora without a server, then pg_regress, pgTAP and the cluster
# scripts in test/t/ against a throwaway cluster.  Each check adds one line
# to a ledger; the last line printed is "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
top=$PWD
export POLICY_EXT_LEDGER=$(mktemp)
trap 'rm -f "$POLICY_EXT_LEDGER"' EXIT
. test/lib.sh

bash test/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

# Build twice: gcc for the server (the flags in the Makefile are -Werror),
# and clang for the same sources, so neither compiler's warnings creep in.
# PGXS's CFLAGS are gcc's; clang gets its own, and its gnu_printf complaint
# about the server headers is the only thing silenced.
make -s clean >/dev/null
check "build with clang, -Wall -Wextra -Werror" \
  make -s CC=clang CFLAGS="-O2 -g -Wno-ignored-attributes" with_llvm=no
make -s clean >/dev/null
check "build with gcc, -Wall -Wextra -Werror" make -s
check "install" make -s install

# Fuzz corpora, replayed through the plain-C parsers (no libFuzzer needed).
check_script "fuzz corpus replay" bash test/fuzz/replay.sh
# The fact extractor's hand-made cases, through its standalone CLI.
check_script "fact extractor cases" bash test/facts/check_cases.sh

# Everything that needs a server runs in one throwaway cluster.
pg_virtualenv -t bash test/in_cluster.sh

summary
