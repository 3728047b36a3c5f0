import Algorithms
import LedeKit

/// An article wrapped to a width: the lines the article pane scrolls through.
///
/// Paragraphs are wrapped at spaces (or, for a word longer than the width, anywhere), with
/// an empty line between paragraphs but the items of a list; a list item's wrapped lines hang
/// under its text, past its bullet or number (``ListMarker``). Line breaks inside a paragraph count as spaces; a tab
/// reaches the next tab stop (``DisplayWidth/tabStop``) from the start of its line.
public struct ArticleLayout: Hashable, Sendable {
    /// The width wrapped to, in columns.
    public let width: Int
    /// The lines, top to bottom.
    public private(set) var lines: [LayoutLine] = []
    /// The article's paragraphs laid out: all of them, or, while a large article is laid out
    /// anew in the background, those around the reading place (a *window*, whose lines are
    /// the same as the whole layout's from its first paragraph's blank line on).
    public private(set) var paragraphs: Range<Int>
    /// Whether a details line follows the title.
    private let details: Bool

    /// Lays out `article` at `width` columns (at least 1); with `details`, a details line
    /// follows the title (see ``PageDetails``).
    public init(article: Article, width: Int, details: Bool = false) {
        self.init(article: article, width: width, details: details, paragraphs: article.paragraphs.indices)
    }

    /// Lays out only `article`'s paragraphs `paragraphs` (a window of the whole layout).
    public init(article: Article, width: Int, details: Bool = false, paragraphs: Range<Int>) {
        self.width = max(1, width)
        self.details = details
        self.paragraphs = paragraphs.lowerBound..<paragraphs.lowerBound
        append(article, paragraphs: paragraphs)
    }

    /// Whether every paragraph of `article` is laid out.
    func isWhole(_ article: Article) -> Bool {
        paragraphs == article.paragraphs.indices
    }

    /// Makes room for `count` lines, so that a layout growing chunk by chunk is not copied to
    /// grow (room not used is never touched, so it takes no memory).
    mutating func reserveCapacity(_ count: Int) {
        lines.reserveCapacity(count)
    }

    /// Lays out `article`'s paragraphs `paragraphs`, which follow those laid out (the article's
    /// text having grown, or a window reaching further down).
    mutating func append(_ article: Article, paragraphs added: Range<Int>) {
        // Room for the paragraphs' lines, growing as appending does (an exact reservation
        // would copy every line laid out so far for each chunk of a large article).
        if lines.capacity < lines.count + added.count * 4 { lines.reserveCapacity(max(lines.count * 2, lines.count + added.count * 4)) }
        Self.layOut(article, paragraphs: added, width: width, details: details) { lines.append($0) }
        paragraphs = paragraphs.lowerBound..<max(paragraphs.upperBound, added.upperBound)
    }

    /// Lays out `article`'s paragraphs `added`, which come just before those laid out (a
    /// window reaching further up); returns the number of lines put before the others.
    mutating func prepend(_ article: Article, paragraphs added: Range<Int>) -> Int {
        var before: [LayoutLine] = []
        Self.layOut(article, paragraphs: added, width: width, details: details) { before.append($0) }
        lines.insert(contentsOf: before, at: 0)
        paragraphs = min(paragraphs.lowerBound, added.lowerBound)..<paragraphs.upperBound
        return before.count
    }

    /// The lines of `article`'s paragraphs `range`, each handed to `emit` in order: a blank
    /// line before every paragraph but the first and a list item after another, the title's
    /// lines (and the details line after it), then body lines.
    private static func layOut(
        _ article: Article, paragraphs range: Range<Int>, width: Int, details: Bool, emit: (LayoutLine) -> Void
    ) {
        // Whether the paragraph before is a list item: the items of a list stand together, as
        // a page shows them, with no blank line between them.
        var afterItem = range.lowerBound > 0 && isListItem(article, range.lowerBound - 1)
        for index in range {
            let paragraph = article.paragraphs[index]
            let role: LayoutLine.Role = paragraph.role == .title ? .title : .body
            let start = paragraph.range.lowerBound
            article.withScalars(in: paragraph.range) { scalars in
                // A list item's marker opens its first line; the rest is wrapped beside it.
                let marker = paragraph.role == .body ? ListMarker.length(of: scalars) : 0
                if index > 0, !(marker > 0 && afterItem) {
                    emit(LayoutLine(range: start..<start, role: .blank))
                }
                afterItem = marker > 0
                let indent = marker < width / 2 ? marker : 0
                var first = true
                wrap(scalars, indent..<scalars.count, width: width - indent) {
                    let lower = first ? 0 : $0.lowerBound
                    emit(LayoutLine(range: lower + start..<$0.upperBound + start, role: role, indent: first ? 0 : indent))
                    first = false
                    return true
                }
            }
            if details, index == 0, paragraph.role == .title {
                emit(LayoutLine(range: paragraph.range.upperBound..<paragraph.range.upperBound, role: .details))
            }
        }
    }

    /// Whether paragraph `index` of `article` is a list item: body text that opens with a bullet
    /// or a number (``ListMarker``).
    private static func isListItem(_ article: Article, _ index: Int) -> Bool {
        let paragraph = article.paragraphs[index]
        guard paragraph.role == .body else { return false }
        let head = paragraph.range.lowerBound..<min(paragraph.range.upperBound, paragraph.range.lowerBound + ListMarker.longest)
        return article.withScalars(in: head) { ListMarker.length(of: $0) } > 0
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
        guard maximumLines > 0 else { return result }
        scalars.withUnsafeBufferPointer { scalars in
            wrap(scalars, range, width: width) { line in
                result.append(line)
                return result.count < maximumLines
            }
        }
        return result
    }

    /// Greedy word wrap of `scalars[range]` to `width` columns, each line's range handed to
    /// `emit` until it returns `false`. ASCII, nearly all of news text, is measured without
    /// looking up its properties.
    private static func wrap(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, width: Int, emit: (Range<Int>) -> Bool
    ) {
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var column = 0
            var index = lineStart
            var lastBreak: Int?
            while index < range.upperBound {
                let scalar = scalars[index]
                let space = isSpace(scalar)
                let columns = scalar == "\t" ? DisplayWidth.tab(at: column) : space || scalar.value < 0x7F ? 1 : DisplayWidth.of(scalar)
                if column + columns > width, !space { break }
                if space {
                    lastBreak = index
                }
                column += columns
                index += 1
                // A hyphen or dash between words is a break opportunity too (after it).
                if scalar == "-" || scalar == "\u{2014}", index < range.upperBound, index - 1 > lineStart,
                    isLetter(scalars[index - 2]), isLetter(scalars[index])
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
            while trimmedEnd > lineStart, isSpace(scalars[trimmedEnd - 1]) { trimmedEnd -= 1 }
            guard emit(lineStart..<trimmedEnd) else { return }
            while next < range.upperBound, isSpace(scalars[next]) { next += 1 }
            lineStart = next
        }
    }

    /// Whether `scalar` is white space (ASCII's tab, line breaks and space without a look-up).
    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 0x20 || scalar.value &- 0x09 < 5 : scalar.properties.isWhitespace
    }

    /// Whether `scalar` is a letter (ASCII's without a look-up).
    @inline(__always)
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }
}
