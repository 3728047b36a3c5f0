import Benchmark
import Foundation
import LedeKit
import LedeReader

/// Lede's performance suite: every figure of docs/performance.md that is measured inside one
/// process. The inputs come from `scripts/bench-inputs.py`, in the folder named by
/// `LEDE_BENCH_INPUTS`; a benchmark whose input is missing is skipped. `scripts/performance.py`
/// writes the inputs and runs this suite beside the figures measured on whole `lede` runs.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .custom(kilobytesPerSecond, polarity: .prefersLarger, useScalingFactor: false)],
        timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(20), maxIterations: 3)

    // Full analysis: throughput and growth on news text, and the hostile cases.
    for name in ["news-1MB.txt", "news-10MB.txt", "corpus.txt", "one-line.txt", "all-quotes.txt", "outliers.txt"] {
        measure("analyze \(name)", input: name) { bytes in
            blackHole(analyzer.analyze(bytes: bytes))
        }
    }
    measure("analyze 840 articles one by one", input: "corpus.jsonl") { _ in
        for article in corpusArticles { blackHole(analyzer.analyze(bytes: article)) }
    } size: { _ in corpusArticles.reduce(0) { $0 + $1.count } }

    // Plain output (`lede FILE | cat`): decoding and repair only.
    for name in ["news-10MB.txt", "news-100MB.txt", "one-line.txt"] {
        measure("repair \(name)", input: name, iterations: name.contains("100MB") ? 1 : 3) { bytes in
            blackHole(TextCleaner.clean(bytes).text)
        }
    }

    // The growth exponent of the full analysis from 1 to 10 MB: 1.0 is linear.
    Benchmark(
        "growth exponent ×100, analyze 1 → 10 MB",
        configuration: .init(metrics: [.custom("exponent ×100", useScalingFactor: false)], maxIterations: 1, skip: !exists("news-10MB.txt"))
    ) { benchmark in
        let small = input("news-1MB.txt"), large = input("news-10MB.txt")
        let smallTime = cpuSeconds { blackHole(analyzer.analyze(bytes: small)) }
        let largeTime = cpuSeconds { blackHole(analyzer.analyze(bytes: large)) }
        let exponent = log(largeTime / smallTime) / log(Double(large.count) / Double(small.count))
        benchmark.measurement(.custom("exponent ×100", useScalingFactor: false), Int((exponent * 100).rounded()))
    }

    // The reader's first frame: analysis, layout and the first render, as the reader does today.
    Benchmark("first frame, sample", configuration: .init(maxIterations: 20)) { benchmark in
        blackHole(firstFrame(SampleArticle.bytes))
    }
    measure("first frame news-1MB.txt", input: "news-1MB.txt") { bytes in
        blackHole(firstFrame(bytes))
    }

    // Literal search over a large text, beside `grep -c` on the same file in the same run (wall
    // clock: grep runs in a process of its own).
    for name in ["news-10MB.txt", "news-100MB.txt"] {
        Benchmark("search “Clinton” \(name) (first search)", configuration: .init(maxIterations: 1, skip: !exists(name))) { benchmark in
            let searchable = searchableText(name)
            let search = try! TextSearch("Clinton")
            benchmark.startMeasurement()
            blackHole(searchable.matches(of: search).count)
            benchmark.stopMeasurement()
        }
        Benchmark("search “Obama” \(name) (a later search)", configuration: .init(maxIterations: 1, skip: !exists(name))) { benchmark in
            let searchable = searchableText(name)
            blackHole(searchable.matches(of: try! TextSearch("Clinton")).count)
            let search = try! TextSearch("Obama")
            benchmark.startMeasurement()
            blackHole(searchable.matches(of: search).count)
            benchmark.stopMeasurement()
        }
        Benchmark("grep -c Clinton \(name)", configuration: .init(skip: !exists(name))) { benchmark in
            blackHole(grepCount("Clinton", name))
        }
    }
}

/// The name of the throughput metric.
let kilobytesPerSecond = "kB per CPU s"

/// The analyzer every benchmark uses, built once.
let analyzer = Analyzer()

/// The folder of the inputs.
let inputFolder = ProcessInfo.processInfo.environment["LEDE_BENCH_INPUTS"] ?? "/tmp/lede-bench"

/// Whether input `name` is there.
func exists(_ name: String) -> Bool {
    FileManager.default.fileExists(atPath: inputFolder + "/" + name)
}

/// The bytes of input `name`.
func input(_ name: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: inputFolder + "/" + name) ?? Data())
}

/// The texts of corpus.jsonl, as bytes.
let corpusArticles: [[UInt8]] = {
    guard let data = FileManager.default.contents(atPath: inputFolder + "/corpus.jsonl") else { return [] }
    return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
        let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        return (object?["text"] as? String).map { Array($0.utf8) }
    }
}()

/// Registers a benchmark of `work` on input `name` (at most `iterations` runs), reporting its
/// throughput per CPU second over `size` bytes (the input's size unless given); skipped when the
/// input is missing.
func measure(
    _ title: String, input name: String, iterations: Int = 3, _ work: @escaping @Sendable ([UInt8]) -> Void,
    size: @escaping @Sendable ([UInt8]) -> Int = { $0.count }
) {
    let present = exists(name)
    Benchmark(title, configuration: .init(maxIterations: iterations, skip: !present)) { benchmark in
        let bytes = input(name)
        benchmark.startMeasurement()
        let time = cpuSeconds { work(bytes) }
        benchmark.stopMeasurement()
        benchmark.measurement(.custom(kilobytesPerSecond, polarity: .prefersLarger, useScalingFactor: false),
                              Int((Double(size(bytes)) / 1e3 / time).rounded()))
    }
}

/// The CPU seconds `work` takes (the machine may be shared: wall time counts what else runs).
func cpuSeconds(_ work: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    work()
    return now() - start
}

/// The reader's first frame of an article given as bytes, at 120 × 35.
func firstFrame(_ bytes: [UInt8]) -> Frame {
    let reader = Reader(analysis: analyzer.analyze(bytes: bytes), fileName: "bench", width: 120, height: 35)
    return reader.render()
}

/// Input `name` repaired and prepared for search, as the reader holds it.
func searchableText(_ name: String) -> SearchableText {
    let text = TextCleaner.clean(input(name)).text
    return SearchableText(text: text, scalars: Array(text.unicodeScalars))
}

/// What `grep -c PATTERN` prints for input `name`.
func grepCount(_ pattern: String, _ name: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["grep", "-c", pattern, inputFolder + "/" + name]
    let pipe = Pipe()
    process.standardOutput = pipe
    try! process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
}
