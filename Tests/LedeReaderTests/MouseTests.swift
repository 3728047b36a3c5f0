import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// The wheel scrolls the pane under the pointer; a click on a quote in the pane goes to it.
@Suite struct MouseTests {
    func reader() -> Reader {
        Reader(analysis: Analyzer().analyze(bytes: SampleArticle.bytes), fileName: "sample.txt", width: 120, height: 20)
    }

    @Test func theWheelOverTheArticleScrollsIt() {
        var reader = reader()
        reader.handle(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(reader.state.top == 3)
        reader.handle(.mouse(MouseEvent(.wheelUp, x: 5, y: 5)))
        #expect(reader.state.top == 0)
    }

    @Test func theWheelOverThePaneMovesItsSelection() {
        var reader = reader()
        let pane = reader.geometry.quotes!
        #expect(reader.state.quotesPane.selection == 0, "the first quote on screen")
        reader.handle(.mouse(MouseEvent(.wheelDown, x: pane.x + 2, y: pane.y + 3)))
        reader.handle(.mouse(MouseEvent(.wheelDown, x: pane.x + 2, y: pane.y + 3)))
        #expect(reader.state.quotesPane.selection == 2)
        #expect(reader.state.top == 0, "the article stays")
    }

    @Test func aClickOnAQuoteInThePaneGoesToIt() {
        var reader = reader()
        let pane = reader.geometry.quotes!
        let frame = reader.render()
        // The row of the fourth entry's speaker line: the second "Andrew Tabler" is the fifth quote.
        let rows = (pane.y..<pane.y + pane.height).filter { frame.text(ofRow: $0).contains("Andrew Tabler") }
        let row = try! #require(rows.first)
        reader.handle(.mouse(MouseEvent(.click, x: pane.x + 4, y: row + 1)))
        #expect(reader.state.currentQuote == 3)
        let line = reader.layout.lineIndex(containing: reader.analysis.quotes[3].extent.lowerBound)
        #expect((reader.state.top..<reader.state.top + reader.pageHeight).contains(line))
    }

    @Test func theMouseIsIgnoredWhileTheHelpIsOpen() {
        var reader = reader()
        reader.handle(.key(.character("h")))
        reader.handle(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(reader.state.mode == .help)
        #expect(reader.state.top == 0)
    }
}
