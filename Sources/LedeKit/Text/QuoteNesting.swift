/// The quotations open at a point in a paragraph: “ outside, ‘ inside an open “.
struct QuoteNesting {
    /// The opening marks of the open quotations, innermost last.
    private var openMarks: [RepairKind] = []

    /// Opens a quotation: ‘ inside an open “, otherwise “.
    mutating func open() -> MarkReplacement {
        let mark = openMarks.last == .openingDoubleQuote
            ? MarkReplacement("\u{2018}", .openingSingleQuote)
            : MarkReplacement("\u{201C}", .openingDoubleQuote)
        openMarks.append(mark.kind)
        return mark
    }

    /// Closes the innermost open quotation; nil when none is open.
    mutating func close() -> MarkReplacement? {
        switch openMarks.popLast() {
        case .openingDoubleQuote: MarkReplacement("\u{201D}", .closingDoubleQuote)
        case .openingSingleQuote: MarkReplacement("\u{2019}", .closingSingleQuote)
        default: nil
        }
    }
}
