import LedeKit
import LedeReader
import Testing

/// The status line counts in the singular for exactly one.
@Suite struct CountedStatusTests {
    @Test func oneQuoteIsSingular() {
        let analysis = Analyzer().analyze(bytes: Array("“We will wait for the vote,” said Ana Tallis.\n".utf8))
        #expect(analysis.quotes.count == 1)
        let reader = Reader(analysis: analysis, fileName: "one.txt", width: 80, height: 12)
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.contains("1 quote") && !status.contains("1 quotes"), "\(status)")
        #expect(!status.contains("1 lines"), "\(status)")
    }
}
