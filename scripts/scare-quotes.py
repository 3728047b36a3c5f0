#!/usr/bin/env python3
"""How many quotes that no annotator attributed (scare quotes, titles) Lede gives a speaker.

  scare-quotes.py EVAL_QUOTES_DIR PREDICTIONS.jsonl

PREDICTIONS.jsonl is run_lede.py's output for polnear-train.jsonl. A prediction counts when it
overlaps (score.py's 50 % rule) a segment of polnear-train.unattributed.jsonl and no gold quote.
score.py --ignore leaves these out of its figures; this shows what the reader would show for them.
Figures are given for the whole set and for its tune and aside parts (scripts/split.py).
"""
import os
import sys

quotes_dir, predictions = sys.argv[1], sys.argv[2]
sys.path.insert(0, quotes_dir)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402  (the set's own scorer, for its loader and overlap rule)
from split import kept_aside  # noqa: E402

gold = score.load(os.path.join(quotes_dir, "polnear-train.jsonl"))
unattributed = score.load(os.path.join(quotes_dir, "polnear-train.unattributed.jsonl"))
predicted = score.load(predictions)
counts = {part: [0, 0] for part in ("all", "tune", "aside")}
for doc_id, doc in gold.items():
    segments = unattributed.get(doc_id, {}).get("segments", [])
    for quote in predicted.get(doc_id, {}).get("quotes", []):
        if any(score.overlaps(quote, s) for s in segments) and not any(score.overlaps(quote, g) for g in doc["quotes"]):
            for part in ("all", "aside" if kept_aside(doc_id) else "tune"):
                counts[part][0] += 1
                counts[part][1] += bool(quote.get("speaker"))
for part, (total, with_speaker) in counts.items():
    share = with_speaker / total if total else 0.0
    print(f"unattributed segments found as quotes ({part}): {total}; given a speaker: {with_speaker} ({share:.1%})")
