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
        if let cue = inverted(tail) ?? accordingTo(tail) ?? accordingTo(clause(before)) { return cue }
        switch kind {
        case .full: return subjectFirst(tail) ?? preceding(before)
        case .partial: return preceding(before) ?? subjectFirst(tail)
        }
    }

    /// `, said X` / `, says X` right after the quotation.
    private static func inverted(_ tail: [Token]) -> SpeakerCue? {
        var rest = tail[...]
        while let first = rest.first, first.kind == .punctuation, first.text == "," || first.text == "\u{2014}" {
            rest = rest.dropFirst()
        }
        guard let verb = rest.first, verb.kind == .word, WordLists.speechVerbs.contains(verb.lowercased),
            let phrase = NounPhrase.leading(rest.dropFirst())
        else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: verb.text)
    }

    /// `, the official said` / `, he told reporters` right after the quotation.
    private static func subjectFirst(_ tail: [Token]) -> SpeakerCue? {
        let window = tail.prefix(14)
        guard let verbIndex = window.firstIndex(where: { $0.kind == .word && WordLists.speechVerbs.contains($0.lowercased) }),
            verbIndex > window.startIndex
        else { return nil }
        var start = window.startIndex
        while start < verbIndex, window[start].kind == .punctuation { start += 1 }
        let candidate = window[start..<verbIndex]
        guard !candidate.contains(where: { $0.kind == .punctuation && $0.text != "\u{2019}" && $0.text != "'" }),
            let phrase = NounPhrase.cleaned(candidate), phrase.endIndex >= verbIndex - 2
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

    /// The nearest speech verb before the quotation, with its subject.
    private static func preceding(_ before: [Token]) -> SpeakerCue? {
        let current = clause(before)
        guard let verbIndex = current.lastIndex(where: { $0.kind == .word && WordLists.speechVerbs.contains($0.lowercased) })
        else { return nil }
        let verb = current[verbIndex]
        var start = verbIndex
        while start > 0, !isClauseBreak(current[start - 1]) { start -= 1 }
        if let phrase = NounPhrase.leading(current[start..<verbIndex]), !phrase.isEmpty {
            return SpeakerCue(speaker: Array(phrase), cue: verb.text)
        }
        // A verb sharing its subject with an earlier one: take the sentence's subject.
        guard let phrase = NounPhrase.leading(current[..<verbIndex]) else { return nil }
        return SpeakerCue(speaker: Array(phrase), cue: verb.text)
    }

    /// The tokens since the last quotation mark before the quotation: an earlier quotation's
    /// own attribution belongs to it.
    private static func clause(_ before: [Token]) -> [Token] {
        guard let lastMark = before.lastIndex(where: { $0.kind == .punctuation && $0.text.unicodeScalars.first!.isDoubleQuoteMark })
        else { return before }
        return Array(before[(lastMark + 1)...])
    }

    private static func isClauseBreak(_ token: Token) -> Bool {
        token.kind == .punctuation && [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}"].contains(token.text)
            || token.kind == .word && ["that", "and", "but", "while", "because", "who", "which"].contains(token.lowercased)
    }

    private static func isOpeningMark(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.text.unicodeScalars.first!.isOpeningDoubleQuote || token.text == "\"")
    }
}
