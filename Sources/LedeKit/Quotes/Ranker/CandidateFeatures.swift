import Algorithms

/// The features the ranker reads for one candidate speaker of a quotation: which rule sieves
/// proposed it, where it stands (before or after the quotation, how far), its role beside a
/// speech verb, what kind of phrase it is (a name, a pronoun, a description) and how it was
/// resolved. A partial quotation's features are also given again under a `partial&` prefix,
/// so the two kinds weigh them apart, and some are also given in pairs (``isConjoined(_:)``).
struct CandidateFeatures: Sendable {
    /// The quotation.
    let quotation: QuotationContext
    /// The index of the opening mark's first token after it, and of the first token after
    /// the quotation, in the sentence.
    private let quoteStart: Int
    private let quoteEnd: Int

    /// The features of candidates for `quotation`.
    init(quotation: QuotationContext) {
        self.quotation = quotation
        let sentence = quotation.sentence
        quoteStart = sentence.partitioningIndex { $0.range.lowerBound >= quotation.span.opening }
        quoteEnd = sentence[quoteStart...].partitioningIndex { $0.range.lowerBound >= quotation.span.extent.upperBound }
    }

    /// The kind of each pronoun that can name a speaker.
    static let pronounKinds: [String: String] = [
        "he": "he-she", "she": "he-she", "i": "i-we", "we": "i-we", "they": "they", "who": "who", "it": "it", "you": "you",
        "his": "possessive", "her": "possessive", "their": "possessive", "its": "possessive", "my": "possessive", "our": "possessive",
    ]

    /// Capitalised words that name a date, not a person (`Tuesday said`).
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "oct", "nov", "dec",
        "jan", "feb", "aug", "sept",
    ]

    /// The features that do not name a sieve or a pronoun kind.
    static let plainNames = [
        "rules-choice", "votes", "mention", "carried", "before", "after", "elsewhere", "distance", "adjacent", "near", "calendar",
        "capitalised",
        "determiner", "possessive", "cue-after", "cue-before", "according-to", "clause-initial", "same-as-previous",
        "earlier-head", "actor", "length", "carried&opens-paragraph", "carried&same-paragraph", "shared-name", "nearest-mention",
    ] + contextPlaces.map { "context:\($0)" }

    /// Where a speaker of the quotation's context stands (``CandidateGenerator/contextSpeakers(of:)``).
    static let contextPlaces = ["previous-sentence", "paragraph-subject"]

    /// Every feature a candidate can have.
    static let names: [String] = baseNames + baseNames.map { "partial&\($0)" } + pairNames.flatMap { $0 }.filter { !$0.isEmpty }

    /// The features a candidate can have before partial copies and pairs.
    static let baseNames: [String] = {
        let sieves = Set((QuoteSieveOrder.full + QuoteSieveOrder.partial).map(\.name)).sorted().map { "vote:\($0)" }
        let resolutions = ResolutionSieveOrder.sieves.map { "resolution:\($0.name)" }
        let pronouns = Set(pronounKinds.values).sorted().map { "pronoun:\($0)" }
        let choices = Set((QuoteSieveOrder.full + QuoteSieveOrder.partial).map(\.name)).sorted().map { "rules-choice:\($0)" }
        return plainNames + sieves + choices + resolutions + pronouns
    }()

    /// The families of features named by a sieve, a resolution, a place or a pronoun kind.
    static let votes = FeatureFamily(prefix: "vote:", words: (QuoteSieveOrder.full + QuoteSieveOrder.partial).map(\.name))
    static let choices = FeatureFamily(prefix: "rules-choice:", words: (QuoteSieveOrder.full + QuoteSieveOrder.partial).map(\.name))
    static let resolutions = FeatureFamily(prefix: "resolution:", words: ResolutionSieveOrder.sieves.map(\.name))
    static let contexts = FeatureFamily(prefix: "context:", words: contextPlaces)
    static let pronouns = FeatureFamily(prefix: "pronoun:", words: pronounKinds.values)

    /// The features given in pairs (``isConjoined(_:)``), in name order.
    static let conjoinedNames = baseNames.filter(isConjoined).sorted()

    /// The name of each pair, by the ranks of its two features in ``conjoinedNames`` (the
    /// first lower).
    static let pairNames: [[String]] = conjoinedNames.indices.map { i in
        conjoinedNames.indices.map { j in j > i ? "\(conjoinedNames[i])^\(conjoinedNames[j])" : "" }
    }

    /// Each feature's place in ``conjoinedNames``, by its index in ``FeatureSpace/ranker``;
    /// -1 for a feature not given in pairs.
    static let conjoinedRanks: [Int] = {
        var ranks = [Int](repeating: -1, count: FeatureSpace.ranker.count)
        for (rank, name) in conjoinedNames.enumerated() { ranks[FeatureSpace.ranker.index(of: name)!] = rank }
        return ranks
    }()

    /// The index of each pair's name in ``FeatureSpace/ranker``, by the ranks of its two
    /// features (the first lower), so pairing costs no string building or hashing.
    static let pairIndices: [[Int]] = pairNames.map { row in row.map { $0.isEmpty ? -1 : FeatureSpace.ranker.index(of: $0)! } }

    /// The index of each feature's `partial&` copy in ``FeatureSpace/ranker``, by the
    /// feature's index; -1 where the space has no copy.
    static let partialIndices: [Int] = FeatureSpace.ranker.names.map { FeatureSpace.ranker.index(of: "partial&\($0)") ?? -1 }

    /// The features that are also given in pairs (`vote:preceding-verb^pronoun:he-she`), so
    /// that the ranker weighs a sieve's vote by what it proposed and where: which sieves
    /// voted or decided, the kind of pronoun, the resolution, the candidate's place and kind.
    static func isConjoined(_ name: String) -> Bool {
        ["rules-choice", "vote:", "pronoun:", "resolution:", "context:"].contains { name.hasPrefix($0) }
            || conjoinedPlainNames.contains(name)
    }

    /// The plain features given in pairs.
    static let conjoinedPlainNames: Set<String> = [
        "mention", "carried", "before", "after", "cue-after", "cue-before", "clause-initial", "capitalised", "determiner",
    ]

    /// `values` with each pair of its ``isConjoined(_:)`` features (named `a^b`, in name
    /// order) added, worth the product of the two.
    static func withConjunctions(_ values: FeatureVector) -> FeatureVector {
        let anchors = zip(values.indices, values.values).compactMap { index, value in
            conjoinedRanks[index] >= 0 ? (conjoinedRanks[index], value) : nil
        }.sorted { $0.0 < $1.0 }
        var conjoined = values
        for i in anchors.indices {
            for j in anchors.indices.dropFirst(i + 1) {
                conjoined.append(pairIndices[anchors[i].0][anchors[j].0], anchors[i].1 * anchors[j].1)
            }
        }
        return conjoined
    }

    /// `conjoined` with a `partial&` copy of each feature of `values` added.
    static func withPartialCopies(of values: FeatureVector, in conjoined: FeatureVector) -> FeatureVector {
        var copied = conjoined
        for (index, value) in zip(values.indices, values.values) {
            if partialIndices[index] >= 0 {
                copied.append(partialIndices[index], value)
            } else {
                copied["partial&\(FeatureSpace.ranker.names[index])"] = value
            }
        }
        for (name, value) in values.unlisted { copied["partial&\(name)"] = value }
        return copied
    }

    /// The features of `candidate`; `rulesChoice` when it is the rule sieves' decision;
    /// `sharedName` when another candidate names the same person; `nearestMention` when it is
    /// the nearest person the sentence mentions that no sieve proposed; `context` when it is
    /// the speaker of the quotation's context, and where (``contextPlaces``).
    func values(
        of candidate: SpeakerCandidate, rulesChoice: Bool, sharedName: Bool = false, nearestMention: Bool = false, context: String? = nil
    ) -> FeatureVector {
        var values = FeatureVector()
        if let context { Self.contexts.set(context, to: 1, in: &values) }
        if sharedName { values["shared-name"] = 1 }
        if nearestMention { values["nearest-mention"] = 1 }
        if rulesChoice {
            values["rules-choice"] = 1
            Self.choices.set(candidate.votes[0], to: 1, in: &values)
        }
        for vote in candidate.votes { Self.votes.set(vote, to: 1, in: &values) }
        values["votes"] = min(Double(candidate.votes.count), 4) / 4
        Self.resolutions.set(candidate.attribution.resolution, to: 1, in: &values)
        if candidate.attribution.actorID != nil { values["actor"] = 1 }
        if let cue = candidate.cue, let phrase = candidate.phrase {
            if candidate.votes.isEmpty { values["mention"] = 1 }
            values.add(phrase.features)
            if cue.speaker.contains(where: { $0.kind == .word }) { placeValues(of: cue.speaker, into: &values) }
            if let head = phrase.headNoun, quotation.history.latest(withHead: head) != nil {
                values["earlier-head"] = 1
            }
            if candidate.attribution.speakerName == quotation.history.last?.speakerName { values["same-as-previous"] = 1 }
        } else {
            values["carried"] = 1
            if quotation.opensParagraph { values["carried&opens-paragraph"] = 1 }
            if quotation.previousQuote?.paragraphIndex == quotation.span.paragraphIndex { values["carried&same-paragraph"] = 1 }
        }
        let conjoined = Self.withConjunctions(values)
        return quotation.kind == .partial ? Self.withPartialCopies(of: values, in: conjoined) : conjoined
    }

    /// The features of a phrase itself, whatever the quotation: how long, whether
    /// capitalised, a determiner, a possessive, a date, the kind of pronoun. None for a phrase
    /// without words.
    static func phraseValues(of phrase: [Token]) -> FeatureVector {
        var values = FeatureVector()
        let words = phrase.filter { $0.kind == .word }
        guard let first = words.first, let last = words.last else { return values }
        values["length"] = min(Double(words.count), 8) / 8
        if first.isCapitalized { values["capitalised"] = 1 }
        if ["the", "a", "an"].contains(first.lowercased) { values["determiner"] = 1 }
        if PersonNames.isPossessive(last) { values["possessive"] = 1 }
        if words.count == 1, calendarWords.contains(first.lowercased) { values["calendar"] = 1 }
        if words.count == 1, let kind = pronounKinds[first.lowercased] { pronouns.set(kind, to: 1, in: &values) }
        return values
    }

    /// The features of where a phrase with words stands in the quotation's sentence: before
    /// or after the quotation, how far, beside a speech verb, opening a clause.
    private func placeValues(of phrase: [Token], into values: inout FeatureVector) {
        let sentence = quotation.sentence
        guard let start = index(of: phrase.first!), let end = index(of: phrase.last!).map({ $0 + 1 }) else {
            values["elsewhere"] = 1
            return
        }
        let between = end <= quoteStart ? sentence[end..<quoteStart] : sentence[quoteEnd..<max(quoteEnd, start)]
        let distance = between.count { $0.kind == .word }
        values[end <= quoteStart ? "before" : "after"] = 1
        values["distance"] = min(Double(distance), 40) / 40
        if distance == 0 { values["adjacent"] = 1 }
        if distance <= 3 { values["near"] = 1 }
        if end < sentence.count, CueGrammar.isCue(sentence[...], at: end) { values["cue-after"] = 1 }
        if start > 0, WordLists.speechVerbs.contains(sentence[start - 1]) { values["cue-before"] = 1 }
        if start > 1, sentence[start - 2].lowercased == "according", sentence[start - 1].lowercased == "to" { values["according-to"] = 1 }
        if start == 0 || CueGrammar.isClauseBreak(sentence[start - 1]) || sentence[start - 1].isDoubleQuotationMark {
            values["clause-initial"] = 1
        }
    }

    /// The index of `token` in the quotation's sentence, if it stands there.
    private func index(of token: Token) -> Int? {
        let sentence = quotation.sentence
        let index = sentence.partitioningIndex { $0.range.lowerBound >= token.range.lowerBound }
        return index < sentence.count && sentence[index].range == token.range ? index : nil
    }
}
