#!/usr/bin/env bash
# Measures the bundled plugins on the labeled dev sets and fails when a figure falls below the
# floor recorded here (a regression guard: floors sit just under the figures last measured).
#   scripts/accuracy.sh [EVAL_DIR]   (default: ../shared/eval beside the project)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${1:-$here/../shared/eval}
slant=${SLANT:-$here/build/bin/slant}
[ -x "$slant" ] || { echo "accuracy.sh: $slant is not built (run scripts/setup.sh)" >&2; exit 1; }
[ -d "$eval_dir" ] || { echo "accuracy.sh: no labeled data at $eval_dir: skipped"; exit 0; }

status=0
run() {  # run SET FILE REQUIREMENTS...
  local set=$1 file=$2; shift 2
  if [ ! -f "$eval_dir/$file" ]; then echo "accuracy.sh: $file missing: $set skipped"; return; fi
  local args=()
  for r in "$@"; do args+=(--require "$r"); done
  "$slant" eval "$set" --gold "$eval_dir/$file" "${args[@]}" || status=1
}

# Floors a little under the figures measured at the last change of each plugin (see each
# plugin's README for the full figures and how they were reached).
run attribution attribution/polnear-dev.jsonl \
  cue_overlap_f1=0.778 source_overlap_f1=0.783 content_chars_f1=0.837
run hedging hedging/wikiweasel-train.jsonl \
  uncertain_f1=0.62
run subjectivity subjectivity/newssd-val.jsonl \
  macro_f1=0.69
run opinion opinion/babe-dev.jsonl \
  macro_f1=0.835 outlet_spearman=0.95

exit $status
