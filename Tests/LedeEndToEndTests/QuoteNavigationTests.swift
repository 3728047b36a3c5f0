import LedeTestSupport
import Testing

extension EndToEnd {
    /// `]` walks the quotes in order, scrolling each into view.
    @Suite("Quote navigation", .timeLimit(.minutes(1)))
    struct QuoteNavigationTests {
        @Test("] steps through all five quotes, then wraps to the first and says so")
        func nextQuoteWalksAllQuotes() async throws {
            let quotes = Fixtures.sampleGold.quotes
            try #require(quotes.count == 5)
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                for (index, quote) in quotes.enumerated() {
                    try session.send("]")
                    let screen = try await session.waitForStatus(containing: "quote \(index + 1)/5", styled: true)
                    // The quote's opening words are in the article pane, wherever the lines wrap.
                    let opening = Screen.letters(String(quote.text.prefix(30)))
                    #expect(screen.articleLetters.contains(opening), "quote \(index + 1) not visible:\n\(screen)")
                    // And the current quote is marked (italic and underlined in the default theme).
                    let marked = screen.styledLines?.dropLast().contains { row in
                        row.prefix { $0.character != Screen.divider }
                            .contains { $0.attributes.italic && $0.attributes.underline && $0.character != " " }
                    }
                    #expect(marked == true, "no current-quote marking for quote \(index + 1):\n\(screen)")
                    #expect(!screen.statusLine.contains("Wrapped"))
                }
                try session.send("]")
                let wrapped = try await session.waitForStatus(containing: "Wrapped around to the first quote")
                #expect(wrapped.statusLine.contains("quote 1/5"))
            }
        }

        @Test("[ steps back, and wraps to the last quote before the first")
        func previousQuote() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                try session.send("]")
                try await session.waitForStatus(containing: "quote 1/5")
                try session.send("]")
                try await session.waitForStatus(containing: "quote 2/5")
                try session.send("[")
                try await session.waitForStatus(containing: "quote 1/5")
                try session.send("[")
                let screen = try await session.waitForStatus(containing: "Wrapped around to the last quote")
                #expect(screen.statusLine.contains("quote 5/5"))
            }
        }
    }
}
