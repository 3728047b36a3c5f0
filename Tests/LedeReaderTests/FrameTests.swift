import LedeReader
import Testing

/// The cell grid itself: clipping, wide characters, combining marks.
@Suite struct FrameTests {
    @Test func wideCharacterTakesTwoCellsAndIsNotSplitAtTheEdge() {
        var frame = Frame(width: 5, height: 1)
        let end = frame.put("a東b", x: 0, y: 0, style: .text)
        #expect(end == 4)
        #expect(frame[1, 0].text == "東")
        #expect(frame[2, 0].isContinuation)
        #expect(frame.text(ofRow: 0) == "a東b ")
        frame.put("東", x: 4, y: 0, style: .text)
        #expect(frame[4, 0].text == " ")
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var frame = Frame(width: 4, height: 1)
        frame.put("東京", x: 0, y: 0, style: .text)
        frame.put("x", x: 1, y: 0, style: .text)
        frame.put("y", x: 2, y: 0, style: .text)
        #expect(frame.text(ofRow: 0) == " xy ")
        #expect(!frame[3, 0].isContinuation)
    }

    @Test func combiningMarksJoinTheirBase() {
        var frame = Frame(width: 4, height: 1)
        frame.put("e\u{301}x", x: 0, y: 0, style: .text)
        #expect(frame[0, 0].text == "e\u{301}")
        #expect(frame[1, 0].text == "x")
    }

    @Test func writesOutsideTheGridAreClipped() {
        var frame = Frame(width: 3, height: 2)
        frame.put("abcdef", x: 1, y: 1, style: .text)
        frame.put("zz", x: 0, y: 5, style: .text)
        #expect(frame.text == "\n ab")
    }
}

/// A run of thousands of combining marks keeps a cell as small as a terminal draws it.
@Suite struct CombiningRunTests {
    @Test func marksBeyondWhatACellHoldsAreDropped() {
        var frame = Frame(width: 10, height: 1)
        let end = frame.put("x" + String(repeating: "\u{301}", count: 10_000) + "y", x: 0, y: 0, style: .text)
        #expect(end == 2)
        #expect(frame[0, 0].text.unicodeScalars.count == Frame.maximumScalarsPerCell)
        #expect(frame[1, 0].text == "y")
        for _ in 0..<10_000 { frame.put(cluster: "\u{301}", width: 0, x: 1, y: 0, style: .text) }
        #expect(frame[0, 0].text.unicodeScalars.count == Frame.maximumScalarsPerCell)
    }
}
