/// Finds the mentions of a lexicon's actors in text.
///
/// Matching is on word boundaries and longest-first, so an exclusion such as `Washington
/// Institute` hides the alias `Washington` inside it. An alias matches as written or in
/// capitals (`MOSCOW` in a headline), with an optional plural `s` (`Iranians`, `RUSSIANS`); a possessive
/// `’s` is left out of the match. Exact aliases (`US`) match only as written.
public struct MentionMatcher: Sendable {
    private struct Pattern: Sendable {
        var scalars: [Unicode.Scalar]
        var capitals: [Unicode.Scalar]?
        var actorID: String?
        var allowsPlural: Bool
    }

    /// The lexicon searched for.
    public let lexicon: ActorLexicon
    private let patternsByFirstScalar: PatternIndex
    private let placementPatterns: PatternIndex

    /// Patterns by their first scalar in upper case: ASCII ones in a table read by the
    /// scalar's value, the others hashed, so the scan looks each word start up cheaply.
    private struct PatternIndex: Sendable {
        private var ascii: [Group] = Array(repeating: Group(), count: 0x80)
        private var others: [Unicode.Scalar: Group] = [:]

        init(_ patterns: [Pattern]) {
            for pattern in patterns where !pattern.scalars.isEmpty {
                let key = pattern.scalars[0].uppercasedScalar
                if key.value < 0x80 {
                    ascii[Int(key.value)].add(pattern)
                } else {
                    others[key, default: Group()].add(pattern)
                }
            }
        }

        /// The patterns that may match where `first` is followed by `second` (`nil` at the end
        /// of the range): those whose first scalar is `first` in upper case, in the order given,
        /// or none when `second` can go on none of them.
        func patterns(startingWith first: Unicode.Scalar, then second: Unicode.Scalar?) -> [Pattern] {
            let key = first.uppercasedScalar
            guard let group = key.value < 0x80 ? ascii[Int(key.value)] : others[key], group.mayGoOn(with: second) else {
                return []
            }
            return group.patterns
        }
    }

    /// The patterns of one first scalar, and which second scalars they can go on with, so that
    /// a word start whose next scalar none of them has is passed over without trying each.
    private struct Group: Sendable {
        /// The patterns, in the order given.
        private(set) var patterns: [Pattern] = []
        /// A bit for each ASCII scalar, in upper case, that is some pattern's second.
        private var asciiSeconds: (low: UInt64, high: UInt64) = (0, 0)
        /// Whether every word start must try the patterns: one is a single scalar, or has a
        /// second scalar outside ASCII or an apostrophe (either form matches either).
        private var triesEverySecond = false

        mutating func add(_ pattern: Pattern) {
            patterns.append(pattern)
            guard pattern.scalars.count >= 2 else {
                triesEverySecond = true
                return
            }
            for second in [pattern.scalars[1]] + (pattern.capitals.map { [$0[1]] } ?? []) {
                let upper = second.uppercasedScalar.value
                if second.isApostrophe || upper >= 0x80 {
                    triesEverySecond = true
                } else if upper < 0x40 {
                    asciiSeconds.low |= 1 << UInt64(upper)
                } else {
                    asciiSeconds.high |= 1 << UInt64(upper - 0x40)
                }
            }
        }

        /// Whether a pattern may match where its first scalar is followed by `second`: a match
        /// needs `second` to equal the pattern's second scalar (or its capital).
        func mayGoOn(with second: Unicode.Scalar?) -> Bool {
            if triesEverySecond { return true }
            guard let upper = second?.uppercasedScalar.value, upper < 0x80 else { return false }
            return upper < 0x40 ? asciiSeconds.low & (1 << UInt64(upper)) != 0 : asciiSeconds.high & (1 << UInt64(upper - 0x40)) != 0
        }
    }

    /// Prepares a matcher for `lexicon`.
    public init(lexicon: ActorLexicon) {
        self.lexicon = lexicon
        var highlight: [Pattern] = []
        var placement: [Pattern] = []
        for actor in lexicon.actors {
            for alias in actor.aliases {
                highlight.append(Self.pattern(alias, actorID: actor.id, flexible: true))
            }
            for alias in actor.exactAliases {
                highlight.append(Self.pattern(alias, actorID: actor.id, flexible: false))
            }
            for exclusion in actor.exclusions {
                highlight.append(Self.pattern(exclusion, actorID: nil, flexible: true))
            }
            for term in actor.speakerTerms {
                placement.append(Self.pattern(term, actorID: actor.id, flexible: true))
            }
        }
        patternsByFirstScalar = PatternIndex(highlight)
        placementPatterns = PatternIndex(highlight + placement)
    }

    /// The actor mentions in `scalars[range]` (the whole text by default), in text order;
    /// ethnic labels (`Polish American`) are not mentions.
    public func mentions(in scalars: [Unicode.Scalar], range: Range<Int>? = nil) -> [Mention] {
        EthnicLabels.removing(from: scan(scalars, range: range ?? 0..<scalars.count, patterns: patternsByFirstScalar), in: scalars)
    }

    /// The actor a phrase places a speaker with: the first actor named in it, by alias or by
    /// speaker term (`Russia’s foreign minister` → `russia`, `a Syrian military official` →
    /// `assad`).
    public func placement(of phrase: String) -> String? {
        let scalars = Array(phrase.unicodeScalars)
        return scan(scalars, range: 0..<scalars.count, patterns: placementPatterns).first?.actorID
    }

    private func scan(_ scalars: [Unicode.Scalar], range: Range<Int>, patterns: PatternIndex) -> [Mention] {
        var mentions: [Mention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let atWordStart = index == range.lowerBound || !scalars[index - 1].isWordCharacter
            guard atWordStart else {
                index += 1
                continue
            }
            let candidates = patterns.patterns(
                startingWith: scalars[index], then: index + 1 < range.upperBound ? scalars[index + 1] : nil)
            var best: (end: Int, actorID: String?)?
            for pattern in candidates {
                if let end = match(pattern, in: scalars, at: index, limit: range.upperBound), end > (best?.end ?? index) {
                    best = (end, pattern.actorID)
                }
            }
            guard let found = best else {
                index += 1
                continue
            }
            if let actorID = found.actorID {
                mentions.append(Mention(actorID: actorID, range: index..<found.end))
            }
            index = found.end
        }
        return mentions
    }

    /// The end of `pattern` matched at `start`, when it matches on word boundaries. A middle
    /// initial in the text may stand where a flexible alias has a space (`Vladimir V. Putin`).
    private func match(_ pattern: Pattern, in scalars: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
        let flexible = pattern.capitals != nil
        let found = Self.end(of: pattern.scalars, flexible: flexible, in: scalars, at: start, limit: limit).map { ($0, Unicode.Scalar("s")) }
            ?? pattern.capitals.flatMap { Self.end(of: $0, flexible: flexible, in: scalars, at: start, limit: limit) }
            .map { ($0, Unicode.Scalar("S")) }
        guard let (end, plural) = found else { return nil }
        if end == limit || !scalars[end].isWordCharacter { return end }
        if pattern.allowsPlural, scalars[end] == plural, end + 1 == limit || !scalars[end + 1].isWordCharacter {
            return end + 1
        }
        return nil
    }

    /// Where `expected` ends when `scalars` read it from `start`, a middle initial standing
    /// for a space when `flexible`.
    private static func end(
        of expected: [Unicode.Scalar], flexible: Bool, in scalars: [Unicode.Scalar], at start: Int, limit: Int
    ) -> Int? {
        var position = start
        for scalar in expected {
            if scalar == " ", flexible, middleInitial(in: scalars, at: position, limit: limit) {
                position += 3
            }
            guard position < limit, same(scalars[position], scalar) else { return nil }
            position += 1
        }
        return position
    }

    /// Whether `scalars[position...]` reads ` X.` followed by a space: a middle initial.
    private static func middleInitial(in scalars: [Unicode.Scalar], at position: Int, limit: Int) -> Bool {
        position + 3 < limit && scalars[position] == " " && scalars[position + 1].isUppercaseLetter
            && scalars[position + 2] == "." && scalars[position + 3] == " "
    }

    private static func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        a == b || (a.isApostrophe && b.isApostrophe)
    }

    private static func pattern(_ text: String, actorID: String?, flexible: Bool) -> Pattern {
        let scalars = Array(text.unicodeScalars)
        let capitals = Array(text.uppercased().unicodeScalars)
        let endsWithLetter = scalars.last?.properties.isLowercase ?? false
        return Pattern(
            scalars: scalars, capitals: flexible && capitals.count == scalars.count ? capitals : nil,
            actorID: actorID, allowsPlural: flexible && endsWithLetter)
    }
}
