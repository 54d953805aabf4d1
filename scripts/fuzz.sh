#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each for a while
# from a seed corpus made of samples/. A crash, leak, timeout or sanitizer report fails it and
# leaves the input that caused it in build-fuzz/fuzz/artifacts/.
#   scripts/fuzz.sh [SECONDS]   seconds per target (default 60, or FUZZ_SECONDS)
# FUZZ_TARGETS="html_reader segmenter" picks targets; FUZZ_JOBS runs that many at once (nproc).
# The default is every reader, the segmenter and "plugins" (any text through the three bundled
# plugins); for depth run one by hand, e.g. FUZZ_TARGETS=plugins scripts/fuzz.sh 600.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-${FUZZ_SECONDS:-60}}
build_dir=${SLANT_FUZZ_BUILD_DIR:-$here/build-fuzz}
jobs=${FUZZ_JOBS:-$(nproc)}
targets=${FUZZ_TARGETS:-"html_reader xml_reader jsonl_reader text_reader input_sniff segmenter plugins"}

if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ is not installed (scripts/setup.sh --deps-only --test-deps installs it)" >&2
  exit 1
fi

CC=clang CXX=clang++ cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSLANT_FUZZ=ON -DSLANT_SANITIZE=ON >/dev/null
build_targets=()
for t in $targets; do build_targets+=("fuzz_$t"); done
cmake --build "$build_dir" --target "${build_targets[@]}" -j "$jobs"

# Seeds: the samples each reader is meant for (copied, so the repo never gains fuzz output).
seeds() {
  local f=$here/samples/formats a=$here/samples/articles
  case "$1" in
    html_reader) ls "$f"/*.html "$f"/*.xhtml ;;
    xml_reader) ls "$f"/*.xml "$f"/*.rss "$f"/*.atom "$f"/*.xhtml ;;
    jsonl_reader) ls "$f"/*.jsonl "$a"/*.jsonl ;;
    text_reader | segmenter | plugins) ls "$f"/*.txt "$a"/*.txt ;;
    input_sniff) ls "$f"/* "$a"/* ;;
  esac 2>/dev/null || true
}

out=$build_dir/fuzz
mkdir -p "$out/artifacts" "$out/logs"
run_one() {
  local t=$1 corpus=$out/corpus/$1
  mkdir -p "$corpus"
  seeds "$t" | while read -r s; do cp -f "$s" "$corpus/"; done
  # detect_leaks stays on: a leak in a reader is a failure too.
  "$out/fuzz_$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=32768 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts/$t-" >"$out/logs/$t.log" 2>&1
}

status=0
declare -A pids
start=$SECONDS
for t in $targets; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_one "$t" &
  pids[$t]=$!
done
for t in $targets; do
  if wait "${pids[$t]}"; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/logs/$t.log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz.sh: $t: clean ($runs runs in ${seconds}s)"
  else
    status=1
    echo "fuzz.sh: $t: FAILED; log $out/logs/$t.log, input in $out/artifacts/" >&2
    grep -m1 -A25 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|contract broken' "$out/logs/$t.log" >&2 || tail -30 "$out/logs/$t.log" >&2
  fi
done
echo "fuzz.sh: $(echo $targets | wc -w) target(s) in $((SECONDS - start))s"
exit $status
