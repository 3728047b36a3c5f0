import Testing

extension EndToEnd {
    /// The `less` keys move through the article, and `q` gives the terminal back.
    @Suite("Scrolling and quitting", .timeLimit(.minutes(1)))
    struct ScrollAndQuitTests {
        @Test("j, Space, G and g move the reader")
        func scrollKeys() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                let opened = try await waitForReader(session)
                let start = try #require(opened.position, "no position on the status line:\n\(opened)")
                #expect(start.first == 1)
                try #require(start.total > start.last, "the sample must be longer than one screen for this test:\n\(opened)")
                let page = start.last - start.first + 1
                #expect(page == 34, "a 35-row terminal shows 34 article rows above the status line")

                try session.send("j")
                let down = try await session.waitFor("j to scroll one line") { $0.position?.first == 2 }
                #expect(down.position?.last == start.last + 1)
                #expect(!down.text.contains("Refugee Crisis: International"), "the title's first line should have scrolled away:\n\(down)")

                try session.send("Space")
                let paged = try await session.waitFor("Space to scroll a page") { ($0.position?.first ?? 0) > 2 }
                #expect(paged.position?.first == min(2 + page, start.total - page + 1))

                try session.send("g")
                let top = try await session.waitFor("g to go to the top") { $0.position?.first == 1 }
                #expect(top.articleLines.first?.contains("Refugee Crisis") == true)

                try session.send("G")
                let bottom = try await session.waitFor("G to go to the bottom") { $0.position.map { $0.last == $0.total } ?? false }
                #expect(bottom.statusLine.contains("(END)"))
                #expect(bottom.articleLetters.contains(Screen.letters("back together again.")), "the article's end:\n\(bottom)")

                try session.send("g")
                try await session.waitFor("g to go back to the top") { $0.position?.first == 1 }
            }
        }

        @Test("q quits with status 0 and leaves the alternate screen")
        func quitRestoresTerminal() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                try session.send("j")
                try await session.waitFor("j to scroll") { $0.position?.first == 2 }
                try session.send("q")
                let screen = try await session.waitFor("lede to exit") { $0.text.contains("LEDE-EXIT=") }
                #expect(screen.text.contains(exitMarker(0)), "lede did not exit with 0:\n\(screen)")
                for leftover in ["Refugee Crisis", "Quotes (5)", "syria-assad.txt", "Moscow", "│"] {
                    #expect(!screen.text.contains(leftover), "reader content \"\(leftover)\" left on the screen:\n\(screen)")
                }
                // The shell's text starts at the top, where it was before lede took the screen.
                #expect(screen.lines.first?.hasPrefix("LEDE-EXIT=") == true, "\(screen)")
            }
        }
    }
}
