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
        try analysis(of: content, page: page(in: content, from: input), by: analyzer, explaining: explaining)
    }

    /// The analysis of `content`, of the article in `page` when it is a web page.
    private func analysis(of content: InputContent, page: WebArticle?, by analyzer: Analyzer, explaining: Bool = false) -> Analysis {
        guard let page else {
            var analysis = analyzer.analyze(bytes: content.bytes, explaining: explaining)
            analysis.page.url = content.url
            return analysis
        }
        var analysis = analyzer.analyze(bytes: Array(page.text.utf8), explaining: explaining, titled: page.metadata.title != nil)
        analysis.page = page.metadata
        return analysis
    }

    /// The analysis the reader takes whole: of a web page, or of text fetched from the web;
    /// `nil` for text read from a file or standard input, which the reader analyses a chunk
    /// at a time (``Reader/init(bytes:analyzer:fileName:width:height:searchHistory:readingWidth:chunks:)``).
    func wholeAnalysis(of content: InputContent, from input: ArticleInput, by analyzer: Analyzer)
        throws(CommandFailure) -> Analysis?
    {
        let page = try page(in: content, from: input)
        if content.url == nil, page == nil { return nil }
        return analysis(of: content, page: page, by: analyzer)
    }

    /// The repaired text of the article in `content`, the same as its analysis's but without
    /// looking for actors or quotes (what `lede FILE | cat` prints).
    func repairedText(of content: InputContent, from input: ArticleInput) throws(CommandFailure) -> String {
        TextCleaner.repairedText(try page(in: content, from: input).map { Array($0.text.utf8) } ?? content.bytes)
    }

    /// The article found in `content` when it is a web page; nil for text, or for bytes in
    /// which libxml2 reads nothing (they are analysed as they are).
    private func page(in content: InputContent, from input: ArticleInput) throws(CommandFailure) -> WebArticle? {
        let bytes = content.bytes
        let isPage = format == .html || (format == .auto && (content.isHTML == true || HTMLSniffer.isHTML(bytes)))
        guard isPage else { return nil }
        do throws(PageProblem) {
            return try WebArticle(page: bytes, charset: content.charset, url: content.url)
        } catch .nestedTooDeep(let limit) {
            throw CommandFailure(InputProblem.nestedTooDeep(limit: limit).message(about: input.subject))
        } catch {
            return nil
        }
    }
}
