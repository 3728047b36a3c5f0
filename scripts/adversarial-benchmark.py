#!/usr/bin/env python3
"""Time `lede analyze` (and `lede actors --suggest`) on hostile inputs at three sizes
and report how time grows.

  scripts/adversarial-benchmark.py LEDE [--scale N] [--repeat N] [--only TEXT]

LEDE is a built lede binary (use a release build: swift build -c release).
Each case is generated at a base size, then 4 and 16 times larger (times
--scale). For each size the best wall time of --repeat runs of
`lede analyze --format json FILE` is printed (or of the case's own command,
such as `lede actors --suggest FILE`), with the growth exponent between
sizes: 1.0 is linear, 2.0 quadratic. A run that takes more than --timeout
seconds is stopped and reported as such. --only runs the cases whose name
contains TEXT. Standard library only.
"""
import argparse, math, os, subprocess, sys, tempfile, time

def said_open(n):
    """An opening mark after a cue, never closed: every quotation runs on."""
    return "The man said \u201chello there " * n

def nested(n):
    """Double and single opening marks nested alternately, n deep."""
    return "\u201c \u2018 " * (n // 2) + "deep" + " \u2019 \u201d" * (n // 2)

def paragraphs(n):
    """n paragraphs of one attributed quotation each."""
    return "".join(f"\u201cIt will pass {i},\u201d the senator said.\n\n" for i in range(n))

def straight_quotes(n):
    """Straight quotation marks and apostrophes in one paragraph."""
    return "He said \"yes\" and 'no' to Moscow's 'plan' \" " * n

def one_line(n):
    """One long line with no spaces or paragraph breaks."""
    return "Assad\u201cRussia\u2019s" * n

def names(n):
    """A long paragraph of capitalised names and cues, no sentence end."""
    return "Anna Smith said John Kerry told Sergei Lavrov, who said " * n

def damaged(n):
    """Lone \u00e2 damage and mojibake in one paragraph."""
    return "The man said \u00e2hello\u00e2 and \u00e2\u20ac\u0153this\u00e2\u20ac\u009d, \u00c2\u00a0ok " * n

def name_lines(n):
    """n lines of a different capitalised word before a quotation: n names to suggest."""
    return "".join(f"NAME{i}: \u201cx\u201d\n" for i in range(n))

ANALYZE = ["analyze", "--format", "json"]
SUGGEST = ["actors", "--suggest"]

# Name, generator, base size, and the lede command run on the file (ANALYZE if left out).
CASES = [
    ("said + open quote", said_open, 2000),
    ("nested \u201c \u2018", nested, 10000),
    ("one-quote paragraphs", paragraphs, 10000),
    ("straight marks", straight_quotes, 2000),
    ("one line, no spaces", one_line, 20000),
    ("names and cues", names, 2000),
    ("damaged marks", damaged, 2000),
    ("NAME{i} lines, suggest", name_lines, 3000, SUGGEST),
]

def run(lede, command, path, timeout):
    start = time.perf_counter()
    try:
        subprocess.run([lede, *command, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--only", default="", metavar="TEXT", help="run only the cases whose name contains TEXT")
    args = parser.parse_args()
    print(f"{'case':24} {'size':>10} {'seconds':>9} {'MB/s':>7} {'growth':>7}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, make, base, *command in CASES:
            if args.only not in name:
                continue
            command = command[0] if command else ANALYZE
            previous = None
            for factor in (1, 4, 16):
                text = make(int(base * factor * args.scale)).encode("utf-8")
                path = os.path.join(folder, "case.txt")
                with open(path, "wb") as f:
                    f.write(text)
                times = [run(args.lede, command, path, args.timeout) for _ in range(args.repeat)]
                if None in times:
                    print(f"{name:24} {len(text):>10} {'>' + str(args.timeout):>9} {'':>7} {'':>7}")
                    worst = math.inf
                    break
                best = min(times)
                growth = ""
                if previous is not None:
                    exponent = math.log(best / previous[1]) / math.log(len(text) / previous[0])
                    growth = f"{exponent:.2f}"
                    worst = max(worst, exponent)
                print(f"{name:24} {len(text):>10} {best:>9.3f} {len(text) / 1e6 / best:>7.2f} {growth:>7}")
                previous = (len(text), best)
    print(f"largest growth exponent: {worst:.2f}")

if __name__ == "__main__":
    sys.exit(main())
