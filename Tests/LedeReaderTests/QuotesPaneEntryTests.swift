import LedeKit
import Testing

@testable import LedeReader

/// How the pane draws each entry: as many lines as the pane can spare, the marks the article
/// has, notes never cut.
@Suite struct QuotesPaneEntryTests {
    /// The quotes pane's rows, trailing blanks dropped, after `keys`.
    func paneRows(_ text: String, width: Int = 100, height: Int = 30, keys: [Key] = []) -> [String] {
        var reader = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "pane.txt", width: width, height: height)
        for key in keys { reader.handle(.key(key)) }
        let frame = reader.render()
        guard let pane = reader.geometry.quotes else { return [] }
        return (0..<pane.height).map { row in
            let text = (pane.x..<pane.x + pane.width).map { frame[$0, row].text }.joined()
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
    }

    static let long = """
        A Short Title

        “The ferry will run every hour from the spring, the old pier will be rebuilt in stone, and the fares will stay as they are for children and for anyone over seventy,” said Ana Ruiz, the mayor.

        “We shall see,” said Tom Okafor.
        """

    @Test func aShortListUsesTheRowsItHas() {
        let rows = paneRows(Self.long)
        let ferry = rows.drop { !$0.contains("Ana Ruiz") }.dropFirst().prefix { !$0.isEmpty }
        #expect(ferry.count > QuotesPane.linesPerQuote, "\(rows.joined(separator: "\n"))")
        #expect(ferry.last?.hasSuffix("seventy,”") == true, "the whole quote, closing mark included:\n\(rows.joined(separator: "\n"))")
    }

    @Test func aLongListKeepsThreeLinesAnEntry() {
        let many = "Title\n\n" + (1...20).map { _ in "“" + String(repeating: "a long run of words ", count: 12) + "” said Ana Ruiz." }.joined(separator: "\n\n")
        let rows = paneRows(many)
        let first = rows.drop { !$0.contains("Ana Ruiz") }.dropFirst().prefix { !$0.isEmpty }
        #expect(first.count == QuotesPane.linesPerQuote)
        #expect(first.last?.hasSuffix("…") == true)
    }

    @Test func singleMarksAreShownAsTheArticleHasThem() {
        let rows = paneRows("Title\n\nThe mayor called the plan ‘a bold step’ on Monday, said Ana Ruiz.\n")
        #expect(rows.contains { $0.contains("‘a bold step’") }, "\(rows.joined(separator: "\n"))")
        #expect(!rows.contains { $0.contains("“") })
    }

    @Test func anUnclosedQuotationHasNoClosingMark() {
        let text = "Title\n\n“We will rebuild the pier,” said Ana Ruiz. “It will take a year\n\n“And then the ferry comes back.”\n"
        let rows = paneRows(text)
        #expect(rows.contains { $0.hasSuffix("take a year") }, "\(rows.joined(separator: "\n"))")
        #expect(!rows.contains { $0.contains("take a year”") })
    }

    @Test func theNoteIsKeptWholeInANarrowPane() {
        let text = "Title\n\nA long-serving harbour authority spokeswoman called it “unworkable” on Monday.\n"
        let rows = paneRows(text, width: ReaderGeometry.minimumWidthBeside, height: 20)
        let header = rows.first { $0.contains("partial") }
        #expect(header?.hasSuffix("partial") == true, "\(rows.joined(separator: "\n"))")
    }

    @Test func aCutNeverEndsInAStopAndAnEllipsis() {
        #expect(TextWrap.ellipsized("It was late.") == "It was late…")
        #expect(TextWrap.ellipsized("first, ") == "first…")
        #expect(TextWrap.ellipsized("and then") == "and then…")
    }
}
