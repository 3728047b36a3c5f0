/// People the text introduces with an actor in their description: `U.S. Secretary of State
/// John Kerry`, `Anna Petrova, a spokeswoman for the Russian Foreign Ministry`, `the Russian
/// foreign minister, Sergey V. Lavrov`.
///
/// The description must hold a role that acts for the actor (a minister, a spokeswoman, an
/// adviser: `person-descriptions.toml`) and no word of departure (`a former U.S. envoy`).
/// Each actor mention is looked at once, within a few words, so the pass is linear.
enum PersonDescriptions {
    /// A person's name where the text introduces them, and the actor their description names.
    struct Introduction: Hashable, Sendable {
        /// The name's tokens, titles left out (`John F. Kerry`).
        var name: [Token]
        /// The actor's id.
        var actorID: String
    }

    static let roles = Set(Resources.words("roles", inTOML: "person-descriptions.toml"))
    static let titleWords = Set(Resources.words("title_words", inTOML: "person-descriptions.toml"))
    static let departures = Set(Resources.words("departures", inTOML: "person-descriptions.toml"))
    static let determiners = Set(Resources.words("determiners", inTOML: "person-descriptions.toml"))
    /// How many words a description may run before or after its actor.
    static let reach = 8

    /// The introductions in `tokens` (the whole text's), given its actor `mentions` in text order.
    static func introductions(in tokens: [Token], mentions: [Mention]) -> [Introduction] {
        var introductions: [Introduction] = []
        var first = 0
        for mention in mentions {
            while first < tokens.count, tokens[first].range.upperBound <= mention.range.lowerBound { first += 1 }
            var after = first
            while after < tokens.count, tokens[after].range.lowerBound < mention.range.upperBound { after += 1 }
            guard first < tokens.count, !departs(tokens, before: first), !isInsideName(tokens, from: first, to: after)
            else { continue }
            let name = titledName(tokens, after: after) ?? nameBefore(tokens, describedFrom: first, to: after)
                ?? nameAfter(tokens, describedFrom: first, to: after)
            if let name { introductions.append(Introduction(name: name, actorID: mention.actorID)) }
        }
        return introductions
    }

    /// `U.S. Secretary of State John Kerry`: title words with a role, then the name.
    private static func titledName(_ tokens: [Token], after start: Int) -> [Token]? {
        var index = start
        var sawRole = false
        while index < tokens.count, index - start < reach, isTitleWord(tokens[index]) {
            sawRole = sawRole || isRole(tokens[index])
            index += 1
        }
        guard sawRole else { return nil }
        return PersonName.run(in: tokens, from: index)
    }

    /// `Anna Petrova, a spokeswoman for the Russian Foreign Ministry`: the name before the comma
    /// that opens the description around the actor.
    private static func nameBefore(_ tokens: [Token], describedFrom start: Int, to end: Int) -> [Token]? {
        guard let comma = boundary(tokens, from: start - 1, step: -1), tokens[comma].text == ",",
            comma + 1 < start, determiners.contains(tokens[comma + 1].lowercased),
            describes(tokens, from: comma + 1, to: boundary(tokens, from: end, step: 1) ?? min(tokens.count, end + reach))
        else { return nil }
        return PersonName.run(in: tokens, endingBefore: comma)
    }

    /// `the Russian foreign minister, Sergey V. Lavrov,`: the name after the comma that closes
    /// the description around the actor.
    private static func nameAfter(_ tokens: [Token], describedFrom start: Int, to end: Int) -> [Token]? {
        guard let opening = (max(0, start - 2)..<start).last(where: { determiners.contains(tokens[$0].lowercased) }),
            let comma = boundary(tokens, from: end, step: 1), tokens[comma].text == ",",
            describes(tokens, from: opening, to: comma)
        else { return nil }
        return PersonName.run(in: tokens, from: comma + 1)
    }

    /// The first punctuation token from `start` on in direction `step`, within reach.
    private static func boundary(_ tokens: [Token], from start: Int, step: Int) -> Int? {
        var index = start
        while index >= 0, index < tokens.count, abs(index - start) <= reach {
            if tokens[index].kind == .punctuation { return index }
            index += step
        }
        return nil
    }

    /// Whether `tokens[start..<end]` hold a role and no word of departure.
    private static func describes(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        let words = tokens[start..<end]
        return words.contains(where: isRole) && !words.contains { departures.contains($0.lowercased) }
    }

    /// Whether the actor's words are part of a longer proper name (`Arab American Institute`,
    /// `Communications Workers of America`, `United States Hispanic Chamber of Commerce`),
    /// which is not the actor.
    private static func isInsideName(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        let before = start > 0 && tokens[start - 1].lowercased == "of" ? start - 2 : start - 1
        let joinedBefore = before >= 0 && tokens[before].isCapitalized && !determiners.contains(tokens[before].lowercased)
            && !WordLists.titles.contains(tokens[before])
        let joinedAfter = end < tokens.count && tokens[end].isCapitalized && !isTitleWord(tokens[end])
        return joinedBefore || joinedAfter
    }

    /// Whether a word of departure stands just before the description (`former U.S. envoy`).
    private static func departs(_ tokens: [Token], before index: Int) -> Bool {
        (max(0, index - 2)..<index).contains { departures.contains(tokens[$0].lowercased) || tokens[$0].lowercased.hasPrefix("ex-") }
    }

    private static func isRole(_ token: Token) -> Bool {
        let word = token.lowercased
        return roles.contains(word) || (word.hasSuffix("s") && roles.contains(String(word.dropLast())))
    }

    private static func isTitleWord(_ token: Token) -> Bool {
        token.kind == .word && (isRole(token) || titleWords.contains(token.lowercased))
    }
}
