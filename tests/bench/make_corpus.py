#!/usr/bin/env python3
"""Generates a JSON Lines corpus of any size from the team's own sample articles, for benchmarks.

Each article is a sample with its paragraphs shuffled, names, numbers and outlets varied, so the
corpus is not the same few texts repeated byte for byte. Deterministic for a given --seed.

    tests/bench/make_corpus.py --mb 50 --out /tmp/corpus.jsonl
"""
import argparse
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent.parent / "samples"

NAMES = ["Dana Whitfield", "Priya Raman", "Tom Adeyemi", "Lena Okafor", "Marek Nowak", "Sofia Reyes",
         "Kwame Mensah", "Aiko Tanaka", "Jonas Berg", "Fatima Haddad"]
OUTLETS = ["Coastal Wire", "Hilltop Daily", "Northfield Gazette", "Riverside Post", "Metro Ledger",
           "Valley Courier", "Harbour Times"]
GENRES = ["news", "news", "news", "opinion"]


def load_articles():
    """Every sample article as a list of paragraphs (plain-text files and JSONL lines)."""
    articles = []
    for path in sorted(SAMPLES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts = [p.strip() for p in text.split("\n\n") if p.strip()]
        if len(parts) > 1:
            articles.append(parts[1:])  # the first paragraph is the title
    for path in sorted(SAMPLES.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                articles.append([p.strip() for p in obj["text"].split("\n\n") if p.strip()])
    if not articles:
        sys.exit(f"make_corpus.py: no sample articles under {SAMPLES}")
    return articles


def vary(paragraph, rng):
    for name in NAMES:
        if name in paragraph:
            paragraph = paragraph.replace(name, rng.choice(NAMES))
    words = paragraph.split(" ")
    for i, w in enumerate(words):
        if w.isdigit() and len(w) <= 3:
            words[i] = str(rng.randint(2, 999))
    return " ".join(words)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="size of article text to generate, in MB")
    ap.add_argument("--out", required=True, help="the JSONL file to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--article-kb", type=float, default=0.0,
                    help="mean article length in KB: samples' paragraphs are appended until each article "
                         "reaches a length drawn between half and one and a half times this (news articles "
                         "run 3 to 6 KB); 0, the default, keeps the samples' own length, about 0.7 KB")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    articles = load_articles()
    target = int(args.mb * 1_000_000)
    written = count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < target:
            base = rng.choice(articles)
            paras = [vary(p, rng) for p in base]
            if len(paras) > 2:
                middle = paras[1:-1]
                rng.shuffle(middle)
                paras = paras[:1] + middle + paras[-1:]
            # Some articles are longer: a second sample's paragraphs appended.
            if rng.random() < 0.3:
                paras += [vary(p, rng) for p in rng.choice(articles)]
            if args.article_kb > 0:
                want = rng.uniform(0.5, 1.5) * args.article_kb * 1000
                while len("\n\n".join(paras).encode("utf-8")) < want:
                    paras += [vary(p, rng) for p in rng.choice(articles)[1:]]  # no second title
            text = "\n\n".join(paras)
            count += 1
            obj = {"id": f"gen-{count}", "outlet": rng.choice(OUTLETS), "section": rng.choice(GENRES),
                   "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": text}
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            written += len(text.encode("utf-8"))
    print(f"make_corpus.py: {count} articles, {written / 1e6:.1f} MB of text -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
