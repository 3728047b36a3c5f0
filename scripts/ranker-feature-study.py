#!/usr/bin/env python3
"""Measure what a group of the speaker ranker's features is worth, out of fold on tune.

  ranker-feature-study.py LEDE EVAL_QUOTES_DIR [--drop PREFIX ...] [--parse] [--penalty P] [--folds N]

Reads the tuning documents as scripts/train-ranker.py does (its examples, folds, linear fit,
margins and scare-quote count: nothing of it is repeated here), fits the linear model at one
penalty only (the trainer tries four, and trees: a run here takes a third of its time), with
every feature whose name contains one of the --drop strings left out, and prints, out of fold:
the most speakers right at the trainer's scare-quote cap and at looser caps, how often the
best-scored candidate is right among the quotes that have a right candidate (the ranking alone,
before any margin), and what the wrong ones are (a wrong speaker kept, a speaker taken away, a
quote a rule found to be nobody's words, a quote no rule decided). Run it once with and once
without a group (`--drop role: --drop cue-subject`) to see what the group adds. With --parse,
the candidates also carry what a dependency parse makes of the quotation (scripts/parse_features.py,
which needs spaCy: pip install -r scripts/requirements-parse-study.txt), to see what a parser
would add before one is built.
"""
import argparse
import collections
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
_spec = importlib.util.spec_from_file_location("train_ranker", os.path.join(HERE, "train-ranker.py"))
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)

CAPS = [0.20, trainer.SCARE_SHARE, 0.28, 0.30]


def without(by_doc, drop):
    """The examples with every feature named by one of `drop` left out."""
    if not drop:
        return by_doc
    keep = lambda name: not any(d in name for d in drop)
    return [[([[(f, v) for f, v in c if keep(f)] for c in e[0]],) + e[1:] for e in found] for found in by_doc]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("quotes_dir")
    parser.add_argument("--drop", action="append", default=[])
    parser.add_argument("--parse", action="store_true", help="add a dependency parse's features (spaCy)")
    parser.add_argument("--penalty", type=float, default=trainer.PENALTIES[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    annotate = None
    if args.parse:
        import parse_features
        annotate = parse_features.annotate
    by_doc = without(trainer.tuning_examples(args.lede, args.quotes_dir, annotate), args.drop)
    quotes = sum(not e[3] for found in by_doc for e in found)
    scares = sum(e[3] for found in by_doc for e in found)
    folds = [[e for n, found in enumerate(by_doc) if n % args.folds == k for e in found] for k in range(args.folds)]
    held_out, examples = [], []
    for k in range(args.folds):
        train = [e for j, fold in enumerate(folds) if j != k for e in fold]
        held_out += trainer.summaries(trainer.linear_scores(trainer.fit(train, args.penalty), folds[k]), folds[k])
        examples += folds[k]
    grid = [(m, s, a) for m in trainer.MARGINS for s in trainer.SILENCE_MARGINS for a in trainer.ATTRIBUTION_MARGINS]
    totals = {margins: trainer.tally(held_out, margins) for margins in grid}
    print(f"penalty {args.penalty:g}, without {args.drop or 'nothing'}{', with a parse' if args.parse else ''}: {quotes} gold quotes, {scares} scare quotes")
    for cap in CAPS:
        margins = max((m for m in grid if totals[m][1] <= cap * scares), key=lambda m: (totals[m][0], -totals[m][1]))
        right, scared = totals[margins]
        print(f"  scare cap {cap:.0%}: {right} right ({right / quotes:.4f}), scare {scared} ({scared / scares:.1%}), margins {margins}")
    margins = max((m for m in grid if totals[m][1] <= trainer.SCARE_SHARE * scares), key=lambda m: (totals[m][0], -totals[m][1]))
    ranked = with_right = 0
    wrong = collections.Counter()
    for summary, (candidates, labels, rules, scare) in zip(held_out, examples):
        if scare:
            continue
        has_right = any(labels[:-1])
        with_right += has_right
        ranked += has_right and summary[5]
        speaks, right = trainer.decide(summary, margins)
        if not right and has_right:
            wrong[rules, speaks] += 1
    print(f"  best-scored candidate right on {ranked} of the {with_right} quotes with a right candidate")
    names = {("speaker", True): "a wrong speaker kept or chosen", ("speaker", False): "the speaker taken away",
             ("nobody", False): "a rule found nobody's words", ("nothing", False): "no rule decided, none given",
             ("nothing", True): "no rule decided, a wrong one given"}
    for key, count in wrong.most_common():
        print(f"  wrong with a right candidate: {count:4d}  {names[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
