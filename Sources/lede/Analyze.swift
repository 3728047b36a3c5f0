import ArgumentParser
import Foundation
import LedeKit

/// `lede analyze FILE…`: print the analysis of articles.
struct Analyze: ParsableCommand, Sendable {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis of articles: repaired text, paragraphs, actor mentions, quotes and speakers.",
        discussion: """
            With --format json, one JSON object per file (pretty-printed for a single file, one per line for several). \
            Offsets count Unicode scalars into "text", half-open. See README.md for the contract.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Articles to analyse: files, http:// or https:// URLs, or '-' for standard input.", valueName: "FILE"))
    var files: [String] = []

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Flag(help: "Show which sieve found each quote's speaker, which one named them, and every sieve that would have found one.")
    var explain = false

    @Flag(help: "Read JSON lines {\"id\", \"text\"} on standard input instead of files; write each line's analysis, named by its \"id\", in their order (with --format json, one object a line).")
    var jsonl = false

    @Option(name: .long, help: ArgumentHelp("How many articles to analyse at once (default: every core); the output keeps their order.", valueName: "N"))
    var jobs: Int?

    /// The articles analysed at once: `--jobs`, or one for each core.
    private var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(name: .customLong("rules-only"), help: ArgumentHelp("Find speakers by the rule sieves alone, without the ranker (for training it).", visibility: .hidden))
    var rulesOnly = false

    @OptionGroup var article: ArticleOptions

    func validate() throws {
        if jsonl, !files.isEmpty { throw ValidationError("--jsonl reads standard input: give no FILE with it") }
        if !jsonl, files.isEmpty { throw ValidationError("Missing expected argument '<FILE> ...'") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        do {
            let analyzer = Analyzer(lexicon: try article.lexicon.lexicon(), ranking: !rulesOnly)
            if jsonl {
                try analyzeLines(by: analyzer)
                return
            }
            if let path = files.first, files.count == 1, let input = ArticleInput.inputs(for: files).first,
                let chunks = article.listingChunks(input)
            {
                return try stream(chunks, by: analyzer, file: path, subject: input.subject)
            }
            let work = OrderedWork(jobs: jobCount) { (path: String, input: ArticleInput) in
                Result { () throws(CommandFailure) in
                    let content = try article.read(input)
                    return try output(of: article.inputFormat.analysis(of: content, from: input, by: analyzer, explaining: explain), file: path)
                }
            }
            try work.run(zip(files, ArticleInput.inputs(for: files))) { result in
                switch format {
                case .json: StandardOutput.writeFaithfully(try result.get())
                case .text: StandardOutput.writeLine(try result.get())
                }
            }
        } catch {
            throw CommandFailure.report(error)
        }
    }

    /// The analysis of the large text file `file` (`subject` in messages), cut into `chunks`:
    /// each chunk analysed knowing what the ones before it built, and written as it comes
    /// (``AnalysisJSONStream``, ``AnalysisSummary/stream(_:file:explaining:to:)``), so that
    /// memory holds about one chunk's analysis, not the whole file's.
    private func stream(_ chunks: ArticleChunks, by analyzer: Analyzer, file: String, subject: String) throws {
        let pieces = ChunkedAnalyses(chunks, analyzer: analyzer, explaining: explain)
        do {
            switch format {
            case .json:
                try AnalysisJSONStream.write(pieces, file: file, explaining: explain, pretty: true, to: StandardOutput.writeFaithfully(bytes:))
                StandardOutput.writeFaithfully("\n")
            case .text:
                try AnalysisSummary.stream(pieces, file: file, explaining: explain, to: StandardOutput.writeFaithfully(bytes:))
            }
        } catch {
            throw CommandFailure("cannot keep the analysis of \(subject) in a temporary file: \(error)")
        }
    }

    /// What is printed for `analysis` of `file`: its JSON, or its summary (unescaped yet).
    private func output(of analysis: Analysis, file: String, id: String? = nil) throws(CommandFailure) -> String {
        switch format {
        case .json:
            var document = AnalysisDocument(analysis, file: file, explaining: explain)
            document.id = id
            return AnalysisJSON.encode(document, pretty: files.count == 1) + "\n"
        case .text:
            return AnalysisSummary.text(of: analysis, file: id ?? file, explaining: explain)
        }
    }

    /// `--jsonl`: every line of standard input is a JSON object `{"id", "text"}`; each is
    /// analysed, and its analysis written as one line, in the lines' order. A line that is not
    /// such an object ends the run with an error naming it, after the lines before it.
    private func analyzeLines(by analyzer: Analyzer) throws {
        let lines = sequence(state: 0) { (number: inout Int) -> (Int, String)? in
            while let line = readLine(strippingNewline: true) {
                number += 1
                if !line.allSatisfy(\.isWhitespace) { return (number, line) }
            }
            return nil
        }
        let work = OrderedWork(jobs: jobCount) { (number: Int, line: String) in
            Result { () throws(CommandFailure) in
                guard let record = try? JSONDecoder().decode(ArticleRecord.self, from: Data(line.utf8)) else {
                    throw CommandFailure("standard input, line \(number): not a JSON object with a string \"id\" and \"text\"")
                }
                let analysis = try article.inputFormat.analysis(
                    of: InputContent(bytes: Array(record.text.utf8)), from: .standardInput, by: analyzer, explaining: explain)
                return try output(of: analysis, file: "-", id: record.id)
            }
        }
        try work.run(lines) { result in
            switch format {
            case .json: StandardOutput.writeFaithfully(try result.get())
            case .text: StandardOutput.writeLine(try result.get())
            }
        }
    }
}

/// One line of `lede analyze --jsonl`'s input.
private struct ArticleRecord: Decodable {
    var id: String
    var text: String
}
