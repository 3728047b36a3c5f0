#!/usr/bin/env python3
"""Score Lede's article extraction from web pages on a tuning part and a part kept aside.

  scripts/score-html.py LEDE HTML_DIR [--errors N] [--part tune|aside|both]

HTML_DIR is the benchmark folder (../shared/eval/html): its pages/, ground-truth.json and
score_html.py. A page is kept aside when the SHA-1 of its id, as a number, is divisible by 5
(about one in five), the same rule as scripts/split.py with its own modulus: the split depends on
the ids alone. Rules and word lists are tuned on the tune part only; the aside part measures how
they carry. Each part is scored by the benchmark's own scorer, on a temporary folder of links.
Standard library only.
"""
import argparse, hashlib, json, os, subprocess, sys, tempfile

def kept_aside(page_id):
    return int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % 5 == 0

def score(lede, html_dir, part, ids, truth, errors):
    with tempfile.TemporaryDirectory() as tmp:
        pages = os.path.join(tmp, "pages")
        os.mkdir(pages)
        for page_id in ids:
            for suffix in (".html.gz", ".html"):
                source = os.path.join(html_dir, "pages", page_id + suffix)
                if os.path.exists(source):
                    os.symlink(os.path.abspath(source), os.path.join(pages, page_id + suffix))
        gt = os.path.join(tmp, "ground-truth.json")
        json.dump({i: truth[i] for i in ids}, open(gt, "w", encoding="utf-8"))
        run = subprocess.run([sys.executable, os.path.join(html_dir, "score_html.py"), lede, pages, gt,
                              "--errors", str(errors)], capture_output=True, text=True, check=True)
        print(f"{part}: {run.stdout}", end="" if run.stdout.endswith("\n") else "\n")

def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("lede"); ap.add_argument("html_dir")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--part", choices=("tune", "aside", "both"), default="both")
    a = ap.parse_args()
    truth = json.load(open(os.path.join(a.html_dir, "ground-truth.json"), encoding="utf-8"))
    parts = {"tune": sorted(i for i in truth if not kept_aside(i)), "aside": sorted(i for i in truth if kept_aside(i))}
    for part in ("tune", "aside"):
        if a.part in (part, "both"):
            score(os.path.abspath(a.lede), a.html_dir, part, parts[part], truth, a.errors if part == "tune" else 0)

if __name__ == "__main__":
    main()
