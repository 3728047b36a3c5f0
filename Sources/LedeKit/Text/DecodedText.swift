/// Text read from bytes, with the encoding it was read in.
public struct DecodedText: Sendable, Hashable {
    /// The text, with line ends as LF and in Unicode Normalization Form C.
    public let text: String
    /// The encoding the bytes were read in.
    public let encoding: SourceEncoding

    /// Pairs decoded text with its source encoding.
    public init(text: String, encoding: SourceEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
