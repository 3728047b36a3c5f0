#!/usr/bin/env python3
"""Train Lede's speaker ranker on the tuning split and write its weights.

  train-ranker.py LEDE EVAL_QUOTES_DIR [--out FILE] [--check] [--folds N]

Runs `LEDE analyze --format json --explain --rules-only` over the tuning documents of
EVAL_QUOTES_DIR/polnear-train.jsonl (scripts/split.py; the documents kept aside are never
read), so the features are exactly those Lede computes (CandidateFeatures.swift), for the
attributions of the rule sieves alone. Each quote that the rules attributed and that
matches a gold quote (the set's own scorer, score.py) is one example: its candidate
speakers, each labelled by score.py's speaker rule.

The model is a conditional logit (a softmax over a quote's candidates, one weight per
feature) fitted by stochastic gradient descent with an L2 penalty, in a fixed order drawn
from a fixed seed. The penalty and the margin by which a candidate must outscore the
rules' choice are chosen by cross-validation over the tuning documents (N folds by
document); the final model is refitted on all of them. Weights are rounded to 6 decimals
and written with sorted keys, so a re-run writes the same bytes.

--out FILE   where to write (default Sources/LedeKit/Resources/speaker-ranker.json)
--check      retrain and compare with FILE; exit 1 if they differ
Standard library only (scripts/requirements-ranker.txt lists no package).
"""
import argparse
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lede_analysis import analyze  # noqa: E402
from split import kept_aside  # noqa: E402

DEFAULT_OUT = os.path.join(HERE, "..", "Sources", "LedeKit", "Resources", "speaker-ranker.json")
SEED = 20160101
EPOCHS = 12
PENALTIES = [1e-4, 1e-3, 1e-2]
MARGINS = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0]


def examples(score, docs, results):
    """Per document, the list of examples: (candidates as [(feature, value)], labels)."""
    by_doc = []
    for doc, result in zip(docs, results):
        found = []
        predicted = result["quotes"]
        for i, j in score.greedy(doc["quotes"], predicted):
            gold, quote = doc["quotes"][i], predicted[j]
            if not quote.get("sieve") or not quote.get("candidates"):
                continue
            candidates = [sorted(c["features"].items()) for c in quote["candidates"]]
            labels = [score.speaker_match(gold, {"speaker": c["speaker"], "speakerName": c["speakerName"]})
                      for c in quote["candidates"]]
            found.append((candidates, labels))
        by_doc.append(found)
    return by_doc


def fit(data, penalty):
    """Weights by feature, fitted by SGD on the examples that teach something."""
    weights = {}
    teaching = [e for e in data if any(e[1]) and not all(e[1])]
    order = list(range(len(teaching)))
    rng = random.Random(SEED)
    step = 0
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            candidates, labels = teaching[k]
            scores = [sum(weights.get(f, 0.0) * v for f, v in c) for c in candidates]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            correct = sum(e for e, l in zip(exps, labels) if l)
            rate = 0.1 / (1 + step / 5000)
            step += 1
            gradient = {}
            for c, e, l in zip(candidates, exps, labels):
                g = e / total - (e / correct if l else 0.0)
                if g:
                    for f, v in c:
                        gradient[f] = gradient.get(f, 0.0) + g * v
            for f in sorted(gradient):
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (gradient[f] + penalty * w)
    return weights


def decide(weights, candidates, margin):
    scores = [sum(weights.get(f, 0.0) * v for f, v in c) for c in candidates]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best if scores[best] > scores[0] + margin else 0


def accuracy(weights, data, margin):
    return sum(labels[decide(weights, candidates, margin)] for candidates, labels in data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("quotes_dir")
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, args.quotes_dir)
    import score  # the set's own scorer: its matching and speaker rules

    gold = score.load(os.path.join(args.quotes_dir, "polnear-train.jsonl"))
    docs = [doc for doc in gold.values() if not kept_aside(doc["id"])]
    by_doc = examples(score, docs, analyze(args.lede, docs, "--explain", "--rules-only"))
    everything = [e for found in by_doc for e in found]
    rules = sum(labels[0] for _, labels in everything)
    print(f"{len(docs)} tuning documents, {len(everything)} attributed quotes, rules right on {rules}", file=sys.stderr)

    folds = [[e for n, found in enumerate(by_doc) if n % args.folds == k for e in found] for k in range(args.folds)]
    gains = {}
    for penalty in PENALTIES:
        for k in range(args.folds):
            train = [e for j, fold in enumerate(folds) if j != k for e in fold]
            weights = fit(train, penalty)
            for margin in MARGINS:
                gains[penalty, margin] = gains.get((penalty, margin), 0) + accuracy(weights, folds[k], margin) \
                    - sum(labels[0] for _, labels in folds[k])
        print(f"  penalty {penalty:g}: cross-validated gain over the rules by margin "
              + ", ".join(f"{m:g}: {gains[penalty, m]:+d}" for m in MARGINS), file=sys.stderr)
    penalty, margin = max(gains, key=lambda key: (gains[key], key[1], -key[0]))
    weights = fit(everything, penalty)
    print(f"chosen penalty {penalty:g}, margin {margin:g}; refitted on all: right on "
          f"{accuracy(weights, everything, margin)} of {len(everything)} (rules {rules})", file=sys.stderr)

    model = {
        "trainedOn": "polnear-train tuning split (scripts/split.py), scripts/train-ranker.py",
        "penalty": penalty,
        "margin": margin,
        "weights": {f: round(w, 6) for f, w in sorted(weights.items()) if round(w, 6) != 0},
    }
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            same = f.read() == text
        print("shipped weights match a retrain" if same else f"{args.out} differs from a retrain", file=sys.stderr)
        return 0 if same else 1
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
