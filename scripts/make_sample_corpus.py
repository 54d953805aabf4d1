#!/usr/bin/env python3
"""Writes a synthetic corpus for timing `slant run`: N articles in OUT/<outlet>/NNNNNN.txt, built
from the team's own sample articles (samples/articles), paragraphs shuffled and numbered so every
file differs. For benchmarks only: the figures mean nothing about real outlets.

  scripts/make_sample_corpus.py OUT [--articles 10000] [--outlets 8] [--seed 1]
"""
import argparse
import json
import os
import random

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def paragraphs():
    """Every paragraph of the sample articles (text files and the JSONL briefs)."""
    found = []
    folder = os.path.join(here, "samples", "articles")
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                found += [p for p in f.read().split("\n\n")[1:] if p.strip()]
        elif name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        found += [p for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    return found


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--articles", type=int, default=10000)
    p.add_argument("--outlets", type=int, default=8)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    pool = paragraphs()
    total_bytes = 0
    for i in range(a.articles):
        outlet = f"outlet-{i % a.outlets + 1:02d}"
        body = rng.sample(pool, k=min(len(pool), rng.randint(4, 9)))
        text = f"Sample story {i + 1}\n\n" + "\n\n".join(body) + "\n"
        folder = os.path.join(a.out, outlet)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{i + 1:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total_bytes += len(text.encode("utf-8"))
    print(f"{a.articles} articles, {total_bytes / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
