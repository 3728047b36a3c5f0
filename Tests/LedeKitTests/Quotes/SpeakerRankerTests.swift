import Testing

@testable import LedeKit

/// The speaker ranker: the candidates it weighs, their features, its choice on a weight
/// table written here, and the weights Lede ships.
@Suite struct SpeakerRankerTests {
    let matcher = MentionMatcher(lexicon: .standard)

    /// The candidates of the first quotation of `text`, with what the rule sieves found.
    func candidates(_ text: String) -> [SpeakerCandidate] {
        let document = AnnotatedArticle(article: ArticleParser.parse(text))
        let quotation = QuotationContext(span: document.spans[0], in: document, previousQuote: nil, history: AttributionHistory())
        let findings = QuoteSieveOrder.sieves(for: quotation.kind).compactMap { sieve in
            sieve.attribute(quotation).map { (sieve: sieve.name, finding: $0) }
        }
        var generator = CandidateGenerator(resolver: SpeakerResolver(matcher: matcher, names: document.names))
        return generator.candidates(for: quotation, findings: findings)
    }

    let sentence = "Notes\n\n“The plan is a disaster,” Jane Miller said in May, while he smiled."

    @Test func candidatesAreTheRulesChoiceThenTheMentionsNearestFirst() {
        let found = candidates(sentence)
        #expect(found.map(\.attribution.speaker) == ["Jane Miller", "May", "he"])
        #expect(found[0].votes.first == "subject-then-verb")
        #expect(found[1].votes.isEmpty && found[2].votes.isEmpty)
    }

    @Test func featuresTellPlaceRoleAndKind() {
        let found = candidates(sentence)
        let miller = found[0].features
        #expect(miller["rules-choice"] == 1 && miller["rules-choice:subject-then-verb"] == 1)
        #expect(miller["after"] == 1 && miller["adjacent"] == 1 && miller["cue-after"] == 1 && miller["capitalised"] == 1)
        #expect(miller["before"] == nil && miller["mention"] == nil)
        #expect(miller["resolution:person-name"] == 1)
        // May is the nearest mention no sieve proposed; no two candidates name one person.
        #expect(found[1].features["nearest-mention"] == 1 && found[2].features["nearest-mention"] == nil)
        #expect(!found.contains { $0.features["shared-name"] != nil })
        // `Jane Miller said in May, while he`: four words, then six, stand between.
        #expect(found[1].features["calendar"] == 1 && found[1].features["cue-before"] == nil)
        #expect(found[1].features["distance"] == 4.0 / 40)
        let pronoun = found[2].features
        #expect(pronoun["pronoun:he-she"] == 1 && pronoun["mention"] == 1 && pronoun["rules-choice"] == nil)
        #expect(pronoun["distance"] == 6.0 / 40 && pronoun["near"] == nil)
    }

    @Test func aPartialQuotationsFeaturesAreAlsoGivenApart() throws {
        let found = candidates("Notes\n\nJane Miller called the plan “a disaster” on Tuesday.")
        let miller = try #require(found.first { $0.attribution.speaker == "Jane Miller" })
        #expect(miller.features["before"] == 1 && miller.features["partial&before"] == 1)
    }

    @Test func theContextGivesThePreviousSentencesSpeakerAndTheParagraphsSubject() throws {
        let found = candidates("""
            Notes

            Mayor Ana Ruiz toured the dock on Monday. Her aide Tom Hale spoke to the crews. The river rose, and the “old bridge” closed.
            """)
        let previous = try #require(found.first { $0.features["context:previous-sentence"] == 1 })
        #expect(previous.attribution.speakerName == "Tom Hale")
        let subject = try #require(found.first { $0.features["context:paragraph-subject"] == 1 })
        #expect(subject.attribution.speakerName == "Ana Ruiz")
        #expect(previous.votes.isEmpty && previous.features["mention"] == 1 && previous.features["elsewhere"] == 1)
    }

    @Test func someFeaturesAreAlsoGivenInPairs() throws {
        let miller = candidates(sentence)[0].features
        #expect(miller["after^rules-choice:subject-then-verb"] == 1 && miller["capitalised^cue-after"] == 1)
        // `adjacent` is not paired; a pair is named once, in name order.
        #expect(!miller.keys.contains { $0.contains("adjacent^") || $0.contains("^adjacent") })
        #expect(miller["rules-choice:subject-then-verb^after"] == nil)
        let partial = try #require(candidates("Notes\n\nJane Miller called the plan “a disaster” on Tuesday.").first)
        #expect(partial.features.keys.contains { $0.contains("^") })
        #expect(!partial.features.keys.contains { $0.hasPrefix("partial&") && $0.contains("^") })
    }

    @Test func candidatesNamingOnePersonAreMarked() {
        let found = candidates("Notes\n\n“We will win,” Jane Miller said, and Miller smiled.")
        let miller = found.filter { $0.attribution.speakerName == "Jane Miller" }
        #expect(miller.count == 2 && miller.allSatisfy { $0.features["shared-name"] == 1 })
    }

    @Test func aPossessiveNamesACandidateOnlyAsTheOwnerOfASpeechNoun() {
        let owned = candidates("Notes\n\n“It was a shock,” recalled Tom Harlow, Acme’s former chief spokesman.")
        #expect(owned.map(\.attribution.speaker).contains("Tom Harlow"))
        #expect(!owned.contains { $0.attribution.speaker.hasPrefix("Acme") })
        let claim = candidates("Notes\n\nCritics mocked Senator Bob Hale’s claim that “the wall will pay for itself.”")
        #expect(claim.map(\.attribution.speaker).contains("Senator Bob Hale"))
        #expect(!claim.contains { $0.attribution.speaker.hasSuffix("’s") })
    }

    @Test func everyFeatureIsNamedInTheTable() {
        let names = Set(CandidateFeatures.names)
        for candidate in candidates(sentence) + candidates("Notes\n\nShe called the plan “a disaster,” Miller's aide said.") {
            #expect(Set(candidate.features.keys).isSubset(of: names), "\(candidate.attribution.speaker)")
        }
    }

    @Test func theRankerOverrulesTheRulesOnlyByMoreThanItsMargin() {
        let found = candidates(sentence)
        let none: FeatureVector = ["nobody": 1.0]
        #expect(SpeakerRanker(weights: ["calendar": 2], margin: 1).choice(among: found, nobody: none, rules: .speaker) == .speaker(1))
        #expect(SpeakerRanker(weights: ["calendar": 2], margin: 2).choice(among: found, nobody: none, rules: .speaker) == .speaker(0))
        let pronoun = SpeakerRanker(weights: ["rules-choice": 1, "pronoun:he-she": 3], margin: 0)
        #expect(pronoun.choice(among: found, nobody: none, rules: .speaker) == .speaker(2))
        #expect(SpeakerRanker(weights: ["mention": 0.5, "capitalised": -1], margin: 0).score(found[1].features) == -0.5)
    }

    @Test func theRankerTakesAwayOrGivesASpeakerOnlyByMoreThanThoseMargins() {
        let found = candidates(sentence)
        let none: FeatureVector = ["nobody": 1.0]
        // No speaker scores 3 against the rules' 1 and the best other's 1.
        let silencing = ["nobody": 3.0, "rules-choice": 1, "mention": 1]
        #expect(SpeakerRanker(weights: silencing, margin: 0, silenceMargin: 1.5).choice(among: found, nobody: none, rules: .speaker) == .nobody)
        #expect(SpeakerRanker(weights: silencing, margin: 0, silenceMargin: 2).choice(among: found, nobody: none, rules: .speaker) == .speaker(0))
        // No speaker must also beat the best other candidate, which then wins on its margin.
        let other = ["nobody": 3.0, "calendar": 4]
        #expect(SpeakerRanker(weights: other, margin: 0, silenceMargin: 0).choice(among: found, nobody: none, rules: .speaker) == .speaker(1))
        // Unattributed by the rules: the best candidate (May, 2) must beat no speaker (1) by the margin.
        let giving = ["nobody": 1.0, "calendar": 2]
        #expect(SpeakerRanker(weights: giving, margin: 0, attributionMargin: 0.5).choice(among: found, nobody: none, rules: .nothing) == .speaker(1))
        #expect(SpeakerRanker(weights: giving, margin: 0, attributionMargin: 1).choice(among: found, nobody: none, rules: .nothing) == .nobody)
        #expect(SpeakerRanker(weights: giving, margin: 0).choice(among: [], nobody: none, rules: .nothing) == .nobody)
        // A rule found the quotation to be nobody's words (a title): however well a candidate scores, that stands.
        #expect(SpeakerRanker(weights: giving, margin: 0, attributionMargin: 0.5).choice(among: found, nobody: none, rules: .nobody) == .nobody)
    }

    @Test func theExtractorAttributesTheRankersChoice() {
        let article = ArticleParser.parse(sentence)
        let ranked = QuoteExtractor(matcher: matcher, ranker: SpeakerRanker(weights: ["calendar": 2], margin: 0)).quotes(in: article)
        #expect(ranked[0].attribution?.speaker == "May" && ranked[0].attribution?.sieve == SpeakerRanker.sieveName)
        let rules = QuoteExtractor(matcher: matcher, ranking: false).explainedQuotes(in: article)
        #expect(rules[0].attribution?.speaker == "Jane Miller" && rules[0].attribution?.sieve == "subject-then-verb")
        // The last candidate is the option of no speaker.
        #expect(rules[0].candidates.map(\.speaker) == ["Jane Miller", "May", "he", ""])
        #expect(rules[0].candidates.last?.features["nobody"] == 1)
    }

    @Test func theExtractorLeavesATitleNobodys() {
        // The title sieve decides a show's name is nobody's words; a candidate that outscores
        // no speaker does not change that.
        let article = ArticleParser.parse("Notes\n\nJane Miller was a guest on “Morning Desk” this week.")
        let giving = SpeakerRanker(weights: ["capitalised": 5], margin: 0, attributionMargin: 0)
        let ranked = QuoteExtractor(matcher: matcher, ranker: giving).quotes(in: article)
        #expect(ranked[0].attribution == nil && ranked[0].unattributedBy == "title")
    }

    @Test func theExtractorTakesAwayTheSpeakerWhenTheRankerGivesNone() {
        let article = ArticleParser.parse(sentence)
        let silencing = SpeakerRanker(weights: ["nobody&ends-comma": 5], margin: 0, silenceMargin: 1)
        let quotes = QuoteExtractor(matcher: matcher, ranker: silencing).explainedQuotes(in: article)
        #expect(quotes[0].attribution == nil && quotes[0].unattributedBy == "ranker-nobody")
    }

    @Test func theExtractorGivesASpeakerTheRulesLeftOut() {
        // No rule sieve decides anything about a quotation whose sentence names someone after it.
        let article = ArticleParser.parse("Notes\n\nThe “quiet valley” turned loud for Jane Miller.")
        let rules = QuoteExtractor(matcher: matcher, ranking: false).quotes(in: article)
        #expect(rules[0].attribution == nil && rules[0].unattributedBy == nil)
        let giving = SpeakerRanker(weights: ["after": 2], margin: 0, attributionMargin: 1)
        let ranked = QuoteExtractor(matcher: matcher, ranker: giving).quotes(in: article)
        #expect(ranked[0].attribution?.speaker == "Jane Miller" && ranked[0].attribution?.sieve == SpeakerRanker.sieveName)
    }

    @Test func theShippedModelNamesOnlyFeaturesTheGeneratorMakes() {
        let shipped = SpeakerRanker.shipped
        let names = Set(CandidateFeatures.names + QuotationFeatures.names)
        #expect(!shipped.weights.isEmpty || !shipped.trees.trees.isEmpty)
        #expect(Set(shipped.weights.keys).isSubset(of: names))
        let split = Set(shipped.trees.trees.flatMap(\.splits).compactMap { $0?.feature })
        #expect(split.isSubset(of: names))
        #expect(shipped.margin >= 0 && shipped.silenceMargin.isFinite && shipped.attributionMargin.isFinite)
        #expect(shipped.weights.values.allSatisfy { $0.isFinite })
        #expect(shipped.trees.trees.allSatisfy { $0.leaves.allSatisfy { $0.isFinite } })
    }

    @Test func theShippedModelKeepsAPlainAttribution() {
        // Trained, it keeps most of the rules' decisions: a name right after the speech verb.
        let quotes = QuoteExtractor(matcher: matcher, ranking: true).quotes(in: ArticleParser.parse(sentence))
        #expect(quotes[0].attribution?.speaker == "Jane Miller" && quotes[0].attribution?.sieve == "subject-then-verb")
    }
}
