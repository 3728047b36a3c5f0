import Foundation
import Testing

extension EndToEnd {
    /// An article, a file name or a lexicon with terminal escapes cannot take over the terminal
    /// through its printed text, `analyze`, `actors` or an error message; JSON keeps the exact values.
    @Suite("Hostile text outside the reader", .timeLimit(.minutes(2)))
    struct HostileOutputTests {
        /// Sets the terminal's title, writes its clipboard, clears the screen, and hides text
        /// with a bidi override.
        static let escapes = "\u{1B}]0;pwned-title\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J"
        static let article = """
            Ministers meet\(escapes) in Moscow

            The minister said “we will not move\(escapes) an \u{202E}inch\u{202C}” on Tuesday, and Russia \u{202E}agreed\u{202C}.
            """
        static let lexicon = """
            [[actor]]
            id = "evil"
            name = "Evil\\u001b]0;pwned-title\\u0007 Actor With A Very Long Name"
            aliases = ["Moscow"]
            """

        @Test("analyze, actors and errors on a terminal leave its title, clipboard and modes alone")
        func terminalStaysUntouched() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(Self.article, to: "article\u{1B}]0;pwned-title\u{07}.txt")
            let lexicon = try directory.write(Self.lexicon, to: "lexicon.toml")
            let lede = shellQuoted(try LedeBinary.url().path)
            let missing = shellQuoted(directory.url.appendingPathComponent("gone\u{1B}]0;pwned-title\u{07}.txt").path)
            let script = """
                stty -g > \(shellQuoted(directory.url.path))/before
                \(lede) analyze \(shellQuoted(article.path))
                \(lede) actors \(shellQuoted(article.path))
                \(lede) actors --actors \(shellQuoted(lexicon.path)) \(shellQuoted(article.path))
                \(lede) analyze \(missing)
                stty -g > \(shellQuoted(directory.url.path))/after
                echo DONE; sleep 60
                """
            try await withTmuxSession(script, width: 120, height: 40) { session in
                let titleBefore = try session.run(["display-message", "-p", "-t", session.target, "#{pane_title}"])
                let screen = try await session.waitFor("the commands to finish") { $0.description.contains("DONE") }
                let text = screen.description
                #expect(text.contains("␛]0;pwned-title␇"), "\(text)")
                #expect(text.contains("an ⇄inch⇄"), "\(text)")
                #expect(text.contains("Evil␛]0;pwned-title␇ Actor With A Very Long Name"), "\(text)")
                #expect(text.contains("lede: "), "\(text)")
                let titleAfter = try session.run(["display-message", "-p", "-t", session.target, "#{pane_title}"])
                #expect(titleAfter == titleBefore)
                #expect(!titleAfter.contains("pwned"))
                let buffers = try session.run(["list-buffers"])
                #expect(buffers.isEmpty, "tmux buffers: \(buffers)")
            }
            let before = try String(contentsOf: directory.url.appendingPathComponent("before"), encoding: .utf8)
            let after = try String(contentsOf: directory.url.appendingPathComponent("after"), encoding: .utf8)
            #expect(before == after)
        }

        @Test("the article's text and summaries to a pipe are escaped as the reader shows them")
        func pipeEscapesTheTextAndSummaries() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(Self.article, to: "article.txt")
            // `lede FILE | head` is read on a terminal: the text as the reader shows it.
            let text = try runLede([article.path])
            #expect(text.status == 0, "stderr: \(text.stderr)")
            let shown = [("\u{1B}", "␛"), ("\u{07}", "␇"), ("\u{202E}", "⇄"), ("\u{202C}", "⇄")].reduce(Self.article) {
                $0.replacingOccurrences(of: $1.0, with: $1.1)
            }
            #expect(text.stdout == shown)
            #expect(text.stdout.contains("we will not move␛]0;pwned-title␇␛]52;c;cHduZWQ=␇␛[2J an ⇄inch⇄” on Tuesday"))
            // `lede analyze FILE | head` is read on a terminal: as safe as the reader.
            for command in [["analyze"], ["actors"], ["actors", "--suggest", "--minimum", "1"]] {
                let summary = try runLede(command + [article.path])
                #expect(summary.status == 0, "\(command) stderr: \(summary.stderr)")
                #expect(!summary.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{202E}" }, "\(command)")
            }
            let analysis = try runLede(["analyze", article.path])
            #expect(analysis.stdout.contains("we will not move␛]0;pwned-title␇␛]52;c;cHduZWQ=␇␛[2J an ⇄inch"))
        }

        @Test("JSON escapes bidi and C1 characters and keeps their values")
        func jsonIsSafeAndExact() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let text = Self.article + "\n\nA C1 control \u{9D} here.\n"
            let article = try directory.write(text, to: "article.txt")
            let result = try runLede(["analyze", "--format", "json", article.path])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x0A || (0x7F..<0xA0).contains($0.value) || $0 == "\u{202E}" })
            #expect(result.stdout.contains("\\u202e"))
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let decoded = object?["text"] as? String
            #expect(decoded?.contains("Russia \u{202E}agreed\u{202C}") == true)
            #expect(decoded?.contains("\u{1B}]0;pwned-title\u{07}") == true)
        }
    }
}
