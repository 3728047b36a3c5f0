import Foundation
import Testing

extension EndToEnd {
    /// An article that cannot be read is reported as one `lede: …` line on standard error that
    /// says why and names the file safely, with exit status 1, and nothing else: no crash, no
    /// backtrace, no hang.
    @Suite("Input errors", .timeLimit(.minutes(1)))
    struct InputErrorTests {
        /// The commands that read articles, each given `file`.
        private static func commands(reading file: String) -> [[String]] {
            [[file], ["analyze", file], ["analyze", "--format", "json", file], ["actors", file]]
        }

        @Test("a closed standard input")
        func closedStandardInput() throws {
            for arguments in InputErrorTests.commands(reading: "-") + [[]] {
                let result = try runLedeScript(#"exec "$LEDE" "$@" <&-"#, arguments)
                expectInputFailure(result, "lede: cannot read standard input: it is closed")
            }
        }

        @Test("a directory on standard input")
        func directoryOnStandardInput() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            for arguments in InputErrorTests.commands(reading: "-") + [[]] {
                let result = try runLede(arguments, input: directory.url)
                expectInputFailure(result, "lede: cannot read standard input: it is a directory")
            }
        }

        @Test("a missing file, and a directory, say so")
        func missingFileAndDirectory() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let missing = directory.url.appendingPathComponent("missing.txt").path
            for arguments in InputErrorTests.commands(reading: missing) {
                expectInputFailure(try runLede(arguments), "lede: cannot open '\(missing)': no such file")
            }
            for arguments in InputErrorTests.commands(reading: directory.url.path) {
                expectInputFailure(try runLede(arguments), "lede: cannot open '\(directory.url.path)': it is a directory")
            }
        }

        @Test(
            "an unreadable file says permission denied",
            .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                     "as root, the test needs setpriv to drop privileges"))
        func permissionDenied() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(OwnArticle.text, to: "secret.txt")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.url.path)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
            // Root reads any file: run lede as nobody.
            let script = #"""
                if [ "$(id -u)" = 0 ]; then exec setpriv --reuid=65534 --regid=65534 --clear-groups "$LEDE" "$@"; fi
                exec "$LEDE" "$@"
                """#
            for arguments in InputErrorTests.commands(reading: file.path) {
                expectInputFailure(try runLedeScript(script, arguments), "lede: cannot open '\(file.path)': permission denied")
            }
        }

        @Test("the reader refuses an empty input")
        func emptyInputInTheReader() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let empty = try directory.write("", to: "empty.txt")
            expectInputFailure(try runLede([empty.path]), "lede: '\(empty.path)' is empty: nothing to read")
            expectInputFailure(try runLede(["/dev/null"]), "lede: '/dev/null' is empty: nothing to read")
            expectInputFailure(try runLede(["-"]), "lede: standard input is empty: nothing to read")
            expectInputFailure(try runLede([]), "lede: standard input is empty: nothing to read (lede --sample reads the built-in sample)")
        }

        @Test("the reader refuses blank text and a page with no article, which analyze takes")
        func blankInputInTheReader() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let blank = try directory.write("\n\n   \t\n", to: "blank.txt")
            let mark = directory.url.appendingPathComponent("mark.txt")
            try Data([0xFF, 0xFE, 0x20, 0x00]).write(to: mark)
            let page = try directory.write("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", to: "menu.html")
            for options in [[], ["--color=always"]] {
                expectInputFailure(try runLede(options + [blank.path]), "lede: '\(blank.path)' holds only blank space: nothing to read")
                expectInputFailure(try runLede(options + [mark.path]), "lede: '\(mark.path)' holds only blank space: nothing to read")
                expectInputFailure(
                    try runLede(options + [page.path]), "lede: '\(page.path)' is a web page with no article text in it: nothing to read")
            }
            for file in [blank, page] { expectSuccess(try runLede(["analyze", file.path])) }
        }

        @Test("analyze and actors give the empty analysis of an empty input")
        func emptyInputAnalysed() throws {
            for file in ["/dev/null", "-"] {
                let result = try runLede(["analyze", "--format", "json", file])
                expectSuccess(result)
                let object = try #require(try analysisObjects(result.stdout).first, "no JSON: \(result.stdout)")
                #expect(object["text"] as? String == "")
                #expect((object["paragraphs"] as? [Any])?.isEmpty == true, "\(object)")
                #expect((object["quotes"] as? [Any])?.isEmpty == true, "\(object)")

                let text = try runLede(["analyze", file])
                expectSuccess(text)
                #expect(!text.stdout.isEmpty)

                let actors = try runLede(["actors", file])
                expectSuccess(actors)
                let lines = actors.stdout.split(separator: "\n")
                #expect(lines.first.map(String.init) == file, "\(actors.stdout)")
                #expect(lines.count > 1 && lines.dropFirst().allSatisfy { $0.hasSuffix(" 0") }, "no mention counted: \(actors.stdout)")
            }
        }

        @Test("a file name with terminal controls is shown escaped")
        func controlsInFileNames() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let missing = directory.url.appendingPathComponent("x\u{1B}]0;pwned\u{07}.txt").path
            let shown = directory.url.path + "/x\u{241B}]0;pwned\u{2407}.txt"
            for arguments in InputErrorTests.commands(reading: missing) {
                expectInputFailure(try runLede(arguments), "lede: cannot open '\(shown)': no such file")
            }
            let empty = try directory.write("", to: "e\u{1B}[2J\u{9B}.txt")
            expectInputFailure(try runLede([empty.path]), "lede: '\(directory.url.path)/e\u{241B}[2J\u{FFFD}.txt' is empty: nothing to read")
        }

        @Test("a name that is not UTF-8 is shown with \\xHH")
        func invalidUTF8InFileNames() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let missing = RawPath(directory.url, Array("nope".utf8) + [0xFF] + Array(".txt".utf8))
            let result = try runLedeScript(#"exec "$LEDE" analyze "# + missing.shellWord)
            expectInputFailure(result, "lede: cannot open '\(directory.url.path)/nope\\xFF.txt': no such file")
        }

        @Test("theme and lexicon paths with terminal controls are shown escaped")
        func controlsInOptionPaths() throws {
            let hostile = "/nonexistent/x\u{1B}]0;pwned\u{07}.toml"
            for arguments in [["--theme", hostile], ["analyze", "--actors", hostile, "/dev/null"]] {
                let result = try runLede(arguments)
                #expect(result.status == 1, "\(arguments): exit status \(result.status)")
                #expect(result.stderr.hasPrefix("lede:"), "\(result.stderr.debugDescription)")
                #expect(result.stderr.contains("x\u{241B}]0;pwned\u{2407}.toml"), "\(result.stderr.debugDescription)")
                #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(result.stderr.debugDescription)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr.debugDescription)")
            }
        }

    }
}
