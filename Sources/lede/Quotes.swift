import ArgumentParser
import Foundation
import LedeKit
import LedeReader
import LedeTerminal

/// `lede quotes FILE…`: the quotes of articles with their speakers, names and actors.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotes of articles with who said them: the speaker as written, their name and their actor.",
        discussion: """
            For a person (the default), aligned columns wrapped to the terminal, coloured by the theme on a terminal. \
            For scripts, --format json (one object per file: pretty for one file, one per line for several) or \
            --format tsv (a header line, then one line per quote; backslash, tab and line breaks in a field are written \\\\, \\t, \\n, \\r).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tsv
    }

    @Argument(help: ArgumentHelp("Articles: files, http:// or https:// URLs, or '-' for standard input.", valueName: "FILE"))
    var files: [String]

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("The theme whose colours the text format uses (lede themes lists them).", valueName: "NAME|PATH"))
    var theme: String?

    @OptionGroup var color: ColorOption

    @OptionGroup var article: ArticleOptions

    func run() throws {
        do {
            let environment = ProcessInfo.processInfo.environment
            let settings = try ConfigFile.settings(overriding: [
                ("theme", theme.map(Settings.Value.text)), ("actors", article.lexicon.actors.map(Settings.Value.text)),
                ("color", color.color.map { .text($0.rawValue) }),
            ])
            let painter = try painter(settings: settings, environment: environment)
            let width = TerminalWidth.current(environment: environment)
            let analyzer = Analyzer(lexicon: try article.lexicon.lexicon(orFile: settings.text("actors")))
            if format == .tsv { StandardOutput.writeFaithfully(QuoteTSV.header + "\n") }
            for (index, (file, input)) in zip(files, ArticleInput.inputs(for: files)).enumerated() {
                let quotes: ArticleQuotes
                if let chunks = article.listingChunks(input) {
                    // A large text file is analysed a chunk at a time, as `lede analyze` does:
                    // only its quotes are kept, not every chunk's analysis.
                    quotes = ArticleQuotes(ChunkedAnalyses(chunks, analyzer: analyzer), file: file, json: format == .json)
                } else {
                    let content = try article.read(input)
                    quotes = ArticleQuotes(
                        try article.inputFormat.analysis(of: content, from: input, by: analyzer), file: file, json: format == .json)
                }
                switch format {
                case .json:
                    StandardOutput.writeFaithfully(try AnalysisJSON.encode(quotes.document(file: file), pretty: files.count == 1) + "\n")
                case .tsv:
                    StandardOutput.writeFaithfully(QuoteTSV.lines(quotes.rows, file: file))
                case .text:
                    let table = QuoteTable.text(quotes.rows, file: file, title: quotes.title, width: width, painter: painter)
                    StandardOutput.writeFaithfully((index > 0 ? "\n" : "") + table)
                }
            }
        } catch {
            throw CommandFailure.report(error)
        }
    }

    /// The painter of the text format, or `nil` for no colour (and for the script formats).
    private func painter(settings: Settings, environment: [String: String]) throws(CommandFailure) -> SGRPainter? {
        guard format == .text, let depth = color.depth(onTerminal: isatty(STDOUT_FILENO) == 1, settings: settings, environment: environment) else {
            return nil
        }
        do {
            let name = settings.text("theme") ?? ThemeCatalog.defaultName
            return SGRPainter(theme: try ThemeCatalog(environment: environment).theme(name), depth: depth)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
