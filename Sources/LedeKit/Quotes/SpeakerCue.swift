/// Where an attribution was found around a quotation: the speaker's words and the cue.
struct SpeakerCue: Hashable, Sendable {
    /// Tokens naming the speaker.
    var speaker: [Token]
    /// The attributing verb or phrase.
    var cue: String

    /// Scalar range spanned by the speaker tokens.
    var speakerRange: Range<Int> {
        speaker.first!.range.lowerBound..<speaker.last!.range.upperBound
    }
}

/// Finds the attribution of a quotation in the sentence around it.
///
/// Three shapes are read, in this order:
/// - after the quotation: `“…,” said Andrew Tabler, a …` (inverted) or `“…,” the official
///   said`;
/// - `according to X` before or after;
/// - before it: the nearest speech verb before the quotation, and its subject: the phrase
///   just before the verb, or — when the verb is one of several sharing a subject
///   (`reiterated …, slammed … as “counterproductive”`) — the phrase starting the sentence.
enum SpeakerCueFinder {
    /// The attribution of the quotation `span` of `kind`, given the tokens of its sentence.
    ///
    /// A partial quotation belongs to the writer's sentence around it, so the verb before it
    /// is read before the words after it; a full quotation is attributed after it first.
    static func find(for span: QuotedSpan, kind: Quote.Kind, sentence tokens: [Token]) -> SpeakerCue? {
        let before = tokens.filter { $0.range.upperBound <= span.opening }
        let after = span.closing == nil ? [] : tokens.filter { $0.range.lowerBound >= span.extent.upperBound }
        let tail = Array(after.prefix { !isOpeningMark($0) })
        if let cue = inverted(tail) ?? accordingTo(tail) ?? accordingTo(clause(before)) ?? invertedAfterComma(tail)
            ?? sentenceFinalAttribution(tail)
        {
            return cue
        }
        switch kind {
        case .full:
            return subjectFirst(tail) ?? preceding(before) ?? possessiveSpeechNoun(before) ?? introducedByColon(before)
                ?? subjectAndAnyVerb(tail)
        case .partial:
            return preceding(before) ?? possessiveSpeechNoun(before) ?? headlineSpeaker(before) ?? subjectFirst(tail) ?? relativeSubject(before)
                ?? sentenceSubject(before) ?? describedSubject(before)
        }
    }

    /// The speaker a sentence without a quotation introduces for the quotation after it:
    /// the subject of its speech verb (`Sam Lau said in a statement.`), or its subject
    /// (`Clinton touted her credentials.`).
    static func attributionSentence(_ tokens: [Token]) -> SpeakerCue? {
        guard !tokens.contains(where: \.isDoubleQuotationMark) else {
            return nil
        }
        return preceding(tokens) ?? sentenceSubject(tokens)
    }

    /// `Sanders delivered a snappy retort: “…”`: a quotation introduced by a colon belongs to
    /// the subject of the sentence that introduces it.
    ///
    /// A comma does the same after a verb in the past (`Hillary Clinton cracked, “…”`).
    private static func introducedByColon(_ before: [Token]) -> SpeakerCue? {
        guard let last = before.last else { return nil }
        if last.text == ":" { return sentenceSubject(before) }
        guard last.text == ",", before.count >= 2, NounPhrase.looksLikeFiniteVerb(before[before.count - 2]) else { return nil }
        return sentenceSubject(before)
    }

    /// The subject of the sentence, for quoted words that it uses without a speech verb
    /// (`Rubio offered a defense of the “Gang of Eight” bill`). The cue is the verb after it.
    private static func sentenceSubject(_ before: [Token]) -> SpeakerCue? {
        // The subject of the clause holding the quotation comes first (`…, and though the
        // group America’s Renewable Future is “confident …”`).
        // A `that` clause is what someone reported, so its subject is not the speaker.
        if let lastBreak = before.lastIndex(where: isClauseBreak), lastBreak + 1 < before.count,
            before[lastBreak].lowercased != "that",
            let phrase = NounPhrase.subject(before[(lastBreak + 1)...]), phrase.endIndex < before.endIndex,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) }),
            NounPhrase.isFollowedByVerb(phrase, in: before[...])
        {
            return SpeakerCue(speaker: Array(phrase), cue: before[phrase.endIndex].text)
        }
        guard let phrase = NounPhrase.subject(before[...]), phrase.endIndex < before.endIndex,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) }),
            let next = before[phrase.endIndex...].first(where: { !WordLists.phraseBreakers.contains($0.lowercased) })
        else { return nil }
        // The cue is what follows the subject: its verb, or the colon of a headline
        // (`Trump: Cruz Has ‘To Come a Long Way’`).
        return SpeakerCue(speaker: Array(phrase), cue: next.text)
    }

    /// `his call for “…”`, `Trump’s recent assertion that “…”`: the owner of a speech noun
    /// just before the quotation is its speaker. Up to three modifiers may stand between the
    /// owner and the noun, and a linking word between the noun and the quotation.
    private static func possessiveSpeechNoun(_ before: [Token]) -> SpeakerCue? {
        var index = before.count - 1
        while index >= 0, before.count - index <= 3, before[index].kind == .punctuation || ["that", "for", "of", "about", "to", "on", "as", "was", "is"].contains(before[index].lowercased) {
            index -= 1
        }
        guard index > 0, WordLists.speechNouns.contains(before[index].lowercased) else { return nil }
        var owner = index - 1
        while owner >= 0, index - owner <= 3, before[owner].kind == .word,
            !PersonNames.isPossessive(before[owner]), !WordLists.possessivePronouns.contains(before[owner].lowercased),
            !WordLists.determiners.contains(before[owner].lowercased), !WordLists.phraseBreakers.contains(before[owner].lowercased)
        {
            owner -= 1
        }
        guard owner >= 0 else { return nil }
        let token = before[owner]
        if WordLists.possessivePronouns.contains(token.lowercased) {
            return SpeakerCue(speaker: [token], cue: before[index].text)
        }
        guard PersonNames.isPossessive(token), let phrase = NounPhrase.trailing(before[...owner]),
            phrase.contains(where: \.isCapitalized)
        else { return nil }
        // The speaker is the owner without the possessive ending (`Trump’s` → `Trump`).
        var speaker = Array(phrase)
        let last = speaker[speaker.count - 1]
        speaker[speaker.count - 1] = Token(kind: .word, text: String(last.text.dropLast(2)), range: last.range.lowerBound..<(last.range.upperBound - 2))
        return SpeakerCue(speaker: speaker, cue: before[index].text)
    }

    /// `Ivanka Trump, who portrayed him as “the people’s champion”`: a partial quotation in a
    /// relative clause about a named person belongs to its `who`.
    private static func relativeSubject(_ before: [Token]) -> SpeakerCue? {
        guard let lastBreak = before.lastIndex(where: isClauseBreak), before[lastBreak].lowercased == "who",
            lastBreak >= 2, before[lastBreak - 1].text == ",", before[lastBreak - 2].isCapitalized, lastBreak + 1 < before.count, case let next = before[lastBreak + 1], !next.isCapitalized,
            NounPhrase.looksLikeFiniteVerb(next) || WordLists.auxiliaries.contains(next.lowercased)
                || NounPhrase.isAdverb(next) || (next.lowercased.hasSuffix("s") && !next.lowercased.hasSuffix("ss"))
        else { return nil }
        return SpeakerCue(speaker: [before[lastBreak]], cue: next.text)
    }

    /// `Clinton: Trump’s view is ‘dangerously wrong’`: a headline's short name before a colon
    /// is the speaker of the words quoted after it.
    private static func headlineSpeaker(_ before: [Token]) -> SpeakerCue? {
        guard let colon = before.firstIndex(where: { $0.text == ":" }), colon >= 1, colon <= 3,
            before[..<colon].allSatisfy(\.isCapitalized), let phrase = NounPhrase.cleaned(before[..<colon]),
            phrase.count == colon
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: ":")
    }

    /// `The ad targets a “corrupt political system”`: a partial quotation with no speech verb
    /// belongs to the subject of its sentence, even when no capital names it.
    private static func describedSubject(_ before: [Token]) -> SpeakerCue? {
        guard let phrase = NounPhrase.subject(before[...]), phrase.endIndex < before.endIndex,
            NounPhrase.isFollowedByVerb(phrase, in: before[...])
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: before[phrase.endIndex].text)
    }

    /// `, said X` / `, says X` right after the quotation.
    private static func inverted(_ tail: [Token]) -> SpeakerCue? {
        var rest = tail[...]
        while let first = rest.first, first.kind == .punctuation, first.text == "," || first.text == "\u{2014}" {
            rest = rest.dropFirst()
        }
        guard let verb = rest.first, verb.kind == .word, WordLists.isInvertible(verb.lowercased),
            let phrase = NounPhrase.leading(rest.dropFirst()), let first = phrase.first,
            phrase.contains(where: \.isCapitalized) || ["the", "a", "an", "one", "another"].contains(first.lowercased),
            // `, said the candidate could win`: the phrase is the subject of what was said.
            !NounPhrase.isFollowedByVerb(phrase, in: rest, allowingAppositive: false)
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: verb.text)
    }

    /// `“…,” Trump shot back.` / `“…?” Trump went on, …`: right after a full quotation, a
    /// short subject and a verb in the past that close the clause attribute it, whatever
    /// the verb.
    private static func subjectAndAnyVerb(_ tail: [Token]) -> SpeakerCue? {
        var start = tail.startIndex
        while start < tail.endIndex, tail[start].kind == .punctuation, tail[start].text == "," { start += 1 }
        guard let phrase = NounPhrase.leading(tail[start...]), phrase.count <= 4,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) }),
            phrase.endIndex < tail.endIndex, NounPhrase.looksLikeFiniteVerb(tail[phrase.endIndex])
        else { return nil }
        let rest = tail[(phrase.endIndex + 1)...].prefix { $0.kind == .word }
        guard rest.count <= 1, rest.allSatisfy({ ["back", "on", "in", "up", "out"].contains($0.lowercased) }) else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: tail[phrase.endIndex].text)
    }

    /// `…, CNN reported.` / `…, Mr. Oppenheim noted.`: a last clause that is only a speaker
    /// and a speech verb attributes the whole sentence.
    private static func sentenceFinalAttribution(_ tail: [Token]) -> SpeakerCue? {
        guard let comma = tail.lastIndex(where: { $0.text == "," }) else { return nil }
        var clause = tail[(comma + 1)...]
        while let last = clause.last, last.kind == .punctuation { clause = clause.dropLast() }
        while let last = clause.last, ["today", "yesterday", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "later", "earlier"].contains(last.lowercased) {
            clause = clause.dropLast()
        }
        guard let verb = clause.last, clause.count >= 2, clause.count <= 6,
            WordLists.speechVerbs.contains(verb.lowercased) || WordLists.speechVerbBases.contains(verb.lowercased),
            !verb.lowercased.hasSuffix("ing"),
            let phrase = NounPhrase.cleaned(clause.dropLast()), phrase.count == clause.count - 1,
            phrase.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) })
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: verb.text)
    }

    /// `interpretation of his actions, said Michael Kofman, …`: an inverted attribution later
    /// in the sentence, after a comma. Only verbs whose subject can follow them count: after
    /// `told` comes the listener (`, told CBS News`).
    private static func invertedAfterComma(_ tail: [Token]) -> SpeakerCue? {
        guard let comma = tail.indices.first(where: {
            tail[$0].text == "," && $0 + 1 < tail.count && WordLists.isInvertible(tail[$0 + 1].lowercased)
        }), let phrase = NounPhrase.leading(tail[(comma + 2)...]), let first = phrase.first,
            first.isCapitalized || ["the", "a", "an", "one", "another", "former"].contains(first.lowercased)
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: tail[comma + 1].text)
    }

    /// `, the official said` / `, he told reporters` / `, Sam Nunberg, a former aide, said`
    /// right after the quotation.
    private static func subjectFirst(_ tail: [Token]) -> SpeakerCue? {
        // A bracketed aside is no part of the speaker's name: `Rep. Jim McDermott (D-Wash.) said`.
        var depth = 0
        let window = ArraySlice(tail.prefix(30).filter { token in
            if token.text == "(" { depth += 1 } else if token.text == ")" { depth -= 1; return false }
            return depth == 0
        })
        // Right after a quotation, a word like `states` or `notes` is the verb.
        guard let verbIndex = window.indices.first(where: {
            isCue(window, at: $0) || WordLists.speechVerbsAlsoNouns.contains(window[$0].lowercased)
        }),
            verbIndex > window.startIndex
        else { return nil }
        var start = window.startIndex
        while start < verbIndex, window[start].kind == .punctuation { start += 1 }
        let candidate = window[start..<verbIndex]
        let breaks = candidate.indices.filter { [",", ";", ":", "—", "–", "(", ")"].contains(candidate[$0].text) || isQuoteMark(candidate[$0]) }
        if breaks.isEmpty {
            // The whole run before the verb is the speaker (`a welcome message on the website
            // reads`), unless a verb or a pronoun's predicate shows it is a clause of its own
            // (`She followed that by saying`).
            guard let first = candidate.first else { return nil }
            let isClause = candidate.dropFirst().contains { !$0.isCapitalized && NounPhrase.looksLikeFiniteVerb($0) }
                || (WordLists.pronouns.contains(first.lowercased)
                    && !candidate.dropFirst().allSatisfy { WordLists.phraseBreakers.contains($0.lowercased) || NounPhrase.isAdverb($0) })
            guard !isClause, let phrase = NounPhrase.cleaned(candidate), phrase.endIndex >= verbIndex - 2 else { return nil }
            return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
        }
        // A pronoun, name or short description right before the verb, after an aside:
        // `“…” before the incident, she said.`, `“…” are sickening, Hollande said`, `…,
        // Republican candidate Ben Carson said`, `…, the groups say`.
        let lastSegment = candidate[(breaks.last! + 1)...]
        if let phrase = NounPhrase.cleaned(lastSegment), phrase.count == lastSegment.count,
            !phrase.contains(where: { !$0.isCapitalized && NounPhrase.looksLikeFiniteVerb($0) }),
            (phrase.count == 1 && WordLists.pronouns.contains(phrase[phrase.startIndex].lowercased))
                || (phrase.count <= 8 && phrase.last!.isCapitalized && phrase.first!.isCapitalized)
                || (phrase.count <= 4 && ["the", "a", "an"].contains(phrase.first!.lowercased))
        {
            return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
        }
        // A name and a relative clause that runs to the cue: `Katie Packer, who is chairman
        // of the group said`.
        if breaks.count == 1, candidate[breaks[0]].text == ",", breaks[0] + 1 < verbIndex,
            candidate[breaks[0] + 1].lowercased == "who",
            let phrase = NounPhrase.cleaned(candidate[start..<breaks[0]]), phrase.contains(where: \.isCapitalized)
        {
            return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
        }
        // A name with an appositive between commas: `Sam Nunberg, a former Trump aide, said`.
        guard candidate[breaks[0]].text == ",", candidate[breaks.last!].text == ",", breaks.last! == verbIndex - 1
            || (breaks.last! < verbIndex - 1 && candidate[(breaks.last! + 1)..<verbIndex].allSatisfy { !$0.isCapitalized }
                && verbIndex - breaks.last! <= 3),
            let phrase = NounPhrase.cleaned(candidate[start..<breaks[0]]), phrase.count <= 8,
            phrase.contains(where: { $0.isCapitalized }) || WordLists.determiners.contains(phrase[phrase.startIndex].lowercased)
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: window[verbIndex].text)
    }

    /// `according to X`.
    private static func accordingTo(_ tokens: [Token]) -> SpeakerCue? {
        guard let index = tokens.indices.first(where: { $0 + 1 < tokens.count && tokens[$0].lowercased == "according" && tokens[$0 + 1].lowercased == "to" }),
            let phrase = NounPhrase.leading(tokens[(index + 2)...])
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: "according to")
    }

    /// The nearest speech verb before the quotation, with its subject: the phrase just
    /// before the verb; else, for a verb sharing its subject (`said …, adding “…”`), the
    /// subject of an earlier speech verb of the sentence, or the sentence's own subject; else
    /// the phrase right after the verb (`“…,” said X. …, said X, “…”`).
    private static func preceding(_ before: [Token]) -> SpeakerCue? {
        let clause = clause(before)
        // With no cue since the last quotation, the cue may stand before it (`said he would
        // counter “…” and “…”`).
        let hasCue = clause.indices.contains { isCue(clause[...], at: $0) }
        let current = hasCue ? clause : before
        guard let verbIndex = current.indices.last(where: { isCue(current[...], at: $0) })
        else { return nil }
        let verb = current[verbIndex]
        if let phrase = subject(of: verbIndex, in: current) {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        let sentenceVerb = before.count - current.count + verbIndex
        for earlier in stride(from: sentenceVerb - 1, through: 0, by: -1)
        where isCue(before[...], at: earlier) {
            if let phrase = subject(of: earlier, in: before) {
                return SpeakerCue(speaker: Array(phrase), cue: verb.text)
            }
            // `“…,” said Rep. Bobby Scott, adding that “…”`.
            if WordLists.isInvertible(before[earlier].lowercased), earlier > 0,
                before[earlier - 1].text == "," || isQuoteMark(before[earlier - 1]),
                let phrase = NounPhrase.leading(before[(earlier + 1)...]), phrase.contains(where: \.isCapitalized)
            {
                return SpeakerCue(speaker: Array(phrase), cue: verb.text)
            }
        }
        if let phrase = nearestClauseSubject(before: sentenceVerb, in: before) ?? NounPhrase.subject(before[...]) {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        if WordLists.isInvertible(verb.lowercased),
            let phrase = NounPhrase.leading(current[(verbIndex + 1)...]), phrase.contains(where: { $0.isCapitalized })
        {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        return nil
    }

    /// `Clark began the rant when he brought up the bombing and later said “…”`: the subject
    /// of the nearest clause before a verb that has none of its own (a participle, or the
    /// second of two verbs) — a name or pronoun right after a clause break and right before
    /// a verb. Clauses of reported content (after `that`) do not count.
    private static func nearestClauseSubject(before verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        // A participle after a comma (`…, saying`) shares the subject of the main clause, not
        // of a subordinate one (`after they came out, saying`).
        let afterComma = verbIndex > 0 && tokens[verbIndex - 1].text == ","
        for index in stride(from: verbIndex - 2, through: 1, by: -1)
        where WordLists.clauseOpeners.contains(tokens[index].lowercased)
            || !afterComma && WordLists.subordinators.contains(tokens[index].lowercased)
        {
            if afterComma, tokens[..<index].contains(where: { WordLists.subordinators.contains($0.lowercased) }) { continue }
            guard let phrase = NounPhrase.leading(tokens[(index + 1)..<verbIndex]), phrase.endIndex < verbIndex,
                phrase.count == 1 ? WordLists.pronouns.contains(phrase.first!.lowercased) : phrase.allSatisfy(\.isCapitalized),
                NounPhrase.isFollowedByVerb(phrase, in: tokens[..<verbIndex], allowingAppositive: false)
            else { continue }
            if tokens[..<index].suffix(3).contains(where: { $0.lowercased == "that" }) { return nil }
            return phrase
        }
        return nil
    }

    /// The phrase between the clause break before `verbIndex` and the verb.
    ///
    /// The phrase read forward from the clause's start wins when it reaches the verb
    /// (`Russia’s foreign minister in recent days reiterated` reads as `Russia’s foreign
    /// minister`); otherwise a name or pronoun right before the verb is taken (`But even as
    /// Trump claimed`).
    private static func subject(of verbIndex: Int, in tokens: [Token]) -> ArraySlice<Token>? {
        var start = verbIndex
        while start > 0, !isClauseBreak(tokens[start - 1]) { start -= 1 }
        if let named = nameBeforeAppositive(endingAt: start, verbIndex: verbIndex, in: tokens) { return named }
        // `Mr. Scott, who has called …`: the relative pronoun is the speaker as written.
        // Auxiliaries, adverbs or a short phrase of time may stand between (`who has in the
        // past described`).
        if start > 0, tokens[start - 1].lowercased == "who", verbIndex - start <= 5,
            tokens[start..<verbIndex].allSatisfy({
                $0.kind == .word && !$0.isCapitalized && !NounPhrase.looksLikeFiniteVerb($0)
                    && !WordLists.speechVerbs.contains($0.lowercased) && !WordLists.pronouns.contains($0.lowercased)
            })
        {
            return tokens[(start - 1)..<start]
        }
        let forward = NounPhrase.leading(tokens[start..<verbIndex])
        if let forward, forward.endIndex >= verbIndex - 1 { return forward }
        // `Another source speaking to Fox News said`: a participle or relative clause after
        // the subject is no place to look for it.
        if let forward, forward.endIndex < verbIndex, case let next = tokens[forward.endIndex],
            !next.isCapitalized, next.lowercased.hasSuffix("ing") || ["who", "which", "whose"].contains(next.lowercased)
        {
            return forward
        }
        if let backward = NounPhrase.trailing(tokens[start..<verbIndex]),
            backward.contains(where: { $0.isCapitalized || WordLists.pronouns.contains($0.lowercased) })
        {
            return backward
        }
        return forward
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
        if let last = nearest.last, WordLists.speechVerbs.contains(last.lowercased),
            let speaker = NounPhrase.trailing(nearest.dropLast()), speaker.contains(where: { $0.isCapitalized })
        {
            return speaker
        }
        for (index, segment) in segments.enumerated().dropLast() where isAppositive(segment) {
            if let name = NounPhrase.trailing(segments[index + 1]), name.first?.isCapitalized == true {
                return name
            }
        }
        if let name = NounPhrase.trailing(nearest), name.first?.isCapitalized == true, name.count == nearest.count {
            return name
        }
        return nil
    }

    /// Whether a phrase between commas reads as an appositive: it opens with a determiner, a
    /// number or a lower-case word (`a former aide`, `70`, `who leads the group`).
    private static func isAppositive(_ segment: ArraySlice<Token>) -> Bool {
        guard let first = segment.first, segment.count <= 20 else { return false }
        return !first.isCapitalized || WordLists.determiners.contains(first.lowercased)
    }

    /// Whether the token at `index` is a speech verb: always for `said`, `told` and the like;
    /// for forms that are also nouns (`calls`, `notes`), only right after a name or pronoun.
    /// A capitalised one is a name when a verb follows it (`Read said`), and a cue otherwise
    /// (`Said Dorothy Poynter`, a headline's `Clinton Says`); a plain form (`conclude`) is a
    /// cue after a plural pronoun (`they conclude`).
    static func isCue(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if token.isCapitalized {
            guard WordLists.speechVerbs.contains(token.lowercased) else { return false }
            guard index + 1 < tokens.endIndex else { return true }
            let next = tokens[index + 1].lowercased
            return !(WordLists.speechVerbs.contains(next) || WordLists.auxiliaries.contains(next))
        }
        if WordLists.speechVerbs.contains(token.lowercased) { return true }
        guard index > tokens.startIndex else { return false }
        let previous = tokens[index - 1]
        if WordLists.speechVerbBases.contains(token.lowercased), ["they", "we", "i", "you"].contains(previous.lowercased) {
            return true
        }
        guard WordLists.speechVerbsAlsoNouns.contains(token.lowercased) else { return false }
        // After a possessive it is a noun (`Clinton’s remarks`).
        return (previous.isCapitalized && index - 1 > tokens.startIndex && !PersonNames.isPossessive(previous))
            || WordLists.pronouns.contains(previous.lowercased)
    }

    /// The tokens since the last quotation mark before the quotation: an earlier quotation's
    /// own attribution belongs to it.
    private static func clause(_ before: [Token]) -> [Token] {
        guard let lastMark = before.lastIndex(where: \.isDoubleQuotationMark)
        else { return before }
        return Array(before[(lastMark + 1)...])
    }

    private static func isClauseBreak(_ token: Token) -> Bool {
        token.kind == .punctuation && [",", ";", ":", "\u{2014}", "\u{2013}"].contains(token.text)
            || token.kind == .word && ["that", "and", "but", "while", "because", "who", "whom", "whose", "which"].contains(token.lowercased)
    }

    private static func isQuoteMark(_ token: Token) -> Bool {
        token.isDoubleQuotationMark
    }

    private static func isOpeningMark(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.text.unicodeScalars.first!.isOpeningDoubleQuote || ["\"", "''", "‘‘", "``"].contains(token.text))
    }
}
