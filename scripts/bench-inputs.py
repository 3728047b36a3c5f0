#!/usr/bin/env python3
"""Write the inputs of Lede's performance suite (docs/performance.md) into a folder.

  scripts/bench-inputs.py GOLD.jsonl OUT_DIR [--sizes 1,10,100]

GOLD.jsonl is a file of {"id", "text", ...} lines, such as
../shared/eval/quotes/polnear-train.jsonl. Nothing of it enters the project: the
files are written to OUT_DIR only. Written there:

  corpus/NNN.txt      every text as a file of its own
  corpus.jsonl        every text as a JSON line {"id", "text"} (for `lede analyze --jsonl`)
  corpus.txt          every text, one after another, separated by a blank line
  news-NMB.txt        corpus.txt repeated and cut at a paragraph break to N MB, for each size
  one-line.txt        1 MB of news text on one line with no spaces or breaks
  all-quotes.txt      1 MB of news paragraphs, each one opened and closed as a quotation
  outliers.txt        `MONDAY’s “OUTLIERS” ` 20,000 times (the hardening issue's case)

Files that exist with the right size are kept, so a second run costs nothing.
Standard library only.
"""
import argparse, json, os, sys

MB = 1_000_000

def write(path, text):
    data = text.encode("utf-8")
    if os.path.exists(path) and os.path.getsize(path) == len(data):
        return
    with open(path, "wb") as f:
        f.write(data)

def sized(text, size):
    """`text` repeated to at least `size` bytes, cut at the paragraph break nearest past it."""
    data = text.encode("utf-8")
    repeated = data * (size // len(data) + 1)
    cut = repeated.find(b"\n\n", size)
    return (repeated[:cut] if cut > 0 else repeated[:size]).decode("utf-8", "ignore") + "\n"

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("out")
    parser.add_argument("--sizes", default="1,10,100", help="sizes in MB of the news-NMB.txt files")
    args = parser.parse_args()
    records = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    os.makedirs(os.path.join(args.out, "corpus"), exist_ok=True)
    for index, record in enumerate(records):
        write(os.path.join(args.out, "corpus", f"{index:03}.txt"), record["text"])
    write(os.path.join(args.out, "corpus.jsonl"),
          "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in records))
    corpus = "\n\n".join(r["text"].strip() for r in records) + "\n"
    write(os.path.join(args.out, "corpus.txt"), corpus)
    for size in (int(s) for s in args.sizes.split(",")):
        write(os.path.join(args.out, f"news-{size}MB.txt"), sized(corpus, size * MB))
    squeezed = "".join(corpus.split())
    write(os.path.join(args.out, "one-line.txt"), sized(squeezed, MB).strip())
    paragraphs = [p.strip().replace("\u201c", "\u2018").replace("\u201d", "\u2019")
                  for p in corpus.split("\n\n") if p.strip()]
    write(os.path.join(args.out, "all-quotes.txt"),
          sized("\n\n".join(f"\u201c{p}\u201d" for p in paragraphs), MB))
    write(os.path.join(args.out, "outliers.txt"), "MONDAY\u2019s \u201cOUTLIERS\u201d " * 20000)
    print(f"{len(records)} texts, {len(corpus.encode('utf-8')) / MB:.2f} MB, written to {args.out}")

if __name__ == "__main__":
    sys.exit(main())
