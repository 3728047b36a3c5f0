/// Text after a repair, with the replacements that were made, in text order.
public struct RepairedText: Sendable, Hashable {
    /// The repaired text.
    public let text: String
    /// The replacements, in the order they occur in `text`.
    public let repairs: [TextRepair]

    /// Pairs repaired text with the replacements that produced it.
    public init(text: String, repairs: [TextRepair]) {
        self.text = text
        self.repairs = repairs
    }
}
