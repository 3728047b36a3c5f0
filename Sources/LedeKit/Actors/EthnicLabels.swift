/// Ethnic labels such as `Polish American` or `Iranian-American`: a nationality before an
/// actor's demonym names a group of people, not the state, so neither word is a mention.
///
/// A hyphenated pair followed by a relation word (`Russian-American relations`) names two
/// states and stays. The words come from the bundled `ethnic-labels.toml`.
enum EthnicLabels {
    static let demonyms = Set(Resources.words("demonyms", inTOML: "ethnic-labels.toml"))
    static let nationalityEndings = Resources.words("nationality_endings", inTOML: "ethnic-labels.toml")
    static let relationWords = Set(Resources.words("relation_words", inTOML: "ethnic-labels.toml"))

    /// `mentions` (in text order) without those that are part of an ethnic label.
    static func removing(from mentions: [Mention], in scalars: [Unicode.Scalar]) -> [Mention] {
        var kept: [Mention] = []
        for mention in mentions {
            guard demonyms.contains(text(scalars[mention.range])), let nationality = nationality(before: mention, in: scalars)
            else {
                kept.append(mention)
                continue
            }
            if let last = kept.last, last.range.overlaps(nationality) { kept.removeLast() }
        }
        return kept
    }

    /// The nationality word joined to `mention` by a hyphen or a space, when the pair is a label.
    private static func nationality(before mention: Mention, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        let joint = mention.range.lowerBound - 1
        guard joint > 0, scalars[joint] == "-" || scalars[joint] == " " else { return nil }
        var start = joint
        while start > 0, scalars[start - 1].isWordCharacter { start -= 1 }
        let word = text(scalars[start..<joint])
        guard word.count >= 4, word.first?.isUppercase == true,
            nationalityEndings.contains(where: { word.hasSuffix($0) })
        else { return nil }
        if scalars[joint] == "-", relationWords.contains(wordAfter(mention.range.upperBound, in: scalars)) { return nil }
        return start..<joint
    }

    /// The lower-cased word that follows `position` after white space.
    private static func wordAfter(_ position: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = position
        while start < scalars.count, scalars[start].isSpace { start += 1 }
        var end = start
        while end < scalars.count, scalars[end].isWordCharacter { end += 1 }
        return text(scalars[start..<end]).lowercased()
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
