import LedeKit
import Testing

/// Joining the analyses of an article's chunks: each chunk's text, quotes, speakers and
/// mentions land where its text lands in the joined article.
@Suite struct AnalysisAppendingTests {
    /// Two short articles written for this test, each with a quote, a speaker and actors.
    static let parts = [
        """
        Harbour council delays the vote

        “We need another month to read the plans,” said Jonas Berg, the council's chair.

        Officials in Moscow said they would watch the talks.
        """,
        """
        The ferry company answered on Friday.

        “The delay costs us every week,” said Ada Lund, who runs the company.

        Washington sent an observer to the meeting.
        """,
    ]

    @Test func eachChunkKeepsItsQuotesSpeakersAndMentions() throws {
        let analyzer = Analyzer()
        let pieces = Self.parts.map { analyzer.analyze(bytes: Array($0.utf8)) }
        var joined = pieces[0]
        joined.append(pieces[1])
        #expect(joined.quotes.count == pieces[0].quotes.count + pieces[1].quotes.count)
        #expect(joined.mentions.count == pieces[0].mentions.count + pieces[1].mentions.count)
        #expect(pieces[1].quotes.count == 1 && pieces[1].mentions.count >= 1)
        // The second chunk's quote and mentions read the same in the joined text.
        let second = try #require(joined.quotes.last)
        let own = try #require(pieces[1].quotes.first)
        #expect(joined.article[second.range] == pieces[1].article[own.range])
        #expect(second.attribution?.speakerName == "Ada Lund")
        let speaker = try #require(second.attribution?.speakerRange)
        #expect(joined.article[speaker] == "Ada Lund")
        #expect(joined.article.paragraphs[second.paragraphIndex].range.contains(second.range.lowerBound))
        for (mention, ownMention) in zip(joined.mentions.suffix(pieces[1].mentions.count), pieces[1].mentions) {
            #expect(joined.article[mention.range] == pieces[1].article[ownMention.range])
        }
        // The joined text is the first, a blank line, the second; only the first has a title.
        #expect(joined.article.text == pieces[0].article.text + "\n\n" + pieces[1].article.text)
        #expect(joined.article.scalarCount == joined.article.text.unicodeScalars.count)
        #expect(joined.article.paragraphs.count { $0.role == .title } == 1)
        #expect(joined.article.paragraphs.first?.role == .title)
    }

    /// A joined article keeps its text once, as UTF-8, and reads any range of it as the array
    /// of scalars did: text beyond ASCII (two-, three- and four-byte characters), ranges within
    /// one stretch of the index and across many.
    @Test func aJoinedArticleIsCompactAndReadsEveryRangeAlike() {
        let analyzer = Analyzer()
        let line = "Søren Ødegård said “ça va” — fine 🙂 — at the café.\n\n"
        let first = analyzer.analyze(bytes: Array(String(repeating: line, count: 12).utf8))
        var joined = first
        joined.append(analyzer.analyze(bytes: Array(String(repeating: "Plain words here. " + line, count: 9).utf8)))
        #expect(!first.article.isCompact)
        #expect(joined.article.isCompact)
        #expect(joined.article.scalars.isEmpty, "no array of scalars beside the text")
        let scalars = Array(joined.article.text.unicodeScalars)
        #expect(joined.article.scalarCount == scalars.count)
        for start in stride(from: 0, to: scalars.count, by: 37) {
            for length in [0, 1, 5, 127, 128, 129, 300] where start + length <= scalars.count {
                let range = start..<start + length
                #expect(joined.article.scalars(in: range) == Array(scalars[range]))
                #expect(joined.article[range] == String(String.UnicodeScalarView(scalars[range])))
                #expect(joined.article.utf8Offset(of: start) == String(String.UnicodeScalarView(scalars[..<start])).utf8.count)
            }
        }
    }
}
