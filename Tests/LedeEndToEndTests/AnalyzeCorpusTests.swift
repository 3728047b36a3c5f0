import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `lede analyze` over a corpus: several jobs at once (`--jobs N`) with the output in the
    /// arguments' order, and JSON lines on standard input (`--jsonl`).
    @Suite("lede analyze --jobs and --jsonl", .timeLimit(.minutes(2)))
    struct AnalyzeCorpusTests {
        /// Eleven short articles of our own, each with a different speaker and quote, so that
        /// any two analyses differ; more than one window of two jobs (see `OrderedWork`).
        static let articles: [(id: String, text: String)] = (0..<11).map { number in
            let speakers = ["Ada Brennan", "Tomas Eriksen", "Mira Okafor", "Paul Lindqvist", "Rosa Delgado", "Ivan Petrenko",
                            "Lena Vogel", "Omar Haddad", "Nina Sato", "Carl Jensen", "Eva Moreau"]
            let text = "Ferry Report \(number)\n\nThe ferry crossed the bay \(number + 2) times on Monday.\n\n"
                + "\"We crossed \(number + 2) times today,\" said \(speakers[number]).\n"
            return ("article-\(number)", text)
        }

        /// The JSON objects of the lines of `output`.
        private func objects(_ output: String) throws -> [[String: Any]] {
            try output.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not an object: \(line)")
            }
        }

        /// Writes the articles to files and returns their paths, in order.
        private func writeArticles(to directory: TemporaryDirectory) throws -> [String] {
            try Self.articles.map { try directory.write($0.text, to: "\($0.id).txt").path }
        }

        @Test("with two jobs, the output is one job's, line for line, in the order of the files")
        func jobsKeepOrder() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let paths = try writeArticles(to: directory)
            let one = try runLede(["analyze", "--format", "json", "--jobs", "1"] + paths)
            let two = try runLede(["analyze", "--format", "json", "--jobs", "2"] + paths)
            #expect(one.status == 0 && two.status == 0, "stderr: \(one.stderr) \(two.stderr)")
            #expect(two.stdout == one.stdout)
            let files = try objects(two.stdout).map { $0["file"] as? String }
            #expect(files == paths.map { $0 as String? })
            let texts = try objects(two.stdout).map { $0["text"] as? String }
            #expect(texts == Self.articles.map { $0.text as String? })
        }

        @Test("with two jobs, a missing file fails after the analyses of the files before it")
        func jobsFailInOrder() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let paths = try writeArticles(to: directory)
            let missing = directory.url.appendingPathComponent("missing.txt").path
            let result = try runLede(["analyze", "--format", "json", "--jobs", "2"] + paths.prefix(3) + [missing] + paths.suffix(2))
            #expect(result.status == 1)
            #expect(try objects(result.stdout).map { $0["file"] as? String } == paths.prefix(3).map { $0 as String? })
            #expect(result.stderr.contains(missing) && result.stderr.contains("no such file"), "stderr: \(result.stderr)")
        }

        @Test("--jsonl writes one analysis a line, with its id, the same as the file's")
        func jsonLines() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let paths = try writeArticles(to: directory)
            let lines = try Self.articles.map { article in
                String(decoding: try JSONSerialization.data(withJSONObject: ["id": article.id, "text": article.text]), as: UTF8.self)
            }
            // A blank line is no record.
            let input = try directory.write(lines.prefix(5).joined(separator: "\n") + "\n\n" + lines.dropFirst(5).joined(separator: "\n") + "\n", to: "in.jsonl")
            let result = try runLede(["analyze", "--jsonl", "--format", "json"], input: input)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            var analyses = try objects(result.stdout)
            #expect(analyses.map { $0["id"] as? String } == Self.articles.map { $0.id as String? })
            var files = try objects(try runLede(["analyze", "--format", "json"] + paths).stdout)
            try #require(analyses.count == files.count)
            for index in analyses.indices {
                analyses[index]["id"] = nil
                analyses[index]["file"] = nil
                files[index]["file"] = nil
                #expect(NSDictionary(dictionary: analyses[index]).isEqual(to: files[index]), "line \(index + 1) differs from its file")
            }
            // The summary names each article by its id.
            let summary = try runLede(["analyze", "--jsonl"], input: input)
            #expect(summary.stdout.split(separator: "\n").filter { $0.hasPrefix("article-") } == Self.articles.map { Substring($0.id) })
        }

        @Test("--jsonl names the line that is not a record, after the lines before it")
        func badLine() throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let input = try directory.write("{\"id\": \"a\", \"text\": \"A calm day at the harbour.\"}\n{\"id\": 7}\n", to: "in.jsonl")
            let result = try runLede(["analyze", "--jsonl", "--format", "json"], input: input)
            #expect(result.status == 1)
            #expect(try objects(result.stdout).map { $0["id"] as? String } == ["a"])
            #expect(result.stderr.contains("line 2"), "stderr: \(result.stderr)")
        }

        @Test("--jsonl with a FILE, and --jobs 0, are usage errors", arguments: [["--jsonl", "a.txt"], ["--jobs", "0", "a.txt"]])
        func usageErrors(arguments: [String]) throws {
            let result = try runLede(["analyze"] + arguments)
            #expect(result.status == 64, "stderr: \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
