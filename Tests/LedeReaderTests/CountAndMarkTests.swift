import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// Counts, percentages, marks and the way back, as `less` has them.
@Suite struct CountAndMarkTests {
    func reader() -> Reader {
        Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 80, height: 8)
    }

    func press(_ text: String, on reader: inout Reader) {
        for character in text { reader.handle(.key(.character(character))) }
    }

    @Test func aCountRepeatsAMotion() {
        var reader = reader()
        press("3j", on: &reader)
        #expect(reader.state.top == 3)
        press("2k", on: &reader)
        #expect(reader.state.top == 1)
    }

    @Test func aCountBeforeGIsALineNumber() {
        var reader = reader()
        press("4G", on: &reader)
        #expect(reader.state.top == 3)
        press("1g", on: &reader)
        #expect(reader.state.top == 0)
    }

    @Test func percentGoesThatFarIntoTheArticle() {
        var reader = reader()
        press("50%", on: &reader)
        #expect(reader.state.top == min(reader.maximumTop, reader.layout.lines.count / 2))
        press("100p", on: &reader)
        #expect(reader.state.top == reader.maximumTop)
        press("%", on: &reader)
        #expect(reader.state.top == 0)
    }

    @Test func marksRememberAPlaceAndQuoteQuoteGoesBack() {
        var reader = reader()
        // A mark remembers text, so it is set on a line of text (a blank line has none).
        let line = reader.layout.lines.indices.first { $0 >= 2 && reader.layout.lines[$0].role != .blank }!
        press("\(line)jma", on: &reader)
        #expect(reader.state.message == "Marked a")
        press("G", on: &reader)
        let bottom = reader.state.top
        #expect(bottom > line)
        press("'a", on: &reader)
        #expect(reader.state.top == line)
        press("''", on: &reader)
        #expect(reader.state.top == bottom, "'' returns to where the last jump started")
        press("''", on: &reader)
        #expect(reader.state.top == line)
    }

    @Test func aMarkKeepsItsTextAcrossAResize() {
        var reader = reader()
        let line = reader.layout.lines.indices.first { $0 >= 2 && reader.layout.lines[$0].role != .blank }!
        press("\(line)jma", on: &reader)
        let offset = reader.layout.lines[reader.state.top].range.lowerBound
        reader.handle(.resize(width: 50, height: 8))
        press("G'a", on: &reader)
        #expect(reader.layout.lines[reader.state.top].range.contains(offset))
    }

    @Test func anUnsetMarkSaysSo() {
        var reader = reader()
        press("'q", on: &reader)
        #expect(reader.state.message == "No mark q")
        #expect(reader.state.top == 0)
    }

    @Test func thePendingCountShowsInTheStatusLine() {
        var reader = reader()
        press("12", on: &reader)
        #expect(reader.render().text.components(separatedBy: "\n").last?.contains("12") == true)
    }

    @Test func aMarkOnABlankLineComesBackToIt() {
        var reader = reader()
        let blank = reader.layout.lines.indices.first { $0 >= 1 && reader.layout.lines[$0].role == .blank }!
        press("\(blank)jma", on: &reader)
        press("G'a", on: &reader)
        #expect(reader.state.top == blank)
        press("''", on: &reader)
        press("''", on: &reader)
        #expect(reader.state.top == blank, "'' twice comes back to the blank line, not the line after it")
    }

    @Test func quoteQuoteBringsBackTheQuoteTheReaderWasOn() {
        var reader = reader()
        press("]]", on: &reader)
        let quote = reader.state.currentQuote
        #expect(quote != nil)
        press("G", on: &reader)
        press("''", on: &reader)
        #expect(reader.state.currentQuote == quote, "the quote the reader left, not the first one on screen")
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.contains("quote 2/"), "\(status)")
    }

    @Test func aResizeKeepsTheCurrentQuoteOnScreen() throws {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 100, height: 12)
        press("]]", on: &reader)
        let quote = try #require(reader.state.currentQuote)
        for (width, height) in [(40, 8), (30, 6), (100, 12)] {
            reader.handle(.resize(width: width, height: height))
            #expect(reader.state.currentQuote == quote, "at \(width)×\(height)")
            let extent = reader.analysis.quotes[quote].extent
            let first = reader.layout.lineIndex(containing: extent.lowerBound)
            #expect(first >= reader.state.top && first < reader.state.top + reader.pageHeight, "the quote's start is on screen at \(width)×\(height)")
        }
    }
}
