/// What a single stranded mark stood for, judged from its context (text-repair.md).
enum StrandedMarkRules {
    private typealias Context = StrandedMarkContext

    /// Word endings that make a mark after a letter an apostrophe:
    /// Assad’s, I’d, they’re, we’ve, she’ll, I’m, don’t.
    private static let contractionEndings: Set<String> = ["s", "d", "re", "ve", "ll", "m", "t"]

    /// Letters that an eliding word's apostrophe comes before (l’homme, dell’anno).
    private static let vowels = Set("aeiouhàâèéêìíòóùú".unicodeScalars)

    /// Punctuation that ends a phrase, before which a mark after a blank is a dash (the Mexicans —.).
    private static let phraseEnds: Set<Unicode.Scalar> = [".", ",", ";"]

    /// Characters after which a mark opens a quotation, besides white space and a line start;
    /// ">" ends a markup tag (<p>“Yes), and U+202A, the left-to-right embedding, opens an
    /// embedded post (‪“Sorry).
    private static let openingContext: Set<Unicode.Scalar> = [
        "(", "[", "{", ":", ">", "\u{2014}", "\u{2013}", "\u{201C}", "\u{2018}", "\u{202A}",
    ]

    /// Punctuation and signs after which a mark closes a quotation, besides letters and digits.
    private static let closingContext: Set<Unicode.Scalar> = [
        ".", ",", "!", "?", ";", ")", "]", "}", "%", "'", "\"", "\u{2026}", "\u{2019}", "\u{201D}",
        "\u{2030}", "\u{2032}", "\u{2033}", "\u{2122}",
    ]

    /// Punctuation that a dash does not follow, so that a mark set apart after it quotes.
    private static let quotingPunctuation: Set<Unicode.Scalar> = [",", ":"]

    /// Punctuation that ends a sentence, after which a mark set apart opens a quotation that
    /// closes later on the line (`he said. “ You know …”`).
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?"]

    /// Punctuation that ends a quoted sentence or clause before its closing mark.
    private static let closesQuotedSentence: Set<Unicode.Scalar> = [".", ",", "!", "?"]

    /// The vowels of English, two of which alone make no word a dash comes before: a mark joining
    /// them to a word is the apostrophe of a transliterated name (As-Saba’ee, Syafi’ie).
    private static let englishVowels = Set("aeiou".unicodeScalars)

    private static let apostrophe = MarkReplacement("\u{2019}", .apostrophe)
    private static let enDash = MarkReplacement("\u{2013}", .dash)
    private static let emDash = MarkReplacement("\u{2014}", .dash)
    private static let feet = MarkReplacement("\u{2019}", .other)
    private static let inches = MarkReplacement("\u{201D}", .other)
    private static let zeroWidthJoiner = MarkReplacement("\u{200D}", .other)

    /// Characters that end an emoji as the damage leaves it: the variation selector U+FE0F ("ï¸")
    /// and U+FFFD, which stands for an emoji whose bytes were cut short ("ð³").
    private static let emojiEnds: Set<Unicode.Scalar> = ["\u{FE0F}", "\u{FFFD}"]

    /// The character the mark in `context` stood for, updating the open `quotes`; nil when no rule
    /// applies. A mark between spaces is `spacedDash`, the document's style (``SpacedDash``).
    static func replacement(
        in context: StrandedMarkContext, spacedDash: MarkReplacement, quotes: inout QuoteNesting
    ) -> MarkReplacement? {
        let previous = context.previous, next = context.next
        if let byte = context.survivingByte {
            // A byte survived after the mark: the pair, not the context, names the character. Two
            // that survived make a whole sequence; a pair that names none that articles use stands
            // for a character that is lost (≥ leaves "â¥").
            let isWhole = context.after.dropFirst().first.map(StrandedMark.isSurvivingByte) == true
            return (isWhole ? nil : StrandedMark.replacement(pairedWith: byte, after: previous))
                ?? Latin1Sequence.replacement(lead: StrandedMark.scalar, followedBy: context.after)
        }
        if let previous, emojiEnds.contains(previous) || previous.properties.isEmojiPresentation,
            context.after.first == Latin1Sequence.fourByteLead
        {
            // Between two emoji, the joiner of a sequence drawn as one (🏳️‍🌈).
            return zeroWidthJoiner
        }
        if Context.isDigit(previous) && Context.isDigit(next) {
            // A height in feet and inches (6’2”) sets its primes as quotation marks; a range an en dash.
            return context.givesHeight ? feet : enDash
        }
        if context.endsHeight {
            return inches
        }
        if Context.isBlank(previous) && Context.isBlank(next) {
            // Quotation marks set apart by blanks (`is “ comfort food ” — pizza`): a mark set
            // apart closes the quotation one opened, and opens one where no dash is read.
            if quotes.innermostIsApart, let closing = quotes.close() { return closing }
            if !quotes.isOpen, context.opensQuotationApart { return quotes.openApart() }
            let before = context.before.dropLast().last
            if let before, sentenceEnds.contains(before), !quotes.isOpen, context.closingMarkAheadEndsQuotedSentence {
                return quotes.open()
            }
            // After a single quotation closed by punctuation (`attention,’ ”`), the quotation
            // around it closes.
            if before == "\u{2019}", context.before.dropLast(2).last.map(closesQuotedSentence.contains) == true,
                let closing = quotes.close()
            {
                return closing
            }
            // After a comma or a colon, a mark set apart quotes: no dash follows them.
            guard before.map(quotingPunctuation.contains) == true else { return spacedDash }
            return quotes.close() ?? quotes.open()
        }
        if Context.isLetter(previous) && contractionEndings.contains(context.followingWord) {
            return apostrophe
        }
        if Context.isDigit(previous) || previous == ".", context.followingWord == "s" {
            // The possessive or plural of a figure or an abbreviation: HB2’s, the 1970’s, e.v.’s.
            return apostrophe
        }
        let atWordStart = previous == nil || Context.isBlank(previous)
        let elidesYear = context.startsElidedYear(decade: true)
            || context.startsElidedYear(decade: false) && WordLists.elidedYearLeads.contains(context.wordBeforeBlank)
        // An elision opens a word after a blank, or after an opening mark or bracket (“’Twas).
        let opensWord = atWordStart || previous.map(openingContext.contains) == true
        if opensWord && (elidesYear || WordLists.elidedWords.contains(context.followingWord)) || clipsWord(context) {
            return apostrophe
        }
        if Context.isBlank(previous) && next == nil {
            // A closing mark set apart at the paragraph's end (`with that. ”`), else a dash.
            return quotes.closeAll() ?? quotes.close() ?? spacedDash
        }
        if previous == nil && Context.isBlank(next) || Context.isBlank(previous) && next.map(phraseEnds.contains) == true {
            // A dash that opens a list item or subhead, or ends a phrase before its punctuation.
            return spacedDash
        }
        if opensWord || context.followsOpeningStraightQuote, next != nil, !Context.isBlank(next) {
            return quotes.open(inCapitals: context.opensInCapitals || context.opensQuotedSubheadInCapitals)
        }
        if let glued = GluedMark.replacement(in: context, quotes: &quotes) {
            return glued
        }
        if closesQuotation(context) {
            if endsPluralPossessive(context) || dropsFinalG(context), quotes.isOpen,
                context.nextMarkEndsQuotedSentence || quotes.depth == 1 && context.closingMarkAheadEndsQuotedSentence
            {
                return apostrophe
            }
            if next == nil, let outermost = quotes.closeAll() {
                // The paragraph's last mark, with quotations nested: it closes them all (“… ‘….”).
                return outermost
            }
            if let closing = quotes.close() { return closing }
            if previous == "s" || previous == "S" { return apostrophe }
            // Nothing open, and a blank after a word or figure: a dash set close to it (the bill—
            // which passed; Flight 12— Crash Site Found).
            let runsOn = Context.isLetterOrDigit(previous) && Context.isBlank(next)
            return runsOn ? emDash : quotes.unmatchedClosing
        }
        if Context.isLetter(previous) && Context.isLetter(next) {
            let isApostrophe = followsShortName(context) || elides(context) || spellsApostropheWord(context)
                || joinsTwoVowels(context)
            return isApostrophe ? apostrophe : emDash
        }
        return nil
    }

    /// Whether a quotation mark in `context` closes a quotation: it ends a word or follows closing
    /// punctuation, and a blank, punctuation or the line end follows.
    static func closesQuotation(_ context: StrandedMarkContext) -> Bool {
        let previous = context.previous, next = context.next
        return (Context.isLetterOrDigit(previous) || previous.map(closingContext.contains) == true)
            && (next == nil || Context.isBlank(next) || Context.isPunctuation(next))
    }

    /// Whether the mark in `context` may be the apostrophe of a plural possessive inside a
    /// sentence (the Governors’ meeting, ISIS’ leaders): it follows "s" or "S", a blank follows.
    private static func endsPluralPossessive(_ context: StrandedMarkContext) -> Bool {
        (context.previous == "s" || context.previous == "S") && Context.isBlank(context.next)
    }

    /// Whether the mark in `context` is the apostrophe of a French or Italian word that drops its
    /// last vowel before a vowel (l’homme, c’est, qu’il, dell’anno): an eliding word in lower case before it.
    private static func elides(_ context: StrandedMarkContext) -> Bool {
        let word = context.precedingWord
        guard let next = context.next, vowels.contains(next), word.first?.properties.isLowercase == true else {
            return false
        }
        return WordLists.elidingWords.contains(String(String.UnicodeScalarView(word)))
    }

    /// Whether the letters joined by the mark in `context` spell a word written with an apostrophe
    /// (ma’am, o’clock, y’all).
    private static func spellsApostropheWord(_ context: StrandedMarkContext) -> Bool {
        let word = String(String.UnicodeScalarView(context.precedingWord)).lowercased() + "'" + context.followingWord
        return WordLists.apostropheWords.contains(word)
    }

    /// Whether the mark in `context` joins a word to two vowels alone, as the apostrophe of a name
    /// transliterated from Arabic does (As-Saba’ee, Syafi’ie): no English word a dash joins (bill—which,
    /// me—as) is spelt so.
    private static func joinsTwoVowels(_ context: StrandedMarkContext) -> Bool {
        let word = context.followingWord.unicodeScalars
        return word.count == 2 && word.allSatisfy(englishVowels.contains)
    }

    /// Whether the mark in `context` is one of the two apostrophes of a word clipped at both ends
    /// (rock ’n’ roll): at a word's start before the word and another mark that ends it, or right
    /// after the word that such an apostrophe opened; a blank or the line's edge outside both.
    private static func clipsWord(_ context: StrandedMarkContext) -> Bool {
        let following = context.followingWord
        let rest = context.after.dropFirst(following.unicodeScalars.count)
        if context.previous == nil || Context.isBlank(context.previous), WordLists.clippedWords.contains(following),
            rest.first == StrandedMark.scalar, rest.dropFirst().first.map(Context.isBlank) ?? true
        {
            return true
        }
        let word = context.precedingWord
        let start = context.before[..<word.startIndex]
        return WordLists.clippedWords.contains(String(String.UnicodeScalarView(word)).lowercased())
            && start.last == "\u{2019}" && (start.dropLast().last.map(Context.isBlank) ?? true)
            && (context.next == nil || Context.isBlank(context.next))
    }

    /// Whether the mark in `context` may be the apostrophe of a word that drops its final "g"
    /// inside a sentence (Takin’ It to the Streets, nothin’ more): it follows "in", a blank follows.
    private static func dropsFinalG(_ context: StrandedMarkContext) -> Bool {
        context.precedingWord.count > 3 && context.precedingWord.suffix(2).elementsEqual(["i", "n"])
            && Context.isBlank(context.next)
    }

    /// Whether letters joined by the mark read as a name with an apostrophe (O’Brien, Qur’an, Shi’ite,
    /// d’Artagnan) rather than two words joined by a dash (bill—which, GOP—We, me—I): at most three
    /// letters before it, capitalised but not an abbreviation in capitals, or a single letter before a capital.
    private static func followsShortName(_ context: StrandedMarkContext) -> Bool {
        let word = context.precedingWord
        guard (1...3).contains(word.count) else { return false }
        if word.first!.properties.isUppercase {
            return word.count == 1 || word.dropFirst().contains { $0.properties.isLowercase }
        }
        return word.count == 1 && context.next?.properties.isUppercase == true
    }
}
