/// Splits repaired text into a title and paragraphs.
public enum ArticleParser {
    /// The longest first line, in scalars, that is still taken as a title.
    static let maximumTitleLength = 200

    /// The article structure of `text`.
    ///
    /// Paragraphs are separated by blank lines. A block of several lines is one paragraph
    /// when its lines look hard-wrapped (none longer than 100 columns); otherwise, as in text
    /// scraped from web pages, each line is a paragraph. The first paragraph is the title
    /// when it is a single short line that does not end like a sentence.
    public static func parse(_ text: String) -> Article {
        let scalars = Array(text.unicodeScalars)
        let blocks = lineBlocks(scalars)
        let hardWrapped = blocks.allSatisfy { block in block.allSatisfy { $0.count <= 100 } }
            && blocks.contains { $0.count > 1 }
        var ranges: [Range<Int>] = []
        for block in blocks {
            if hardWrapped {
                ranges.append(block.first!.lowerBound..<block.last!.upperBound)
            } else {
                ranges.append(contentsOf: block)
            }
        }
        var paragraphs = ranges.map { Paragraph(range: $0, role: .body) }
        if let first = blocks.first?.first, first == paragraphs.first?.range, looksLikeTitle(scalars[first]) {
            paragraphs[0].role = .title
        }
        return Article(text: text, paragraphs: paragraphs)
    }

    /// Non-blank lines (trimmed ranges), grouped into blocks separated by blank lines.
    private static func lineBlocks(_ scalars: [Unicode.Scalar]) -> [[Range<Int>]] {
        var blocks: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            var lower = lineStart
            var upper = index
            while lower < upper, scalars[lower].isSpace { lower += 1 }
            while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
            if lower < upper {
                current.append(lower..<upper)
            } else if !current.isEmpty {
                blocks.append(current)
                current = []
            }
            lineStart = index + 1
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    private static func looksLikeTitle(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= maximumTitleLength, let last = line.last else { return false }
        return last != "." && last != "," && last != ";"
    }
}
