/// A person's name as a run of tokens: capitalised words, middle initials (`V.`) and name
/// particles (`al`, `van`), with titles (`Gen.`, `President`) and a possessive `’s` left out.
enum PersonName {
    static let particles: Set<String> = ["al", "bin", "ibn", "de", "van", "von", "da", "del", "la", "le"]
    /// The most tokens a name runs to.
    static let longest = 5

    /// The name that starts at `start`, after any titles; at least a first and a last name.
    static func run(in tokens: [Token], from start: Int) -> [Token]? {
        var end = start
        while end < tokens.count, end - start < longest + 2, isNamePart(tokens, end) {
            end += 1
            if isPossessive(tokens[end - 1]) { break }
        }
        return trimmed(tokens[start..<end])
    }

    /// The name that ends just before `end`, after any titles.
    static func run(in tokens: [Token], endingBefore end: Int) -> [Token]? {
        var start = end
        while start > 0, end - start < longest + 2, isNamePart(tokens, start - 1) { start -= 1 }
        return trimmed(tokens[start..<end])
    }

    /// A name's tokens without a possessive `’s`.
    static func withoutPossessive(_ tokens: [Token]) -> [Token] {
        guard let last = tokens.last, isPossessive(last) else { return tokens }
        let trimmedLast = Token(
            kind: .word, text: String(last.text.dropLast(2)), range: last.range.lowerBound..<last.range.upperBound - 2)
        return tokens.dropLast() + [trimmedLast]
    }

    private static func trimmed(_ run: ArraySlice<Token>) -> [Token]? {
        // Checked on the slice, so a run that names nobody (most: one capitalised word) makes
        // no array.
        let words = run.drop { WordLists.titles.contains($0) }
        guard let first = words.first, let last = words.last, words.count >= 2, words.count <= longest, first.isCapitalized,
            last.text.count > (isPossessive(last) ? 4 : 2)
        else { return nil }
        return withoutPossessive(Array(words))
    }

    private static func isNamePart(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if particles.contains(token.text) { return index + 1 < tokens.count && tokens[index + 1].isCapitalized }
        return token.isCapitalized && token.text.unicodeScalars.dropFirst().contains { $0.isLowercaseLetter }
            || isInitial(token)
    }

    private static func isInitial(_ token: Token) -> Bool {
        var scalars = token.text.unicodeScalars.makeIterator()
        guard let letter = scalars.next(), let dot = scalars.next(), scalars.next() == nil else { return false }
        return letter.isUppercaseLetter && dot == "."
    }

    /// Whether `token` ends in a possessive `’s` or `'s`. Its last two bytes tell almost every
    /// token apart; only one ending in `’s` or `'s` is compared as characters.
    static func isPossessive(_ token: Token) -> Bool {
        var bytes = token.text.utf8.reversed().makeIterator()
        guard bytes.next() == UInt8(ascii: "s"), let mark = bytes.next(), mark == 0x99 || mark == UInt8(ascii: "'") else { return false }
        return token.text.hasSuffix("\u{2019}s") || token.text.hasSuffix("'s")
    }
}
