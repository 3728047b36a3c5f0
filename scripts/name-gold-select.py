#!/usr/bin/env python3
"""Which documents the hand-made speaker-name gold covers, and a reading view of them.

  scripts/name-gold-select.py SHARED_QUOTES_DIR [--split tune|aside] [--show] [--ids-only]

The rule (fixed, written before any annotation, blind to Lede's output): among the documents
of one part of scripts/split.py's split of polnear-train.jsonl, keep those with 4 to 12 gold
quotes, at least one of whose gold `speaker` is a pronoun or a lower-case description (so
reading beyond the quote's sentence matters), order them by the SHA-1 of their id (hex), and
take the first 40 (tune) or 20 (aside); --count N takes the first N of the tune part (the
tune gold was extended to the next documents in the same order, docs/speaker-names.md). The 12-quote cap keeps hand annotation to articles a
person can read in a few minutes; it leaves out the longest, quote-heaviest articles.

--show prints each chosen document with its gold quotes numbered in text order and marked
in the text as [[n ...]], for annotating by hand; nothing of it is stored in the project.
Standard library only.
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module  # noqa: E402

kept_aside = import_module("split").kept_aside

COUNT = {"tune": 40, "aside": 20}
MIN_QUOTES, MAX_QUOTES = 4, 12
PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
            "his", "hers", "its", "their", "theirs", "one", "who", "whom", "whose", "this", "that"}


def needs_reading(speaker):
    s = (speaker or "").strip()
    if not s:
        return False
    words = s.lower().split()
    return (len(words) == 1 and words[0].strip(".,'’") in PRONOUNS) or s[0].islower()


def eligible(doc):
    qs = doc["quotes"]
    return MIN_QUOTES <= len(qs) <= MAX_QUOTES and any(needs_reading(q["speaker"]) for q in qs)


def select(quotes_dir, part, count=None):
    docs = []
    with open(os.path.join(quotes_dir, "polnear-train.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if (part == "aside") == kept_aside(d["id"]) and eligible(d):
                    docs.append(d)
    docs.sort(key=lambda d: hashlib.sha1(d["id"].encode("utf-8")).hexdigest())
    return docs[:count or COUNT[part]]


def show(doc):
    text, qs = doc["text"], sorted(doc["quotes"], key=lambda q: (q["start"], q["end"]))
    out, pos = [], 0
    for n, q in enumerate(qs, 1):
        out.append(text[pos:q["start"]] + f"[[{n} ")
        out.append(text[q["start"]:q["end"]] + f" {n}]]")
        pos = q["end"]
    out.append(text[pos:])
    print("=" * 100)
    print("ID", doc["id"])
    print("".join(out))
    print("-- quotes")
    for n, q in enumerate(qs, 1):
        print(f"  {n:2d} [{q['start']},{q['end']}) speaker={q['speaker']!r}  {text[q['start']:q['end']][:60]!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("quotes_dir")
    ap.add_argument("--split", choices=["tune", "aside"], default="tune")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--count", type=int, help="how many documents (default 40 tune, 20 aside); tune only beyond that")
    args = ap.parse_args()
    if args.count and args.split == "aside" and args.count != COUNT["aside"]:
        ap.error("the aside part is only measured: its gold stays at 20 documents")
    docs = select(args.quotes_dir, args.split, args.count)
    for d in docs:
        if args.show:
            show(d)
        else:
            print(d["id"], len(d["quotes"]))


if __name__ == "__main__":
    main()
