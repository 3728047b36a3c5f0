/// `he said on ABC’s “This Week”`, `Ayn Rand’s “The Fountainhead”`: quoted words in title case
/// right after a possessive are the title of someone's show, book or film — nobody's words,
/// even after a speech verb, so the rule is tried before any speaker is looked for.
///
/// It is ``TitleSieve`` confined to the place a title most surely stands; headlines and
/// title-case paragraphs are left alone as that rule leaves them.
struct PossessedTitleSieve: QuoteSieve {
    let name = "possessed-title"

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        guard let last = quotation.before.last, last.kind == .word, PersonNames.isPossessive(last) else { return nil }
        return TitleSieve().attribute(quotation)
    }
}
