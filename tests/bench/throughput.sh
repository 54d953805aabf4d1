#!/usr/bin/env bash
# Whole-process throughput of the full pipeline (read JSONL, segment, all bundled plugins, merge,
# write JSONL reports): MB/s and articles/s (median of several runs after a warm-up) and peak RSS,
# for 1 and 2 threads; then the same corpus through the peer tools from npm when npm is there.
#   tests/bench/throughput.sh [--mb 50] [--runs 5] [--article-kb K] [--no-peers]
# --article-kb K: articles of about K KB (news runs 3 to 6 KB); default: the samples' own ~0.7 KB.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
slant=${SLANT:-$root/build/bin/slant}
mb=50
runs=5
article_kb=0
peers=1
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --article-kb) article_kb=$2; shift 2 ;;
    --no-peers) peers=0; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "throughput.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$slant" ] || { echo "throughput.sh: build slant first ($slant)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus.jsonl
python3 "$here/make_corpus.py" --mb "$mb" --article-kb "$article_kb" --out "$corpus"
text_bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$corpus")
articles=$(wc -l < "$corpus")

# median wall seconds and max RSS (KB) of a command over $runs runs after one warm-up
measure() {
  "$@" > /dev/null 2>&1 || true
  local times=() rss=0
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; return 1; }
    read -r t m < "$work/time"
    times+=("$t")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  echo "$median $rss"
}

report() {  # report NAME SECONDS RSS_KB
  awk -v n="$1" -v s="$2" -v r="$3" -v b="$text_bytes" -v a="$articles" \
    'BEGIN { printf "%-28s %8.2f s %9.1f MB/s %10.0f articles/s %8.1f MB peak RSS\n", n, s, b/1e6/s, a/s, r/1024 }'
}

echo "corpus: $articles articles, $(awk -v b="$text_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB of article text; median of $runs runs"
read -r s1 r1 < <(measure "$slant" check --format jsonl -j 1 "$corpus")
report "slant, 1 thread" "$s1" "$r1"
read -r s2 r2 < <(measure "$slant" check --format jsonl -j 2 "$corpus")
report "slant, 2 threads" "$s2" "$r2"
awk -v a="$s1" -v b="$s2" 'BEGIN { printf "2 threads / 1 thread speed-up: %.2f\n", a/b }'

if [ "$peers" = 1 ] && command -v npm > /dev/null && command -v node > /dev/null; then
  peer_dir=${SLANT_PEER_DIR:-$HOME/.cache/slant-bench-peers}
  mkdir -p "$peer_dir"
  cp "$here/peers/package.json" "$here/peers/run_peer.mjs" "$peer_dir/"
  (cd "$peer_dir" && npm install --silent --no-audit --no-fund > /dev/null 2>&1) || { echo "peers: npm install failed, skipped"; exit 0; }
  for tool in retext write-good wink-nlp; do
    read -r sp rp < <(measure node "$peer_dir/run_peer.mjs" "$tool" "$corpus") || continue
    report "$tool (node)" "$sp" "$rp"
    awk -v a="$sp" -v b="$s1" -v t="$tool" 'BEGIN { printf "slant (1 thread) / %s speed ratio: %.0f\n", t, a/b }'
  done
fi
