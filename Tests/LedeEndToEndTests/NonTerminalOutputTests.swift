import LedeTestSupport
import Testing

extension EndToEnd {
    /// With no terminal on standard output, `lede FILE` prints the repaired text, like `less`.
    @Suite("Output to a pipe", .timeLimit(.minutes(1)))
    struct NonTerminalOutputTests {
        @Test("lede FILE | cat prints the article's text")
        func printsText() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let result = try runLede([article.path])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == OwnArticle.text)
            #expect(result.stderr.isEmpty)
        }

        @Test("lede - reads standard input and prints it")
        func readsDash() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let result = try runLede(["-"], input: article)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == OwnArticle.text)
        }

        @Test("lede --sample | cat prints the built-in sample, whatever standard input is")
        func printsTheSample() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let empty = try directory.write("", to: "empty.txt")
            let result = try runLede(["--sample"], input: empty)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == Fixtures.sampleRepairedText)
            // Without --sample, empty piped input says how to get the sample.
            let plain = try runLede([], input: empty)
            #expect(plain.status == 1)
            #expect(plain.stderr.contains("is empty") && plain.stderr.contains("lede --sample"), "\(plain.stderr)")
            // A FILE with --sample is refused rather than one of them ignored.
            let both = try runLede(["--sample", empty.path])
            #expect(both.status == 1 && both.stderr.contains("give no FILE"), "\(both.stderr)")
        }
    }
}
