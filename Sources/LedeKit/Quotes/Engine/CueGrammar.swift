/// The pieces of English clause structure that several sieves read: speech verbs, clause
/// breaks, the subject of a verb.
enum CueGrammar {
    /// Whether the token at `index` is a speech verb: always for `said`, `told` and the like;
    /// for forms that are also nouns (`calls`, `notes`), only right after a name or pronoun.
    /// A capitalised one is a name when a verb follows it (`Read said`), and a cue otherwise
    /// (`Said Dorothy Poynter`, a headline's `Clinton Says`); a plain form (`conclude`) is a
    /// cue after a plural pronoun (`they conclude`). `called` after `so` marks a term, not a
    /// speaker.
    static func isCue(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if token.isCapitalized {
            guard WordLists.speechVerbs.contains(token) else { return false }
            guard index + 1 < tokens.endIndex else { return true }
            let next = tokens[index + 1]
            return !(WordLists.speechVerbs.contains(next) || WordLists.auxiliaries.contains(next))
        }
        // `the so called “reform”` names a term: nobody speaks.
        if token.lowercased == "called", index > tokens.startIndex, tokens[index - 1].lowercased == "so" { return false }
        if WordLists.speechVerbs.contains(token) { return true }
        guard index > tokens.startIndex else { return false }
        let previous = tokens[index - 1]
        if WordLists.speechVerbBases.contains(token), ["they", "we", "i", "you"].contains(previous.lowercased) {
            return true
        }
        guard WordLists.speechVerbsAlsoNouns.contains(token) else { return false }
        // After a possessive it is a noun (`Clinton’s remarks`).
        return (previous.isCapitalized && index - 1 > tokens.startIndex && !PersonNames.isPossessive(previous))
            || WordLists.pronouns.contains(previous)
    }

    /// The tokens since the last quotation mark before the quotation: an earlier quotation's
    /// own attribution belongs to it.
    static func clause(_ before: [Token]) -> [Token] {
        guard let lastMark = before.lastIndex(where: \.isDoubleQuotationMark)
        else { return before }
        return Array(before[(lastMark + 1)...])
    }

    /// Whether `token` ends a clause: a comma, semicolon, colon or dash, or a conjunction or
    /// relative pronoun.
    static func isClauseBreak(_ token: Token) -> Bool {
        token.kind == .punctuation && [",", ";", ":", "\u{2014}", "\u{2013}"].contains(token.text)
            || token.kind == .word && ["that", "and", "but", "while", "because", "who", "whom", "whose", "which"].contains(token.lowercased)
    }

    /// Whether `token` is a double quotation mark that opens a quotation.
    static func isOpeningMark(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.text.unicodeScalars.first!.isOpeningDoubleQuote || ["\"", "''", "‘‘", "``"].contains(token.text))
    }

    /// The phrase between the clause break before `verbIndex` and the verb.
    ///
    /// The phrase read forward from the clause's start wins when it reaches the verb
    /// (`Russia’s foreign minister in recent days reiterated` reads as `Russia’s foreign
    /// minister`); otherwise a name or pronoun right before the verb is taken (`But even as
    /// Trump claimed`).
    ///
    /// A US state after a comma is where the person before it lives, and joins them
    /// (``withHome(_:in:)``).
    static func subject(of verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        phrase(before: verbIndex, in: tokens).map { withHome($0, in: tokens) }
    }

    /// `Stacy Baker of Columbia, South Carolina` / `a woman in Worcester, Massachusetts`: a
    /// phrase that is only a US state, after a comma and a town, tells where the person named
    /// before the town lives: the speaker is that person (`Stacy Baker`, `a woman`). Any other
    /// phrase stays as it is.
    static func withHome(_ phrase: ArraySlice<Token>, in tokens: [Token]) -> ArraySlice<Token> {
        let comma = phrase.startIndex - 1
        guard comma > 0, tokens[comma].text == ",", tokens[comma - 1].isCapitalized,
            WordLists.usStates.contains(phrase.map(\.lowercased).joined(separator: "-")),
            let town = NounPhrase.trailing(tokens[..<comma])
        else { return phrase }
        // The link may end the phrase read back to the town (`Stacy Baker of Columbia`) or
        // stand before it (`after a woman in Worcester`).
        let isLink = { (token: Token) in ["of", "in", "from"].contains(token.text) }
        let link = town.lastIndex(where: isLink) ?? (town.startIndex > 0 && isLink(tokens[town.startIndex - 1]) ? town.startIndex - 1 : nil)
        guard let link, let person = NounPhrase.trailing(tokens[..<link]) else { return phrase }
        return person
    }

    /// The phrase between the clause break before `verbIndex` and the verb, as
    /// ``subject(of:in:)`` reads it before joining a home to it.
    private static func phrase(before verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        var start = verbIndex
        while start > 0, !isClauseBreak(tokens[start - 1]) { start -= 1 }
        if let named = nameBeforeAppositive(endingAt: start, verbIndex: verbIndex, in: tokens) { return named }
        // `Mr. Scott, who has called …`: the relative pronoun is the speaker as written.
        // Auxiliaries, adverbs or a short phrase of time may stand between (`who has in the
        // past described`).
        if start > 0, tokens[start - 1].lowercased == "who", verbIndex - start <= 5,
            tokens[start..<verbIndex].allSatisfy({
                $0.kind == .word && !$0.isCapitalized && !NounPhrase.looksLikeFiniteVerb($0)
                    && !WordLists.speechVerbs.contains($0) && !WordLists.pronouns.contains($0)
            })
        {
            return tokens[(start - 1)..<start]
        }
        let end = NounPhrase.subjectEnd(before: verbIndex, from: start, in: tokens[...])
        let forward = NounPhrase.leading(tokens[start..<end])
        if let forward, forward.endIndex >= end - 1 { return forward }
        if let forward, let whole = withParticiple(forward, before: verbIndex, in: tokens) { return whole }
        // `Another source speaking to Fox News said`: a participle or relative clause after
        // the subject is no place to look for it; nor is a title-case headline's predicate
        // (`Lee Got Real About Being Called`).
        if let forward, forward.endIndex < verbIndex, case let next = tokens[forward.endIndex],
            !next.isCapitalized && (next.lowercased.hasSuffix("ing") || ["who", "which", "whose"].contains(next.lowercased))
                || next.isCapitalized && WordLists.titleCaseAuxiliaries.contains(next)
        {
            return forward
        }
        // A day or month is capitalised but names nobody (`released a statement Friday night
        // condemning`).
        if let backward = NounPhrase.trailing(tokens[start..<end]),
            backward.contains(where: {
                $0.isCapitalized && !WordLists.timeWords.contains($0) || WordLists.pronouns.contains($0)
            })
        {
            return backward
        }
        return forward
    }

    /// `A report issued last year found`, `an ad released Thursday accuses`, `the crowd
    /// gathered in the hall chanted`: a reduced relative clause right after the subject
    /// (``NounPhrase/reducedRelativeParticiple(at:in:)``) belongs to it when the cue is finite
    /// and nothing in the clause reads as a reported clause's own subject or verb (`Lee feared
    /// Kim said` has no participle clause; neither has `a town hall held there when he said`).
    /// An agent (`a memo obtained by the Gazette warns`) says who holds a document, not who
    /// speaks, and a time alone (`the ruling issued on Monday`) tells nothing of who speaks:
    /// the subject is the phrase without the clause.
    static func withParticiple(_ forward: ArraySlice<Token>, before verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        guard !tokens[verbIndex].lowercased.hasSuffix("ing"), !forward.contains(where: { WordLists.pronouns.contains($0) }),
            let participle = NounPhrase.reducedRelativeParticiple(at: forward.endIndex, in: tokens[..<verbIndex])
        else { return nil }
        if tokens[participle + 1].lowercased == "by" { return forward }
        guard case let tail = tokens[(participle + 1)..<verbIndex], tail.last?.lowercased != "to",
            !tail.contains(where: { token in
                let word = token.lowercased
                return WordLists.pronouns.contains(word) || WordLists.subordinators.contains(word) || ["where", "if"].contains(word)
                    || !token.isCapitalized && (NounPhrase.looksLikeFiniteVerb(token) || WordLists.auxiliaries.contains(word))
            })
        else { return nil }
        // A clause of time alone (`issued on Monday`) is cleaned away: the participle with it.
        guard let whole = NounPhrase.cleaned(tokens[forward.startIndex..<verbIndex]), whole.endIndex > participle + 1 else { return forward }
        return whole
    }

    /// `Clark began the rant when he brought up the bombing and later said “…”`: the subject
    /// of the nearest clause before a verb that has none of its own (a participle, or the
    /// second of two verbs) — a name or pronoun right after a clause break and right before
    /// a verb. Clauses of reported content (after `that`) do not count.
    static func nearestClauseSubject(before verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        // A participle after a comma (`…, saying`) shares the subject of the main clause, not
        // of a subordinate one (`after they came out, saying`).
        let afterComma = verbIndex > 0 && tokens[verbIndex - 1].text == ","
        for index in stride(from: verbIndex - 2, through: 1, by: -1)
        where WordLists.clauseOpeners.contains(tokens[index])
            || !afterComma && WordLists.subordinators.contains(tokens[index])
        {
            if afterComma, tokens[..<index].contains(where: { WordLists.subordinators.contains($0) }) { continue }
            guard let phrase = NounPhrase.leading(tokens[(index + 1)..<verbIndex]), phrase.endIndex < verbIndex,
                phrase.count == 1 ? WordLists.pronouns.contains(phrase.first!) : phrase.allSatisfy(\.isCapitalized),
                NounPhrase.isFollowedByVerb(phrase, in: tokens[..<verbIndex], allowingAppositive: false)
            else { continue }
            if tokens[..<index].suffix(3).contains(where: { $0.lowercased == "that" }) { return nil }
            return phrase
        }
        return nil
    }

    /// `Suu Kyi, 70, said` / `Giovanni Vian, the editor of the paper, L’Osservatore Romano,
    /// said` / `CNN, Cruz said, called`: the subject of a finite verb right after a comma is
    /// the name just before an appositive (a phrase opening with a determiner, a number or a
    /// lower-case word) in the comma-separated phrases before it, or the speaker of a
    /// parenthetical attribution among them. (A participle after a comma, `, calling`,
    /// shares the sentence's subject instead.)
    private static func nameBeforeAppositive(endingAt start: Int, verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        guard start > 0, tokens[start - 1].text == ",", verbIndex == start, !tokens[verbIndex].lowercased.hasSuffix("ing")
        else { return nil }
        // The comma-separated phrases before the verb, nearest first.
        var segments: [ArraySlice<Token>] = []
        var segmentEnd = start - 1
        while segments.count < 4, segmentEnd > 0 {
            var segmentStart = segmentEnd
            while segmentStart > 0, tokens[segmentStart - 1].text != "," { segmentStart -= 1 }
            segments.append(tokens[segmentStart..<segmentEnd])
            segmentEnd = segmentStart - 1
        }
        guard let nearest = segments.first, !nearest.isEmpty else { return nil }
        // `Another rider, a retired teacher named Walter Briggs, called`: the name it gives.
        if segments.count >= 2, let named = NounPhrase.namedIn(nearest) { return named }
        if let last = nearest.last, WordLists.speechVerbs.contains(last),
            let speaker = NounPhrase.trailing(nearest.dropLast()), speaker.contains(where: { $0.isCapitalized })
        {
            return speaker
        }
        for (index, segment) in segments.enumerated().dropLast() where isAppositive(segment) {
            // `Ann Wells, a pollster who works with Acme Group, a think tank, said`: a name
            // that ends a description (`a …`, `the …`) is its object; the speaker is further back.
            let previous = segments[index + 1]
            if index + 2 < segments.count, let first = previous.first, ["a", "an", "the"].contains(first.lowercased) { continue }
            if let name = NounPhrase.trailing(withoutParenthesis(previous)), name.first?.isCapitalized == true,
                previous.last?.text != ")" || name.startIndex == previous.startIndex
            {
                return name
            }
        }
        if let name = NounPhrase.trailing(nearest), name.first?.isCapitalized == true, name.count == nearest.count {
            return name
        }
        return nil
    }

    /// `Sen. Ann Crowley (D-Ore.)` → `Sen. Ann Crowley`: a bracketed note (party and state,
    /// age, place) that closes a phrase is no part of the name before it. The name must then
    /// be the whole phrase: in `a professor who worked for Sen. Lamar Alexander (R-Tenn.)` it
    /// is the object of a clause.
    private static func withoutParenthesis(_ segment: ArraySlice<Token>) -> ArraySlice<Token> {
        guard segment.last?.text == ")", let opening = segment.lastIndex(where: { $0.text == "(" }) else { return segment }
        return segment[..<opening]
    }

    /// Whether a phrase between commas reads as an appositive: it opens with a determiner, a
    /// number or a lower-case word (`a former aide`, `70`, `who leads the group`).
    private static func isAppositive(_ segment: ArraySlice<Token>) -> Bool {
        guard let first = segment.first, segment.count <= 20 else { return false }
        return !first.isCapitalized || WordLists.determiners.contains(first)
    }
}
