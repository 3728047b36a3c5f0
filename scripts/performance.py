#!/usr/bin/env python3
"""Lede's performance suite: every figure of docs/performance.md in one run.

  scripts/performance.py LEDE GOLD.jsonl [--inputs DIR] [--large] [--no-benchmarks]

LEDE is a release build of lede (swift build -c release); GOLD.jsonl a file of
{"id", "text"} lines such as ../shared/eval/quotes/polnear-train.jsonl, from which
scripts/bench-inputs.py writes the inputs into DIR (default /tmp/lede-bench).

Part 1 runs whole `lede` processes, each timed with its own resource usage
(wall time, CPU time, peak resident memory): the full analysis at 1 and 10 MB
(and 100 MB with --large) and its growth exponent, the hostile inputs, the 840
articles with one job and with every core, --jsonl, plain output, and
`grep -c` beside Lede's literal search, and the reader's first frame on 10 and 100 MB
files (on a pseudo-terminal, until the status line is drawn). Throughput is given per CPU second, as
the machine is shared: wall time counts whatever else runs.

Part 2 runs the in-process benchmarks of Benchmarks/ (package-benchmark:
`swift package benchmark` there), unless --no-benchmarks. Standard library only.
"""
import argparse, fcntl, glob, math, os, pty, select, struct, subprocess, sys, tempfile, termios, time

MB = 1_000_000

def run(command, stdin=None, timeout=None):
    """Runs `command` with its output written to a scratch file (GNU grep stops at the first
    match when its output is /dev/null); returns (wall s, CPU s, peak MB, exit status)."""
    start = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source, tempfile.TemporaryFile() as sink:
        process = subprocess.Popen(command, stdin=source, stdout=sink, stderr=subprocess.DEVNULL)
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                return None
            time.sleep(0.01)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)

def open_reader(command, rows, columns):
    """Starts the reader (`command`) on a pseudo-terminal of `columns` x `rows`; returns its
    process id and the terminal's descriptor."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.execve(command[0], command, dict(os.environ, TERM="xterm-256color", XDG_STATE_HOME="/dev/null/none"))
    return pid, fd

def quit_reader(pid, fd):
    """Quits the reader (q), reads what it still draws, and returns its resource usage."""
    os.write(fd, b"q")
    while True:
        try:
            if not os.read(fd, 1 << 16):
                break
        except OSError:
            break
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return usage

def reader_first_frame(command, marker=b"lines 1", rows=35, columns=120, timeout=60):
    """Opens the reader (`command`) on a pseudo-terminal of `columns` x `rows`; returns the wall
    seconds until its status line (`marker`) is drawn, and the process's peak memory in MB when
    it quits at once after (q): the reader's first frame, as a person sees it."""
    start = time.perf_counter()
    pid, fd = open_reader(command, rows, columns)
    seen, first = b"", None
    while first is None and time.perf_counter() - start < timeout:
        if select.select([fd], [], [], 0.5)[0]:
            try:
                seen = seen[-100:] + os.read(fd, 1 << 16)
            except OSError:
                break
            if marker in seen:
                first = time.perf_counter() - start
    usage = quit_reader(pid, fd)
    return first, usage.ru_maxrss / 1024

def reader_all_analysed(command, rows=35, columns=120, timeout=900, quiet=3.0):
    """Opens the reader (`command`) on a pseudo-terminal and waits until it has analysed the
    whole file (its CPU time stops growing for `quiet` seconds); returns the wall and CPU
    seconds until then and its peak and current resident memory in MB (`/proc`), then quits."""
    start = time.perf_counter()
    pid, fd = open_reader(command, rows, columns)
    def cpu():
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    last, still, result = cpu(), time.perf_counter(), None
    while time.perf_counter() - start < timeout:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                os.read(fd, 1 << 16)
            except OSError:
                break
        now = cpu()
        if now - last > 0.02:
            last, still = now, time.perf_counter()
        elif time.perf_counter() - still > quiet:
            with open(f"/proc/{pid}/status") as status:
                memory = dict(line.split(":", 1) for line in status)
            megabytes = lambda key: int(memory[key].split()[0]) / 1024
            result = still - start, now, megabytes("VmHWM"), megabytes("VmRSS")
            break
    quit_reader(pid, fd)
    return result

def best(command, repeat, **options):
    """The run with the least CPU time of `repeat` runs, or None when one ran out of time."""
    runs = [run(command, **options) for _ in range(repeat)]
    return None if None in runs else min(runs, key=lambda r: r[1])

def row(name, size, result):
    if result is None:
        print(f"{name:<34} {size / MB:>8.1f}  did not finish in time")
        return
    wall, cpu, peak, status = result
    flag = "" if status == 0 else f"  (exit {status})"
    print(f"{name:<34} {size / MB:>8.1f} {wall:>8.2f} {cpu:>8.2f} {size / MB / cpu if cpu else 0:>9.2f} {peak:>9.0f} {peak * 1024 * 1024 / size if size else 0:>7.1f}{flag}")

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("gold")
    parser.add_argument("--inputs", default="/tmp/lede-bench")
    parser.add_argument("--large", action="store_true", help="also analyse the 100 MB file (minutes)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--no-benchmarks", action="store_true", help="skip the in-process benchmarks of Benchmarks/")
    parser.add_argument("--scratch-path", default=".build-benchmarks", help="the build folder of Benchmarks/")
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    lede = os.path.abspath(args.lede)
    subprocess.run([sys.executable, os.path.join(here, "bench-inputs.py"), args.gold, args.inputs], check=True)
    path = lambda name: os.path.join(args.inputs, name)
    size = lambda name: os.path.getsize(path(name))
    cores = os.cpu_count()
    print(f"\nmachine: {cores} cores; {os.uname().machine}; load average {os.getloadavg()[0]:.1f} at the start")
    print(f"\n{'run':<34} {'MB':>8} {'wall s':>8} {'CPU s':>8} {'MB/CPU s':>9} {'peak MB':>9} {'×file':>7}")

    # Past the default limit (16 MiB): the large inputs are read whole.
    analyze = [lede, "analyze", "--format", "json", "--jobs", "1", "--max-size", "1G"]
    timings = {}
    sizes = ["news-1MB.txt", "news-10MB.txt"] + (["news-100MB.txt"] if args.large else [])
    for name in sizes:
        timings[name] = best(analyze + [path(name)], 1 if "100" in name else args.repeat, timeout=args.timeout)
        row(f"analyze {name}", size(name), timings[name])
    for small, large in zip(sizes, sizes[1:]):
        if timings[small] and timings[large]:
            exponent = math.log(timings[large][1] / timings[small][1]) / math.log(size(large) / size(small))
            print(f"{'  growth exponent (CPU) ' + small[5:-4] + ' → ' + large[5:-4]:<34} {exponent:>8.2f}")
    for name in ["corpus.txt", "one-line.txt", "all-quotes.txt", "outliers.txt"]:
        row(f"analyze {name}", size(name), best(analyze + [path(name)], args.repeat, timeout=args.timeout))
    # The other listings of one large file, streamed as the JSON is.
    for command in (["analyze", "--format", "text"], ["quotes", "--format", "text"], ["quotes", "--format", "json"]):
        run = [lede] + command + ["--max-size", "1G", path("news-10MB.txt")]
        row(f"{command[0]} --format {command[2]} news-10MB.txt", size("news-10MB.txt"), best(run, args.repeat, timeout=args.timeout))

    articles = sorted(glob.glob(path("corpus/*.txt")))
    total = sum(os.path.getsize(a) for a in articles)
    one = best(analyze + articles, args.repeat)
    every = best([lede, "analyze", "--format", "json", "--jobs", str(cores)] + articles, args.repeat)
    row(f"analyze {len(articles)} files, 1 job", total, one)
    row(f"analyze {len(articles)} files, {cores} jobs", total, every)
    print(f"{'  speed-up (wall)':<34} {one[0] / every[0]:>8.2f}")
    row(f"analyze --jsonl, {cores} jobs", size("corpus.jsonl"), best([lede, "analyze", "--jsonl", "--format", "json"], args.repeat, stdin=path("corpus.jsonl")))

    for name in ["news-10MB.txt", "news-100MB.txt", "one-line.txt"]:
        row(f"plain output {name}", size(name), best([lede, "--max-size", "1G", path(name)], args.repeat))
    for name in ["news-10MB.txt", "news-100MB.txt"]:
        runs = [reader_first_frame([lede, "--max-size", "1G", path(name)]) for _ in range(max(3, args.repeat))]
        times = sorted(t for t, _ in runs if t is not None)
        shown = f"{times[0] * 1000:.0f}-{times[-1] * 1000:.0f} ms" if times else "never drawn"
        print(f"{'reader first frame ' + name:<34} {size(name) / MB:>8.1f}  {shown} wall over {len(runs)} runs; "
              f"peak memory quitting at once {max(p for _, p in runs):.0f} MB", flush=True)
    for name in ["news-10MB.txt"] + (["news-100MB.txt"] if args.large else []):
        done = reader_all_analysed([lede, "--max-size", "1G", path(name)], timeout=args.timeout * 3)
        if done is None:
            print(f"{'reader all analysed ' + name:<34} {size(name) / MB:>8.1f}  did not finish in time")
            continue
        wall, cpu, peak, resident = done
        print(f"{'reader all analysed ' + name:<34} {size(name) / MB:>8.1f} {wall:>8.2f} {cpu:>8.2f} {size(name) / MB / cpu:>9.2f} "
              f"{peak:>9.0f} {peak * 1024 * 1024 / size(name):>7.1f}  (resident after: {resident:.0f} MB)", flush=True)
    grep = best(["grep", "-c", "Clinton", path("news-100MB.txt")], args.repeat)
    row("grep -c Clinton news-100MB.txt", size("news-100MB.txt"), grep)

    if not args.no_benchmarks:
        print("\nIn-process benchmarks (Benchmarks/, package-benchmark):", flush=True)
        environment = dict(os.environ, LEDE_BENCH_INPUTS=os.path.abspath(args.inputs))
        subprocess.run(["swift", "package", "--package-path", os.path.join(here, "..", "Benchmarks"),
                        "--scratch-path", os.path.abspath(args.scratch_path),
                        "benchmark", "--no-progress"], env=environment, check=True)

if __name__ == "__main__":
    sys.exit(main())
