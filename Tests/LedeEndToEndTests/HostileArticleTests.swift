import Testing

extension EndToEnd {
    /// An article full of terminal controls cannot reach the terminal through the reader: the
    /// pane's title, tmux's paste buffers and the terminal settings stay as they were, and each
    /// control is shown as a visible stand-in.
    @Suite("Hostile articles", .timeLimit(.minutes(1)))
    struct HostileArticleTests {
        /// Controls that would set the window title (OSC 0), the clipboard (OSC 52, here
        /// "PWNED-CLIPBOARD"), clear the screen (CSI 2 J), reverse text (U+202E), and start a
        /// control sequence in one C1 character (U+009B, CSI; U+009D, OSC).
        static let article = """
            Hostile \u{1B}]0;PWNED-TITLE\u{07}Headline

            Setting the title \u{1B}]0;PWNED-TITLE\u{07} and the clipboard \u{1B}]52;c;UFdORUQtQ0xJUEJPQVJE\u{07} then clearing \u{1B}[2J the screen.

            "An override \u{202E}desrever\u{202C} and a C1 introducer \u{9B}7m here," said Jane Doe.

            An eight-bit title \u{9D}0;PWNED-C1-TITLE\u{07} too.

            """

        @Test("leaves the title, the paste buffers and stty alone, and shows the controls")
        func controlsDoNotReachTheTerminal() async throws {
            let run = try WatchedRun()
            defer { run.remove() }
            let file = try run.directory.write(Self.article, to: "hostile.txt")
            try await withTmuxSession(try run.command([file.path]), width: 120, height: 35) { session in
                // tmux makes a paste buffer of an OSC 52 only when told to.
                try session.run(["set-option", "-s", "set-clipboard", "on"])
                try await session.waitFor("the shell to be ready") { $0.text.contains(WatchedRun.readyMarker) }
                let title = try session.paneFormat("#{pane_title}")
                let buffers = try session.run(["list-buffers"])
                try #require(!title.contains("PWNED"))

                try await run.start(in: session)
                let screen = try await waitForReader(session)
                let shown = screen.articleLetters
                // A lone U+009B is read as the Windows-1252 byte it usually is (›) by the repair,
                // before any view sees it; U+009D has no Windows-1252 meaning and stays a C1 control.
                for stand in ["Hostile␛]0;PWNED-TITLE␇Headline", "␛]0;PWNED-TITLE␇", "␛]52;c;UFdORUQtQ0xJUEJPQVJE␇", "␛[2J",
                              "⇄desrever⇄", "›7mhere", "�0;PWNED-C1-TITLE␇"]
                {
                    #expect(shown.contains(Screen.letters(stand)), "\(stand) not shown:\n\(screen)")
                }
                #expect(try session.paneFormat("#{pane_title}") == title)
                #expect(try session.run(["list-buffers"]) == buffers)
                #expect(try session.paneFormat("#{alternate_on}") == "1", "a CSI 2 J or C1 CSI took the reader's screen")

                try session.send("q")
                try await run.expectRestored(session, status: 0)
                #expect(try session.paneFormat("#{pane_title}") == title)
                #expect(try session.run(["list-buffers"]) == buffers)
            }
        }
    }
}
