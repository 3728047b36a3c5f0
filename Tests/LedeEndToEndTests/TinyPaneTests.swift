import Testing

extension EndToEnd {
    /// The reader keeps working in a pane shrunk to almost nothing, help included.
    @Suite("Tiny panes", .timeLimit(.minutes(1)))
    struct TinyPaneTests {
        @Test("help opens and closes at 2×2, and lede quits cleanly")
        func helpAtTwoByTwo() async throws {
            let run = try WatchedRun()
            defer { run.remove() }
            try await withTmuxSession(try run.command(), width: 60, height: 20) { session in
                try await run.start(in: session)
                try await waitForReader(session)
                try session.resize(width: 2, height: 2)
                // No room for text (nor for the too-small notice); below, the status line's quote count
                // (the file name is the first part a narrow status line leaves out).
                try await session.waitFor("the reader at 2×2") { $0.lines == ["", " 5"] }

                try session.send("h")
                try await session.waitFor("the help's title at 2×2") { $0.lines == ["Ke", " 5"] }
                try session.send("x")
                try await session.waitFor("the help to close at 2×2") { $0.lines == ["", " 5"] }

                try session.send("q")
                try await run.expectRestored(session, status: 0)
            }
        }
    }
}
