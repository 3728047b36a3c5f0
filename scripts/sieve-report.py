#!/usr/bin/env python3
"""Precision and count of each attribution sieve, on the tuning and kept-aside splits.

  sieve-report.py LEDE EVAL_QUOTES_DIR [--markdown]

Runs `LEDE analyze --format json` over EVAL_QUOTES_DIR/polnear-train.jsonl and matches its
quotes with the gold by the set's own scorer (score.py: greedy, >= 50 % overlap, its speaker
rule). For each quote sieve (the rule that found the speaker) and each resolution sieve (the
rule that named them) it prints, per split (scripts/split.py):
  matched   quotes the gold attributes that the sieve attributed;
  correct   of those, how many have the gold's speaker (score.py's speaker_match);
  precision correct / matched;
  scare     quote-mark segments nobody attributed (polnear-train.unattributed.jsonl) that the
            sieve gave a speaker: what the reader would wrongly show as someone's words.
Quotes no sieve attributed are counted under "(none)". Standard library only.
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lede_analysis import analyze  # noqa: E402
from split import kept_aside  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("quotes_dir")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args()
    sys.path.insert(0, args.quotes_dir)
    import score  # the set's own scorer: its matching and speaker rules

    gold = score.load(os.path.join(args.quotes_dir, "polnear-train.jsonl"))
    unattributed = score.load(os.path.join(args.quotes_dir, "polnear-train.unattributed.jsonl"))
    docs = list(gold.values())
    results = analyze(args.lede, docs)
    # counts[stage][split][sieve] = [matched, correct, scare]
    counts = {stage: collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0, 0]))
              for stage in ("sieve", "resolution")}
    for doc, result in zip(docs, results):
        part = "aside" if kept_aside(doc["id"]) else "tune"
        predicted = [q for q in result["quotes"]]
        for i, j in score.greedy(doc["quotes"], predicted):
            quote = predicted[j]
            correct = score.speaker_match(doc["quotes"][i], quote)
            for stage in counts:
                entry = counts[stage][part][quote.get(stage) or "(none)"]
                entry[0] += 1
                entry[1] += correct
        segments = unattributed.get(doc["id"], {}).get("segments", [])
        for quote in predicted:
            if quote.get("speaker") and any(score.overlaps(quote, s) for s in segments) \
                    and not any(score.overlaps(quote, g) for g in doc["quotes"]):
                for stage in counts:
                    counts[stage][part][quote.get(stage)][2] += 1
    for stage, title in (("sieve", "quote sieve"), ("resolution", "resolution sieve")):
        names = sorted({name for part in counts[stage].values() for name in part},
                       key=lambda name: -sum(counts[stage][p][name][0] for p in ("tune", "aside")))
        if args.markdown:
            print(f"| {title} | tune matched | tune precision | tune scare | aside matched | aside precision | aside scare |")
            print("|---|---|---|---|---|---|---|")
        else:
            print(f"{title:24} {'tune: n':>8} {'prec':>6} {'scare':>6}   {'aside: n':>8} {'prec':>6} {'scare':>6}")
        for name in names:
            cells = []
            for part in ("tune", "aside"):
                matched, correct, scare = counts[stage][part][name]
                precision = f"{correct / matched:.3f}" if matched else "–"
                cells.append((matched, precision, scare))
            if args.markdown:
                print(f"| {name} | " + " | ".join(f"{m} | {p} | {s}" for m, p, s in cells) + " |")
            else:
                print(f"{name:24} " + "   ".join(f"{m:8} {p:>6} {s:6}" for m, p, s in cells))
        print()


if __name__ == "__main__":
    main()
