import LedeTestSupport
import Testing

extension EndToEnd {
    /// When the terminal changes size, the reader lays the article out again.
    @Suite("Resizing", .timeLimit(.minutes(1)))
    struct ResizeTests {
        @Test("shrinking to 80×24 re-wraps the article and moves the status line")
        func shrinkTo80x24() async throws {
            try await withTmuxSession(try ledeCommand(), width: 120, height: 35) { session in
                let wide = try await waitForReader(session)
                let wideTotal = try #require(wide.position?.total)

                try session.resize(width: 80, height: 24)
                let narrow = try await session.waitFor("the reader to re-lay out for 80×24") { screen in
                    // The article text is about as wide as at 120 columns: the rule of the split
                    // shows the new layout.
                    screen.lines.count == 24 && screen.splitRow != nil && screen.position != nil
                }
                let position = try #require(narrow.position)
                #expect(narrow.statusLine.contains("quotes pane below"), "status line not on row 24:\n\(narrow)")
                #expect(position.first == 1)
                // The quotes pane is under the article at 80 columns: the article has the rows above it.
                #expect(narrow.splitRow != nil, "no quotes pane under the article:\n\(narrow)")
                #expect(position.last - position.first + 1 == narrow.articleLines.count, "every article row counted:\n\(narrow)")
                for (row, line) in narrow.lines.enumerated() {
                    #expect(line.count <= 80, "row \(row + 1) is \(line.count) wide")
                }
                // Nothing is cut at the old width: the article pane reads as the article does.
                #expect(narrow.articleLines.first?.contains("Refugee Crisis") == true)
                let articleText = comparable(Fixtures.sampleRepairedText)
                #expect(articleText.contains(comparable(narrow.articleLetters)), "the article pane is not a run of the article:\n\(narrow)")
                #expect(narrow.quotesLines.first?.contains("Quotes (5)") == true, "quotes pane title:\n\(narrow)")

                // And back: the wide layout returns.
                try session.resize(width: 120, height: 35)
                let again = try await session.waitFor("the reader to re-lay out for 120×35") { screen in
                    screen.lines.count == 35 && screen.position?.total == wideTotal
                }
                #expect(again.articleLines == wide.articleLines)
            }
        }

        /// `text` without white space and with one kind of spaced dash (the gold allows either).
        private func comparable(_ text: String) -> String {
            Screen.letters(text).replacingOccurrences(of: "—", with: "–")
        }
    }
}
