/// `a co-host of the podcast “Small Town Hours”`, `appeared on “Morning Desk”`: quoted words
/// in title case, in a sentence that is not, are the title of a show, book or film or a
/// name — nobody's words, so the quotation has no speaker.
///
/// Headlines are written in title case throughout, so the rule leaves them alone, and any
/// paragraph whose words just before the quotation are capitalised too (`Mayor Calls Plan
/// “Dead on Arrival”`).
struct TitleSieve: QuoteSieve {
    let name = "title"

    /// The longest title the rule accepts, in words.
    static let maximumWords = 10

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        guard quotation.article.paragraphs[quotation.span.paragraphIndex].role != .title,
            Self.isTitleCase(quotation.content),
            !quotation.before.filter({ $0.kind == .word }).suffix(2).allSatisfy(\.isCapitalized)
        else { return nil }
        return .noSpeaker
    }

    /// Whether `tokens` read as a title: at most ``maximumWords`` words, each capitalised but
    /// for the short words titles leave in lower case, at least one of them a letter.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        var words = 0
        var lettered = false
        for word in tokens where word.kind == .word {
            words += 1
            guard words <= maximumWords else { return false }
            guard let first = word.text.unicodeScalars.first, first.properties.isAlphabetic else { continue }
            lettered = true
            if !word.isCapitalized && !WordLists.titleSmallWords.contains(word) { return false }
        }
        return lettered
    }
}
