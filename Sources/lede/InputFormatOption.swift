import ArgumentParser
import LedeKit
import LedeWeb

/// The `--input FORMAT` option shared by the commands that read articles.
struct InputFormatOption: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// HTML when the bytes open like a page, text otherwise.
        case auto
        case html
        case text
    }

    @Option(
        name: .customLong("input"),
        help: ArgumentHelp("What the articles are: html, text, or auto to tell by their first bytes.", valueName: "FORMAT"))
    var format: Format = .auto

    /// The analysis of `bytes`: of the article found in them when they are a web page, with
    /// what the page says about it; of the text itself otherwise.
    func analysis(of bytes: [UInt8], by analyzer: Analyzer, explaining: Bool = false) -> Analysis {
        let isPage = format == .html || (format == .auto && HTMLSniffer.isHTML(bytes))
        guard isPage, let page = WebArticle(page: bytes) else { return analyzer.analyze(bytes: bytes, explaining: explaining) }
        var analysis = analyzer.analyze(bytes: Array(page.text.utf8), explaining: explaining)
        analysis.page = page.metadata
        return analysis
    }
}
