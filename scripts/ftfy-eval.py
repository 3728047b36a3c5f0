#!/usr/bin/env python3
"""Measures Lede's mojibake repair on ftfy's own test cases.

Usage: python3 scripts/ftfy-eval.py LEDE_BINARY FTFY_CASES_DIR [--verbose]

LEDE_BINARY is a built `lede` (e.g. .build/release/lede); FTFY_CASES_DIR holds ftfy's test-case
files (in-the-wild.json, synthetic.json, language-names.json, negative.json), each a JSON array
of {label, comment?, original, fixed, fixed-encoding?, expect}. Each case's `original` is written
to a file as UTF-8 and read back with `lede analyze --format json`; its "text" is the repair.

A "pass" case counts as fixed when Lede's text equals `fixed-encoding` (ftfy's encoding repair
alone) or `fixed` (ftfy's whole fix_text, which also decodes HTML references but straightens
curly quotes, which Lede keeps). A negative case is wrongly changed when the text differs from
both; each one is listed. Only measures: it changes nothing.
"""

import json
import os
import subprocess
import sys
import tempfile

FILES = ["in-the-wild.json", "synthetic.json", "language-names.json", "negative.json"]
BATCH = 50


def analyze(binary, texts):
    """Lede's repaired text for each of `texts`, run in batches."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, text in enumerate(texts):
            path = os.path.join(folder, "case-%04d.txt" % number)
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            paths.append(path)
        for start in range(0, len(paths), BATCH):
            batch = paths[start:start + BATCH]
            run = subprocess.run([binary, "analyze", "--format", "json", *batch],
                                 capture_output=True, check=True)
            output = run.stdout.decode("utf-8")
            documents = [json.loads(output)] if len(batch) == 1 else [
                json.loads(line) for line in output.split("\n") if line.strip()]
            if len(documents) != len(batch):
                sys.exit("expected %d documents from lede, got %d" % (len(batch), len(documents)))
            results.extend(document["text"] for document in documents)
    return results


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--verbose"]
    verbose = "--verbose" in sys.argv[1:]
    if len(arguments) != 2:
        sys.exit(__doc__)
    binary, folder = arguments
    total_fixed = total_cases = 0
    changed_negatives = []
    for name in FILES:
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            cases = [case for case in json.load(handle) if case["expect"] == "pass"]
        texts = analyze(binary, [case["original"] for case in cases])
        fixed = 0
        for case, text in zip(cases, texts):
            targets = {case["fixed"], case.get("fixed-encoding", case["fixed"])}
            if text in targets:
                fixed += 1
            elif name == "negative.json":
                changed_negatives.append((case, text))
            elif verbose:
                print("  not fixed: %s\n    original: %s\n    lede:     %s\n    expected: %s" % (
                    case["label"], ascii(case["original"]), ascii(text),
                    ascii(case.get("fixed-encoding", case["fixed"]))))
        if name == "negative.json":
            print("%-20s %3d of %3d negatives left as expected, %d changed" % (
                name, fixed, len(cases), len(cases) - fixed))
        else:
            total_fixed += fixed
            total_cases += len(cases)
            print("%-20s %3d of %3d fixed (%.1f%%)" % (name, fixed, len(cases), 100.0 * fixed / len(cases)))
    print("%-20s %3d of %3d fixed (%.1f%%)" % ("all pass cases", total_fixed, total_cases,
                                                100.0 * total_fixed / total_cases))
    for case, text in changed_negatives:
        print("  changed negative: %s\n    original: %s\n    lede:     %s" % (
            case["label"], ascii(case["original"]), ascii(text)))


if __name__ == "__main__":
    main()
