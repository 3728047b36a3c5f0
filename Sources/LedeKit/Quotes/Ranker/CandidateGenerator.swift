import Algorithms

/// The speakers a quotation might belong to: every rule sieve's finding, the speaker of the
/// quotation before, the people its sentence mentions (names, pronouns, the subjects and
/// inverted subjects of its speech verbs, the subjects of other verbs before it), at most
/// ``maxMentions`` of them, nearest first, and the speakers of its context
/// (``contextSpeakers(of:)``): the sentence before it and its paragraph's first sentence.
///
/// One generator serves one article, quotation after quotation: it reads each speaker phrase
/// once (``SpeakerPhrases``) and each context sentence's speaker once, however many
/// quotations see them.
struct CandidateGenerator: Sendable {
    /// How many mentions of the sentence become candidates, so a quotation costs the same
    /// however many people its sentence names.
    static let maxMentions = 10

    /// How many tokens before the quotation and after it are read for mentions.
    static let mentionReach = 40

    /// The article's speaker phrases, each resolved and given its features once.
    var phrases: SpeakerPhrases
    /// The speaker each context window introduces (``contextSpeakers(of:)``), by the window's
    /// scalars.
    private var contextSpeakerByWindow: [Range<Int>: SpeakerCue?] = [:]

    /// The generator for the article whose names `resolver` knows.
    init(resolver: SpeakerResolver) {
        phrases = SpeakerPhrases(resolver: resolver)
    }

    /// The candidates for `quotation`, given what the rule sieves found (in the order tried).
    mutating func candidates(for quotation: QuotationContext, findings: [(sieve: String, finding: SieveFinding)]) -> [SpeakerCandidate] {
        var candidates: [SpeakerCandidate] = []
        var indexByKey: [Key: Int] = [:]
        func add(_ finding: SieveFinding, vote: String?) {
            let key = Key(finding)
            if let index = indexByKey[key] {
                if let vote { candidates[index].votes.append(vote) }
                return
            }
            indexByKey[key] = candidates.count
            var phrase: SpeakerPhrases.Phrase?
            if case .speaker(let cue, _) = finding { phrase = phrases.phrase(cue.speaker, in: quotation.article) }
            candidates.append(SpeakerCandidate(
                finding: finding, attribution: attribution(for: finding, in: quotation), phrase: phrase, votes: vote.map { [$0] } ?? []))
        }
        for (sieve, finding) in findings where finding.namesASpeaker { add(finding, vote: sieve) }
        if let previous = quotation.history.last { add(.carried(previous), vote: nil) }
        for phrase in mentions(in: quotation) { add(.speaker(SpeakerCue(speaker: phrase, cue: ""), sentence: quotation.sentence), vote: nil) }
        var context: [Key: String] = [:]
        for (place, found, sentence) in contextSpeakers(of: quotation) {
            let finding = SieveFinding.speaker(SpeakerCue(speaker: found.speaker, cue: ""), sentence: sentence)
            if context[Key(finding)] == nil { context[Key(finding)] = place }
            add(finding, vote: nil)
        }
        let features = CandidateFeatures(quotation: quotation)
        var namings: [String: Int] = [:]
        for candidate in candidates { namings[candidate.attribution.speakerName, default: 0] += 1 }
        let nearestMention = candidates.firstIndex { $0.votes.isEmpty && $0.cue != nil }
        for index in candidates.indices {
            candidates[index].features = features.values(
                of: candidates[index], rulesChoice: index == 0 && findings.first?.finding.namesASpeaker == true,
                sharedName: namings[candidates[index].attribution.speakerName, default: 0] > 1, nearestMention: index == nearestMention,
                context: context[Key(candidates[index].finding)])
        }
        return candidates
    }

    /// The people the quotation's sentence mentions outside the quotation: runs of
    /// capitalised words, speaker pronouns, the phrases before and after its speech verbs, and
    /// the phrase right before each past-tense verb ahead of the quotation; each phrase once,
    /// none that is only words of time.
    func mentions(in quotation: QuotationContext) -> [[Token]] {
        let tokens = quotation.sentence
        let quoted = quotation.span.extent
        let opening = tokens.partitioningIndex { $0.range.lowerBound >= quoted.lowerBound }
        let end = tokens[opening...].partitioningIndex { $0.range.lowerBound >= quoted.upperBound }
        let reach = max(0, opening - Self.mentionReach)..<min(tokens.count, end + Self.mentionReach)
        var phrases: [ArraySlice<Token>] = []
        for index in reach where tokens[index].kind == .word && !quoted.contains(tokens[index].range.lowerBound) {
            let token = tokens[index]
            let opensRun = index == 0 || !tokens[index - 1].isCapitalized || PersonNames.isPossessive(tokens[index - 1])
            // A pronoun that can name a speaker, subject or relative.
            if WordLists.pronouns.contains(token) || token.lowercased == "who" {
                phrases.append(tokens[index...index])
            } else if opensRun, let run = PersonNames.nameRun(in: tokens, from: index) {
                phrases.append(tokens[index..<(tokens[run].firstIndex { quoted.contains($0.range.lowerBound) } ?? run.upperBound)])
            }
            let isCue = CueGrammar.isCue(tokens[...], at: index)
            if isCue {
                if let subject = CueGrammar.subject(of: index, in: tokens) { phrases.append(subject) }
                if index + 1 < tokens.count, let inverted = NounPhrase.leading(tokens[(index + 1)...]) { phrases.append(inverted) }
            }
            // The phrase right before a speech verb (`what former students have called “…”`),
            // or before a verb ahead of the quotation that is no speech verb (`the crowd
            // reprised the chant “…”`, `50 nurses had gathered, chanting “…”`).
            if isCue || index < opening && !token.isCapitalized && NounPhrase.looksLikeFiniteVerb(token),
                let subject = NounPhrase.beforeVerb(at: index, in: tokens)
            {
                phrases.append(subject)
            }
        }
        var seen: Set<Range<Int>> = []
        // A quotation that ends with its own full stop (`“We failed.” Maria Lopez had led the
        // team.`) is a sentence: a name after it opens the next one, and speaks only beside a
        // speech verb (`“We failed.” Maria Lopez said.`, `… said Maria Lopez`).
        let endsItsSentence = !quotation.span.content.isEmpty && [".", "?", "!"].contains(quotation.lastMark)
        func besideCue(_ phrase: ArraySlice<Token>) -> Bool {
            phrase.endIndex < tokens.count && CueGrammar.isCue(tokens[...], at: phrase.endIndex)
                || phrase.startIndex > 0 && CueGrammar.isCue(tokens[...], at: phrase.startIndex - 1)
        }
        // A day or a time names nobody, though capitalised before a verb (`The senator on Tuesday said`).
        let nearest = phrases.filter { phrase in
            !phrase.isEmpty && !phrase.contains { quoted.contains($0.range.lowerBound) } && !phrase.allSatisfy { WordLists.timeWords.contains($0) }
                && (!endsItsSentence || phrase.startIndex < end || besideCue(phrase))
        }
            .filter { seen.insert($0.startIndex..<$0.endIndex).inserted }
            .compactMap { Self.owner($0, in: tokens) }
            .sorted { Self.distance(of: $0, from: quoted) < Self.distance(of: $1, from: quoted) }
        return nearest.prefix(Self.maxMentions).map(Array.init)
    }

    /// A phrase ending in a possessive names a speaker only as the owner of a speech noun in
    /// the words after it, and then without the ending (`Trump’s claim that` → `Trump`); else
    /// it owns the noun after it, which is who is meant (`HP’s former spokesman`): `nil`.
    /// Any other phrase stays as it is, a pronoun with a contracted `is` among them (`he’s`).
    private static func owner(_ phrase: ArraySlice<Token>, in tokens: [Token]) -> ArraySlice<Token>? {
        guard let last = phrase.last, PersonNames.isPossessive(last), !WordLists.pronouns.contains(String(last.lowercased.dropLast(2)))
        else { return phrase }
        let owned = tokens[phrase.endIndex...].prefix(4).prefix { $0.kind == .word }
        guard owned.contains(where: { WordLists.speechNouns.contains($0) }) else { return nil }
        return ArraySlice(PersonName.withoutPossessive(Array(phrase)))
    }

    /// The speakers that the quotation's context introduces, each with where it stands
    /// (``CandidateFeatures/contextPlaces``) and the tokens it was read in: the speaker of the
    /// sentence before the quotation's (the last of the paragraph before, for a quotation
    /// opening its paragraph), and the subject of its paragraph's first sentence.
    mutating func contextSpeakers(of quotation: QuotationContext) -> [(place: String, speaker: SpeakerCue, sentence: [Token])] {
        let span = quotation.span
        let tokens = quotation.document.tokens
        var found: [(place: String, speaker: SpeakerCue, sentence: [Token])] = []
        func read(_ place: String, paragraph: Int, sentence: Range<Int>, upTo end: Int? = nil) {
            // Tokens stand in text order, so those ending by `end` are a prefix: only the
            // window is read, however long the sentence (one paragraph of many quotations).
            let window = Array(
                tokens.tokens(ofParagraph: paragraph, in: sentence).prefix(QuoteExtractor.window)
                    .prefix { !$0.isDoubleQuotationMark && $0.range.upperBound <= end ?? .max })
            guard let first = window.first, let last = window.last else { return }
            let span = first.range.lowerBound..<last.range.upperBound
            let speaker = contextSpeakerByWindow[span] ?? IntroducingSentenceSieve.speaker(of: window)
            contextSpeakerByWindow[span] = speaker
            if let speaker { found.append((place, speaker, window)) }
        }
        if let index = quotation.sentenceIndex, index > 0 {
            read("previous-sentence", paragraph: span.paragraphIndex, sentence: quotation.sentences[index - 1])
        } else if quotation.opensParagraph, span.paragraphIndex > 0 {
            let paragraph = quotation.article.paragraphs[span.paragraphIndex - 1].range
            let last = SentenceSplitter.sentences(in: quotation.article.scalars, range: paragraph).last ?? paragraph
            read("previous-sentence", paragraph: span.paragraphIndex - 1, sentence: last)
        }
        if let first = quotation.sentences.first, first.lowerBound < span.opening {
            read("paragraph-subject", paragraph: span.paragraphIndex, sentence: first, upTo: span.opening)
        }
        return found
    }

    /// How far, in scalars, a phrase stands from the quotation.
    private static func distance(of phrase: ArraySlice<Token>, from quoted: Range<Int>) -> Int {
        phrase.last!.range.upperBound <= quoted.lowerBound
            ? quoted.lowerBound - phrase.last!.range.upperBound : phrase.first!.range.lowerBound - quoted.upperBound
    }

    /// What makes two findings the same candidate: the words' place, or the name carried.
    private enum Key: Hashable {
        case words(Range<Int>)
        case carried(String)
        case nobody

        init(_ finding: SieveFinding) {
            switch finding {
            case .speaker(let cue, _): self = .words(cue.speakerRange)
            case .carried(let earlier): self = .carried(earlier.speakerName)
            case .noSpeaker: self = .nobody
            }
        }
    }

    /// The attribution `finding` makes for `quotation`.
    private mutating func attribution(for finding: SieveFinding, in quotation: QuotationContext) -> Attribution {
        switch finding {
        case .speaker(let cue, let sentence):
            var resolved = phrases.attribution(cue, sentence: sentence, in: quotation.article, earlier: quotation.history, sieve: SpeakerRanker.sieveName)
            if cue.cue.isEmpty { resolved.cue = nil }
            return resolved
        case .carried(let earlier):
            var carried = earlier
            carried.cue = nil
            carried.continuesPrevious = true
            carried.sieve = SpeakerRanker.sieveName
            return carried
        case .noSpeaker:
            preconditionFailure("only findings that name a speaker become candidates")
        }
    }
}
