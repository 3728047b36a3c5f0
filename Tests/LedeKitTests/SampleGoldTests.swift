import Foundation
import LedeKit
import LedeTestSupport
import Testing

/// The built-in sample against its gold annotations: repair, structure, mentions, quotes,
/// and the JSON contract that carries them.
@Suite struct SampleGoldTests {
    let gold = Fixtures.sampleGold
    let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    @Test func repairedTextMatchesTheExpectedRepairExactly() {
        #expect(analysis.article.text == Fixtures.sampleRepairedText)
        #expect(!analysis.article.text.contains("â"))
    }

    @Test func titleAndParagraphs() {
        let article = analysis.article
        #expect(article.title.map { article[$0.range] } == gold.title)
        #expect(article.paragraphs.count { $0.role == .body } == gold.bodyParagraphs)
    }

    @Test func everyRequiredMentionAndNothingElse() {
        let article = analysis.article
        let found = analysis.mentions.map {
            SampleGold.Mention(p: article.paragraphIndex(containing: $0.range.lowerBound) ?? -1, text: article[$0.range], actor: $0.actorID)
        }
        let optional = Set(gold.optionalMentions)
        #expect(found.filter { !optional.contains($0) } == gold.mentions)
        for forbidden in gold.forbiddenMentions {
            #expect(!found.contains { $0.p == forbidden.p && $0.actor == forbidden.actor && forbidden.text.contains($0.text) })
        }
    }

    @Test func everyQuoteWithItsSpeaker() {
        let article = analysis.article
        #expect(analysis.quotes.count == gold.quotes.count)
        for (quote, expected) in zip(analysis.quotes, gold.quotes) {
            #expect(article[quote.range] == expected.text)
            #expect(quote.paragraphIndex == expected.p)
            #expect(quote.kind.rawValue == expected.kind)
            #expect(quote.attribution?.speaker == expected.speaker)
            #expect(quote.attribution?.speakerName == expected.speakerName)
            #expect(quote.attribution?.cue == expected.cue)
            #expect(quote.attribution?.actorID == expected.actor)
        }
    }

    @Test func jsonOffsetsCountScalarsIntoTheText() throws {
        let json = try AnalysisJSON.encode(AnalysisDocument(analysis, file: "sample"), pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        func slice(_ entry: [String: Any]) -> String {
            String(String.UnicodeScalarView(scalars[(entry["start"] as! Int)..<(entry["end"] as! Int)]))
        }
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.map(slice) == gold.quotes.map(\.text))
        #expect(quotes.map { $0["speakerName"] as? String } == gold.quotes.map(\.speakerName))
        // Optional fields are present as null, never left out.
        #expect(quotes.last.map { $0.keys.contains("cue") && $0["cue"] is NSNull } == true)
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(mentions.allSatisfy { slice($0) == $0["text"] as? String })
        let paragraphs = try #require(object["paragraphs"] as? [[Int]])
        #expect(paragraphs.count == gold.bodyParagraphs + 1)
    }
}
