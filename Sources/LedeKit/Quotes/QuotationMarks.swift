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

    /// The span with its marks.
    var extent: Range<Int> {
        opening..<max(content.upperBound, (closing ?? content.upperBound - 1) + 1)
    }
}

/// Pairs quotation marks within paragraphs.
enum QuotationMarks {
    /// The quoted spans of `article`, in text order.
    ///
    /// Curly marks pair by direction; a straight `"` opens when no quotation is open and
    /// closes otherwise. A quotation left open at the end of its paragraph ends there (the
    /// news convention for quotes running over several paragraphs), so an unmatched mark
    /// never swallows the rest of the article.
    static func spans(in article: Article) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        let scalars = article.scalars
        for (paragraphIndex, paragraph) in article.paragraphs.enumerated() {
            var opening: Int?
            for index in paragraph.range {
                let scalar = scalars[index]
                guard scalar.isDoubleQuoteMark else { continue }
                let opens = scalar.isOpeningDoubleQuote || (scalar == "\"" && opening == nil)
                if let start = opening, !opens {
                    append(start, index, paragraphIndex, scalars, to: &spans)
                    opening = nil
                } else if opens {
                    if let start = opening {
                        // A second opening mark: the first quotation was never closed.
                        append(start, nil, paragraphIndex, scalars, end: index, to: &spans)
                    }
                    opening = index
                }
            }
            if let start = opening {
                append(start, nil, paragraphIndex, scalars, end: paragraph.range.upperBound, to: &spans)
            }
        }
        return spans
    }

    private static func append(
        _ opening: Int, _ closing: Int?, _ paragraphIndex: Int, _ scalars: [Unicode.Scalar], end: Int? = nil,
        to spans: inout [QuotedSpan]
    ) {
        var lower = opening + 1
        var upper = closing ?? end ?? opening + 1
        while lower < upper, scalars[lower].isSpace { lower += 1 }
        while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
        guard lower < upper else { return }
        spans.append(QuotedSpan(opening: opening, closing: closing, content: lower..<upper, paragraphIndex: paragraphIndex))
    }
}
