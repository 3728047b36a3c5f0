/// Room made ahead for an analysis that will grow chunk by chunk (``Analysis/append(_:)``), so
/// that its text is allocated once at its final size instead of doubled again and again, each
/// doubling holding the old copy and the new one at once.
extension Analysis {
    /// Makes room for `bytes` bytes of text (a chunked file's size is enough: repair never
    /// lengthens news text by much, and the room only saves copies). The article is compact from
    /// here on (``Article/isCompact``), as every joined article is.
    public mutating func reserveCapacity(_ bytes: Int) {
        article.compact()
        article.reserveCompactCapacity(bytes)
    }
}
