#!/usr/bin/env python3
"""Measure how fast `lede analyze` reads articles: throughput and peak memory.

  scripts/benchmark.py LEDE GOLD.jsonl [--repeat N]

LEDE is a built lede binary (use a release build: swift build -c release).
GOLD.jsonl is a file of {"id", "text", ...} lines, such as
../shared/eval/quotes/polnear-train.jsonl. Every text is written to a temporary
file, then analysed with `lede analyze --format json` in batches of 200 files;
the figures are for the analysis including process start-up and JSON output.
Standard library only.
"""
import argparse, json, os, resource, subprocess, sys, tempfile, time

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("gold")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in open(args.gold, encoding="utf-8")]
    total_bytes = sum(len(t.encode("utf-8")) for t in texts)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(texts):
            path = os.path.join(folder, f"{index}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for i in range(0, len(paths), 200):
                subprocess.run([args.lede, "analyze", "--format", "json", *paths[i:i + 200]],
                               check=True, stdout=subprocess.DEVNULL)
            timings.append(time.perf_counter() - start)
    best = min(timings)
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"articles       {len(texts)}")
    print(f"text           {total_bytes / 1e6:.2f} MB")
    print(f"best of {args.repeat}      {best:.2f} s  ({', '.join(f'{t:.2f}' for t in timings)})")
    print(f"throughput     {total_bytes / 1e6 / best:.2f} MB/s")
    print(f"per article    {best / len(texts) * 1000:.2f} ms")
    print(f"peak memory    {peak_mib:.1f} MiB (largest lede process)")

if __name__ == "__main__":
    sys.exit(main())
