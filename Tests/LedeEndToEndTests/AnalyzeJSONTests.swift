import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `lede analyze --format json FILE`: the analysis as JSON, offsets in Unicode scalars.
    @Suite("lede analyze --format json", .timeLimit(.minutes(1)))
    struct AnalyzeJSONTests {
        /// Runs the analysis of `text` (written to a file) and returns the file's path and the object.
        private func analyze(_ text: String) throws -> (path: String, object: [String: Any]) {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(text, to: "article.txt")
            let result = try runLede(["analyze", "--format", "json", file.path])
            try #require(result.status == 0, "lede analyze failed: \(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            let object = try #require(json as? [String: Any], "not a JSON object: \(result.stdout)")
            return (file.path, object)
        }

        /// The scalars `start..<end` of `text`.
        private func slice(_ text: String, _ start: Int, _ end: Int) throws -> String {
            let scalars = Array(text.unicodeScalars)
            try #require(0 <= start && start <= end && end <= scalars.count, "offsets \(start)..<\(end) outside the text")
            var string = ""
            string.unicodeScalars.append(contentsOf: scalars[start..<end])
            return string
        }

        private func offsets(_ value: Any?) throws -> (Int, Int) {
            let object = try #require(value as? [String: Any])
            return (try #require(object["start"] as? Int), try #require(object["end"] as? Int))
        }

        @Test("an article of our own: keys, title, paragraphs and the quote's offsets")
        func ownArticle() throws {
            let (path, object) = try analyze(OwnArticle.text)
            for key in ["file", "title", "text", "paragraphs", "actors", "mentions", "quotes"] {
                #expect(object[key] != nil, "key \(key) missing; keys: \(object.keys.sorted())")
            }
            #expect(object["file"] as? String == path)
            #expect(object["title"] as? String == OwnArticle.title)
            let text = try #require(object["text"] as? String)
            #expect(text == OwnArticle.text)

            let paragraphs = try #require(object["paragraphs"] as? [[Int]], "paragraphs: \(String(describing: object["paragraphs"]))")
            try #require(paragraphs.count == 3, "title and two paragraphs: \(paragraphs)")
            #expect(try slice(text, paragraphs[0][0], paragraphs[0][1]) == OwnArticle.title)
            #expect(try slice(text, paragraphs[1][0], paragraphs[1][1]).hasPrefix("The city council voted"))
            #expect(try slice(text, paragraphs[2][0], paragraphs[2][1]).hasSuffix("start in spring."))

            let quotes = try #require(object["quotes"] as? [[String: Any]])
            try #require(quotes.count == 1, "one quote: \(quotes)")
            let quote = quotes[0]
            let start = try #require(quote["start"] as? Int)
            let end = try #require(quote["end"] as? Int)
            #expect(try slice(text, start, end) == OwnArticle.quote)
            #expect(quote["text"] as? String == OwnArticle.quote)
            #expect(quote["speakerName"] as? String == OwnArticle.speaker || quote["speaker"] as? String == OwnArticle.speaker)
            #expect(quote["paragraph"] as? Int == 2)

            let actors = try #require(object["actors"] as? [[String: Any]])
            #expect(!actors.isEmpty)
            #expect((object["mentions"] as? [Any])?.isEmpty == true, "no actor is named in this article")
        }

        @Test("the sample: five quotes whose offsets slice the repaired text")
        func sampleOffsets() throws {
            // The repaired sample has curly quotes and dashes, so scalar offsets differ from UTF-16
            // and byte offsets: a slicing mistake shows.
            let gold = Fixtures.sampleGold
            let (_, object) = try analyze(Fixtures.sampleRepairedText)
            let text = try #require(object["text"] as? String)
            #expect(object["title"] as? String == gold.title)
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            try #require(quotes.count == gold.quotes.count, "quotes: \(quotes)")
            for (quote, expected) in zip(quotes, gold.quotes) {
                let start = try #require(quote["start"] as? Int)
                let end = try #require(quote["end"] as? Int)
                let words = try slice(text, start, end)
                #expect(words == quote["text"] as? String)
                #expect(words == expected.text)
            }
            let mentions = try #require(object["mentions"] as? [[String: Any]])
            #expect(!mentions.isEmpty)
            for mention in mentions {
                let (start, end) = try offsets(mention)
                if let words = mention["text"] as? String {
                    #expect(try slice(text, start, end) == words)
                }
            }
        }
    }
}
