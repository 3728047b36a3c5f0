#!/usr/bin/env python3
"""Measure how the time to read a web page grows with its size: pages of several shapes,
generated at 1, 10 and 50 MB, each read with `lede analyze --input html`.

  scripts/web-scaling.py LEDE [--sizes 1,10,50] [--only SHAPE] [--repeat N]

LEDE is a built lede binary (a release build). For each page the script prints the CPU time
(user + system, which a loaded machine disturbs less than wall time) of reading the page, the
CPU time of analysing the text extracted from it as plain text, and their difference: the
time spent parsing the HTML and finding the article. The growth exponent between two sizes is
log(t2 / t1) / log(s2 / s1): 1.0 is linear, 2.0 quadratic. Every page is written by this
script; none comes from anywhere else. Standard library only.
"""
import argparse, json, math, os, resource, subprocess, sys, tempfile

HEAD = ('<!doctype html><html><head><meta charset="utf-8"><title>Harbour works go on | Bay Times</title>'
        '<meta name="author" content="Ines Varga"><meta property="article:published_time" content="2026-04-01">'
        '</head><body>')
TAIL = "</body></html>"
PROSE = ("<p>The harbour wall, which the council rebuilt after the storm, held through the night, and the "
         "engineers said it would be inspected again in the spring, with the fishermen present.</p>")
QUOTE = "<p>\u201cWe will keep the quay open,\u201d said Tomas Reyes, who runs the harbour office.</p>"
ARTICLE = '<article class="story"><h1>Harbour works go on</h1>' + PROSE * 6 + QUOTE + "</article>"


def fill(unit, size, prefix=HEAD + ARTICLE, suffix=TAIL):
    """A page of `size` bytes at least: `prefix`, `unit` repeated, `suffix`."""
    count = max(1, (size - len(prefix.encode()) - len(suffix.encode())) // len(unit.encode()) + 1)
    return prefix + unit * count + suffix


def prose(size):
    """An article that grows: paragraphs of prose and quotes (the analysis grows with it)."""
    return fill(PROSE * 4 + QUOTE, size, HEAD + '<article class="story"><h1>Harbour works go on</h1>', "</article>" + TAIL)


def furniture(size):
    """A short article among ever more navigation, related links, ads and comments."""
    unit = ('<nav class="menu"><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></nav>'
            '<div class="related"><h3>More stories</h3><ul><li><a href="/c">Ferry back on the lake</a></li></ul></div>'
            '<div class="ad-slot"><p>Advertisement</p></div>'
            '<section id="comments"><p>I have said this for years, and nobody listened to a word of it.</p></section>')
    return fill(unit, size)


def divs(size):
    """Many sibling divs, each with a short line of text and a link."""
    return fill('<div class="item"><span>Harbour note</span> <a href="/n">the quay at noon</a></div>', size)


def nested(size):
    """Blocks of divs 400 deep, one after another, a sentence at the bottom of each."""
    depth = 400
    unit = "<div>" * depth + "<p>At the bottom there is one short sentence.</p>" + "</div>" * depth
    return fill(unit, size)


def unclosed(size):
    """Inline tags and paragraphs that are never closed, and stray end tags."""
    return fill("<p><b><i>the quay <span>at noon</i> and </span> the wall</u></em>", size)


def stray(size):
    """Stray end tags 500 elements deep, the deepest a page may nest (each searches every open one)."""
    return fill("</span>", size, HEAD + ARTICLE + "<div>" * 500, "</div>" * 500 + TAIL)


def twins(size):
    """Many blocks all named alike, each scoring a little."""
    return fill('<div class="body-chunk"><p>The wall held, the engineers said, and the quay stays open.</p></div>', size)


def scripts(size):
    """Scripts, styles and JSON-LD: markup that is never text."""
    unit = ('<script>var s = "don\'t \\"quote\\" me"; document.write("<p>x</p>");</script>'
            '<style>p { color: grey; }</style><script type="application/ld+json">{"@type": "NewsArticle"}</script>')
    return fill(unit, size)


def table(size):
    """A layout table of ever more cells."""
    return fill("<table><tr><td>Quay</td><td>open</td><td>12:00</td></tr></table>", size)


SHAPES = [prose, furniture, divs, nested, unclosed, stray, twins, scripts, table]


def cpu_seconds(command, stdout):
    """The CPU time (user + system) of running `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=stdout, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(lede, folder, name, page, repeat):
    """(page seconds, text seconds) for `page`, the best of `repeat` runs each."""
    path = os.path.join(folder, name + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    command = [lede, "analyze", "--input", "html", "--format", "json", "--max-size", "256M", path]
    with open(os.path.join(folder, "out.json"), "w+", encoding="utf-8") as out:
        page_time = min(cpu_seconds(command, out) for _ in range(repeat))
        out.seek(0)
        text = json.load(out)["text"]
    text_path = os.path.join(folder, name + ".txt")
    with open(text_path, "w", encoding="utf-8") as f:
        f.write(text)
    text_command = [lede, "analyze", "--input", "text", "--format", "json", "--max-size", "256M", text_path]
    text_time = min(cpu_seconds(text_command, subprocess.DEVNULL) for _ in range(repeat))
    os.remove(path)
    os.remove(text_path)
    return page_time, text_time, len(text.encode())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("--sizes", default="1,10,50", help="page sizes in MB, comma-separated")
    parser.add_argument("--only", help="run only the shapes whose name contains this")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'shape':<10} {'page MB':>8} {'text MB':>8} {'page s':>8} {'text s':>8} {'extract s':>9} {'MB/s':>7} {'growth':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for shape in SHAPES:
            if args.only and args.only not in shape.__name__:
                continue
            previous = None
            for size in sizes:
                page = shape(int(size * 1_000_000))
                megabytes = len(page.encode()) / 1e6
                page_time, text_time, text_bytes = measure(args.lede, folder, shape.__name__, page, args.repeat)
                extract = max(page_time - text_time, 1e-3)
                growth = ""
                if previous:
                    growth = f"{math.log(extract / previous[1]) / math.log(megabytes / previous[0]):.2f}"
                print(f"{shape.__name__:<10} {megabytes:8.1f} {text_bytes / 1e6:8.2f} {page_time:8.2f} {text_time:8.2f} "
                      f"{extract:9.2f} {megabytes / extract:7.1f} {growth:>7}", flush=True)
                previous = (megabytes, extract)


if __name__ == "__main__":
    sys.exit(main())
