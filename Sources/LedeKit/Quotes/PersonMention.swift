/// A person named outside quotations: where, who, in which sentence, and in what role.
struct PersonMention: Hashable, Sendable {
    /// Where the name starts (its first scalar).
    var position: Int
    /// Whose name it is, as written in full in the article (`Sergei Lavrov` for `Mr. Lavrov`).
    var name: String
    /// The index of its sentence among the article's sentences.
    var sentence: Int
    /// Its role in the sentence.
    var role: GrammaticalRole
    /// Whether a pronoun (`she`) stands there for the name.
    var byPronoun = false
}

/// The role a name plays in its sentence, valued by how salient it leaves the person for a
/// later pronoun, after Lappin and Leass (1994): recency 100, plus 80 as a subject, 50 as an
/// object, 40 in a prepositional phrase, 80 as a head noun (not inside a possessive), 50 when
/// not in an adverbial phrase.
enum GrammaticalRole: Int, Hashable, Sendable {
    case subject = 310
    case object = 280
    case oblique = 220
    case possessive = 150

    /// The role of the name `tokens[run]` within its sentence: a possessive (`Obama’s`); else
    /// what stands before it once descriptive words are passed (`Democratic pollster`,
    /// `former president`): a preposition (`of Barack Obama`), a verb (`steered Allen`; after a
    /// speech verb with no subject before it, the inverted subject, `“…,” said Stan
    /// Greenberg`, or the subject of the clause it reports, `said Jones lied`; but `Smith
    /// criticised Jones` has Jones as its object), or a clause's start.
    /// An appositive to a common noun counts as an object.
    static func of(_ run: Range<Int>, in tokens: [Token]) -> GrammaticalRole {
        if PersonNames.isPossessive(tokens[run.upperBound - 1]) { return .possessive }
        if isReportedSpeaker(after: run.upperBound, in: tokens) { return .subject }
        // An appositive to a common noun (`his wife, Jane Doe`) is no subject of its own.
        if run.lowerBound >= 2, tokens[run.lowerBound - 1].text == ",", case let noun = tokens[run.lowerBound - 2],
            noun.kind == .word, !noun.isCapitalized, noun.text.first?.isLetter == true, !opensClause(noun),
            !isIntroductoryPhrase(endingAt: run.lowerBound - 2, in: tokens)
        {
            return .object
        }
        for index in (max(0, run.lowerBound - 6)..<run.lowerBound).reversed() {
            let token = tokens[index]
            guard token.kind == .word else { return .subject }
            if opensClause(token) { return .subject }
            if WordLists.speechVerbs.contains(token) {
                let opensReportedClause = NounPhrase.isFollowedByVerb(tokens[run], in: tokens[...])
                return isInverted(verbAt: index, in: tokens) || opensReportedClause ? .subject : .object
            }
            if WordLists.openingPrepositions.contains(token) || token.lowercased == "of" { return .oblique }
            if !token.isCapitalized, NounPhrase.looksLikeFiniteVerb(token) { return .object }
        }
        return run.lowerBound > 6 ? .object : .subject
    }

    /// Whether the speech verb at `index` comes before its subject (`“…,” said Ann Lee`, `,
    /// says Ann Lee`): nothing but punctuation or the sentence's start stands before it.
    private static func isInverted(verbAt index: Int, in tokens: [Token]) -> Bool {
        index == 0 || tokens[index - 1].kind == .punctuation
    }

    /// `… by Sen. Ann Cole of Ohio, the panel's chair, who said …`: whether the name ending
    /// at `end` is the antecedent of a relative clause whose verb is a speech verb, within its
    /// sentence, so that it is the subject of what it reports whatever its own role.
    private static func isReportedSpeaker(after end: Int, in tokens: [Token]) -> Bool {
        var index = end
        while index < min(tokens.count - 1, end + 24) {
            let token = tokens[index]
            if token.kind == .punctuation, [".", ";", "?", "!"].contains(token.text) || token.isDoubleQuotationMark { return false }
            if token.lowercased == "who" {
                guard index > end, tokens[index - 1].text == "," else { return false }
                var verb = index + 1
                while verb < tokens.count - 1, WordLists.auxiliaries.contains(tokens[verb]) || NounPhrase.isAdverb(tokens[verb]) {
                    verb += 1
                }
                return verb < tokens.count && !tokens[verb].isCapitalized && WordLists.speechVerbs.contains(tokens[verb])
            }
            index += 1
        }
        return false
    }

    /// Whether the words ending at `end` are a phrase that opens a sentence with a preposition
    /// or a subordinator (`In her speech,`, `After the vote,`), so that a name after its comma
    /// is the sentence's subject, not an appositive.
    private static func isIntroductoryPhrase(endingAt end: Int, in tokens: [Token]) -> Bool {
        var start = end
        while start > 0, end - start < 8, tokens[start - 1].kind == .word { start -= 1 }
        let opensSentence = start == 0 || [".", "?", "!", ":"].contains(tokens[start - 1].text)
        let first = tokens[start]
        return opensSentence && start < end && first.isCapitalized
            && (WordLists.openingPrepositions.contains(first) || WordLists.subordinators.contains(first))
    }

    /// Whether `word` opens a clause, so that a name right after it is a subject.
    private static func opensClause(_ word: Token) -> Bool {
        WordLists.clauseOpeners.contains(word) || WordLists.subordinators.contains(word)
            || WordLists.discourseAdverbs.contains(word) || ["that", "if", "who", "which"].contains(word.lowercased)
    }
}
