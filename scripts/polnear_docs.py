#!/usr/bin/env python3
"""Turns a `slant compare --format json` result and its HTML page into the pieces docs/corpus.md
shows: a Markdown table of the headline measures (all articles) and one SVG chart per measure,
cut from the HTML page (so the charts are exactly slant's own); the table also replaces the part of
docs/corpus.md between its polnear-table markers.

  scripts/polnear_docs.py COMPARISON.json COMPARISON.html OUT_DIR
"""
import json
import os
import re
import sys


def fmt(v, unit):
    if v is None:
        return "-"
    return f"{v:.3f}" if unit == "share of sentences" or unit == "value" else f"{v:.2f}"


def main():
    comparison_path, html_path, out = sys.argv[1:4]
    with open(comparison_path, encoding="utf-8") as f:
        c = json.load(f)
    with open(html_path, encoding="utf-8") as f:
        html = f.read()
    group = next(g for g in c["groups"] if g["genre"] == "all")
    lines = [f"All {group['articles']} articles ({group['words']:,} words); mean per article with its 95% "
             f"bootstrap interval; **bold**: differs from the other outlets (permutation test, "
             f"{c['settings']['permutations']:,} relabellings, {c['settings']['correction'].upper() if c['settings']['correction'] == 'bh' else 'Holm'}-adjusted "
             f"p < {c['settings']['alpha']}); seed {c['settings']['seed']}.", ""]
    header = "| outlet | articles | " + " | ".join(f"{m['id']}<br>({m['unit']})" for m in group["measures"]) + " |"
    lines += [header, "|" + "---|" * (2 + len(group["measures"]))]
    for i, o in enumerate(group["outlets"]):
        cells = []
        for m in group["measures"]:
            s = m["outlets"][i]
            text = f"{fmt(s['mean'], m['unit'])} [{fmt(s['ci'][0], m['unit'])}, {fmt(s['ci'][1], m['unit'])}]"
            cells.append(f"**{text}**" if s["significant"] else text)
        lines.append(f"| {o['outlet']} | {o['articles']} | " + " | ".join(cells) + " |")
    genres = ", ".join(f"{g['genre']} {g['articles']}" for g in c["groups"] if g["genre"] != "all")
    lines += ["", f"Genre (from the opinion plugin's article label): {genres}. The CSV and HTML hold every "
                  "group and figure (medians, p-values, effect sizes)."]
    table = "\n".join(lines) + "\n"
    with open(os.path.join(out, "polnear-table.md"), "w", encoding="utf-8") as f:
        f.write(table)
    # The same table inside docs/corpus.md, between its markers.
    doc_path = os.path.join(os.path.dirname(os.path.abspath(out)), "corpus.md")
    if os.path.exists(doc_path):
        with open(doc_path, encoding="utf-8") as f:
            doc = f.read()
        begin = doc.find("<!-- polnear-table:begin")
        end = doc.find("<!-- polnear-table:end -->")
        if begin >= 0 and end > begin:
            first_line_end = doc.index("\n", begin) + 1
            doc = doc[:first_line_end] + "\n" + table + "\n" + doc[end:]
            with open(doc_path, "w", encoding="utf-8") as f:
                f.write(doc)

    # The charts of the "All articles" section, in the page's order.
    all_section = html.split("<h2>All articles", 1)[1].split("<h2>", 1)[0]
    for m in group["measures"]:
        match = re.search(r"<h3>" + re.escape(m["id"]) + r" .*?(<svg.*?</svg>)", all_section, re.S)
        if not match:
            continue
        name = "polnear-" + re.sub(r"[^a-z0-9]+", "-", m["id"].lower()).strip("-") + ".svg"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(match.group(1) + "\n")


if __name__ == "__main__":
    main()
