#!/usr/bin/env bash
# Regenerates the worked example in docs/corpus.md: slant run over the PolNeAR articles
# (../shared/eval/attribution, train + dev, 924 articles from 7 US publishers, 2016), then
# slant compare grouped by their "outlet" field. The articles stay out of the repository; only
# our aggregate figures are written to docs/corpus/:
#   polnear-comparison.csv   tidy CSV, every figure      polnear-comparison.html   the full page
#   polnear-table.md         the headline table           polnear-*.svg            its charts
#   scripts/compare_polnear.sh [BUILD_DIR]     (default: build; SLANT_EVAL_DIR overrides the data)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
eval_dir=${SLANT_EVAL_DIR:-$here/../shared/eval}
slant=$build/bin/slant
out=$here/docs/corpus
[ -x "$slant" ] || { echo "compare_polnear.sh: no $slant: build first (cmake --build $build)" >&2; exit 1; }
for f in polnear-train.jsonl polnear-dev.jsonl; do
  [ -f "$eval_dir/attribution/$f" ] || { echo "compare_polnear.sh: $eval_dir/attribution/$f is missing" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# The headline measures: how much is attributed, to whom, and how much the writer hedges and opines.
measures='attribution.attributed_sentence_share,attribution.attribution,attribution.metric.share_named,attribution.metric.share_anonymous,attribution.metric.share_vague,hedging.hedge@author,opinion.opinion_sentence_share@author'
"$slant" run "$eval_dir/attribution/polnear-train.jsonl" "$eval_dir/attribution/polnear-dev.jsonl" \
  --db "$tmp/polnear.sqlite" --quiet
common=(--db "$tmp/polnear.sqlite" --plugin-metrics --metrics "$measures" --permutations 20000 --seed 2016)
"$slant" compare "${common[@]}" --format csv -o "$out/polnear-comparison.csv"
"$slant" compare "${common[@]}" --format json -o "$tmp/polnear.json"
"$slant" compare "${common[@]}" --format html -o "$out/polnear-comparison.html" \
  --title "PolNeAR (924 articles, 7 publishers): slant outlet comparison"
python3 "$here/scripts/polnear_docs.py" "$tmp/polnear.json" "$out/polnear-comparison.html" "$out"
echo "compare_polnear.sh: wrote $out"
