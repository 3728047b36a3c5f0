import LedeKit

/// The article in a web page: its text, headline first, one paragraph a line, and what the page
/// says about it.
public struct WebArticle: Sendable {
    /// The headline (when the page has one), a blank line, and the article's paragraphs separated
    /// by blank lines: the text Lede analyses.
    public var text: String
    /// The headline, byline, publication date and site name.
    public var metadata: PageMetadata

    /// The article in the page `bytes`; fails when libxml2 cannot read them at all or their
    /// elements nest too deep (``PageProblem``). `charset` is the one the page's HTTP header
    /// named, for a page that declares none; `url` is where the page was fetched from (its
    /// canonical URL stands in otherwise).
    public init(page bytes: [UInt8], charset: String? = nil, url: String? = nil) throws(PageProblem) {
        let document = try HTMLDocument(bytes: bytes, headerCharset: charset)
        let tree = PageTree(document)
        let blocks = ArticleFinder(tree: tree).articleBlocks().map { tree.blocks[$0].text }
        let linked = LinkedData(scripts: tree.linkedData)
        let words = PageWords.standard
        let site = PageFields.site(
            [Self.first([tree.meta["og:site_name"]]), Self.first([tree.meta["application-name"]]), Self.first([linked.publisher])],
            words: words)
        let heading = tree.blocks.first { tree.elements[$0.element].name == "h1" }?.text
        let title = PageHeadline.headline(
            titles: [tree.meta["og:title"], tree.meta["twitter:title"], linked.headline, tree.title], heading: heading,
            site: site)
        // The first that names a person, not the site or a section.
        let bylines = [linked.authors.isEmpty ? nil : linked.authors.joined(separator: ", ")]
            + words.bylineMeta.map { Self.person(tree.meta[$0]) } + [tree.author]
        metadata = PageMetadata(
            title: title,
            byline: bylines.lazy.compactMap { PageFields.byline(Self.first([$0]), site: site, words: words) }.first,
            published: ([tree.meta["article:published_time"], linked.published] + words.publishedMeta.map { tree.meta[$0] })
                .lazy.compactMap { PageFields.published(Self.first([$0])) }.first,
            site: site,
            url: url ?? Self.first([tree.canonical, tree.meta["og:url"]]),
            encoding: document.charset)
        var body = blocks.filter { $0 != title && !words.isFurniture($0) }
        body.removeLast(words.trailingFurniture(in: body))
        text = ((title.map { [$0] } ?? []) + body).joined(separator: "\n\n")
    }

    /// The first value that is not empty once white space is collapsed.
    private static func first(_ values: [String?]) -> String? {
        for value in values {
            guard let value else { continue }
            let collapsed = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !collapsed.isEmpty { return collapsed }
        }
        return nil
    }

    /// A name, not a link to a profile page.
    private static func person(_ value: String?) -> String? {
        guard let value, !value.hasPrefix("http://"), !value.hasPrefix("https://") else { return nil }
        return value
    }
}
