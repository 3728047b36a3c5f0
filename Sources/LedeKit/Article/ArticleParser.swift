/// Splits repaired text into a title and paragraphs.
public enum ArticleParser {
    /// The longest first line, in scalars, that is still taken as a title.
    static let maximumTitleLength = 200

    /// The article structure of `text`.
    ///
    /// Paragraphs are separated by blank lines. A block of several lines is one paragraph
    /// when its lines look hard-wrapped (none longer than 100 columns); otherwise, as in text
    /// scraped from web pages, each line is a paragraph. The first paragraph is the title
    /// when it is a single short line that does not end like a sentence, or when a section's
    /// label in capitals (`ABSTRACT.`) follows it. A short `By …` line
    /// among the first paragraphs is the byline, and a place in capitals before a dash at the
    /// start of one of the first paragraphs (`BEIRUT (Reuters) —`) the dateline. With
    /// `titled` (a web page's text, which opens with the headline its page names), the first
    /// paragraph is the title however it ends.
    public static func parse(_ text: String, titled: Bool = false) -> Article {
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
        if let first = blocks.first?.first, first == paragraphs.first?.range, titled || looksLikeTitle(scalars[first]) {
            paragraphs[0].role = .title
        } else if blocks.count > 1, blocks[1].count == 1, isLabel(scalars[blocks[1][0]]),
            let opening = paragraphs.first, opening.range.count <= maximumTitleLength
        {
            // A headline, with its deck, before a section's label (`ABSTRACT.`), as news
            // databases print them.
            paragraphs[0].role = .title
        }
        for index in paragraphs.indices.prefix(4) where paragraphs[index].role == .body {
            guard isByline(scalars[paragraphs[index].range]) else { break }
            paragraphs[index].role = .byline
        }
        // The dateline may follow a standfirst or a line with the date; the first one counts.
        for index in paragraphs.indices.prefix(4) where paragraphs[index].role == .body {
            paragraphs[index].dateline = dateline(in: scalars, paragraph: paragraphs[index].range)
            if paragraphs[index].dateline != nil { break }
        }
        return Article(text: text, paragraphs: paragraphs)
    }

    /// Whether a paragraph is a byline: `By` and one to eight capitalised names joined by
    /// `and` or commas, with no full stop at the end.
    static func isByline(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(line)).split(separator: " ")
        guard line.count <= 100, words.count >= 2, words.count <= 12, words[0] == "By" || words[0] == "BY",
            line.last != "."
        else { return false }
        return words.dropFirst().allSatisfy { word in
            word == "and" || word.first.map { $0.isUppercase || $0 == "(" } ?? false
        }
    }

    /// The dateline at the start of a paragraph: capitals (a place, possibly with a country
    /// or a date in capitalised words after a comma, and an agency in brackets) followed by a
    /// dash (`—`, `–`, `-` or `--` before a space), up to and including the dash.
    static func dateline(in scalars: [Unicode.Scalar], paragraph: Range<Int>) -> Range<Int>? {
        var index = paragraph.lowerBound
        var sawCapital = false
        var afterComma = false
        var depth = 0
        func isSpace(_ offset: Int) -> Bool { offset < paragraph.upperBound && scalars[offset] == " " }
        while index < paragraph.upperBound, index - paragraph.lowerBound < 60 {
            let scalar = scalars[index]
            let dashLength = scalar == "\u{2014}" || scalar == "\u{2013}" ? 1
                : scalar == "-" && isSpace(index + 1) ? 1
                : scalar == "-" && index + 1 < paragraph.upperBound && scalars[index + 1] == "-" && isSpace(index + 2) ? 2 : 0
            if dashLength > 0 {
                guard sawCapital, depth == 0, index > paragraph.lowerBound, scalars[index - 1] == " " else { return nil }
                return paragraph.lowerBound..<index + dashLength
            }
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth -= 1 }
            if depth == 0, scalar.properties.isLowercase {
                // Past the place's comma, the rest of a capitalised word (`France`, `June`).
                guard afterComma, index > paragraph.lowerBound, scalars[index - 1].properties.isAlphabetic else { return nil }
            }
            if scalar.properties.isUppercase { sawCapital = true }
            if depth == 0, scalar == ",", sawCapital { afterComma = true }
            index += 1
        }
        return nil
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

    /// The most words a section's label has (`CORRECTION APPENDED.`).
    static let maximumLabelWords = 3

    /// Whether a line is a section's label: one to three words in capitals and a full stop or
    /// a colon (`ABSTRACT.`, `FULL TEXT.`).
    static func isLabel(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last, last == "." || last == ":" else { return false }
        let words = line.dropLast().split(separator: " ")
        return !words.isEmpty && words.count <= maximumLabelWords
            && words.allSatisfy { word in word.allSatisfy { $0.properties.isUppercase } }
    }

    private static func looksLikeTitle(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= maximumTitleLength, let last = line.last else { return false }
        return last != "." && last != "," && last != ";"
    }
}
