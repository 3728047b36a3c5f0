/// The features of the ranker's option to give a quotation no speaker: what the quotation
/// looks like (how long, in title case or capitals, how it ends), where it stands in its
/// sentence, whether a speech verb or a word marking a term (`so-called`) stands beside it,
/// whether it holds words of a spoken clause (`we`, `is`), and which rule sieve decided it. A
/// partial quotation's features are also given again under a `partial&` prefix, and every
/// quotation's again under the deciding sieve's name, so each weighs them apart. Every name
/// starts with `nobody`, so no feature of a speaker candidate is shared.
struct QuotationFeatures: Sendable {
    /// The quotation.
    let quotation: QuotationContext

    /// The upper bounds of the word-count buckets (`words:1`, `words:2`, … `words:13-`).
    static let lengthBuckets: [(upTo: Int, name: String)] = [
        (1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (12, "7-12"), (Int.max, "13-"),
    ]

    /// The features that do not name a sieve, a length or a word.
    static let plainNames = [
        "title-case", "capitals", "lower-start", "ends-stop", "ends-comma", "inner-punctuation", "unclosed",
        "opens-paragraph", "opens-sentence", "ends-sentence", "colon-before", "cue-before", "cue-after", "determiner-before",
        "speaker-candidates", "person-words", "verb-words",
    ]

    /// The sieves that may decide a quotation, in name order, and `none`.
    static let sieves = Set((QuoteSieveOrder.full + QuoteSieveOrder.partial).map(\.name)).sorted() + ["none"]

    /// The features read on a quotation (``values(decidingSieve:speakerCandidates:)`` gives
    /// each again under other names).
    static let foundNames = plainNames + lengthBuckets.map { "words:\($0.name)" } + sieves.map { "rules:\($0)" }
        + WordLists.termMarkers.words.sorted().map { "before:\($0)" }

    /// Every feature the option can have.
    static let names: [String] = {
        let shape = plainNames + lengthBuckets.map { "words:\($0.name)" } + WordLists.termMarkers.words.sorted().map { "before:\($0)" }
        let bySieve = sieves.flatMap { sieve in shape.map { "\(sieve)&\($0)" } }
        return ["nobody"] + (foundNames + foundNames.map { "partial&\($0)" } + bySieve).map { "nobody&\($0)" }
    }()

    /// Where a feature read on a quotation stands in ``FeatureSpace/ranker`` under each name
    /// it is given: `nobody&NAME`, `nobody&partial&NAME` and, by deciding sieve (in the order
    /// of ``sieves``), `nobody&SIEVE&NAME`; nil for the `rules:` features, not given by sieve.
    private struct Placed: Sendable {
        let plain: Int
        let partial: Int
        let bySieve: [Int]?
    }

    /// Each read feature's places, by name, made once so no name is built per quotation.
    private static let placed: [String: Placed] = Dictionary(uniqueKeysWithValues: foundNames.map { name in
        let space = FeatureSpace.ranker
        let bySieve = name.hasPrefix("rules:") ? nil : sieves.map { space.index(of: "nobody&\($0)&\(name)")! }
        return (name, Placed(plain: space.index(of: "nobody&\(name)")!, partial: space.index(of: "nobody&partial&\(name)")!, bySieve: bySieve))
    })

    /// Each sieve's place in ``sieves``.
    private static let sieveRanks = Dictionary(uniqueKeysWithValues: sieves.enumerated().map { ($1, $0) })

    /// The features of giving the quotation no speaker, when `decidingSieve` decided it (nil
    /// when no sieve did) and `speakerCandidates` other candidates stand against it.
    func values(decidingSieve: String?, speakerCandidates: Int) -> FeatureVector {
        var found: [String: Double] = [:]
        shapeValues(into: &found)
        placeValues(into: &found)
        found["rules:\(decidingSieve ?? "none")"] = 1
        found["speaker-candidates"] = min(Double(speakerCandidates), 10) / 10
        let decider = decidingSieve ?? "none"
        let rank = Self.sieveRanks[decider]
        let partial = quotation.kind == .partial
        var values: FeatureVector = ["nobody": 1]
        for (name, value) in found {
            if let rank, let placed = Self.placed[name] {
                values.append(placed.plain, value)
                if partial { values.append(placed.partial, value) }
                if let bySieve = placed.bySieve { values.append(bySieve[rank], value) }
                continue
            }
            values["nobody&\(name)"] = value
            if partial { values["nobody&partial&\(name)"] = value }
            if !name.hasPrefix("rules:") { values["nobody&\(decider)&\(name)"] = value }
        }
        return values
    }

    /// How many scalars of a quotation are read for its shape, so a quotation costs the same
    /// however long it runs (an unclosed one runs to its paragraph's end).
    static let readLength = 600

    /// What the quoted words look like, read on their first ``readLength`` scalars (and their
    /// last mark): how many words, their case, their punctuation.
    private func shapeValues(into values: inout [String: Double]) {
        let scalars = quotation.article.scalars
        let content = quotation.span.content
        let read = content.lowerBound..<min(content.upperBound, content.lowerBound + Self.readLength)
        var words = 0, capitalised = 0, lowercase = 0, firstLower = false, inWord = false
        var last: Unicode.Scalar = " ", innerPunctuation = false
        var letters = 0, personWords = false, verbWords = false
        for index in read {
            let scalar = scalars[index]
            if scalar.isLetter {
                letters += 1
            } else if letters > 0 {
                Self.note(scalars[(index - letters)..<index], person: &personWords, verb: &verbWords)
                letters = 0
            }
            if scalar.isSpace {
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                words += 1
                if scalar.isUppercaseLetter { capitalised += 1 }
                if scalar.isLowercaseLetter {
                    if words == 1 { firstLower = true }
                    // Small words a title leaves in lower case do not break its title case
                    // (only whether any word does is kept).
                    if lowercase == 0, !Self.startsSmallWord(scalars, at: index, in: read) { lowercase += 1 }
                }
            }
            if Self.isInnerMark(last) { innerPunctuation = true }
            last = scalar
        }
        Self.note(scalars[(read.upperBound - letters)..<read.upperBound], person: &personWords, verb: &verbWords)
        guard words > 0 else { return }
        if personWords { values["person-words"] = 1 }
        if verbWords { values["verb-words"] = 1 }
        let bucket = Self.lengthBuckets.first { words <= $0.upTo }!
        values["words:\(bucket.name)"] = 1
        if lowercase == 0, capitalised > 0 { values["title-case"] = 1 }
        if firstLower { values["lower-start"] = 1 }
        if Self.isInCapitals(scalars[read]) { values["capitals"] = 1 }
        let lastMark = quotation.lastMark
        if [".", "?", "!"].contains(lastMark) { values["ends-stop"] = 1 }
        if lastMark == "," { values["ends-comma"] = 1 }
        if innerPunctuation { values["inner-punctuation"] = 1 }
    }

    /// The length of the longest word that marks a quotation as spoken; longer runs of
    /// letters are not looked up.
    static let longestSpokenWord = (WordLists.spokenPersonWords.words.union(WordLists.spokenVerbWords.words)).map(\.count).max() ?? 0

    /// Whether each word that marks a quotation as spoken is a first- or second-person word,
    /// an auxiliary, or both.
    private static let spokenWords: [String: (person: Bool, verb: Bool)] = Dictionary(
        uniqueKeysWithValues: WordLists.spokenPersonWords.words.union(WordLists.spokenVerbWords.words).map {
            ($0, (WordLists.spokenPersonWords.contains($0), WordLists.spokenVerbWords.contains($0)))
        })

    /// Notes whether `letters`, a run of letters in the quotation, is a first- or second-person
    /// word or an auxiliary.
    private static func note(_ letters: ArraySlice<Unicode.Scalar>, person: inout Bool, verb: inout Bool) {
        guard !letters.isEmpty, letters.count <= longestSpokenWord, let found = spokenWords[lowercased(letters)] else { return }
        if found.person { person = true }
        if found.verb { verb = true }
    }

    /// `letters` as a string in lower case; letters in ASCII are lowered by their bytes.
    private static func lowercased(_ letters: ArraySlice<Unicode.Scalar>) -> String {
        guard letters.allSatisfy(\.isASCII) else { return String(String.UnicodeScalarView(letters)).lowercased() }
        return String(unsafeUninitializedCapacity: letters.count) { buffer in
            for (offset, letter) in letters.enumerated() {
                let byte = UInt8(letter.value)
                buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return letters.count
        }
    }

    /// Whether `scalar` is a mark that, inside a quotation, tells of more than one clause.
    private static func isInnerMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "?", "!": true
        default: false
        }
    }

    /// Whether the word starting at `index` is one a title leaves in lower case.
    private static func startsSmallWord(_ scalars: [Unicode.Scalar], at index: Int, in range: Range<Int>) -> Bool {
        var end = index
        while end < range.upperBound, scalars[end].isLetter { end += 1 }
        guard end - index <= 4 else { return false }
        return WordLists.titleSmallWords.contains(String(String.UnicodeScalarView(scalars[index..<end])))
    }

    /// Whether the letters of `scalars` are at least two and all capitals.
    private static func isInCapitals(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in scalars where scalar.isLetter {
            guard scalar.isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Where the quotation stands: opening its paragraph or sentence, ending it, and the
    /// words beside it.
    private func placeValues(into values: inout [String: Double]) {
        if quotation.span.closing == nil { values["unclosed"] = 1 }
        if quotation.opensParagraph { values["opens-paragraph"] = 1 }
        let before = CueGrammar.clause(quotation.before)
        let previous = before.last { !$0.isDoubleQuotationMark }
        if !before.contains(where: { $0.kind == .word }) { values["opens-sentence"] = 1 }
        if !quotation.tail.contains(where: { $0.kind == .word }) { values["ends-sentence"] = 1 }
        if let previous {
            if previous.text == ":" { values["colon-before"] = 1 }
            if previous.kind == .word {
                let word = previous.lowercased
                if WordLists.speechVerbs.contains(word) { values["cue-before"] = 1 }
                if WordLists.determiners.contains(word) { values["determiner-before"] = 1 }
                if WordLists.termMarkers.contains(word) { values["before:\(word)"] = 1 }
            }
        }
        let tail = quotation.tail.prefix(4)
        if tail.indices.contains(where: { CueGrammar.isCue(tail, at: $0) }) { values["cue-after"] = 1 }
    }
}
