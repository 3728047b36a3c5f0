/// One replacement a repair made, located in the repaired text.
public struct TextRepair: Sendable, Hashable, Codable {
    /// Where the replacement sits in the repaired text, in Unicode scalar offsets.
    public let range: Range<Int>
    /// The damaged text that was replaced.
    public let original: String
    /// The text put in its place.
    public let replacement: String
    /// What the replacement is.
    public let kind: RepairKind

    /// Describes a replacement of `original` by `replacement`, found at `range` of the repaired text.
    public init(range: Range<Int>, original: String, replacement: String, kind: RepairKind) {
        self.range = range
        self.original = original
        self.replacement = replacement
        self.kind = kind
    }
}
