import Algorithms
import LedeKit

/// An article wrapped to a width: the lines the article pane scrolls through.
///
/// Paragraphs are wrapped at spaces (or, for a word longer than the width, anywhere), with
/// an empty line between paragraphs. Line breaks inside a paragraph count as spaces; a tab
/// reaches the next tab stop (``DisplayWidth/tabStop``) from the start of its line.
public struct ArticleLayout: Hashable, Sendable {
    /// The width wrapped to, in columns.
    public let width: Int
    /// The lines, top to bottom.
    public private(set) var lines: [LayoutLine] = []
    /// Whether a details line follows the title.
    private let details: Bool

    /// Lays out `article` at `width` columns (at least 1); with `details`, a details line
    /// follows the title (see ``PageDetails``).
    public init(article: Article, width: Int, details: Bool = false) {
        self.width = max(1, width)
        self.details = details
        append(article, paragraphs: article.paragraphs.indices)
    }

    /// Lays out `article`'s paragraphs `paragraphs` after the lines there are (the article's
    /// text having grown since those were laid out).
    mutating func append(_ article: Article, paragraphs: Range<Int>) {
        for index in paragraphs {
            let paragraph = article.paragraphs[index]
            if index > 0 {
                lines.append(LayoutLine(range: paragraph.range.lowerBound..<paragraph.range.lowerBound, role: .blank))
            }
            let role: LayoutLine.Role = paragraph.role == .title ? .title : .body
            for range in Self.wrap(article.scalars, paragraph.range, width: width) {
                lines.append(LayoutLine(range: range, role: role))
            }
            if details, index == 0, paragraph.role == .title {
                lines.append(LayoutLine(range: paragraph.range.upperBound..<paragraph.range.upperBound, role: .details))
            }
        }
    }

    /// The index of the line showing the scalar offset `offset` (the last line before it
    /// when the offset falls between lines).
    public func lineIndex(containing offset: Int) -> Int {
        var index = max(0, lines.partitioningIndex { $0.range.lowerBound > offset } - 1)
        while index > 0, lines[index].role == .blank { index -= 1 }
        return index
    }

    /// Greedy word wrap of `scalars[range]` to `width` columns, stopping after `maximumLines`
    /// lines (so that a caller showing the start of a long text pays only for that start).
    static func wrap(_ scalars: [Unicode.Scalar], _ range: Range<Int>, width: Int, maximumLines: Int = .max) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = range.lowerBound
        while lineStart < range.upperBound, result.count < maximumLines {
            var column = 0
            var index = lineStart
            var lastBreak: Int?
            while index < range.upperBound {
                let scalar = scalars[index]
                let columns = scalar == "\t" ? DisplayWidth.tab(at: column) : scalar.properties.isWhitespace ? 1 : DisplayWidth.of(scalar)
                if column + columns > width, !scalar.properties.isWhitespace { break }
                if scalar.properties.isWhitespace {
                    lastBreak = index
                }
                column += columns
                index += 1
                // A hyphen or dash between words is a break opportunity too (after it).
                if scalar == "-" || scalar == "\u{2014}", index < range.upperBound, index - 1 > lineStart,
                    scalars[index - 2].isLetter, scalars[index].isLetter
                {
                    lastBreak = index
                }
            }
            var lineEnd = index
            var next = index
            if index < range.upperBound, let breakAt = lastBreak, breakAt > lineStart {
                lineEnd = breakAt
                next = breakAt
            } else if index == lineStart {
                lineEnd = index + 1
                next = index + 1
            }
            var trimmedEnd = lineEnd
            while trimmedEnd > lineStart, scalars[trimmedEnd - 1].properties.isWhitespace { trimmedEnd -= 1 }
            result.append(lineStart..<trimmedEnd)
            while next < range.upperBound, scalars[next].properties.isWhitespace { next += 1 }
            lineStart = next
        }
        return result
    }
}

extension Unicode.Scalar {
    fileprivate var isLetter: Bool { properties.isAlphabetic }
}
