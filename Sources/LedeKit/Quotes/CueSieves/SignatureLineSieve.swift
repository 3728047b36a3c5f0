/// `“…”` then a paragraph `— Hillary Clinton, in a debate.`: a quotation that ends its
/// paragraph, signed by a short paragraph after it that opens with a dash and a name, or that
/// is a name in brackets (`[Harbour Weekly]`, as review round-ups credit each quoted review).
/// Paragraphs wholly in quotation marks may stand between (the lines of an embedded post).
struct SignatureLineSieve: QuoteSieve {
    let name = "signature-line"

    /// The dashes a signature line opens with.
    private static let dashes: Set<String> = ["-", "\u{2014}", "\u{2013}", "\u{2015}"]

    func attribute(_ quotation: QuotationContext) -> SieveFinding? {
        let article = quotation.article
        let span = quotation.span
        let paragraph = article.paragraphs[span.paragraphIndex].range
        guard article.scalars[span.extent.upperBound..<paragraph.upperBound].allSatisfy({ $0.isSpace || $0 == "." }) else {
            return nil
        }
        // Past the lines of a post or a quoted passage set as paragraphs of their own, each
        // wholly in quotation marks.
        let paragraphs = quotation.document.tokens.paragraphs
        var signature = span.paragraphIndex + 1
        while signature < paragraphs.count, signature - span.paragraphIndex <= Self.longestQuotedRun,
            Self.isWhollyQuoted(paragraphs[signature])
        {
            signature += 1
        }
        guard signature < paragraphs.count else { return nil }
        let tokens = paragraphs[signature]
        guard tokens.count >= 2, tokens.count <= 16,
            Self.dashes.contains(tokens[0].text) || tokens[0].text == "[" && tokens.last!.text == "]",
            let phrase = NounPhrase.leading(tokens.dropFirst()), phrase.contains(where: \.isCapitalized),
            !WordLists.determiners.contains(phrase.first!) || Self.isTitledName(phrase)
        else { return nil }
        return .speaker(SpeakerCue(speaker: Array(phrase), cue: tokens[0].text), sentence: tokens)
    }

    /// The most quoted paragraphs a signature line signs after the quotation's own.
    static let longestQuotedRun = 6

    /// Whether the paragraph of `tokens` is one quotation: it opens and ends with quotation marks
    /// (a closing full stop after it aside).
    private static func isWhollyQuoted(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, first.isDoubleQuotationMark else { return false }
        let end = tokens.last?.text == "." ? tokens.dropLast() : tokens[...]
        return end.count > 1 && end.last!.isDoubleQuotationMark
    }

    /// Whether `phrase`, opening with a determiner, is a name in title case (`The Verge`, `The
    /// New York Times`), not a description (`the end`).
    private static func isTitledName(_ phrase: ArraySlice<Token>) -> Bool {
        phrase.count >= 2 && phrase.allSatisfy { $0.isCapitalized || WordLists.titleSmallWords.contains($0) }
    }
}
