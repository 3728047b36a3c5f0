/// What a web page says about its article besides the text: the headline, who wrote it, when,
/// and on which site. Every field is `nil` for a plain-text article.
public struct PageMetadata: Sendable, Hashable {
    /// The article's headline, the site's name taken off.
    public var title: String?
    /// The authors, as the page names them.
    public var byline: String?
    /// When the article was published, as the page writes it (usually ISO 8601).
    public var published: String?
    /// The site's name.
    public var site: String?
    /// Where the article is: the final URL after redirects for a fetched page, the page's
    /// canonical URL (`<link rel=canonical>`, `og:url`) for a saved one.
    public var url: String?
    /// The character set the page was read in, which its text no longer shows: a
    /// ``SourceEncoding`` name (`utf8`, `windows1252`) or the page's own label (`windows-1251`).
    public var encoding: String?

    /// Metadata with the given fields.
    public init(
        title: String? = nil, byline: String? = nil, published: String? = nil, site: String? = nil, url: String? = nil,
        encoding: String? = nil
    ) {
        self.title = title
        self.byline = byline
        self.published = published
        self.site = site
        self.url = url
        self.encoding = encoding
    }
}
