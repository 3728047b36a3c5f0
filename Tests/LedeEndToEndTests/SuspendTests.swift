import Testing

extension EndToEnd {
    /// Stopped with ^Z and brought back with `fg`, lede draws its screen at once, at the size
    /// the terminal has then.
    @Suite("Suspending", .timeLimit(.minutes(1)))
    struct SuspendTests {
        /// The prompt of the interactive shell the test runs lede from.
        static let prompt = "lede-shell$ "
        /// The prompt as tmux shows it, without its trailing space.
        static let shownPrompt = String(prompt.dropLast())

        @Test("a resize while stopped is drawn when lede continues, before any key")
        func resizeWhileStopped() async throws {
            // An interactive shell, for job control.
            let shell = "PS1=\(shellQuoted(Self.prompt)) exec /bin/sh -i"
            try await withTmuxSession(shell, width: 120, height: 35) { session in
                try await session.waitFor("the shell's prompt") { $0.text.contains(Self.shownPrompt) }
                try session.type(shellQuoted(try LedeBinary.url().path))
                try session.send("Enter")
                try await waitForReader(session)

                try session.send("C-z")
                try await session.waitFor("lede to stop") { $0.text.contains("Stopped") }
                // The shell has the terminal now: it, not lede, is told of the resize.
                try session.resize(width: 80, height: 24)
                try session.type("fg")
                try session.send("Enter")

                let narrow = try await session.waitFor("the reader at 80×24, without a key") { screen in
                    screen.lines.count == 24 && screen.statusLine.contains("quotes pane below")
                        && screen.splitRow != nil && screen.position != nil
                }
                let position = try #require(narrow.position)
                // The quotes pane is under the article at 80 columns: the article has the rows above it.
                #expect(narrow.splitRow != nil, "no quotes pane under the article:\n\(narrow)")
                #expect(position.last - position.first + 1 == narrow.articleLines.count, "every article row counted:\n\(narrow)")
                #expect(narrow.articleLines.first?.contains("Refugee Crisis") == true, "\(narrow)")
                for (row, line) in narrow.lines.enumerated() {
                    #expect(line.count <= 80, "row \(row + 1) is \(line.count) wide")
                }

                try session.send("q")
                try await session.waitFor("the shell's prompt after lede") { $0.lines.last { !$0.isEmpty } == Self.shownPrompt }
            }
        }
    }
}
