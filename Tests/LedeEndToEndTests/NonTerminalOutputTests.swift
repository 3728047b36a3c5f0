import Testing

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
}
