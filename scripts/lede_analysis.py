"""Run `lede analyze --format json` over annotated documents (standard library only)."""
import json
import os
import subprocess
import tempfile


def analyze(lede, docs, *flags):
    """Lede's JSON analysis of each document (a dict with "text"), in order; `flags` are
    passed to `lede analyze` (`--explain`, `--rules-only`)."""
    out = []
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for n, doc in enumerate(docs):
            path = os.path.join(directory, f"{n}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc["text"])
            paths.append(path)
        for i in range(0, len(paths), 200):
            run = subprocess.run([lede, "analyze", "--format", "json", *flags, *paths[i:i + 200]],
                                 capture_output=True, check=True)
            out += [json.loads(line) for line in run.stdout.decode("utf-8").splitlines() if line.strip()]
    return out
