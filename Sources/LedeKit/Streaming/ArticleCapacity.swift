/// Room made ahead for an analysis that will grow chunk by chunk (``Analysis/append(_:)``), so
/// that its text and its arrays are allocated once instead of doubled again and again, each
/// doubling holding the old copy and the new one at once.
extension Analysis {
    /// Makes room for `bytes` bytes of text (a chunked file's size is enough: repair never
    /// lengthens news text by much, and the room only saves copies), and for the quotes,
    /// mentions and paragraphs of that much text (one of each per ``bytesPerItem`` bytes, more
    /// than news has: room not used is never touched, so it takes no memory). The article is
    /// compact from here on (``Article/isCompact``), as every joined article is.
    public mutating func reserveCapacity(_ bytes: Int) {
        article.compact()
        article.reserveCompactCapacity(bytes)
        let items = bytes / Self.bytesPerItem
        quotes.reserveCapacity(items)
        mentions.reserveCapacity(items)
        article.paragraphs.reserveCapacity(items)
    }

    /// The fewest bytes of text that ``reserveCapacity(_:)`` expects per quote, mention or
    /// paragraph (news has about one quote per 400 bytes).
    static let bytesPerItem = 128
}
