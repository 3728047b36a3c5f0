#!/usr/bin/env python3
"""Split an annotated set into a tuning part and a part kept aside, by document.

  scripts/split.py GOLD.jsonl OUT_DIR [--ignore UNATTRIBUTED.jsonl]

A document is kept aside when the SHA-1 of its id, as a number, is divisible by
6 (about one in six: 153 of the 840 polnear-train documents). The split depends
on the ids alone, so it never changes as the set is re-read, and rules and
weights are tuned on OUT_DIR/tune.jsonl only; OUT_DIR/aside.jsonl measures how
they carry to documents nobody looked at. The same split is written for the
--ignore file (the unattributed segments) when given. Standard library only.
"""
import argparse, hashlib, json, os, sys

def kept_aside(doc_id):
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 6 == 0

def split(path, out_dir, stem):
    counts = {"tune": 0, "aside": 0}
    with open(os.path.join(out_dir, f"{stem}tune.jsonl"), "w", encoding="utf-8") as tune, \
         open(os.path.join(out_dir, f"{stem}aside.jsonl"), "w", encoding="utf-8") as aside:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            part = "aside" if kept_aside(json.loads(line)["id"]) else "tune"
            (aside if part == "aside" else tune).write(line if line.endswith("\n") else line + "\n")
            counts[part] += 1
    return counts

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("out_dir")
    parser.add_argument("--ignore")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    counts = split(args.gold, args.out_dir, "")
    if args.ignore:
        split(args.ignore, args.out_dir, "unattributed-")
    print(f"tune {counts['tune']} documents, aside {counts['aside']}")

if __name__ == "__main__":
    sys.exit(main())
