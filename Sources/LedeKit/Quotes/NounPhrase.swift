/// Reads speaker noun phrases out of token runs.
enum NounPhrase {
    /// The noun phrase that starts `tokens` (a clause's subject), up to the first comma,
    /// quotation mark or word that cannot belong to it (`in`, `has`, `said`, …).
    static func leading(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        let tokens = withoutDateline(tokens)
        var end = tokens.startIndex
        for token in tokens {
            if token.kind == .punctuation, !joinsWords(token), !isAbbreviationDot(at: end, in: tokens) { break }
            if token.kind == .word, end > tokens.startIndex {
                // `A spokesman for Hillary Clinton`, `a source at the Tampa station`, `a report
                // from the inspector general`, `an aide to Sen. Udall` (`to` after a noun for a
                // person only): a role or document with where it comes from.
                let preposition = token.lowercased
                let joinsOrganisation = (["for", "at", "from", "with", "by"].contains(preposition)
                    || preposition == "to" && PersonNames.isPersonNoun(tokens[end - 1]))
                    && end + 1 < tokens.endIndex && !tokens[end - 1].isCapitalized
                    && !WordLists.pronouns.contains(tokens[end - 1])
                    && (tokens[end + 1].isCapitalized || ["the", "a", "an"].contains(tokens[end + 1].lowercased))
                if !token.isCapitalized, !joinsOrganisation, !joinsOrganisationName(at: end, in: tokens),
                    WordLists.phraseBreakers.contains(token)
                {
                    break
                }
                let previous = tokens[end - 1]
                // A headline in title case: a capitalised auxiliary after a name starts the
                // predicate (`Dana Holt Is Now Running`, `Lee Got Real About …`).
                if token.isCapitalized, previous.isCapitalized, WordLists.titleCaseAuxiliaries.contains(token) { break }
                // A pronoun is a whole phrase; a lower-case verb form right after a name
                // starts the predicate (`Trump issued a statement`).
                if WordLists.pronouns.contains(previous) { break }
                if !token.isCapitalized, looksLikeFiniteVerb(token),
                    previous.isCapitalized || !WordLists.determiners.contains(previous) && end - tokens.startIndex >= 2
                {
                    break
                }
                // A present-tense verb after a common noun, followed by its object (`The ad
                // targets a …`, `the mayor rebuffs Trump`).
                if isPresentTenseVerb(token, after: previous, before: end + 1 < tokens.endIndex ? tokens[end + 1] : nil) { break }
            }
            if token.kind == .word, WordLists.speechVerbs.contains(token) || WordLists.textVerbs.contains(token) {
                break
            }
            end += 1
        }
        // `The employee first said`: adverbs and a span of time before the verb that ended
        // the phrase are not part of it.
        if end < tokens.endIndex, case let verb = tokens[end], verb.kind == .word, !verb.isCapitalized,
            WordLists.speechVerbs.contains(verb) || looksLikeFiniteVerb(verb)
        {
            end = subjectEnd(before: end, from: tokens.startIndex, in: tokens)
        }
        return cleaned(tokens[tokens.startIndex..<end])
    }

    /// `a report issued last year`, `a bulletin just published for growers`, `a memo obtained
    /// by the Gazette`: the index of the past participle of a reduced relative clause opening
    /// at `index` (adverbs may stand before it), or `nil`. The participle is a lower-case past
    /// form, not a speech verb, followed by a preposition, a word of time or an adverb.
    static func reducedRelativeParticiple(at index: Int, in tokens: ArraySlice<Token>) -> Int? {
        var participle = index
        while participle < tokens.endIndex, tokens[participle].kind == .word, !tokens[participle].isCapitalized,
            isAdverb(tokens[participle]) || WordLists.participleAdverbs.contains(tokens[participle])
        {
            participle += 1
        }
        guard participle + 1 < tokens.endIndex, case let word = tokens[participle], word.kind == .word, !word.isCapitalized,
            looksLikeFiniteVerb(word), !WordLists.speechVerbs.contains(word),
            case let next = tokens[participle + 1], next.kind == .word,
            WordLists.postModifierPrepositions.contains(next) || WordLists.timeWords.contains(next)
                || WordLists.timeModifiers.contains(next) || isAdverb(next)
        else { return nil }
        return participle
    }

    /// `the Nov. 8 vote`: a full stop after an abbreviation, before a lower-case word or a
    /// number, stays inside the phrase.
    private static func isAbbreviationDot(at index: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard tokens[index].text == ".", index > tokens.startIndex, index + 1 < tokens.endIndex,
            case let next = tokens[index + 1], next.kind == .word, !next.isCapitalized
        else { return false }
        return WordLists.abbreviations.contains(tokens[index - 1])
    }

    /// `the Center for Economic Policy Research`, `the Committee for a Balanced Budget`: `for`
    /// after the head of an organisation's name and before a capitalised word (an article may
    /// stand between) is inside the name.
    private static func joinsOrganisationName(at index: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard tokens[index].lowercased == "for", index > tokens.startIndex,
            case let head = tokens[index - 1], head.isCapitalized, WordLists.organisationHeads.contains(head)
        else { return false }
        var next = index + 1
        if next < tokens.endIndex, ["a", "an", "the"].contains(tokens[next].text) { next += 1 }
        return next < tokens.endIndex && tokens[next].isCapitalized
    }

    /// Whether a lower-case `-s` word after a lower-case noun reads as a verb, its object or
    /// particle after it (`targets a`, `rebuffs Trump`, `waves off`, `likes “…”`) — not a
    /// plural noun (`officials in`); after a name, only an article after it does.
    private static func isPresentTenseVerb(_ token: Token, after previous: Token, before next: Token?) -> Bool {
        let word = token.lowercased
        guard !token.isCapitalized, word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3, previous.kind == .word
        else { return false }
        // After a name, only an article or object pronoun tells the verb (`Garrow gives an
        // account`) from a plural noun (`Garrow supporters said`).
        if previous.isCapitalized, !PersonNames.isPossessive(previous) {
            return next.map { WordLists.objectArticles.contains($0) } ?? false
        }
        guard !previous.isCapitalized, !WordLists.determiners.contains(previous),
            previous.lowercased != "of", !WordLists.phraseBreakers.contains(previous),
            let next
        else { return false }
        // An opening quotation mark is the start of its object (`likes “The Walking Dead”`).
        if next.kind == .punctuation { return next.isDoubleQuotationMark && next.text != "\u{201D}" }
        return next.isCapitalized || WordLists.objectOpeners.contains(next)
    }

    /// Whether a lower-case word reads as a plural noun: `-s` but not `-ss` nor `-'s`, and no
    /// speech verb (`commentators`, not `says`).
    static func isPluralNoun(_ token: Token) -> Bool {
        let word = token.lowercased
        return token.kind == .word && !token.isCapitalized && word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
            && !PersonNames.isPossessive(token) && !WordLists.speechVerbs.contains(word) && !WordLists.auxiliaries.contains(word)
    }

    /// Whether a lower-case word is an adverb in `-ly` (`quickly`), not a noun that happens
    /// to end so (`rally`, `family`).
    static func isAdverb(_ token: Token) -> Bool {
        let word = token.lowercased
        return word.hasSuffix("ly") && word.count > 4 && !WordLists.nounsInLy.contains(word)
    }

    /// The subject of the sentence `tokens`: the phrase that starts it, or — when the
    /// sentence opens with an introductory phrase (`Back in 1999, Mr. Trump expressed …`,
    /// `Speaking to MSNBC, Bush referred …`) — the phrase after its first comma, whichever
    /// is followed by a verb; the name after a description, when one is set between commas
    /// (``nameInApposition(after:in:)``).
    static func subject(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        let opening = leading(tokens).map { withoutTrailingVerb($0, in: tokens) }
        if let opening, isFollowedByVerb(opening, in: tokens) { return opening }
        // `At a rally in Portsmouth, N.H., on Tuesday, Senator Sanders endorsed …`: the
        // subject may follow several commas of an introductory phrase. A phrase right before
        // its verb wins over one followed by an appositive (`in Salem, New Hampshire, Trump
        // went after Bush` is not about New Hampshire).
        let afterCommas = tokens.prefix(24).indices.filter { tokens[$0].text == "," }.compactMap { comma in
            leading(tokens[(comma + 1)...]).map { withoutTrailingVerb($0, in: tokens) }
        }
        let found = afterCommas.first { isFollowedByVerb($0, in: tokens, allowingAppositive: false) }
            ?? afterCommas.first { isFollowedByVerb($0, in: tokens) } ?? opening
        return found.map { nameInApposition(after: $0, in: tokens) ?? $0 }
    }

    /// `Rep. Jane Doe’s chief of staff, Joe Kasper,`: a description (its last word in lower
    /// case) followed by a name of two words or more alone between commas, or by a
    /// description that gives one (`Another rider, a retired teacher named Walter Briggs,`), is
    /// that person's role, and the name is who is meant. `nil` when no such name follows (`Sam
    /// Nunberg, a former aide,`).
    static func nameInApposition(after phrase: ArraySlice<Token>, in tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard phrase.last?.isCapitalized == false, phrase.endIndex < tokens.endIndex, tokens[phrase.endIndex].text == ",",
            let closing = tokens[(phrase.endIndex + 1)...].prefix(10).firstIndex(where: { $0.text == "," })
        else { return nil }
        let between = tokens[(phrase.endIndex + 1)..<closing]
        if let named = namedIn(between) { return named }
        guard between.count >= 2, between.count <= 5, isWholeName(between) else { return nil }
        return between
    }

    /// `a retired teacher named Walter Briggs`: the name an indefinite description of a person
    /// gives with `named` or `called`, when a name of two words or more ends it; `nil`
    /// otherwise (`at a consulting firm called Acme Partners` names a firm).
    static func namedIn(_ description: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let first = description.first, ["a", "an"].contains(first.lowercased),
            let named = description.lastIndex(where: { ["named", "called"].contains($0.lowercased) }),
            named > description.startIndex + 1, PersonNames.isPersonNoun(description[named - 1]),
            case let name = description[(named + 1)...], name.count >= 2, isWholeName(name)
        else { return nil }
        return name
    }

    /// Whether `tokens` are one name, no word of time among them.
    private static func isWholeName(_ tokens: ArraySlice<Token>) -> Bool {
        PersonNames.nameRun(in: Array(tokens), from: 0) == 0..<tokens.count && !tokens.contains(where: { WordLists.timeWords.contains($0) })
    }

    /// `Christie refers` → `Christie`: a phrase ending in a lower-case `-s` word after a name,
    /// where nothing verb-like follows the phrase, ends before that word — it is the verb. So
    /// does a phrase of three words or more that runs up to a quotation (`The county sheriff
    /// likes “…”`). A word after a possessive is what it owns, not a verb (`Clinton’s wins`).
    private static func withoutTrailingVerb(_ phrase: ArraySlice<Token>, in tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        guard phrase.count >= 2, let last = phrase.last, !last.isCapitalized, last.lowercased.hasSuffix("s"),
            !last.lowercased.hasSuffix("ss"), case let previous = phrase[phrase.endIndex - 2], !PersonNames.isPossessive(previous),
            previous.isCapitalized || (phrase.endIndex == tokens.endIndex && phrase.count >= 3 && previous.kind == .word),
            !WordLists.determiners.contains(previous), !isFollowedByVerb(phrase, in: tokens)
        else { return phrase }
        return phrase.dropLast()
    }

    /// Whether a verb comes right after `phrase` (adverbs such as `also` may stand between).
    /// Unless `allowingAppositive` is false, an appositive between commas may stand between
    /// (`Washington, star of “Scandal,” thanked`).
    static func isFollowedByVerb(_ phrase: ArraySlice<Token>, in tokens: ArraySlice<Token>, allowingAppositive: Bool = true) -> Bool {
        var rest = tokens[phrase.endIndex...]
        if allowingAppositive, rest.first?.text == ",", let closing = rest.dropFirst().prefix(16).firstIndex(where: { $0.text == "," }) {
            rest = tokens[(closing + 1)...]
        }
        for token in rest {
            let word = token.lowercased
            if token.kind != .word || token.isCapitalized { return false }
            if looksLikeFiniteVerb(token) || WordLists.speechVerbs.contains(word) || WordLists.auxiliaries.contains(word)
                || (word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3)
            {
                return true
            }
            if !(isAdverb(token) || WordLists.verbAdverbs.contains(word)) {
                return false
            }
        }
        return false
    }

    /// `the crowd loudly chanted`, `about 50 protesters had gathered`: the noun phrase right
    /// before the verb at `verbIndex`, auxiliaries and adverbs between passed over; `nil` when
    /// none stands there, or when it is the object of a preposition or a time (`The minister
    /// in recent weeks praised` offers no `recent weeks`).
    static func beforeVerb(at verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        let end = subjectEnd(before: verbIndex, from: 0, in: tokens[...])
        guard let phrase = trailing(tokens[..<end]), let last = phrase.last,
            phrase.contains(where: { $0.kind == .word && !WordLists.determiners.contains($0) }), !WordLists.timeWords.contains(last),
            phrase.startIndex == 0 || !WordLists.postModifierPrepositions.contains(tokens[phrase.startIndex - 1])
        else { return nil }
        return phrase
    }

    /// Where a subject standing before the verb at `verbIndex` (and after `start`) ends:
    /// auxiliaries, adverbs (`The employee first said`, `the crowd loudly chanted`) and a span
    /// of time ending in `ago` (`The ministry less than two weeks ago said`) right before the
    /// verb are not part of it. A word of the phrase is always left.
    static func subjectEnd(before verbIndex: Int, from start: Int, in tokens: ArraySlice<Token>) -> Int {
        func isLowerCaseWord(_ token: Token) -> Bool { token.kind == .word && !token.isCapitalized }
        var end = verbIndex
        while end > start + 1 {
            let token = tokens[end - 1]
            guard isLowerCaseWord(token) else { break }
            if WordLists.auxiliaries.contains(token) || isAdverb(token) || WordLists.verbAdverbs.contains(token) {
                end -= 1
            } else if token.lowercased == "ago" {
                var spanStart = end - 1
                while spanStart > start + 1, case let word = tokens[spanStart - 1],
                    word.kind == .word && word.text.first?.isNumber == true
                        || isLowerCaseWord(word) && (WordLists.timeWords.contains(word) || WordLists.determiners.contains(word)
                            || WordLists.agoQuantities.contains(word))
                {
                    spanStart -= 1
                }
                end = spanStart
            } else {
                break
            }
        }
        return end
    }

    /// The noun phrase that ends `tokens`, read backward to the first word that cannot
    /// belong to it (`as Trump` → `Trump`, `when he` → `he`).
    static func trailing(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        var start = tokens.endIndex
        while start > tokens.startIndex {
            let token = tokens[start - 1]
            if token.kind == .punctuation, !joinsWords(token) { break }
            if !token.isCapitalized, WordLists.phraseBreakers.contains(token) { break }
            if !token.isCapitalized, looksLikeFiniteVerb(token) || WordLists.speechVerbs.contains(token),
                !isParticipleAdjective(at: start - 1, in: tokens)
            {
                break
            }
            if token.isCapitalized, start - 1 > tokens.startIndex, tokens[start - 2].isCapitalized,
                WordLists.titleCaseAuxiliaries.contains(token)
            {
                break
            }
            start -= 1
            if WordLists.determiners.contains(token) || WordLists.pronouns.contains(token) { break }
        }
        return cleaned(tokens[start..<tokens.endIndex])
    }

    /// Whether the past form at `index` describes the noun after it, an article or a
    /// possessive before it (`the embattled governor`, `a disappointed voter`, `his retired
    /// father`): no verb, though it looks like one. After a determiner that can stand alone
    /// (`Another featured five photos`, `That angered him`) it stays a verb.
    static func isParticipleAdjective(at index: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard index > tokens.startIndex, index + 1 < tokens.endIndex, case let next = tokens[index + 1], next.kind == .word,
            !next.isCapitalized, !WordLists.phraseBreakers.contains(next), !WordLists.determiners.contains(next),
            !WordLists.speechVerbs.contains(tokens[index]), !next.text.unicodeScalars.contains(where: { $0.properties.numericType != nil })
        else { return false }
        return participleDeterminers.contains(tokens[index - 1].lowercased)
    }

    /// The determiners that never stand alone, before a participle describing a noun.
    private static let participleDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]

    /// Whether `tokens` (after index `first`, if given) hold a lower-case past form that is a
    /// verb, not a participle describing the noun after a determiner (`She followed that`, not
    /// `the embattled governor`).
    static func holdsVerb(_ tokens: ArraySlice<Token>, after first: Int? = nil) -> Bool {
        tokens.indices.contains { index in
            index > (first ?? tokens.startIndex - 1)
                && !tokens[index].isCapitalized && looksLikeFiniteVerb(tokens[index]) && !isParticipleAdjective(at: index, in: tokens)
        }
    }

    /// Whether a lower-case word looks like a verb in the past tense (`issued`, `took`).
    /// (An `-s` ending is no sign: `Russian officials`.)
    static func looksLikeFiniteVerb(_ token: Token) -> Bool {
        let word = token.lowercased
        return (word.count > 3 && word.hasSuffix("ed") && !word.contains("-")) || WordLists.irregularPast.contains(word)
    }

    /// `tokens` without a dateline in capitals before a dash (`WASHINGTON —`,
    /// `BEIRUT (AP) —`).
    static func withoutDateline(_ tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        guard let first = tokens.first, first.text.count >= 2, first.isCapitalized,
            var dash = tokens.prefix(10).firstIndex(where: { ["—", "–", "-"].contains($0.text) }), dash > tokens.startIndex
        else { return tokens }
        // A place in capitals (`BEIRUT`), or any place with an agency in brackets
        // (`Washington (AFP) –`).
        let inCapitals = first.text == first.text.uppercased()
        let withAgency = tokens[..<dash].contains { $0.text == "(" }
            && tokens[..<dash].allSatisfy { $0.kind == .punctuation || $0.isCapitalized }
        guard inCapitals || withAgency else { return tokens }
        while dash + 1 < tokens.endIndex, ["—", "–", "-"].contains(tokens[dash + 1].text) { dash += 1 }
        return tokens[(dash + 1)...]
    }

    /// `tokens` with leading conjunctions and trailing adverbs, auxiliaries and punctuation
    /// removed; `nil` if nothing that can name a speaker is left.
    static func cleaned(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        var phrase = tokens
        // Leading conjunctions and sentence adverbs (`Now his friends`, `Later Trump`).
        while let first = phrase.first,
            first.kind == .punctuation || ["and", "but", "or", "so"].contains(first.lowercased)
                || (phrase.count > 1 && WordLists.discourseAdverbs.contains(first))
        {
            phrase = phrase.dropFirst()
        }
        while let last = phrase.last,
            last.kind == .punctuation || WordLists.phraseBreakers.contains(last) || WordLists.textVerbs.contains(last)
                || (!last.isCapitalized && isAdverb(last))
        {
            phrase = phrase.dropLast()
        }
        // `As Politico reported`, `When Francis said`, `what Mr. Hedge called`, `As the
        // columnist Ann Lee wrote`, `when a young boy shouted`: the name or the new
        // participant after the subordinating word is the speaker.
        // So are people counted or described in the plural (`when many commentators called`,
        // `what former employees have called`).
        while let first = phrase.first, ["as", "when", "what", "while", "after", "before", "if", "because", "though", "although"].contains(first.lowercased),
            phrase.count > 1, let next = phrase.dropFirst().first,
            next.isCapitalized || ["the", "a", "an"].contains(next.lowercased) && phrase.dropFirst().contains(where: \.isCapitalized)
                || ["a", "an"].contains(next.lowercased) && phrase.count > 2
                || phrase.count > 2 && isPluralNoun(phrase.last!)
        {
            phrase = phrase.dropFirst()
        }
        guard let first = phrase.first, phrase.count <= 12 else { return nil }
        if phrase.count == 1, WordLists.discourseAdverbs.contains(first) || WordLists.nonSpeakerWords.contains(first) {
            return nil
        }
        // A phrase that starts with a verb is a predicate (`went on to say`), not a speaker.
        if !first.isCapitalized, looksLikeFiniteVerb(first) || WordLists.speechVerbs.contains(first) {
            return nil
        }
        // A preposition or auxiliary cannot start a speaker's phrase — but a name can look
        // like one (`Will Doyle`).
        let nameFollows = phrase.dropFirst().first?.isCapitalized ?? false
        if WordLists.phraseBreakers.contains(first), !WordLists.determiners.contains(first),
            !(first.isCapitalized && nameFollows)
        {
            return nil
        }
        if phrase.count == 1, ["this", "that", "there", "which", "who", "what"].contains(first.lowercased) {
            return nil
        }
        // An introductory phrase is no speaker: `Between 2001 …`, `As Blumenthal spoke`,
        // `Hastily politicizing …`, `There’s`.
        if WordLists.openingPrepositions.contains(first) || first.lowercased.hasPrefix("there")
            || (phrase.count > 1 && first.isCapitalized && !phrase.dropFirst().first!.isCapitalized
                && (isAdverb(first) || first.lowercased.hasSuffix("ing")))
        {
            return nil
        }
        // A determiner alone names nobody — but for a quantifier standing for people (`Several said`).
        guard phrase.contains(where: { $0.kind == .word && !WordLists.determiners.contains($0) })
            || (phrase.count == 1 && WordLists.quantifiersForPeople.contains(first))
        else { return nil }
        // A speaker is named by a capitalised word, a determiner, a pronoun or a plural noun
        // (`officials said`); anything else is most likely the tail of another clause.
        let startsWell = first.isCapitalized || WordLists.determiners.contains(first)
            || WordLists.pronouns.contains(first) || phrase.count <= 2
            || phrase.contains { $0.isCapitalized }
        return startsWell ? phrase : nil
    }

    /// Whether a punctuation token may stand inside a phrase (`al-Assad` is one token already;
    /// this covers a possessive apostrophe standing alone, as in `officials’ spokesman`).
    static func joinsWords(_ token: Token) -> Bool {
        token.text == "\u{2019}" || token.text == "'"
    }
}
