/// Article text ready for analysis: decoded, normalised and repaired.
public struct CleanText: Sendable, Hashable {
    /// The clean text, with LF line ends, in Normalization Form C.
    public let text: String
    /// The encoding the bytes were read in.
    public let encoding: SourceEncoding
    /// The replacements made in the decoded text, located in `text`.
    public let repairs: [TextRepair]

    /// Collects the outcome of cleaning.
    public init(text: String, encoding: SourceEncoding, repairs: [TextRepair]) {
        self.text = text
        self.encoding = encoding
        self.repairs = repairs
    }
}
