#!/bin/bash
# test/facts/cli_score.sh — build the standalone extractor (build.sh), run it
# over the seed releases with their publication dates, and print the scorer's
# verdict (the last line is "F1 x.xxx").  Extra arguments (e.g. --verbose) go
# to the scorer.  Needs ../shared (SHARED=...): the seeds and score_facts.py
# are not part of the tree.
#
#   bash test/facts/cli_score.sh [--verbose]
#   GOLD_DIR=/path/to/corpus bash test/facts/cli_score.sh [--verbose]
#       (another corpus laid out as DIR/docs.tsv "doc<TAB>published<TAB>lang",
#        DIR/gold.jsonl and the documents in DIR/ or DIR/docs/; scored with
#        DIR/../score.py --docs DIR/docs.tsv when there is one, else the shared
#        scorer)
set -eu
cd "$(dirname "$0")/../.."
shared=${SHARED:-/work/shared}
cli=$(bash test/facts/build.sh)
pred=$(mktemp)
trap 'rm -f "$pred"' EXIT
scorer=("$shared/corpus/score_facts.py")
if [ -n "${GOLD_DIR:-}" ]; then
  tsv=$GOLD_DIR/docs.tsv; gold=$GOLD_DIR/gold.jsonl; docs=$GOLD_DIR
  [ -d "$GOLD_DIR/docs" ] && docs=$GOLD_DIR/docs
  [ -f "$GOLD_DIR/../score.py" ] && scorer=("$GOLD_DIR/../score.py" --docs "$tsv")
else
  tsv=$shared/corpus/seed_docs.tsv; gold=$shared/corpus/seed_gold.jsonl; docs=$shared/seeds
fi
tail -n +2 "$tsv" | while IFS=$'\t' read -r doc published _; do
  [ -n "$doc" ] || continue
  "$cli" --date "$published" --doc "$doc" "$docs/$doc"
done >"$pred"
python3 "${scorer[@]}" "$gold" "$pred" "$@"
