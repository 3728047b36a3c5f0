import Testing

extension EndToEnd {
    /// `/text` then Enter: the reader searches, reports the match and highlights it.
    @Suite("Searching", .timeLimit(.minutes(1)))
    struct SearchTests {
        @Test("/Kerry finds the one match and highlights it")
        func searchHighlightsMatch() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                try session.send("/")
                try session.type("Kerry")
                // The prompt is typed on the status line.
                try await session.waitFor("the search prompt") { $0.statusLine.hasPrefix("/Kerry") }
                try session.send("Enter")
                let screen = try await session.waitForStatus(containing: "/Kerry 1/1", styled: true)
                #expect(!screen.statusLine.contains("Pattern not found"))

                // The default theme draws the current match black on yellow.
                let match = try #require(screen.articleCharacters(of: "Kerry").first, "Kerry not on screen:\n\(screen)")
                for cell in match {
                    #expect(cell.attributes.background.isBasic(TerminalColor.yellow), "Kerry not highlighted: \(cell.attributes)")
                    #expect(cell.attributes.foreground.isBasic(TerminalColor.black), "Kerry not black: \(cell.attributes)")
                }
                // The rest of the mention ("John") keeps the actor colour and no background.
                let john = try #require(screen.articleAttributes(of: "John Kerry"))
                #expect(john.background == .default)
                #expect(john.foreground != .default)
            }
        }

        @Test("a search with no match says so")
        func searchWithoutMatch() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                try session.send("/")
                try session.type("zebra")
                try session.send("Enter")
                try await session.waitForStatus(containing: "Pattern not found: zebra")
            }
        }
    }
}
