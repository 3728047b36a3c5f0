/// Whether a text opens with a headline, which news style quotes in single marks.
///
/// A headline is a first line followed by a blank line, no longer than a title, that holds one
/// sentence and either does not end like a sentence, is set in title case (most words
/// capitalised), or is short: a lead paragraph runs longer than ``maximumWords`` words.
enum OpeningHeadline {
    private typealias Context = StrandedMarkContext

    /// The most words a headline in sentence case has.
    static let maximumWords = 12

    /// The least share of words with a capital first letter that makes a line title case.
    private static let titleCaseShare = 0.7

    /// Punctuation that ends a sentence.
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?"]

    /// Whether `scalars`, a damaged text, opens with a headline.
    static func isPresent(in scalars: [Unicode.Scalar]) -> Bool {
        guard let end = scalars.prefix(ArticleParser.maximumTitleLength + 1).firstIndex(of: "\n"), end > 0 else {
            return false
        }
        let nextLine = scalars[(end + 1)...].prefix { $0 != "\n" }
        guard nextLine.endIndex < scalars.endIndex, nextLine.allSatisfy(\.properties.isWhitespace) else { return false }
        let line = scalars[..<end]
        guard !breaksSentence(line) else { return false }
        guard let last = line.last(where: { !isClosing($0) }), sentenceEnds.contains(last) else { return true }
        let initials = words(line).compactMap { $0.first(where: Context.isLetter) }
        let capitals = initials.count { $0.properties.isUppercase }
        return initials.count <= maximumWords || Double(capitals) >= titleCaseShare * Double(initials.count)
    }

    /// Whether a sentence ends inside `line`: sentence punctuation, perhaps closing marks, a blank
    /// and a capital. A full stop after a short capitalised word (Dr., Gov., U.S.) ends none.
    private static func breaksSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.indices.contains { index in
            guard sentenceEnds.contains(line[index]), !endsAbbreviation(line[..<index], with: line[index]) else {
                return false
            }
            let rest = line[(index + 1)...].drop(while: isClosing)
            guard let blank = rest.first, Context.isBlank(blank) else { return false }
            let start = rest.dropFirst().drop { $0 == StrandedMark.scalar || $0 == "'" || $0 == "\"" }
            return start.first?.properties.isUppercase == true
        }
    }

    /// Whether `end`, put after `before`, is the full stop of an abbreviation: a capitalised word of at most three letters.
    private static func endsAbbreviation(_ before: ArraySlice<Unicode.Scalar>, with end: Unicode.Scalar) -> Bool {
        let word = before.suffix { Context.isLetter($0) }
        return end == "." && (1...3).contains(word.count) && word.first!.properties.isUppercase
    }

    /// Whether `scalar` may close a quotation: a stranded mark or a straight quotation mark.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        scalar == StrandedMark.scalar || scalar == "'" || scalar == "\""
    }

    /// The blank-separated words of `line` that hold a letter.
    private static func words(_ line: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        line.split(whereSeparator: Context.isBlank).filter { $0.contains(where: Context.isLetter) }
    }
}
