#!/bin/bash
# make score: extract_facts() over the shared seed press releases, scored by
# the shared scorer (issue 7, item 9; doc/extract_facts.md, "Accuracy"); then
# over the project's held-out releases, scored by test/facts/score.py:
# test/facts/heldout3/ (written apart from the extractor's rules and never
# shown to whoever writes them: the blind figure), then test/facts/heldout2/
# and test/facts/heldout/ (written the same way, but their errors were used
# to write rules in the session of 2026-11-24: no longer blind).
#
#   make score                      # ../shared by default
#   SHARED_DIR=/path/to/shared make score
#
# Reads $SHARED_DIR/corpus/seed_docs.tsv (doc, published, lang), runs
# extract_facts(text, published) on each $SHARED_DIR/seeds/<doc> in a
# throwaway cluster, writes one JSON object per fact (row_to_json of the row
# plus "doc") to test/facts/out/seeds.jsonl and prints score_facts.py's
# verdict (its last line is "F1 <value>"); SCORE_VERBOSE=1 lists the missed
# and spurious facts.  Not part of make test: the seeds are not the
# project's (its own corpus is scored by test/t/facts_corpus.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

shared=$(cd "${SHARED_DIR:-../shared}" 2>/dev/null && pwd) ||
  { echo "score: no shared directory at ${SHARED_DIR:-../shared} (set SHARED_DIR)" >&2; exit 2; }
out=test/facts/out/seeds.jsonl
held=test/facts/out/heldout.jsonl
held2=test/facts/out/heldout2.jsonl
held3=test/facts/out/heldout3.jsonl

# extract TSV DIR OUT: one JSON object per fact of every document of TSV.
extract() {
  : > "$3"
  tail -n +2 "$1" | while IFS=$'\t' read -r doc published _lang; do
    [ -n "$doc" ] || continue
    # psql reads the file on the client and sends its text.
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d policy_ext_score \
      -v doc="$doc" -v published="$published" -v path="$2/$doc" <<'SQL' >> "$3"
\set text `cat :'path'`
SELECT row_to_json(r) FROM (SELECT :'doc' AS doc, f.* FROM extract_facts(:'text', :'published') f) r;
SQL
  done
}

if [ "${1:-}" = "--inside" ]; then
  createdb policy_ext_score
  trap 'dropdb --if-exists policy_ext_score' EXIT
  psql -X -q -d policy_ext_score -c "CREATE EXTENSION policy_ext"
  extract "$shared/corpus/seed_docs.tsv" "$shared/seeds" "$out"
  extract test/facts/heldout/docs.tsv test/facts/heldout "$held"
  extract test/facts/heldout2/docs.tsv test/facts/heldout2 "$held2"
  extract test/facts/heldout3/docs.tsv test/facts/heldout3 "$held3"
  exit
fi

command -v pg_virtualenv >/dev/null || bash test/setup.sh
make -s && make -s install
mkdir -p test/facts/out
pg_virtualenv -t bash test/facts/score_seeds.sh --inside 2>&1 | grep -v '^Creating new PostgreSQL cluster\|^Dropping cluster' || true
echo "$(wc -l < "$out") facts from $(tail -n +2 "$shared/corpus/seed_docs.tsv" | wc -l) documents in $out"
python3 "$shared/corpus/score_facts.py" "$shared/corpus/seed_gold.jsonl" "$out" ${SCORE_VERBOSE:+--verbose}
echo
echo "blind held-out releases (test/facts/heldout3/, scored by test/facts/score.py):"
python3 test/facts/score.py test/facts/heldout3/gold.jsonl "$held3" --docs test/facts/heldout3/docs.tsv
echo
echo "second held-out releases (test/facts/heldout2/; no longer blind, see its README):"
python3 test/facts/score.py test/facts/heldout2/gold.jsonl "$held2" --docs test/facts/heldout2/docs.tsv ${SCORE_VERBOSE:+--verbose}
echo
echo "first held-out releases (test/facts/heldout/; no longer blind, see its README):"
python3 test/facts/score.py test/facts/heldout/gold.jsonl "$held" --docs test/facts/heldout/docs.tsv ${SCORE_VERBOSE:+--verbose}
