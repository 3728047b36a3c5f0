import ArgumentParser
import Foundation
import LedeKit

/// `lede analyze FILE…`: print the analysis of articles.
struct Analyze: ParsableCommand {
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
    var files: [String]

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Flag(help: "Show which sieve found each quote's speaker, which one named them, and every sieve that would have found one.")
    var explain = false

    @Flag(name: .customLong("rules-only"), help: ArgumentHelp("Find speakers by the rule sieves alone, without the ranker (for training it).", visibility: .hidden))
    var rulesOnly = false

    @OptionGroup var lexicon: LexiconOption

    @OptionGroup var sizeLimit: SizeLimitOption

    @OptionGroup var inputFormat: InputFormatOption

    @OptionGroup var fetching: FetchOption

    func run() throws {
        do {
            let analyzer = Analyzer(lexicon: try lexicon.lexicon(), ranking: !rulesOnly)
            for (path, input) in zip(files, ArticleInput.inputs(for: files)) {
                let content = try input.read(limit: sizeLimit.maxSize, timeout: fetching.timeout)
                let analysis = try inputFormat.analysis(of: content, from: input, by: analyzer, explaining: explain)
                let name = path == "-" ? "-" : path
                switch format {
                case .json:
                    StandardOutput.writeFaithfully(try AnalysisJSON.encode(AnalysisDocument(analysis, file: name, explaining: explain), pretty: files.count == 1) + "\n")
                case .text:
                    StandardOutput.writeLine(AnalysisSummary.text(of: analysis, file: name, explaining: explain))
                }
            }
        } catch {
            throw CommandFailure.report(error)
        }
    }
}
