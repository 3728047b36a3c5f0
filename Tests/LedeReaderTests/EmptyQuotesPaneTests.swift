import LedeKit
import LedeReader
import Testing

/// A quotes pane under the article with no quote to list takes only the rows it needs.
@Suite struct EmptyQuotesPaneTests {
    static let noQuotes = Analyzer().analyze(bytes: Array("""
        Ferry timetable changes

        The winter timetable starts on Monday. The first boat leaves at six, and the last one at ten.

        Bicycles travel free until March, and dogs on a lead are welcome on the upper deck.
        """.utf8))
    static let withQuotes = Analyzer().analyze(bytes: Array("""
        Ferry timetable changes

        “We listened to the early commuters,” said Mara Quinn, who runs the line.
        """.utf8))

    @Test func anEmptyPaneUnderTheArticleLeavesItsRowsToTheArticle() {
        let reader = Reader(analysis: Self.noQuotes, fileName: "ferry.txt", width: 80, height: 24)
        #expect(reader.geometry.quotesPlace == .below)
        #expect(reader.geometry.quotes?.height == 3)
        #expect(reader.pageHeight == 23 - 3 - 1)
        let rows = reader.render().text.components(separatedBy: "\n")
        #expect(rows[reader.geometry.quotes!.y].contains("Quotes (0)"), "\(rows)")
        #expect(rows[reader.geometry.quotes!.y + 2].contains("No direct quotes found."), "\(rows)")
    }

    @Test func aPaneWithQuotesKeepsTwoFifthsOfTheScreen() {
        let reader = Reader(analysis: Self.withQuotes, fileName: "ferry.txt", width: 80, height: 24)
        #expect(reader.geometry.quotesPlace == .below)
        #expect(reader.geometry.quotes?.height == 23 * 2 / 5)
    }
}
