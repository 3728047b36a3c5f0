import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// A step back past the first match, quote or mention while a large article is analysed does
/// not wrap around to the last one found so far (more may follow): the reader stays and says
/// why; once the article is all here it wraps around as on any article.
@Suite struct StreamingBackwardWrapTests {
    /// Analyses every chunk still to come.
    func finish(_ reader: inout Reader) {
        reader.run(reader.backgroundWork)
        #expect(!reader.isStreaming)
    }

    @Test func aStepBackFromTheFirstMatchStaysWhileAnalysing() throws {
        var reader = ReaderStreamingTests().reader()
        for key in "/mediators" { reader.handle(.key(.character(key))) }
        reader.handle(.key(.enter))
        #expect(reader.state.search?.current == 0)
        let top = reader.state.top
        reader.handle(.key(.character("N")))
        #expect(reader.state.message == "Still analysing: the last match is not known yet")
        #expect(reader.state.search?.current == 0)
        #expect(reader.state.top == top)
        finish(&reader)
        reader.handle(.key(.character("N")))
        let count = try #require(reader.state.search?.matches.count)
        #expect(reader.state.message == "Search wrapped around: mediators \(count)/\(count)")
        #expect(reader.state.search?.current == count - 1)
    }

    @Test func aStepBackFromTheFirstQuoteStaysWhileAnalysing() throws {
        var reader = ReaderStreamingTests().reader()
        reader.handle(.key(.character("]")))
        let first = try #require(reader.state.currentQuote)
        reader.handle(.key(.character("[")))
        #expect(reader.state.message == "Still analysing: the last quote is not known yet")
        #expect(reader.state.currentQuote == first)
        finish(&reader)
        reader.handle(.key(.character("[")))
        #expect(reader.state.message == "Wrapped around to the last quote")
        #expect(reader.state.currentQuote == reader.listedQuotes.last)
    }

    @Test func aStepBackFromTheFirstMentionStaysWhileAnalysing() throws {
        var reader = ReaderStreamingTests().reader()
        reader.handle(.key(.character("@")))
        reader.handle(.key(.character("}")))
        let first = try #require(reader.state.currentMention)
        reader.handle(.key(.character("{")))
        #expect(reader.state.message?.hasPrefix("Still analysing: the last mention of ") == true, "\(reader.state.message ?? "")")
        #expect(reader.state.currentMention == first)
        finish(&reader)
        reader.handle(.key(.character("{")))
        #expect(reader.state.message?.hasSuffix("(wrapped around)") == true, "\(reader.state.message ?? "")")
    }
}
