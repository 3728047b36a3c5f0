/// Works out who a speaker phrase refers to, and which actor they belong with.
///
/// - A person's name is kept without titles (`President Barack Obama` → `Barack Obama`); a
///   lone surname becomes the full name written elsewhere (`Lavrov` → `Sergei Lavrov`).
/// - A pronoun (`he`, `she`) refers to the latest speaker before it.
/// - A definite role (`the official`) refers to the latest speaker described by the same
///   noun (`A Syrian military official`).
/// - A role with a place (`Russia’s foreign minister`) refers to the person the article names
///   with that role and a matching actor (`Russian foreign minister Sergei Lavrov`).
/// - Any other description (`a diplomat`) stands for itself.
struct SpeakerResolver {
    let matcher: MentionMatcher
    let names: PersonNames

    /// The attribution for a speaker found in `sentence`: the words as written, and who they
    /// refer to.
    func attribution(_ found: SpeakerCue, sentence: [Token], in article: Article, earlier: AttributionHistory) -> Attribution {
        let resolution = resolve(found.speaker, sentence: sentence, earlier: earlier)
        return Attribution(
            speaker: article[found.speakerRange], speakerRange: found.speakerRange, speakerName: resolution.name,
            actorID: resolution.actorID, cue: found.cue, continuesPrevious: false)
    }

    /// A resolved speaker.
    struct Resolution: Hashable, Sendable {
        var name: String
        var actorID: String?
    }

    /// The person `phrase` refers to, given its sentence's tokens and the attributions before
    /// it.
    func resolve(_ phrase: [Token], sentence: [Token], earlier: AttributionHistory) -> Resolution {
        let text = phrase.map(\.text).joined(separator: " ")
        let words = phrase.filter { $0.kind == .word }
        let ownActor = matcher.placement(of: text)
        if words.count == 1, ["he", "she", "his", "her"].contains(words[0].lowercased),
            let name = antecedent(of: words[0], sentence: sentence) ?? earlier.last?.speakerName
        {
            return Resolution(name: name, actorID: matcher.placement(of: name))
        }
        // `Mr. Scott, who has called …`: `who` stands for the phrase before it.
        if words.count == 1, words[0].lowercased == "who", let index = sentence.firstIndex(of: words[0]) {
            var end = index
            while end > 0, sentence[end - 1].text == "," { end -= 1 }
            if let antecedent = NounPhrase.trailing(sentence[..<end]) {
                let name = personName(in: antecedent.filter { $0.kind == .word }) ?? antecedent.map(\.text).joined(separator: " ")
                return Resolution(name: name, actorID: matcher.placement(of: name))
            }
        }
        if words.count == 1, WordLists.pronouns.contains(words[0].lowercased) {
            return Resolution(name: text, actorID: nil)
        }
        if let name = personName(in: words) {
            return Resolution(name: name, actorID: ownActor ?? matcher.placement(of: name))
        }
        let role = roleWords(words)
        let determiner = words.first?.lowercased
        if determiner == "the" || determiner == "this" || determiner == "that", let head = role.last {
            if let antecedent = earlier.latest(withHead: head) {
                return Resolution(name: antecedent.speakerName, actorID: ownActor ?? antecedent.actorID)
            }
            if let description = names.description(withHead: head, before: phrase[0].range.lowerBound) {
                return Resolution(name: description, actorID: ownActor ?? matcher.placement(of: description))
            }
        }
        if !role.isEmpty, determiner != "a", determiner != "an" {
            let candidates = names.names(withRole: role)
            let placed = candidates.first { ownActor != nil && matcher.placement(of: $0.precedingText) == ownActor }
            if let chosen = placed ?? (candidates.count == 1 ? candidates.first : nil) {
                return Resolution(name: chosen.name, actorID: ownActor ?? matcher.placement(of: chosen.precedingText + " " + chosen.name))
            }
        }
        return Resolution(name: text, actorID: ownActor)
    }

    /// The person a `he` or `she` refers to: the sentence's subject when that is a person
    /// named before the pronoun (`Clinton said … what she called`), else the person named
    /// last before it.
    private func antecedent(of pronoun: Token, sentence: [Token]) -> String? {
        // A lone plural (`Voters cheered his call`) is no person, unless the article names
        // someone so in full (`Sanders`).
        if let subject = NounPhrase.subject(sentence[...]), let last = subject.last,
            last.range.upperBound <= pronoun.range.lowerBound,
            let name = personName(in: subject.filter { $0.kind == .word }),
            name.contains(" ") || !name.hasSuffix("s") || names.fullName(forSurname: name) != nil
        {
            return name
        }
        return names.latestMention(before: pronoun.range.lowerBound)
    }

    /// A person's name in the phrase: the last run of two or more capitalised words after
    /// titles are dropped, or a lone capitalised word that the article writes out in full.
    private func personName(in words: [Token]) -> String? {
        var index = 0
        var best: String?
        while index < words.count {
            guard let run = PersonNames.nameRun(in: words, from: index) else {
                index += 1
                continue
            }
            let nameTokens = words[run].drop { WordLists.titles.contains($0.lowercased) || WordLists.determiners.contains($0.lowercased) }
            if nameTokens.count >= 2, !PersonNames.isPossessive(nameTokens.last!) {
                best = nameTokens.map(\.text).joined(separator: " ")
            } else if nameTokens.count == 1, run.count == words.count || words.count - run.count <= 1,
                !PersonNames.isPossessive(nameTokens.first!), let full = names.fullName(forSurname: nameTokens.first!.text)
            {
                best = full
            } else if nameTokens.count == 1, words.count == 1, matcher.placement(of: nameTokens.first!.text) == nil
                || names.fullName(forSurname: nameTokens.first!.text) != nil
            {
                best = nameTokens.first!.text
            }
            index = run.upperBound
        }
        return best
    }

    /// The lower-case role words ending the phrase (`foreign minister`, `secretary of state`).
    private func roleWords(_ words: [Token]) -> [String] {
        Array(words.reversed().prefix { !$0.isCapitalized && !WordLists.determiners.contains($0.lowercased) }
            .reversed().map(\.lowercased))
    }
}
