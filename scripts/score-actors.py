#!/usr/bin/env python3
"""Score Lede's actor mentions against a hand-made gold (scripts/actor-gold-*.jsonl).

  scripts/score-actors.py GOLD SET.jsonl --lede LEDE [--errors N]   # runs `LEDE analyze --format json`
  scripts/score-actors.py GOLD PRED_DIR [--errors N]                # reads PRED_DIR/ID.json

GOLD's first line holds the annotation convention; each other line is one document:
{"id", "mentions": [{"actor", "start", "end", "text"}], "optional": [...]}, offsets in Unicode
scalars (Python code points) into the set's `text`, half-open. SET is the document set the ids
come from (../shared/eval/quotes/polnear-train.jsonl); PRED_DIR holds one `lede analyze --format
json` object per document, named ID.json.

Strict: a predicted mention counts when its span and actor equal a gold mention's. Lenient: when
it overlaps a gold mention of the same actor (one-to-one). A prediction on an optional span of the
same actor counts neither way. When Lede repaired the text (mojibake, entities), a gold span is
moved to the nearest place where Lede's text reads the same words. Standard library only.
"""
import argparse, json, os, subprocess, sys, tempfile


def read_gold(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        entry = json.loads(line)
        if "id" in entry:
            docs.append(entry)
    return docs


def run_lede(lede, set_path, ids):
    texts = {}
    for line in open(set_path, encoding="utf-8"):
        doc = json.loads(line)
        if doc["id"] in ids:
            texts[doc["id"]] = doc["text"]
    missing = [i for i in ids if i not in texts]
    if missing:
        raise SystemExit(f"not in {set_path}: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for doc_id in ids:
            path = os.path.join(scratch, doc_id.replace("/", "_") + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(texts[doc_id])
            paths.append(path)
        run = subprocess.run([lede, "analyze", "--format", "json", *paths], capture_output=True, timeout=600)
    if run.returncode != 0:
        raise SystemExit(f"lede analyze exited {run.returncode}: {run.stderr.decode('utf-8', 'replace')[-2000:]}")
    results = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines() if line.strip()]
    if len(results) != len(ids):
        raise SystemExit(f"expected {len(ids)} JSON objects, got {len(results)}")
    return dict(zip(ids, results))


def read_dir(pred_dir, ids):
    return {doc_id: json.load(open(os.path.join(pred_dir, doc_id + ".json"), encoding="utf-8")) for doc_id in ids}


def relocate(span, scalars):
    """The gold span in Lede's text: as given, or the nearest place reading the same words."""
    start, end, words = span["start"], span["end"], span["text"]
    if "".join(scalars[start:end]) == words:
        return start, end
    for shift in range(1, 200):
        for candidate in (start - shift, start + shift):
            if 0 <= candidate and "".join(scalars[candidate:candidate + len(words)]) == words:
                return candidate, candidate + len(words)
    return start, end


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(gold_docs, results, errors):
    tally = {"gold": 0, "pred": 0, "strict": 0, "lenient": 0}
    listing = []
    for doc in gold_docs:
        result = results[doc["id"]]
        scalars = list(result["text"])
        gold = [(*relocate(m, scalars), m["actor"]) for m in doc["mentions"]]
        optional = [(*relocate(m, scalars), m["actor"]) for m in doc.get("optional", [])]
        predicted = [(m["start"], m["end"], m["actor"]) for m in result.get("mentions", [])]
        exact = set(gold)
        predicted = [p for p in predicted
                     if p in exact or not any(o[2] == p[2] and overlaps(o, p) for o in optional)]
        tally["gold"] += len(gold)
        tally["pred"] += len(predicted)
        tally["strict"] += len(exact & set(predicted))
        unmatched = list(gold)
        for p in predicted:
            hit = next((g for g in unmatched if g[2] == p[2] and overlaps(g, p)), None)
            if hit:
                unmatched.remove(hit)
                tally["lenient"] += 1
        text = result["text"]
        for g in gold:
            if g not in predicted:
                listing.append(f"miss  {doc['id']} {g[2]:6} {text[g[0]:g[1]]!r} @{g[0]}")
        for p in predicted:
            if p not in exact:
                listing.append(f"extra {doc['id']} {p[2]:6} {text[p[0]:p[1]]!r} @{p[0]}")

    def f1(hits, pred, gold):
        precision, recall = hits / max(pred, 1), hits / max(gold, 1)
        return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)

    strict = f1(tally["strict"], tally["pred"], tally["gold"])
    lenient = f1(tally["lenient"], tally["pred"], tally["gold"])
    print(f"documents {len(gold_docs)}, gold mentions {tally['gold']}, predicted {tally['pred']}")
    print("strict  (span + actor)    P {:.3f}  R {:.3f}  F1 {:.3f}".format(*strict))
    print("lenient (overlap + actor) P {:.3f}  R {:.3f}  F1 {:.3f}".format(*lenient))
    for line in listing[:errors]:
        print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("source", help="the document set (with --lede) or a directory of ID.json predictions")
    parser.add_argument("--lede", help="the lede executable, to run on the set's documents")
    parser.add_argument("--errors", type=int, default=0, help="list up to N misses and extra mentions")
    args = parser.parse_args()
    gold_docs = read_gold(args.gold)
    ids = [doc["id"] for doc in gold_docs]
    if os.path.isdir(args.source):
        results = read_dir(args.source, ids)
    elif args.lede:
        results = run_lede(args.lede, args.source, ids)
    else:
        sys.exit("a document set needs --lede LEDE")
    score(gold_docs, results, args.errors)


if __name__ == "__main__":
    main()
