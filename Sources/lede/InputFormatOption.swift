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

    /// The analysis of `content`: of the article found in it when it is a web page, with
    /// what the page says about it; of the text itself otherwise. A fetched page keeps its URL.
    func analysis(of content: InputContent, by analyzer: Analyzer, explaining: Bool = false) -> Analysis {
        let bytes = content.bytes
        let isPage = format == .html || (format == .auto && (content.isHTML == true || HTMLSniffer.isHTML(bytes)))
        guard isPage, let page = WebArticle(page: bytes, charset: content.charset, url: content.url) else {
            var analysis = analyzer.analyze(bytes: bytes, explaining: explaining)
            analysis.page.url = content.url
            return analysis
        }
        var analysis = analyzer.analyze(bytes: Array(page.text.utf8), explaining: explaining)
        analysis.page = page.metadata
        return analysis
    }
}
