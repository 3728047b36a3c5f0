import Testing

@testable import LedeKit

/// The structures that keep the analysis linear on hostile input answer as the linear scans
/// they replaced; the time they save is measured by `scripts/adversarial-benchmark.py`.
@Suite struct BoundedAnalysisTests {
    @Test func sortedRangesFindTheRangeHoldingAnOffset() {
        let ranges = SortedRanges([20..<30, 0..<5, 40..<41, 3..<8])
        #expect(ranges.ranges == [0..<8, 20..<30, 40..<41])
        for offset in -1..<45 {
            let expected = ranges.ranges.first { $0.contains(offset) }
            #expect(ranges.range(containing: offset) == expected, "offset \(offset)")
        }
        #expect(Array(ranges.overlapping(6..<21)) == [0..<8, 20..<30])
        #expect(ranges.overlapping(30..<40).isEmpty)
    }

    @Test func articleTokensOfASentenceAreThoseATokenizerFinds() {
        let article = ArticleParser.parse("Title here\n\nFirst one. Second “quoted” part, she said. U.S. third.")
        let tokens = ArticleTokens(article: article)
        let paragraph = article.paragraphs[1].range
        for sentence in SentenceSplitter.sentences(in: article.scalars, range: paragraph) {
            #expect(Array(tokens.tokens(ofParagraph: 1, in: sentence)) == Tokenizer.tokens(in: article.scalars, range: sentence))
        }
    }

    @Test func theWindowAroundAQuotationIsBoundedWhateverItsSentence() {
        let words = String(repeating: "word ", count: 1_000)
        let text = "Title\n\n\(words)the minister said “\(words)” and \(words)"
        let article = ArticleParser.parse(text)
        let span = QuotationMarks.spans(in: article)[0]
        let all = ArticleTokens(article: article).tokens(ofParagraph: 1, in: article.paragraphs[1].range)
        let window = QuoteExtractor.window(all, around: span)
        #expect(all.count > 3_000)
        #expect(window.count == 4 * QuoteExtractor.window)
        #expect(window.contains { $0.text == "said" })
        #expect(window.first!.range.lowerBound < span.opening && window.last!.range.lowerBound > span.extent.upperBound)
    }

    @Test func historyKeepsTheLatestAttributionForEachHeadNoun() {
        func quote(_ speaker: String, at offset: Int) -> Quote {
            let attribution = Attribution(
                speaker: speaker, speakerRange: offset..<offset + 1, speakerName: speaker.uppercased(), actorID: nil,
                cue: "said", continuesPrevious: false, sieve: "inverted-verb", resolution: "person-name")
            return Quote(range: offset..<offset + 1, extent: offset..<offset + 1, kind: .full, paragraphIndex: 0, attribution: attribution)
        }
        var history = AttributionHistory()
        history.append(quote("a senior official", at: 1))
        history.append(quote("the envoy", at: 2))
        history.append(quote("another official", at: 3))
        #expect(history.latest(withHead: "official")?.speaker == "another official")
        #expect(history.latest(withHead: "envoy")?.speaker == "the envoy")
        #expect(history.latest(withHead: "minister") == nil)
        #expect(history.last?.speaker == "another official")
    }

    @Test func manyUnclosedQuotationsInOneSentenceAreEachFound() {
        let text = "Title\n\n" + String(repeating: "The man said “hello there ", count: 3_000)
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        #expect(analysis.quotes.count == 3_000)
        #expect(analysis.quotes.allSatisfy { $0.attribution?.speaker == "The man" })
    }
}
