import Foundation
import Testing

extension EndToEnd {
    /// Lede reads an article from wherever `less` would: files whose names are not UTF-8, FIFOs,
    /// process substitution and `/dev/fd/N`, read as streams.
    @Suite("Input sources", .timeLimit(.minutes(1)))
    struct InputSourceTests {
        /// The title of an article of our own, so each file's analysis can be told apart.
        private static func article(titled title: String) -> [UInt8] {
            Array(OwnArticle.text.replacingOccurrences(of: OwnArticle.title, with: title).utf8)
        }

        @Test("a file whose name is not UTF-8 is read, by every command")
        func nameThatIsNotUTF8() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = RawPath(directory.url, Array("b".utf8) + [0xFF] + Array(".txt".utf8))
            try file.create(InputSourceTests.article(titled: OwnArticle.title))
            defer { file.remove() }

            let reader = try runLedeScript(#"exec "$LEDE" "# + file.shellWord)
            expectSuccess(reader)
            #expect(reader.stdout.hasPrefix(OwnArticle.title), "\(reader.stdout.prefix(200))")

            let analysis = try runLedeScript(#"exec "$LEDE" analyze --format json "# + file.shellWord)
            expectSuccess(analysis)
            #expect(try analysisObjects(analysis.stdout).first?["title"] as? String == OwnArticle.title)

            let actors = try runLedeScript(#"exec "$LEDE" actors "# + file.shellWord)
            expectSuccess(actors)
        }

        @Test("names that differ only in bytes that are not UTF-8 are told apart")
        func namesDifferingInInvalidBytes() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let alpha = RawPath(directory.url, Array("a".utf8) + [0xFE] + Array(".txt".utf8))
            let beta = RawPath(directory.url, Array("a".utf8) + [0xFF] + Array(".txt".utf8))
            try alpha.create(InputSourceTests.article(titled: "Alpha Council Backs Plan"))
            try beta.create(InputSourceTests.article(titled: "Beta Council Backs Plan"))
            defer {
                alpha.remove()
                beta.remove()
            }
            for (order, titles) in [([alpha, beta], ["Alpha", "Beta"]), ([beta, alpha], ["Beta", "Alpha"])] {
                let words = order.map(\.shellWord).joined(separator: " ")
                let result = try runLedeScript(#"exec "$LEDE" analyze --format json "# + words)
                expectSuccess(result)
                let found = try analysisObjects(result.stdout).map { ($0["title"] as? String)?.split(separator: " ").first.map(String.init) }
                #expect(found == titles)
            }
        }

        @Test("a FIFO is read as a stream")
        func fifo() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let fifo = directory.url.appendingPathComponent("fifo").path
            try #require(mkfifo(fifo, 0o600) == 0, "mkfifo: errno \(errno)")
            // The writer gives up after a while if lede never opens the FIFO.
            let writer = #"timeout 20 sh -c 'cat "$1" > "$2"' sh "$1" "$2" & "#
            let reader = try runLedeScript(writer + #"exec "$LEDE" "$2""#, [article.path, fifo])
            expectSuccess(reader)
            #expect(reader.stdout == OwnArticle.text)

            let analysis = try runLedeScript(writer + #"exec "$LEDE" analyze --format json "$2""#, [article.path, fifo])
            expectSuccess(analysis)
            #expect(try analysisObjects(analysis.stdout).first?["title"] as? String == OwnArticle.title)
        }

        @Test("process substitution and /dev/fd/N are read as streams", .enabled(if: bashIsInstalled, "needs bash"))
        func processSubstitution() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")

            let reader = try runLedeScript(#"exec "$LEDE" <(cat "$1")"#, [article.path], shell: "/bin/bash")
            expectSuccess(reader)
            #expect(reader.stdout == OwnArticle.text)

            let analysis = try runLedeScript(#"exec "$LEDE" analyze --format json <(cat "$1")"#, [article.path], shell: "/bin/bash")
            expectSuccess(analysis)
            #expect(try analysisObjects(analysis.stdout).first?["title"] as? String == OwnArticle.title)

            let descriptor = try runLedeScript(#"cat "$1" | exec "$LEDE" analyze --format json /dev/fd/0"#, [article.path])
            expectSuccess(descriptor)
            #expect(try analysisObjects(descriptor.stdout).first?["title"] as? String == OwnArticle.title)
        }

        @Test("a pipe on standard input")
        func pipeOnStandardInput() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let article = try directory.write(OwnArticle.text, to: "article.txt")
            let result = try runLedeScript(#"cat "$1" | "$LEDE" -"#, [article.path])
            expectSuccess(result)
            #expect(result.stdout == OwnArticle.text)
        }
    }
}
