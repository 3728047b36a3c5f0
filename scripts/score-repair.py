#!/usr/bin/env python3
"""Score the repair of lone "â" on damaged copies of the quotes set's parts and of the html bodies.

  scripts/score-repair.py LEDE EVAL_DIR [--set quotes|html|both] [--errors N] [--keep DIR]

EVAL_DIR is ../shared/eval. Each text set is damaged by the set's own tool
(EVAL_DIR/repair/damage.py --heldout: UTF-8 read as Latin-1, C1 controls dropped) and scored by
its own scorer (EVAL_DIR/quotes/run_lede.py repair: the share of lone "â" restored, strict and
with any dash for any dash):
  - quotes-tune and quotes-aside: polnear-train.jsonl split by scripts/split.py; rules are fitted
    on tune only, aside is measured and never read;
  - html: the annotated article bodies of EVAL_DIR/html/ground-truth.json (126 pages from as many
    outlets, several countries and languages), a second tuning set that is not the quotes aside
    part, so that a rule fitted there is one that carries to other outlets.
--errors N prints, for the tuning sets only (quotes-tune, html), how many marks went wrong by
(original, repaired) pair and the first N with their context in the damaged text, to find the
rules that fail. --keep DIR keeps the damaged copies there. Standard library only.
"""
import argparse, collections, importlib.util, json, os, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path, name):
    """The module at `path` (the scripts' names hold hyphens, so no plain import)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(eval_dir, name):
    """The `{"id", "text"}` documents of set `name`."""
    if name == "html":
        truth = json.load(open(os.path.join(eval_dir, "html", "ground-truth.json"), encoding="utf-8"))
        return [{"id": "html-" + key[:16], "text": value["articleBody"]} for key, value in sorted(truth.items())]
    split = load(os.path.join(HERE, "split.py"), "split")
    part = name.split("-")[1]
    lines = open(os.path.join(eval_dir, "quotes", "polnear-train.jsonl"), encoding="utf-8")
    docs = [json.loads(line) for line in lines if line.strip()]
    return [doc for doc in docs if ("aside" if split.kept_aside(doc["id"]) else "tune") == part]


def damage_set(eval_dir, docs, folder):
    """Writes the damaged and original copies of `docs` to `folder` with the set's damage.py."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        for doc in docs:
            handle.write(json.dumps({"id": doc["id"], "text": doc["text"]}, ensure_ascii=False) + "\n")
    try:
        subprocess.run([sys.executable, os.path.join(eval_dir, "repair", "damage.py"), "--heldout", handle.name,
                        folder], check=True, capture_output=True)
    finally:
        os.unlink(handle.name)


def score(lede, eval_dir, folder):
    """The figures of run_lede.py repair on `folder`, as a dictionary."""
    run = subprocess.run([sys.executable, os.path.join(eval_dir, "quotes", "run_lede.py"), "repair", lede, folder],
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def errors(lede, eval_dir, folder, limit):
    """Prints the marks repaired wrong in `folder`, aligned as run_lede.py aligns them."""
    runner = load(os.path.join(eval_dir, "quotes", "run_lede.py"), "run_lede")
    ids = sorted(name[:-len(".damaged.txt")] for name in os.listdir(folder) if name.endswith(".damaged.txt"))
    results = runner.analyze(lede, [os.path.join(folder, i + ".damaged.txt") for i in ids])
    pairs, shown = collections.Counter(), []
    for doc_id, result in zip(ids, results):
        text = open(os.path.join(folder, doc_id + ".orig.txt"), encoding="utf-8").read()
        at = [k for k, ch in enumerate(text) if not ch.isspace()]  # where each compared character is
        original = "".join(text.split())
        got = "".join(unicodedata.normalize("NFC", result.get("text", "")).split())
        lone = [k for k, ch in enumerate(original) if runner.damage(ch) == "â"]
        if len(got) != len(original):
            pairs["(length differs)", ""] += len(lone)
            continue
        for k in lone:
            if got[k] != original[k] and not (got[k] in runner.DASHES and original[k] in runner.DASHES):
                pairs[original[k], got[k]] += 1
                left, right = text[max(0, at[k] - 50):at[k]], text[at[k] + 1:at[k] + 40]
                shown.append((doc_id, repr(left)[1:-1], original[k], got[k], repr(right)[1:-1]))
    print("  wrong: " + ", ".join(f"{a}→{b} {n}" for (a, b), n in pairs.most_common()))
    for doc_id, left, want, got, right in shown[:limit]:
        print(f"  {doc_id[:24]:24} …{left}[{want}→{got}]{right}…")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("eval_dir")
    parser.add_argument("--set", choices=("quotes", "html", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--keep")
    args = parser.parse_args()
    lede = os.path.abspath(args.lede)
    names = {"quotes": ["quotes-tune", "quotes-aside"], "html": ["html"],
             "both": ["quotes-tune", "quotes-aside", "html"]}[args.set]
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            folder = os.path.join(args.keep or scratch, name)
            damage_set(args.eval_dir, documents(args.eval_dir, name), folder)
            figures = score(lede, args.eval_dir, folder)
            print(f"{name:13} {figures['docs']:4} documents, {figures['lone_a']:6,} marks: "
                  f"strict {figures['strict']:.4f}, dashes lenient {figures['dash_lenient']:.4f}, "
                  f"{figures['docs_exact']} documents exact")
            if args.errors and name != "quotes-aside":
                errors(lede, args.eval_dir, folder, args.errors)


if __name__ == "__main__":
    main()
