import Testing

extension EndToEnd {
    /// `NO_COLOR` (no-color.org): the reader draws no colour and keeps its attributes.
    @Suite(.serialized, .timeLimit(.minutes(2)))
    struct NoColorTests {
        @Test("NO_COLOR=1 draws no colour; the current match is reversed, actors bold")
        func noColorKeepsAttributes() async throws {
            try await withTmuxSession("NO_COLOR=1 " + (try ledeCommand())) { session in
                try await waitForReader(session)
                try session.send("/")
                try session.type("Kerry")
                try session.send("Enter")
                let screen = try await session.waitForStatus(containing: "/Kerry 1/1", styled: true)
                let rows = try #require(screen.styledLines)
                let coloured = rows.joined().filter { $0.attributes.foreground != .default || $0.attributes.background != .default }
                #expect(coloured.isEmpty, "coloured cells: \(String(coloured.map(\.character)))")
                let match = try #require(screen.articleCharacters(of: "Kerry").first, "Kerry not on screen:\n\(screen)")
                #expect(match.allSatisfy { $0.attributes.reverse }, "the current match is not reversed")
                let john = try #require(screen.articleAttributes(of: "John"))
                #expect(john.bold && !john.reverse)
            }
        }
    }
}
