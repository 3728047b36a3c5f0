import Testing

extension EndToEnd {
    /// On a terminal ncurses cannot drive — no `TERM`, an unknown one, or one that cannot move
    /// its cursor such as `dumb` — lede says so in one line and prints the article as text, made
    /// safe for the terminal, like `less` on a dumb terminal. Nothing stands between that text
    /// and the terminal but the escaping, so the article is a hostile one.
    @Suite("Terminals without cursor addressing", .timeLimit(.minutes(1)))
    struct PlainTerminalTests {
        /// A `TERM` setting, named for the test's description.
        struct TerminalType: CustomTestStringConvertible, Sendable {
            /// The value, or nil for no `TERM` at all.
            let value: String?
            var testDescription: String { value.map { "TERM=\($0)" } ?? "no TERM" }
        }

        @Test("a one-line notice, then the article as escaped text, and exit status 0",
              arguments: [TerminalType(value: "dumb"), TerminalType(value: "no-such-terminal"), TerminalType(value: nil)])
        func printsTheArticle(terminal: TerminalType) async throws {
            let run = try WatchedRun()
            defer { run.remove() }
            let article = try run.directory.write(HostileArticleTests.article, to: "hostile.txt")
            let command = try terminal.value.map { try run.command([article.path], environment: ["TERM": $0]) }
                ?? run.command([article.path], unsetting: ["TERM"])
            try await withTmuxSession(command, width: 100, height: 30) { session in
                try session.run(["set-option", "-s", "set-clipboard", "on"])
                try await session.waitFor("the shell to be ready") { $0.text.contains(WatchedRun.readyMarker) }
                let title = try session.paneFormat("#{pane_title}")
                let buffers = try session.run(["list-buffers"])
                try await run.start(in: session)
                let screen = try await run.expectRestored(session, status: 0)
                #expect(try session.paneFormat("#{pane_title}") == title, "the title was set:\n\(screen)")
                #expect(try session.run(["list-buffers"]) == buffers, "a paste buffer was made")
                let notices = screen.lines.filter { $0.hasPrefix("lede: ") }
                #expect(notices.count == 1, "one notice on standard error:\n\(screen)")
                #expect(notices.first?.contains("TERM") == true, "the notice names TERM:\n\(screen)")
                #expect(screen.text.contains("Hostile ␛]0;PWNED-TITLE␇Headline"), "the article's title, escaped:\n\(screen)")
                for stand in ["␛]52;c;UFdORUQtQ0xJUEJPQVJE␇", "clearing ␛[2J the screen", "⇄desrever⇄", "�0;PWNED-C1-TITLE␇"] {
                    #expect(screen.text.contains(stand), "\(stand) not shown:\n\(screen)")
                }
                #expect(screen.text.contains("said Jane Doe."), "the article's end:\n\(screen)")
            }
        }
    }
}
