import Foundation
import Testing

extension EndToEnd {
    /// Standard output or error that cannot be written ends Lede with a clear word, never a
    /// crash: a full disk, a closed descriptor, a pipe whose reader has gone.
    @Suite("Output that cannot be written", .timeLimit(.minutes(1)))
    struct OutputFailureTests {
        /// Runs `script` with `/bin/sh`, `$LEDE` naming the binary and `$ARTICLE` an article.
        private func shell(_ script: String) throws -> ProcessResult {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(String(repeating: OwnArticle.text + "\n\n", count: 200), to: "article.txt")
            let command = "LEDE=\(shellQuoted(try LedeBinary.url().path)) ARTICLE=\(shellQuoted(article.path)); \(script)"
            return try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", command], environment: utf8Environment())
        }

        @Test("a full disk is one lede: line and status 1", arguments: [
            "\"$LEDE\" analyze \"$ARTICLE\"", "\"$LEDE\" analyze --format json \"$ARTICLE\"", "\"$LEDE\" \"$ARTICLE\"",
            "\"$LEDE\" actors \"$ARTICLE\"", "\"$LEDE\" themes", "\"$LEDE\" --help", "\"$LEDE\" --version",
        ])
        func fullDisk(command: String) throws {
            let result = try shell("\(command) > /dev/full; echo \"status=$?\"")
            #expect(result.stdout == "status=1\n", "\(command): \(result.stdout) \(result.stderr)")
            #expect(result.stderr == "lede: cannot write to standard output: No space left on device\n", "\(command)")
        }

        @Test("a closed standard output is one lede: line and status 1")
        func closedOutput() throws {
            let result = try shell("\"$LEDE\" analyze --format json \"$ARTICLE\" >&-; echo \"status=$?\" >&2")
            #expect(result.stderr == "lede: cannot write to standard output: Bad file descriptor\nstatus=1\n")
        }

        @Test("a closed standard error still gives the exit status")
        func closedError() throws {
            let result = try shell("\"$LEDE\" /nonexistent/lede-missing.txt 2>&-; echo \"status=$?\"")
            #expect(result.stdout == "status=1\n", "\(result.stdout) \(result.stderr)")
        }

        @Test("a pipe whose reader has gone, with SIGPIPE ignored, ends quietly with 141")
        func brokenPipe() throws {
            let result = try shell("trap '' PIPE; (\"$LEDE\" analyze --format json \"$ARTICLE\"; echo \"lede=$?\" >&2) | head -c 1 > /dev/null")
            #expect(result.stderr.hasSuffix("lede=141\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
            #expect(!result.stderr.contains("lede: "), "\(result.stderr)")
        }
    }
}
