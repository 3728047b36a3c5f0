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
    // What `lede analyze --format json` does in process: the analysis and its JSON.
    for name in ["news-10MB.txt", "corpus.txt"] {
        measure("analyze \(name) as JSON", input: name) { bytes in
            blackHole(AnalysisJSON.encode(AnalysisDocument(analyzer.analyze(bytes: bytes), file: name), pretty: true))
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

    // A 100 MB file in the reader: the first frame (the file read, its first chunk analysed and
    // laid out, drawn), then the rest analysed chunk by chunk as the reader takes it in the
    // background, the reader's peak memory, and key → frame times on the whole article.
    Benchmark("first frame news-100MB.txt (read, first chunk, draw)", configuration: .init(maxIterations: 5, skip: !exists("news-100MB.txt"))) { benchmark in
        let bytes = Array(FileManager.default.contents(atPath: inputFolder + "/news-100MB.txt") ?? Data())
        let reader = Reader(bytes: bytes, analyzer: analyzer, fileName: "bench", width: 120, height: 35)
        blackHole(reader.render())
    }
    // The same as `lede` opens a large file: mapped into memory, only the first chunk read.
    Benchmark("first frame news-100MB.txt (mapped, first chunk, draw)", configuration: .init(maxIterations: 5, skip: !exists("news-100MB.txt"))) { benchmark in
        let descriptor = open(inputFolder + "/news-100MB.txt", O_RDONLY)
        var status = stat()
        fstat(descriptor, &status)
        let file = MappedFile(descriptor: descriptor, count: Int(status.st_size))!
        close(descriptor)
        let reader = Reader(chunks: ArticleChunks(file), analyzer: analyzer, fileName: "bench", width: 120, height: 35)
        blackHole(reader.render())
    }
    for name in ["news-10MB.txt", "news-100MB.txt"] {
    Benchmark(
        "reader \(name): all analysed, then keys",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident] + keyMetrics.map { .custom($0, polarity: .prefersSmaller, useScalingFactor: false) },
            maxIterations: 1, skip: !exists(name))
    ) { benchmark in
        var reader = Reader(bytes: input(name), analyzer: analyzer, fileName: "bench", width: 120, height: 35)
        reader.run(reader.backgroundWork)
        let times = keyTimes(&reader)
        benchmark.stopMeasurement()
        for (metric, value) in zip(keyMetrics, times) {
            benchmark.measurement(.custom(metric, polarity: .prefersSmaller, useScalingFactor: false), value)
        }
    }
    }

    // A resize on a large article all analysed: the time from the resize (and from `P`) to its
    // frame, in the key loop, and until the whole article is laid out at the new width.
    for name in ["news-10MB.txt", "news-100MB.txt"] {
    Benchmark(
        "reader \(name): resize and P → frame",
        configuration: .init(
            metrics: [.wallClock] + resizeMetrics.map { .custom($0, polarity: .prefersSmaller, useScalingFactor: false) },
            maxIterations: 1, skip: !exists(name))
    ) { benchmark in
        var reader = Reader(bytes: input(name), analyzer: analyzer, fileName: "bench", width: 120, height: 35)
        reader.run(reader.backgroundWork)
        benchmark.startMeasurement()
        let times = resizeTimes(&reader)
        benchmark.stopMeasurement()
        for (metric, value) in zip(resizeMetrics, times) {
            benchmark.measurement(.custom(metric, polarity: .prefersSmaller, useScalingFactor: false), value)
        }
    }
    }

    // What the reader holds once a large article is all analysed, counted by its parts (the
    // arrays' capacities times their elements' sizes; strings inside quotes and mentions not
    // counted), beside the peak resident memory of the run.
    Benchmark(
        "reader news-10MB.txt: what it holds, kB",
        configuration: .init(
            metrics: [.peakMemoryResident] + holdingMetrics.map { .custom($0, useScalingFactor: false) },
            maxIterations: 1, skip: !exists("news-10MB.txt"))
    ) { benchmark in
        var reader = Reader(bytes: input("news-10MB.txt"), analyzer: analyzer, fileName: "bench", width: 120, height: 35)
        reader.run(reader.backgroundWork)
        let analysis = reader.analysis
        let parts = [
            analysis.article.scalars.capacity * MemoryLayout<Unicode.Scalar>.stride,
            analysis.article.text.utf8.count,
            reader.layout.lines.capacity * MemoryLayout<LayoutLine>.stride,
            analysis.quotes.capacity * MemoryLayout<Quote>.stride,
            (analysis.mentions.capacity + analysis.people.mentions.capacity) * MemoryLayout<Mention>.stride,
            analysis.article.paragraphs.capacity * MemoryLayout<Paragraph>.stride,
            analysis.repairs.capacity * MemoryLayout<TextRepair>.stride,
        ]
        for (metric, bytes) in zip(holdingMetrics, parts) {
            benchmark.measurement(.custom(metric, useScalingFactor: false), bytes / 1000)
        }
    }

    // What analysing a chunk at a time loses against the whole document: the quotes of
    // corpus.txt (the 840 articles in one file) found and attributed alike, in the reader's
    // chunks, and in chunks of 4 kB (a boundary inside most articles).
    for (label, first, later) in [("reader's chunks", ArticleChunks.firstSize, ArticleChunks.laterSize), ("4 kB chunks", 4_000, 4_000)] {
        Benchmark(
            "chunked vs whole corpus.txt, \(label)",
            configuration: .init(metrics: agreementMetrics.map { .custom($0, useScalingFactor: false) }, maxIterations: 1, skip: !exists("corpus.txt"))
        ) { benchmark in
            let bytes = input("corpus.txt")
            let whole = analyzer.analyze(bytes: bytes)
            let chunks = ArticleChunks(bytes, firstSize: first, laterSize: later)
            var joined = analyzer.analyze(bytes: chunks[0])
            for index in 1..<chunks.count { joined.append(analyzer.analyze(bytes: chunks[index], people: joined.people.actorByName, names: joined.names)) }
            for (metric, value) in zip(agreementMetrics, agreement(whole, joined, chunks: chunks.count)) {
                benchmark.measurement(.custom(metric, useScalingFactor: false), value)
            }
        }
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

    // The time to the first match of a regular expression and of a query beyond ASCII: the
    // whole text searched at once (as before round 8), and the reader's 4 MB pieces until one
    // holds a match (the reader shows it then, and counts the rest piece by piece).
    for name in ["news-10MB.txt", "news-100MB.txt"] {
        for query in ["\\v[Pp]resident \\w+", "\u{201C}The"] {
            Benchmark("first match \(query) \(name) (whole text)", configuration: .init(maxIterations: 1, skip: !exists(name))) { benchmark in
                let searchable = searchableText(name)
                let search = try! TextSearch(query)
                benchmark.startMeasurement()
                blackHole(searchable.matches(of: search).first)
                benchmark.stopMeasurement()
            }
            // From the top, and as a forward search from a screen 90 % down the text (round 8:
            // the pieces start at the screen's line; before, they started at the top).
            for (place, fraction) in [("pieces", 0.0), ("pieces from 90 %", 0.9)] {
                Benchmark("first match \(query) \(name) (\(place))", configuration: .init(maxIterations: 1, skip: !exists(name))) { benchmark in
                    let searchable = searchableText(name)
                    let search = try! TextSearch(query)
                    let start = position(at: fraction, in: searchable)
                    benchmark.startMeasurement()
                    blackHole(firstMatchInPieces(of: search, in: searchable, from: start))
                    benchmark.stopMeasurement()
                }
            }
        }
    }
}

/// The first match of `search` in `text`, searched in the reader's pieces from the start of
/// the line that holds `start` to the end.
func firstMatchInPieces(of search: TextSearch, in text: SearchableText, from start: TextPosition) -> Range<Int>? {
    var position = text.lineStart(of: start)
    while position.byte < text.text.utf8.count, let (matches, end) = text.matches(of: search, from: position, bytes: Reader.searchPieceSize) {
        if let first = matches.first { return first }
        position = end
    }
    return nil
}

/// The place `fraction` of the way through `text`'s bytes.
func position(at fraction: Double, in text: SearchableText) -> TextPosition {
    let utf8 = text.text.utf8
    let byte = Int(Double(utf8.count) * fraction)
    return TextPosition(byte: byte, scalar: utf8.prefix(byte).count { $0 & 0xC0 != 0x80 })
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
    return SearchableText(text: text)
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


/// The key → frame figures of ``keyTimes(_:)``, in microseconds.
let keyMetrics = [
    "key→frame p50 µs", "key→frame p99 µs", "key→frame max µs", "G µs", "g µs",
    "key→frame CPU p50 µs", "key→frame CPU p99 µs", "key→frame CPU max µs",
]

/// Times, in microseconds, from a key to its frame on `reader`, for 200 `j`, 100 Space,
/// 50 `b`, 100 `]` (next quote), then `G` and `g`: of wall clock, the median, the 99th
/// percentile and the most of all of them, and `G` and `g` alone; then of the thread's CPU
/// time (which other processes on a busy machine do not add to), the median, 99th
/// percentile and most.
func keyTimes(_ reader: inout Reader) -> [Int] {
    func threadMicroseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return time.tv_sec * 1_000_000 + time.tv_nsec / 1000
    }
    func time(_ character: Character) -> (wall: Int, cpu: Int) {
        let clock = ContinuousClock()
        let start = clock.now
        let cpu = threadMicroseconds()
        reader.handle(.key(.character(character)))
        blackHole(reader.render())
        let elapsed = clock.now - start
        return (Int(elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000), threadMicroseconds() - cpu)
    }
    var times: [(wall: Int, cpu: Int)] = []
    for (key, count) in [("j", 200), (" ", 100), ("b", 50), ("]", 100)] as [(Character, Int)] {
        for _ in 0..<count { times.append(time(key)) }
    }
    let bottom = time("G"), top = time("g")
    times += [bottom, top]
    let wall = times.map(\.wall).sorted(), cpu = times.map(\.cpu).sorted()
    return [wall[wall.count / 2], wall[wall.count * 99 / 100], wall.last!, bottom.wall, top.wall,
            cpu[cpu.count / 2], cpu[cpu.count * 99 / 100], cpu.last!]
}

/// The figures of ``agreement(_:_:chunks:)``.
let agreementMetrics = [
    "chunks", "quotes whole", "quotes chunked", "same quotes ‱", "same speaker ‱", "mentions whole", "mentions chunked",
    "same actor speakers ‱",
]

/// How far the chunked analysis `joined` (of `chunks` chunks) agrees with `whole`: the number
/// of chunks, of quotes in each, the share (in ‱) of the whole's quotes found with the same
/// text, and of those, the share given the same speaker (or none in both); the number of actor
/// mentions in each, and the share of the quotes found alike whose speaker has the same actor.
func agreement(_ whole: Analysis, _ joined: Analysis, chunks: Int) -> [Int] {
    func speaker(_ quote: Quote) -> [String] { [quote.attribution?.speakerName ?? "", quote.attribution?.actorID ?? ""] }
    let joinedSpeakers = Dictionary(joined.quotes.map { (joined.article[$0.range], speaker($0)) }, uniquingKeysWith: { first, _ in first })
    let found = whole.quotes.compactMap { quote in joinedSpeakers[whole.article[quote.range]].map { ($0, speaker(quote)) } }
    let same = found.count { $0.0[0] == $0.1[0] }
    let sameActor = found.count { $0.0[1] == $0.1[1] }
    return [chunks, whole.quotes.count, joined.quotes.count,
            whole.quotes.isEmpty ? 0 : found.count * 10_000 / whole.quotes.count, found.isEmpty ? 0 : same * 10_000 / found.count,
            whole.mentions.count, joined.mentions.count, found.isEmpty ? 0 : sameActor * 10_000 / found.count]
}

/// The figures of ``resizeTimes(_:)``, in milliseconds.
let resizeMetrics = ["resize→frame ms", "P→frame ms", "resize→all laid out ms"]

/// Times, in milliseconds of wall clock, from a resize to 100 × 35 to its frame (the key loop's
/// part: the work it asks for is not waited for), from `P` to its frame, and from a resize back
/// to 120 × 35 until every piece of work it asked for is done and drawn.
func resizeTimes(_ reader: inout Reader) -> [Int] {
    let clock = ContinuousClock()
    func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
    var start = clock.now
    var pending = reader.update(.resize(width: 100, height: 35))
    blackHole(reader.render())
    let resize = milliseconds(clock.now - start)
    reader.run(pending)
    start = clock.now
    pending = reader.update(.key(.character("P")))
    blackHole(reader.render())
    let pane = milliseconds(clock.now - start)
    reader.run(pending)
    start = clock.now
    reader.run(reader.update(.resize(width: 120, height: 35)))
    blackHole(reader.render())
    return [resize, pane, milliseconds(clock.now - start)]
}

/// The parts of ``Reader`` counted by the “what it holds” benchmark, in kB.
let holdingMetrics = ["scalars kB", "text kB", "layout lines kB", "quotes kB", "mentions kB", "paragraphs kB", "repairs kB"]
