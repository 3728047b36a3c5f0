#!/usr/bin/env python3
"""How many quotes that no annotator attributed (scare quotes, titles) Lede gives a speaker.

  scare-quotes.py EVAL_QUOTES_DIR PREDICTIONS.jsonl

PREDICTIONS.jsonl is run_lede.py's output for polnear-train.jsonl. A prediction counts when it
overlaps (score.py's 50 % rule) a segment of polnear-train.unattributed.jsonl and no gold quote.
score.py --ignore leaves these out of its figures; this shows what the reader would show for them.
"""
import os
import sys

quotes_dir, predictions = sys.argv[1], sys.argv[2]
sys.path.insert(0, quotes_dir)
import score  # noqa: E402  (the set's own scorer, for its loader and overlap rule)

gold = score.load(os.path.join(quotes_dir, "polnear-train.jsonl"))
unattributed = score.load(os.path.join(quotes_dir, "polnear-train.unattributed.jsonl"))
predicted = score.load(predictions)
total = with_speaker = 0
for doc_id, doc in gold.items():
    segments = unattributed.get(doc_id, {}).get("segments", [])
    for quote in predicted.get(doc_id, {}).get("quotes", []):
        if any(score.overlaps(quote, s) for s in segments) and not any(score.overlaps(quote, g) for g in doc["quotes"]):
            total += 1
            with_speaker += bool(quote.get("speaker"))
share = with_speaker / total if total else 0.0
print(f"unattributed segments found as quotes: {total}; given a speaker: {with_speaker} ({share:.1%})")
