/// A stretch of text between quotation marks, found before anyone is attributed.
struct QuotedSpan: Hashable, Sendable {
    /// The opening mark's offset.
    var opening: Int
    /// The closing mark's offset; `nil` when the quotation runs to the paragraph's end.
    var closing: Int?
    /// The quoted words, marks excluded and white space trimmed.
    var content: Range<Int>
    /// The paragraph the span stands in.
    var paragraphIndex: Int
    /// The quotation with its marks.
    var extent: Range<Int>
}

/// Pairs quotation marks within paragraphs.
enum QuotationMarks {
    /// A double quotation mark in the text: one scalar (`“`, `"`) or two (`''`, `‘‘`, ``` `` ```).
    struct Mark: Hashable, Sendable {
        enum Direction: Hashable, Sendable { case opening, closing, either }
        var range: Range<Int>
        var direction: Direction
    }

    /// The quoted spans of `article`, in text order.
    ///
    /// Curly marks pair by direction, unless the text around a mark shows it was typed the
    /// wrong way round; a straight `"` or a doubled `''` opens when no quotation is open and
    /// closes otherwise, but for straight marks quoting inside a quotation that a curly mark
    /// opened and another closes later (`“… the "ferry of the future," …”`). A quotation left open at the end of its paragraph ends there (the
    /// news convention for quotes running over several paragraphs), so an unmatched mark
    /// never swallows the rest of the article.
    ///
    /// Single quotation marks (`‘…’`, the British style and headlines) make a quotation only
    /// outside double ones and only when they close within the paragraph, since `’` is also
    /// the apostrophe.
    static func spans(in article: Article) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        let scalars = article.scalars
        for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
            let doubleStart = spans.count
            appendDoubleQuoted(in: paragraph.range, paragraphIndex, scalars, to: &spans)
            let doubled = SortedRanges(spans[doubleStart...].map(\.extent))
            appendSingleQuoted(in: paragraph.range, paragraphIndex, scalars, outside: doubled, to: &spans)
            spans[doubleStart...].sort { $0.opening < $1.opening }
        }
        return spans
    }

    private static func appendDoubleQuoted(
        in paragraph: Range<Int>, _ paragraphIndex: Int, _ scalars: [Unicode.Scalar], to spans: inout [QuotedSpan]
    ) {
        var open: Mark?
        // Straight marks quoting within a quotation opened by a curly mark (`“… "ferry of the
        // future," …”`) are inside it, when a curly closing mark follows.
        var innerStraight = false
        let marks = marks(in: scalars, range: paragraph)
        for (index, mark) in marks.enumerated() {
            if let start = open, start.direction == .opening, mark.direction == .either, scalars[mark.range.lowerBound] == "\"" {
                if innerStraight {
                    innerStraight = false
                    continue
                }
                if looksOpening(mark, scalars, paragraph), marks[(index + 1)...].first(where: { $0.direction != .either })?.direction == .closing {
                    innerStraight = true
                    continue
                }
            }
            let closes: Bool
            switch mark.direction {
            case .closing: closes = open != nil || !looksOpening(mark, scalars, paragraph)
            case .opening: closes = open != nil && !looksOpening(mark, scalars, paragraph)
            case .either: closes = open != nil
            }
            innerStraight = false
            if closes {
                if let start = open {
                    append(start.range, mark.range.lowerBound, closing: mark, paragraphIndex, scalars, to: &spans)
                }
                open = nil
            } else {
                if let start = open {
                    // A second opening mark: the first quotation was never closed.
                    append(start.range, mark.range.lowerBound, closing: nil, paragraphIndex, scalars, to: &spans)
                }
                open = mark
            }
        }
        if let start = open {
            append(start.range, paragraph.upperBound, closing: nil, paragraphIndex, scalars, to: &spans)
        }
    }

    /// Quotations in single marks: an opening `‘` (or a straight `'` after a space and
    /// before a letter) up to the first `’`/`'` that ends a word (a space, punctuation or the
    /// paragraph's end after it), outside the double quotations `doubled`.
    private static func appendSingleQuoted(
        in paragraph: Range<Int>, _ paragraphIndex: Int, _ scalars: [Unicode.Scalar], outside doubled: SortedRanges,
        to spans: inout [QuotedSpan]
    ) {
        var index = paragraph.lowerBound
        while index < paragraph.upperBound {
            defer { index += 1 }
            let scalar = scalars[index]
            guard scalar == "\u{2018}" || scalar == "'", !doubled.contains(index) else { continue }
            let before: Unicode.Scalar = index > paragraph.lowerBound ? scalars[index - 1] : " "
            let after: Unicode.Scalar = index + 1 < paragraph.upperBound ? scalars[index + 1] : " "
            guard before.isSpace || "([—–-".unicodeScalars.contains(before), after.properties.isAlphabetic else { continue }
            // A doubled mark (`''`, `‘‘`) is a double quotation, handled already.
            guard after != scalar, before != scalar else { continue }
            // A quotation in single marks is short: the search for its end stops after
            // `maximumSingleQuoted` scalars, so many unclosed marks cost no more than one.
            let searchEnd = min(paragraph.upperBound, index + maximumSingleQuoted + 1)
            var close = index + 1
            while close < searchEnd {
                let candidate = scalars[close]
                let next: Unicode.Scalar = close + 1 < paragraph.upperBound ? scalars[close + 1] : " "
                if candidate == "\u{2019}" || candidate == "'", !next.isWordCharacter, !scalars[close - 1].isSpace,
                    !doubled.contains(close)
                {
                    break
                }
                close += 1
            }
            guard close < searchEnd, close - index <= maximumSingleQuoted else { continue }
            let closing = Mark(range: close..<close + 1, direction: .closing)
            append(index..<index + 1, close, closing: closing, paragraphIndex, scalars, to: &spans)
            index = close
        }
    }

    /// The longest quotation in single marks, in scalars.
    static let maximumSingleQuoted = 400

    /// The double quotation marks in `scalars[range]`.
    static func marks(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Mark] {
        var marks: [Mark] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < range.upperBound ? scalars[index + 1] : nil
            if scalar.isOpeningDoubleQuote {
                marks.append(Mark(range: index..<index + 1, direction: .opening))
            } else if scalar.isClosingDoubleQuote {
                marks.append(Mark(range: index..<index + 1, direction: .closing))
            } else if scalar == "\"" {
                marks.append(Mark(range: index..<index + 1, direction: .either))
            } else if let next, scalar == next, scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}" || scalar == "`" {
                let direction: Mark.Direction = switch scalar {
                case "\u{2018}", "`": .opening
                case "\u{2019}": .closing
                default: .either
                }
                marks.append(Mark(range: index..<index + 2, direction: direction))
                index += 2
                continue
            }
            index += 1
        }
        return marks
    }

    /// Whether a mark stands where quotations open: after a space, a bracket or the start,
    /// with a word right after it.
    private static func looksOpening(_ mark: Mark, _ scalars: [Unicode.Scalar], _ paragraph: Range<Int>) -> Bool {
        let before = mark.range.lowerBound > paragraph.lowerBound ? scalars[mark.range.lowerBound - 1] : " "
        let after = mark.range.upperBound < paragraph.upperBound ? scalars[mark.range.upperBound] : " "
        let openerBefore = before.isSpace || "([{—–-/".unicodeScalars.contains(before)
        return openerBefore && !after.isSpace
    }

    private static func append(
        _ opening: Range<Int>, _ end: Int, closing: Mark?, _ paragraphIndex: Int, _ scalars: [Unicode.Scalar],
        to spans: inout [QuotedSpan]
    ) {
        var lower = opening.upperBound
        var upper = end
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        guard lower < upper else { return }
        spans.append(QuotedSpan(
            opening: opening.lowerBound, closing: closing?.range.lowerBound, content: lower..<upper,
            paragraphIndex: paragraphIndex, extent: opening.lowerBound..<(closing?.range.upperBound ?? upper)))
    }
}
