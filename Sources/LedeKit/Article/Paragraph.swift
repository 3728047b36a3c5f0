/// One paragraph of an article: its place in the text and what it is.
public struct Paragraph: Hashable, Sendable {
    /// What a paragraph is in the article's structure.
    public enum Role: String, Hashable, Sendable, Codable {
        /// The headline.
        case title
        /// The writer's name line (`By Jane Doe and John Roe`).
        case byline
        /// A paragraph of the body.
        case body
    }

    // The fields in this order take 40 bytes a paragraph, not 48 (the role after the range
    // would pad the optional dateline out to the next 8 bytes); a 100 MB article has 800,000.

    /// Unicode scalar offsets of the paragraph in the article text, without surrounding
    /// white space.
    public var range: Range<Int>
    /// The dateline that opens the paragraph (`WASHINGTON (AP) —`), if any.
    public var dateline: Range<Int>?
    /// The paragraph's role.
    public var role: Role

    /// Creates a paragraph.
    public init(range: Range<Int>, role: Role, dateline: Range<Int>? = nil) {
        self.range = range
        self.role = role
        self.dateline = dateline
    }
}
