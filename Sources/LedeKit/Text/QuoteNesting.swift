/// The quotations open at a point in a paragraph: “ outside, ‘ inside an open “ — or, in a
/// headline, which news style writes with single marks, ‘ outside and “ inside; the marks are
/// those of the document's ``QuotationStyle`` („ and “ in German).
struct QuoteNesting {
    /// Whether the paragraph is a headline.
    private let isHeadline: Bool
    /// The marks of the document's language.
    private let style: QuotationStyle
    /// The opening marks of the open quotations, innermost last.
    private var openMarks: [RepairKind] = [] {
        didSet { if let depth = apartDepth, openMarks.count < depth { apartDepth = nil } }
    }
    /// The depth of the open quotation whose opening mark was set apart by blanks, if any.
    private var apartDepth: Int?

    /// No quotation open, in a headline or in body text, with the marks of `style`.
    init(headline: Bool = false, style: QuotationStyle = .english) {
        isHeadline = headline
        self.style = style
    }

    /// Opens a quotation: ‘ inside an open “, otherwise “ (the other way round in a headline, and
    /// `inCapitals`, in a subhead set in capitals within the body: HOW ‘MAKING IT SMALLER’ WORKS).
    mutating func open(inCapitals: Bool = false) -> MarkReplacement {
        let single = MarkReplacement(style.openingSingle, .openingSingleQuote)
        let double = MarkReplacement(style.openingDouble, .openingDoubleQuote)
        let mark: MarkReplacement = switch openMarks.last {
        case .openingDoubleQuote: single
        case .openingSingleQuote: double
        default: isHeadline || inCapitals ? single : double
        }
        openMarks.append(mark.kind)
        return mark
    }

    /// Opens a quotation whose opening mark is set apart by blanks (`the nickname of “ bird
    /// fancier’s lung. ”`), so that the next mark set apart closes it.
    mutating func openApart() -> MarkReplacement {
        let mark = open()
        apartDepth = openMarks.count
        return mark
    }

    /// Whether the innermost open quotation opened with a mark set apart by blanks.
    var innermostIsApart: Bool { isOpen && apartDepth == openMarks.count }

    /// Whether a quotation is open.
    var isOpen: Bool { !openMarks.isEmpty }

    /// How many quotations are open, one within another.
    var depth: Int { openMarks.count }

    /// The closing mark when none is open: a closing quotation mark of the paragraph's style.
    var unmatchedClosing: MarkReplacement {
        isHeadline
            ? MarkReplacement(style.closingSingle, .closingSingleQuote)
            : MarkReplacement(style.closingDouble, .closingDoubleQuote)
    }

    /// Closes the innermost open quotation if it is a single one: a straight single quotation
    /// mark (') after a sentence's punctuation closed it in place of ’.
    mutating func closeSingleByStraightQuote() {
        if openMarks.last == .openingSingleQuote { openMarks.removeLast() }
    }

    /// Opens a single quotation inside an open double one at a straight single quotation mark
    /// that starts a word ('Stay here), so that the mark closing it is ’.
    mutating func openSingleByStraightQuote() {
        if openMarks.last == .openingDoubleQuote { openMarks.append(.openingSingleQuote) }
    }

    /// Follows a straight double quotation mark ("): one after a blank or at the line start opens
    /// a double quotation, any other closes the innermost quotation if it is a double one.
    mutating func passStraightDoubleQuote(opening: Bool) {
        if opening {
            openMarks.append(.openingDoubleQuote)
        } else if openMarks.last == .openingDoubleQuote {
            openMarks.removeLast()
        }
    }

    /// Closes every open quotation when more than one is, giving the outermost's closing mark;
    /// nil, with nothing closed, when at most one is open.
    mutating func closeAll() -> MarkReplacement? {
        guard openMarks.count > 1 else { return nil }
        openMarks.removeSubrange(1...)
        return close()
    }

    /// Closes the innermost open quotation; nil when none is open.
    mutating func close() -> MarkReplacement? {
        switch openMarks.popLast() {
        case .openingDoubleQuote: MarkReplacement(style.closingDouble, .closingDoubleQuote)
        case .openingSingleQuote: MarkReplacement(style.closingSingle, .closingSingleQuote)
        default: nil
        }
    }
}
