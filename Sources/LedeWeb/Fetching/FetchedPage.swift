/// A page fetched over HTTP: its body and what its response header said about it.
public struct FetchedPage: Sendable, Equatable {
    /// The body, decoded from any `Content-Encoding` (gzip, deflate).
    public var bytes: [UInt8]
    /// The URL the page was at, after any redirects.
    public var url: String
    /// The `charset` the `Content-Type` header named, lowercased, if any.
    public var charset: String?
    /// The media type the `Content-Type` header named, lowercased, if any.
    public var mediaType: String?

    /// A page with the given fields.
    public init(bytes: [UInt8], url: String, charset: String? = nil, mediaType: String? = nil) {
        self.bytes = bytes
        self.url = url
        self.charset = charset
        self.mediaType = mediaType
    }

    /// Whether the header says the page is HTML (`nil`: it names no media type).
    public var isHTML: Bool? {
        mediaType.map { $0 == "text/html" || $0 == "application/xhtml+xml" }
    }
}
