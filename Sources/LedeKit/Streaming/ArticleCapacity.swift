/// Room made ahead for an analysis that will grow chunk by chunk (``Analysis/append(_:)``), so
/// that its text and scalars are allocated once at their final size instead of doubled again
/// and again, each doubling holding the old copy and the new one at once.
extension Analysis {
    /// Makes room for `scalars` scalars of text (a chunked file's size in bytes is enough: UTF-8
    /// never has fewer bytes than scalars).
    public mutating func reserveCapacity(_ scalars: Int) {
        article.scalars.reserveCapacity(scalars)
        article.text.reserveCapacity(scalars)
    }
}
