import Foundation
import LedeKit
import Testing

extension EndToEnd {
    /// Bad input is reported as one `lede: …` line on standard error, with exit status 1.
    @Suite("Command-line errors and version", .timeLimit(.minutes(1)))
    struct CommandLineErrorTests {
        /// Checks the one-line failure report for `arguments`, which name `path`.
        private func expectFailure(_ arguments: [String], mentioning path: String, because reason: String) throws {
            let result = try runLede(arguments)
            #expect(result.status == 1, "lede \(arguments) exited \(result.status); stderr: \(result.stderr)")
            #expect(result.stdout.isEmpty, "lede \(arguments) printed on stdout: \(result.stdout)")
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines.last == "", "not exactly one line on stderr: \(result.stderr.debugDescription)")
            let line = String(lines.first ?? "")
            #expect(line.hasPrefix("lede:"), "stderr does not start with 'lede:': \(line)")
            #expect(line.contains(path), "stderr does not name \(path): \(line)")
            #expect(line.contains(reason), "stderr does not say \"\(reason)\": \(line)")
        }

        @Test("a missing file")
        func missingFile() throws {
            try expectFailure(["/nonexistent"], mentioning: "/nonexistent", because: "no such file")
        }

        @Test("a directory")
        func directory() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            try expectFailure([directory.url.path], mentioning: directory.url.path, because: "directory")
            try expectFailure(["/tmp"], mentioning: "/tmp", because: "directory")
        }

        @Test("a size limit beyond what the reader can address is refused", arguments: [[], ["analyze"], ["quotes"]])
        func sizeLimitTooLarge(command: [String]) throws {
            let result = try runLede(command + ["--max-size", "4G", "/nonexistent"])
            #expect(result.status == 64, "\(result.status): \(result.stderr)")
            #expect(result.stderr.hasPrefix("lede: --max-size can be at most 4095M"), "\(result.stderr)")
            let allowed = try runLede(command + ["--max-size", "4095M", "/nonexistent"])
            #expect(allowed.stderr.contains("no such file"), "\(allowed.stderr)")
        }

        @Test("analyze with a missing file")
        func analyzeMissingFile() throws {
            let missing = "/nonexistent/lede-e2e-\(UUID().uuidString).txt"
            try expectFailure(["analyze", missing], mentioning: missing, because: "no such file")
            try expectFailure(["analyze", "--format", "json", missing], mentioning: missing, because: "no such file")
        }

        @Test("a misspelt lexicon key names the file and line, and suggests the key meant")
        func misspeltLexiconKey() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let lexicon = try directory.write("[[actor]]\nid = \"port\"\nnme = \"The Port Authority\"\n", to: "mine.toml")
            let article = try directory.write("A short article of our own.\n", to: "article.txt")
            try expectFailure(["analyze", "--actors", lexicon.path, article.path], mentioning: lexicon.path, because: "line 3: unknown key `nme`")
            try expectFailure(["analyze", "--actors", lexicon.path, article.path], mentioning: lexicon.path, because: "did you mean `name`?")
            // A key far from every valid one gets no guess.
            let far = try directory.write("[[actor]]\nid = \"port\"\nname = \"Port\"\nharbourmaster = \"x\"\n", to: "far.toml")
            let result = try runLede(["analyze", "--actors", far.path, article.path])
            #expect(result.status == 1 && result.stderr.contains("unknown key `harbourmaster`") && !result.stderr.contains("did you mean"),
                    "\(result.stderr)")
        }

        @Test("options before a command's name say where they go", arguments: [
            (["--color=always", "quotes", "/tmp/article.txt"], "lede quotes --color=always /tmp/article.txt"),
            (["--color=always", "quotes"], "lede quotes --color=always"),
            (["--format", "json", "analyze", "/tmp/article.txt"], "lede analyze --format json /tmp/article.txt"),
        ])
        func optionsBeforeTheCommand(arguments: [String], meant: String) throws {
            let result = try runLede(arguments)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "lede: put options after the command: \(meant) (see 'lede --help')\n", "\(result.stderr)")
        }

        @Test("help before a command's name is not taken for a misplaced option")
        func helpBeforeTheCommand() throws {
            let result = try runLede(["--help", "quotes"])
            #expect(!result.stderr.contains("put options after"), "\(result.stderr)")
        }

        @Test("an unknown theme")
        func unknownTheme() throws {
            let result = try runLede(["--theme", "no-such-theme-e2e"])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("lede:"), "stderr: \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)")
        }

        @Test("a lexicon or theme that cannot be read says why")
        func unreadableLexiconAndTheme() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let binary = directory.url.appendingPathComponent("binary.toml")
            try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: binary)
            let missing = directory.url.appendingPathComponent("missing.toml").path
            for (path, reason) in [(missing, "no such file"), (directory.url.path, "it is a directory"), (binary.path, "not UTF-8 text")] {
                try expectFailure(["analyze", "--actors", path, article.path], mentioning: path, because: reason)
                try expectFailure(["--theme", path, article.path], mentioning: path, because: reason)
            }
        }

        @Test("--help shows how to read a file and where the reader's options are")
        func topLevelHelp() throws {
            let result = try runLede(["--help"])
            #expect(result.status == 0)
            let readUsage = try runLede(["help", "read"]).stdout
            // The reader is the default command: its usage line leads the top-level help.
            let usage = try #require(readUsage.split(separator: "\n").first { $0.hasPrefix("USAGE: lede read ") })
            #expect(result.stdout.contains("USAGE: lede " + usage.dropFirst("USAGE: lede read ".count)), "\(result.stdout)")
            #expect(result.stdout.contains("lede <subcommand>"))
            let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("'lede help read'"), "the help says where the reader's options are")
        }

        @Test("--version prints a version")
        func version() throws {
            let result = try runLede(["--version"])
            #expect(result.status == 0)
            let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(version.wholeMatch(of: /\d+\.\d+\.\d+([-+.][0-9A-Za-z.-]+)?/) != nil, "not a version: \(version.debugDescription)")
            #expect(result.stderr.isEmpty)
        }
    }

    /// A usage error is one escaped `lede:` line pointing to the help, with exit status 64.
    @Suite("Usage errors", .timeLimit(.minutes(1)))
    struct UsageErrorTests {
        @Test("an unknown option, a missing argument and a bad value", arguments: [
            ["--bogus\u{1B}]0;pwned\u{07}"], ["analyze"], ["analyze", "--format", "xml", "a.txt"], ["--two\nlines"],
        ])
        func usageError(arguments: [String]) throws {
            let result = try runLede(arguments)
            #expect(result.status == 64, "lede \(arguments) exited \(result.status)")
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines.last == "", "not exactly one line: \(result.stderr.debugDescription)")
            #expect(lines.first?.hasPrefix("lede: ") == true && lines.first?.hasSuffix("(see 'lede --help')") == true)
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x0A || $0 == "\u{1B}" })
            if arguments.count == 1, let bad = arguments.first, bad.hasPrefix("--") {
                #expect(result.stderr.contains("'\(DisplayEscaping.escaped(bad))'"), "\(result.stderr)")
            }
        }
    }
}
