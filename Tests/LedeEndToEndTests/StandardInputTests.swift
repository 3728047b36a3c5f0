import Testing

extension EndToEnd {
    /// `lede < article` or `cat article | lede`: the article comes from standard input and the
    /// keys from the terminal, as with `less`.
    @Suite("Reading standard input", .timeLimit(.minutes(1)))
    struct StandardInputTests {
        enum Feed: String, CaseIterable, CustomTestStringConvertible {
            case redirect, pipe
            var testDescription: String { self == .redirect ? "lede < file" : "cat file | lede" }
        }

        @Test("shows the piped article and quits with q", arguments: Feed.allCases)
        func readsStandardInput(feed: Feed) async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let command: String
            switch feed {
            case .redirect:
                command = try ledeCommand(stdinFrom: article)
            case .pipe:
                command = "cat \(shellQuoted(article.path)) | " + (try ledeCommand())
            }
            try await withTmuxSession(command) { session in
                let screen = try await waitForReader(session)
                #expect(screen.articleLines.first?.contains(OwnArticle.title) == true, "title:\n\(screen)")
                #expect(screen.articleLetters.contains(Screen.letters("\"\(OwnArticle.quote)\" said \(OwnArticle.speaker).")))
                #expect(screen.articleLetters.contains(Screen.letters("start in spring.")))
                #expect(screen.statusLine.contains("(standard input)"), "status:\n\(screen)")
                #expect(screen.statusLine.contains("1 quotes") || screen.statusLine.contains("1 quote"), "status:\n\(screen)")
                #expect(screen.quotesLines.first?.contains("Quotes (1)") == true, "quotes pane:\n\(screen)")
                #expect(screen.quotesLines.joined().contains(OwnArticle.speaker), "speaker in the quotes pane:\n\(screen)")
                #expect(!screen.text.contains("Refugee Crisis"), "the sample opened instead:\n\(screen)")

                // Keys come from the terminal even though standard input is the article.
                try session.send("]")
                try await session.waitForStatus(containing: "quote 1/1")
                try session.send("q")
                let after = try await session.waitFor("lede to exit") { $0.text.contains("LEDE-EXIT=") }
                #expect(after.text.contains(exitMarker(0)), "\(after)")
                #expect(!after.text.contains(OwnArticle.title), "reader content left on screen:\n\(after)")
            }
        }
    }
}
