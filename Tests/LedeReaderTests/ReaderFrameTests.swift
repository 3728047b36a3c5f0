import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// What the rendered frame shows: text, panes and the semantic styles of cells.
@Suite struct ReaderFrameTests {
    let analysis = TestArticles.briefingAnalysis

    func render(width: Int = 100, height: Int = 16, keys: [Key] = []) -> (Reader, Frame) {
        var reader = Reader(analysis: analysis, fileName: "briefing.txt", width: width, height: height)
        for key in keys { reader.handle(.key(key)) }
        return (reader, reader.render())
    }

    /// Every place (column, row) where `word` starts in the columns `columns` (the article
    /// pane by default) above the status line, top to bottom, left to right.
    func places(of word: String, in frame: Frame, columns: Range<Int>? = nil) -> [(x: Int, y: Int)] {
        let columns = columns ?? 0..<(frame.width >= ReaderGeometry.minimumWidthForQuotesPane ? frame.width * 7 / 10 - 1 : frame.width)
        let letters = word.map(String.init)
        var result: [(x: Int, y: Int)] = []
        for row in 0..<frame.height - 1 {
            let cells = columns.map { frame[$0, row].text }
            for start in cells.indices where start + letters.count <= cells.count
                && Array(cells[start..<start + letters.count]) == letters
            {
                result.append((columns.lowerBound + start, row))
            }
        }
        return result
    }

    /// The first place of `word` in the article pane.
    func find(_ word: String, in frame: Frame) -> (x: Int, y: Int)? {
        places(of: word, in: frame).first
    }

    @Test func titleIsStyledAsTitleAndActorsCarryTheirRole() throws {
        let (_, frame) = render()
        #expect(frame.text(ofRow: 0).hasPrefix(" Talks in Geneva stall"))
        #expect(frame[1, 0].style.contains(.title))
        let moscow = try #require(find("Moscow", in: frame))
        for offset in 0..<6 {
            #expect(frame[moscow.x + offset, moscow.y].style.contains(.actor(id: "russia", index: 1)))
        }
        let geneva = try #require(find("Geneva", in: frame))
        #expect(!frame[geneva.x, geneva.y].style.roles.contains { if case .actor = $0 { true } else { false } })
    }

    @Test func quotedTextIsStyledAndTheCurrentQuoteStandsOut() throws {
        let (_, before) = render()
        let faith = try #require(find("good faith", in: before))
        #expect(before[faith.x, faith.y].style.contains(.quote))
        let (_, after) = render(keys: [.character("]")])
        #expect(after[faith.x, faith.y].style.contains(.quoteCurrent))
    }

    @Test func quotesPaneListsSpeakersAndMarksTheCurrentOne() throws {
        let (reader, frame) = render(keys: [.character("]"), .character("]")])
        let pane = try #require(reader.geometry.quotes)
        #expect(frame.text(ofRow: 0).contains("Quotes (3)"))
        let paneText = (0..<pane.height).map { row in
            (pane.x..<pane.x + pane.width).map { frame[$0, row].text }.joined()
        }
        #expect(paneText.filter { $0.contains("Maria Keller") }.count == 2)
        // A name too long for the row is cut, and the partial note kept whole.
        #expect(paneText.contains { $0.contains("A Russian") && $0.trimmingCharacters(in: .whitespaces).hasSuffix("partial") }, "\(paneText)")
        let marked = try #require(paneText.firstIndex { $0.contains("▶") })
        #expect(marked == paneText.lastIndex { $0.contains("Maria Keller") })
        #expect(frame[pane.x + 2, marked].style.contains(.paneSelection))
        #expect(frame[pane.x - 1, 3].text == "│")
    }

    @Test func statusLineShowsPositionQuoteAndSearch() {
        let (_, frame) = render(width: 100, height: 10, keys: [.character("]")] + [.character("/")] + "talks".map { .character($0) } + [.enter])
        let status = frame.text(ofRow: 9)
        #expect(status.contains("briefing.txt"))
        #expect(status.contains("quote 1/3"))
        #expect(status.contains("/talks"))
        #expect(status.contains("lines "))
        #expect(frame[0, 9].style.contains(.status))
    }

    @Test func searchMatchesAreHighlightedAndTheCurrentOneDiffers() throws {
        let (_, frame) = render(keys: [.character("/")] + "faith".map { .character($0) } + [.enter])
        let found = places(of: "faith", in: frame)
        #expect(found.count == 2)
        let (first, second) = (try #require(found.first), try #require(found.last))
        #expect(frame[first.x, first.y].style.contains(.searchCurrent))
        #expect(frame[second.x, second.y].style.contains(.searchMatch))
        #expect(!frame[second.x, second.y].style.contains(.searchCurrent))
    }

    @Test func promptIsDrawnWhileTyping() {
        let (_, frame) = render(height: 10, keys: [.character("/"), .character("G"), .character("e")])
        #expect(frame.text(ofRow: 9).hasPrefix("/Ge"))
    }

    @Test func narrowTerminalHidesQuotesPaneAndKeepsTextInside() {
        let (reader, frame) = render(width: 40, height: 12)
        #expect(reader.geometry.quotes == nil)
        #expect(!frame.text.contains("Quotes ("))
        for row in 0..<11 {
            #expect(frame[39, row].text == " ")
        }
    }

    @Test func helpScreenListsEveryBindingOfTheKeyMap() {
        // At 24 rows the help is longer than the screen: what Space scrolls to counts too.
        var seen = ""
        for pages in 0..<4 {
            let (_, frame) = render(width: 120, height: 24, keys: [.character("h")] + Array(repeating: .character(" "), count: pages))
            seen += frame.text
        }
        for binding in KeyMap.bindings(in: .reading) + KeyMap.only(in: .quotes) + KeyMap.only(in: .prompt) {
            #expect(seen.contains(binding.help), "the help never shows “\(binding.help)”")
            #expect(seen.contains(binding.keysText), "the help never shows the keys “\(binding.keysText)”")
        }
    }

    @Test func tinyTerminalsDoNotCrash() {
        for (width, height) in [(1, 1), (2, 1), (5, 3), (0, 0)] {
            let (_, frame) = render(width: width, height: height, keys: [.character("G"), .character("]")])
            #expect(frame.width == max(1, width) || frame.width == width)
        }
    }

    @Test func repairedCharactersAreMarkedOnRequest() throws {
        let sample = Analyzer().analyze(bytes: SampleArticle.bytes)
        var reader = Reader(analysis: sample, fileName: "sample", width: 100, height: 30)
        func repairedCells(_ frame: Frame) -> [String] {
            frame.cells.filter { $0.style.contains(.repaired) }.map(\.text)
        }
        #expect(repairedCells(reader.render()).isEmpty)
        reader.handle(.key(.character("r")))
        let marked = repairedCells(reader.render())
        #expect(!marked.isEmpty)
        #expect(Set(marked).isSubset(of: ["’", "“", "”", "–"]))
        #expect(reader.state.message == "Marking 18 repaired characters")
        reader.handle(.key(.character("r")))
        #expect(repairedCells(reader.render()).isEmpty)
    }
}

/// Control, bidi and invisible characters in an article never reach a cell as they are.
@Suite struct HostileTextFrameTests {
    @Test func controlsInTheArticleAreDrawnAsVisibleStandIns() {
        let text = "Title\u{1B}]0;x\u{07}\n\nBody \u{202E}drow\u{202C} and \u{200B}gap \u{9D}1m.\n"
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let frame = Reader(analysis: analysis, fileName: "hostile\u{1B}.txt", width: 60, height: 8).render()
        let shown = frame.cells.flatMap(\.text.unicodeScalars)
        #expect(!shown.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(!shown.contains { [0x202E, 0x202C, 0x200B].contains($0.value) })
        #expect(frame.text.contains("Title␛]0;x␇"))
        #expect(frame.text.contains("Body ⇄drow⇄ and ⍽gap �1m."))
        #expect(frame.text.contains("hostile␛.txt"))
    }
}

/// The quotes pane shows the current entry of a long list and the start of a long quote.
@Suite struct LongQuotesPaneTests {
    @Test func theCurrentQuoteDeepInALongListIsShown() {
        let text = "Title\n\n" + (1...300).map { "“It will pass \($0),” the senator said." }.joined(separator: "\n\n")
        var reader = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "many.txt", width: 120, height: 30)
        for _ in 0..<250 { reader.handle(.key(.character("]"))) }
        let frame = reader.render()
        let pane = (0..<frame.height).map { frame.text(ofRow: $0) }.map { $0.split(separator: "│").last.map(String.init) ?? "" }
        let marked = pane.firstIndex { $0.contains("▶") }
        #expect(marked != nil, "\(frame.text)")
        if let marked { #expect(pane[marked + 1].contains("It will pass 250,"), "\(frame.text)") }
    }

    @Test func aQuoteRunningOverAHugeParagraphShowsItsStart() {
        let text = "Title\n\nThe senator said “" + String(repeating: "never closed and going on ", count: 20_000)
        let reader = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "long.txt", width: 120, height: 30)
        let frame = reader.render()
        let pane = (0..<frame.height).map { frame.text(ofRow: $0) }.compactMap { $0.split(separator: "│").last.map(String.init) }
        let quoteLines = pane.filter { $0.hasPrefix("   ") && $0.contains("never") }
        // The only quote fills the pane's free rows (under the title and the speaker, over a
        // blank row), the last one cut with an ellipsis.
        #expect(quoteLines.count == reader.geometry.quotes!.height - 3, "\(frame.text)")
        #expect(quoteLines.last?.trimmingCharacters(in: .whitespaces).hasSuffix("…") == true, "\(frame.text)")
    }
}

/// The status line when it is narrow: the least needed parts go first, the search counter last.
@Suite struct NarrowStatusLineTests {
    private func statusLine(width: Int, keys: [Key]) -> String {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "a-long-file-name-for-the-briefing.txt", width: width, height: 8)
        for key in keys { reader.handle(.key(key)) }
        return reader.render().text(ofRow: 7)
    }

    private let search: [Key] = [.character("/")] + "talks".map { .character($0) } + [.enter]

    @Test func theSearchCounterStaysHoweverNarrow() {
        for width in [80, 40, 20, 12, 6] {
            let line = statusLine(width: width, keys: search)
            #expect(line.contains("1/"), "no counter at \(width) columns: “\(line)”")
        }
    }

    @Test func theFileNameGoesFirst() {
        let wide = statusLine(width: 120, keys: search)
        #expect(wide.contains("a-long-file-name-for-the-briefing.txt") && wide.contains("/talks 1/"))
        let narrow = statusLine(width: 40, keys: search)
        #expect(!narrow.contains("a-long-file-name"))
        #expect(narrow.contains("/talks 1/"))
    }

    @Test func theCurrentQuoteNamesItsSpeaker() {
        let line = statusLine(width: 120, keys: [.character("]")])
        let speaker = TestArticles.briefingAnalysis.quotes[0].attribution?.speakerName
        #expect(speaker != nil)
        #expect(line.contains("quote 1/3: \(speaker ?? "")"), "“\(line)”")
    }
}
