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

    /// The analysis of `content`, read from `input`: of the article found in it when it is a
    /// web page, with what the page says about it; of the text itself otherwise. A fetched page
    /// keeps its URL. Fails for a page whose elements nest too deep.
    func analysis(of content: InputContent, from input: ArticleInput, by analyzer: Analyzer, explaining: Bool = false)
        throws(CommandFailure) -> Analysis
    {
        let bytes = content.bytes
        let isPage = format == .html || (format == .auto && (content.isHTML == true || HTMLSniffer.isHTML(bytes)))
        var page: WebArticle?
        if isPage {
            do throws(PageProblem) {
                page = try WebArticle(page: bytes, charset: content.charset, url: content.url)
            } catch .nestedTooDeep(let limit) {
                throw CommandFailure(InputProblem.nestedTooDeep(limit: limit).message(about: input.subject))
            } catch {
                // libxml2 read nothing: the bytes are analysed as they are.
            }
        }
        guard let page else {
            var analysis = analyzer.analyze(bytes: bytes, explaining: explaining)
            analysis.page.url = content.url
            return analysis
        }
        var analysis = analyzer.analyze(bytes: Array(page.text.utf8), explaining: explaining)
        analysis.page = page.metadata
        return analysis
    }
}
