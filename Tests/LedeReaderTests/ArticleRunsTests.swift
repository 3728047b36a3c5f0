import LedeKit
import LedeReader
import Testing

/// The styled runs of an article for printed output.
@Suite struct ArticleRunsTests {
    @Test func runsCoverTheTextWithTitleQuoteAndActors() throws {
        let text = "Harbour Talks Stall\n\nThe mayor met Russian envoys. “We will not sign with Moscow today,” said Ana Tallis.\n"
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let runs = ArticleRuns.runs(of: analysis)
        let scalars = analysis.article.scalars
        // Every scalar once, in order, and no two neighbours alike.
        #expect(runs.first?.range.lowerBound == 0 && runs.last?.range.upperBound == scalars.count)
        for (left, right) in zip(runs, runs.dropFirst()) {
            #expect(left.range.upperBound == right.range.lowerBound)
            #expect(left.style != right.style)
        }
        func style(of word: String) -> CellStyle? {
            let article = analysis.article.text
            guard let found = article.range(of: word) else { return nil }
            let offset = article.unicodeScalars.distance(from: article.unicodeScalars.startIndex, to: found.lowerBound)
            return runs.first { $0.range.contains(offset) }?.style
        }
        #expect(style(of: "Talks") == CellStyle(.title))
        #expect(style(of: "mayor") == CellStyle(.text))
        let russian = try #require(style(of: "Russian"))
        #expect(russian.roles.count == 2 && russian.roles.first == .text)
        guard case .actor(let id, _) = russian.roles.last else { Issue.record("Russian: \(russian)"); return }
        #expect(id == "russia")
        #expect(style(of: "sign") == CellStyle([.text, .quote]))
        let moscow = try #require(style(of: "Moscow"))
        #expect(moscow.roles.count == 3 && moscow.roles[1] == .quote)
    }
}
