import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `lede analyze --explain`: which sieve found each quote's speaker and which one named them.
    @Suite("lede analyze --explain", .timeLimit(.minutes(1)))
    struct AnalyzeExplainTests {
        /// An article of our own whose one quote an inverted attribution gives to a person, and
        /// which a second quote continues.
        private let article = """
            Harvest Report

            “The harvest was poor this year,” said Jane Miller, a farmer from the valley. “We will plant earlier.”
            """

        /// An article of our own whose one quote is the title of a show.
        private let titled = """
            Guests

            Jane Miller was a guest on “Morning Desk” this week.
            """

        private func run(_ arguments: [String], article: String? = nil) throws -> String {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let file = try directory.write(article ?? self.article, to: "article.txt")
            let result = try runLede(["analyze"] + arguments + [file.path])
            try #require(result.status == 0, "lede analyze failed: \(result.stderr)")
            return result.stdout
        }

        private func quotes(_ arguments: [String]) throws -> [[String: Any]] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run(["--format", "json"] + arguments).utf8)) as? [String: Any])
            return try #require(object["quotes"] as? [[String: Any]])
        }

        @Test("the text summary names the deciding sieves under each quote")
        func textExplains() throws {
            let lines = try run(["--explain"]).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.contains("found by inverted-verb (cue “said”), named by person-name"), "\(lines)")
            #expect(lines.contains("found by continuation, named by person-name"), "\(lines)")
        }

        @Test("a title is shown as nobody's words, with the sieve that decided")
        func titleExplained() throws {
            let output = try run(["--explain"], article: titled)
            #expect(output.contains("[partial] no speaker: “Morning Desk”"), "\(output)")
            #expect(output.contains("nobody's words, by title"), "\(output)")
        }

        @Test("without --explain the summary has no sieve lines")
        func textPlain() throws {
            #expect(!(try run([])).contains("found by"))
        }

        @Test("JSON always names the sieves; votes only with --explain")
        func jsonVotes() throws {
            let plain = try quotes([])
            try #require(plain.count == 2)
            #expect(plain[0]["sieve"] as? String == "inverted-verb")
            #expect(plain[0]["resolution"] as? String == "person-name")
            #expect(plain[1]["sieve"] as? String == "continuation")
            #expect(plain[0]["votes"] is NSNull)

            let explained = try quotes(["--explain"])
            let votes = try #require(explained[0]["votes"] as? [[String: Any]])
            #expect(votes.first?["sieve"] as? String == "inverted-verb")
            #expect(votes.first?["speaker"] as? String == "Jane Miller")
        }
    }
}
