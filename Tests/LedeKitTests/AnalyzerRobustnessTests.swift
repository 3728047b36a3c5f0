import LedeKit
import Testing

/// Random texts built from the pieces that quote and speaker rules look at: the analysis
/// must never crash and its spans must always lie inside the text.
@Suite struct AnalyzerRobustnessTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "“", "”", "\"", "''", "‘", "’", "«", "»", ",", ".", "?", "!", ":", ";", "—", "-", "(", ")", " ", " ", " ",
        "\n", "\n\n", "said", "says", "told", "added", "according to", "who", "he", "she", "it", "the", "a", "official",
        "Mr.", "Sen.", "Jane", "Doe", "Moscow", "US", "Washington Institute", "Russia’s", "foreign minister", "and",
        "that", "calls", "states", "went", "on", "was", "â", "Ã©", "&amp;", "é", "東京", "e\u{301}", "\u{0}", "\t", "1–2",
    ]

    @Test(arguments: 0..<8)
    func randomTextsAnalyseWithinBounds(seed: Int) {
        var generator = SplitMix(state: UInt64(seed) &* 7919 &+ 1)
        let analyzer = Analyzer()
        for _ in 0..<250 {
            let count = Int.random(in: 0..<80, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let analysis = analyzer.analyze(bytes: Array(text.utf8))
            let length = analysis.article.scalars.count
            for quote in analysis.quotes {
                #expect(quote.range.lowerBound >= 0 && quote.range.upperBound <= length && !quote.range.isEmpty)
                #expect(quote.extent.lowerBound <= quote.range.lowerBound && quote.extent.upperBound >= quote.range.upperBound)
                if let speaker = quote.attribution?.speakerRange {
                    #expect(speaker.upperBound <= length)
                }
            }
            #expect(zip(analysis.mentions, analysis.mentions.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
            #expect(analysis.article.paragraphs.allSatisfy { $0.range.upperBound <= length })
        }
    }
}
