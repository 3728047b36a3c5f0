import LedeKit
@testable import LedeReader
import LedeTestSupport
import Testing

/// The reader at every terminal size: where the quotes pane goes, the reading width, a
/// terminal too small to read in, and text whose width is hard to measure.
@Suite struct LayoutAtEverySizeTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    func reader(_ width: Int, _ height: Int, readingWidth: Int? = ReaderGeometry.defaultReadingWidth) -> Reader {
        Reader(analysis: Self.analysis, fileName: "sample.txt", width: width, height: height, readingWidth: readingWidth)
    }

    func rows(_ frame: Frame) -> [String] { frame.text.components(separatedBy: "\n") }

    @Test(arguments: [
        (160, 45, ReaderGeometry.QuotesPlace.beside), (120, 35, .beside), (81, 24, .beside), (80, 24, .below),
        (60, 20, .below), (59, 20, .none), (80, 15, .none), (40, 12, .none),
    ])
    func theQuotesPaneGoesWhereThereIsRoom(width: Int, height: Int, place: ReaderGeometry.QuotesPlace) {
        let reader = reader(width, height)
        #expect(reader.geometry.quotesPlace == place)
        let shown = rows(reader.render()).contains { $0.contains("Quotes (5)") }
        #expect(shown == (place != .none), "\(width)×\(height):\n\(reader.render().text)")
    }

    @Test(arguments: [
        (59, 20, "Too narrow for the quotes pane"), (80, 15, "Too short for the quotes pane"),
        (80, 24, "Quotes pane under the article"), (120, 35, nil),
    ])
    func openingWithoutRoomBesideTheArticleSaysWhereThePaneIs(width: Int, height: Int, notice: String?) {
        var reader = reader(width, height)
        #expect(reader.state.notice?.text == notice)
        reader.handle(.key(.character("j")))
        #expect(reader.state.notice == nil, "the next key clears it")
    }

    @Test func underTheArticleThePanesAreSplitByARule() throws {
        let frame = reader(80, 24).render()
        let geometry = reader(80, 24).geometry
        let rule = try #require(geometry.borderRow)
        #expect(rows(frame)[rule] == String(repeating: "─", count: 80))
        #expect(rows(frame)[rule + 1].hasPrefix(" Quotes (5)"))
        #expect(geometry.article.height + 1 + (geometry.quotes?.height ?? 0) == 23)
        #expect(!rows(frame).dropLast().contains { $0.contains("│") }, "no vertical border in a split:\n\(frame.text)")
    }

    @Test(arguments: [(120, 35, "beside"), (70, 24, "under")])
    func pSaysWhereThePaneWent(width: Int, height: Int, place: String) {
        var reader = reader(width, height)
        reader.handle(.key(.character("P")))
        #expect(reader.state.message == "Quotes pane hidden (P shows it)")
        #expect(!reader.render().text.contains("Quotes (5)"))
        reader.handle(.key(.character("P")))
        #expect(reader.state.message == "Quotes pane \(place) the article")
        #expect(reader.render().text.contains("Quotes (5)"))
    }

    @Test(arguments: [(40, 12, "Too narrow for the quotes pane"), (80, 15, "Too short for the quotes pane")])
    func pWithNoRoomSaysSoAndKeepsThePaneForLater(width: Int, height: Int, message: String) {
        var reader = reader(width, height)
        reader.handle(.key(.character("P")))
        #expect(reader.state.message == message)
        reader.handle(.key(.character("P")))
        #expect(reader.state.message == message, "a second P says the same")
        reader.handle(.resize(width: 120, height: 35))
        #expect(reader.render().text.contains("Quotes (5)"), "the pane is back on a larger terminal")
    }

    @Test func aResizeSaysWhereThePaneWent() {
        var reader = reader(120, 35)
        reader.handle(.resize(width: 80, height: 24))
        #expect(reader.state.notice?.text == "Quotes pane under the article")
        reader.handle(.resize(width: 40, height: 12))
        #expect(reader.state.notice?.text == "Too narrow for the quotes pane")
        // Back beside the article, where it opens: nothing to say.
        reader.handle(.resize(width: 120, height: 35))
        #expect(reader.state.notice == nil)
        // A resize that keeps the layout says nothing new; nor does one with the pane hidden.
        reader.handle(.resize(width: 80, height: 24))
        reader.handle(.key(.character("j")))
        reader.handle(.resize(width: 70, height: 24))
        #expect(reader.state.notice == nil)
        reader.handle(.key(.character("P")))
        reader.handle(.key(.character("j")))
        reader.handle(.resize(width: 40, height: 12))
        #expect(reader.state.notice == nil)
    }

    @Test(arguments: [(40, 12, "Too narrow"), (70, 12, "Too short")])
    func pSaysWhyThereIsNoRoom(width: Int, height: Int, why: String) {
        var reader = reader(width, height)
        reader.handle(.key(.character("P")))
        reader.handle(.key(.character("P")))
        #expect(reader.state.message == "\(why) for the quotes pane")
        #expect(rows(reader.render()).last?.contains(why) == true)
    }

    @Test(arguments: [(19, 10), (40, 2), (1, 1), (5, 3)])
    func aTerminalTooSmallSaysSoAndRecovers(width: Int, height: Int) {
        var reader = reader(80, 24)
        reader.handle(.key(.character("j")))
        let top = reader.state.top
        reader.handle(.resize(width: width, height: height))
        let small = reader.render().text
        let body = small.components(separatedBy: "\n").dropLast().joined().trimmingCharacters(in: .whitespaces)
        #expect(ReaderView.tooSmall.contains(body) || (body.isEmpty && width < 5), "\(width)×\(height):\n\(small)")
        reader.handle(.resize(width: 80, height: 24))
        let again = reader.render().text
        #expect(!ReaderView.tooSmall.contains { again.contains($0) }, "\(again)")
        #expect(again.contains("Quotes (5)") && rows(reader.render()).last?.contains("lines ") == true, "\(again)")
        #expect(abs(reader.state.top - top) <= 1)
    }

    @Test func theTooSmallNoticeIsShownWhole() {
        let frame = reader(19, 10).render()
        #expect(frame.text.contains("Terminal too small"))
        #expect(reader(12, 10).render().text.contains("Too small"))
    }

    @Test func aWideTerminalCentresTheReadingWidth() throws {
        var reader = reader(200, 40)
        reader.handle(.key(.character("P")))
        let geometry = reader.geometry
        #expect(geometry.textWidth == 100)
        #expect(geometry.textColumn == 50)
        #expect(reader.layout.width == 100)
        let body = rows(reader.render()).dropLast().filter { !$0.isEmpty }
        #expect(!body.isEmpty)
        for row in body {
            let lead = row.prefix { $0 == " " }.count
            #expect(lead >= 50 && row.count <= 150, "\(lead): \(row)")
        }
    }

    @Test func noReadingWidthFillsThePane() {
        var reader = reader(200, 40, readingWidth: nil)
        reader.handle(.key(.character("P")))
        #expect(reader.geometry.textWidth == 198)
        #expect(reader.geometry.textColumn == 1)
    }

    @Test func aNarrowerPaneThanTheReadingWidthIsFilled() {
        let geometry = reader(120, 35).geometry
        #expect(geometry.textWidth == geometry.article.width - 2)
        #expect(geometry.textColumn == 1)
    }

    // MARK: - Display width

    static let hardText = """
        Hard text

        A family 👨‍👩‍👧 met a flag 🇫🇷 and a heart ❤️ by the cafe\u{301} door.

        col\tumn\tstops here.

        \(String(repeating: "unbreakable", count: 12)) ends it.

        “Quoted words here,” said Maria Keller.
        """

    func hardReader(_ width: Int, _ height: Int) -> Reader {
        Reader(analysis: Analyzer().analyze(bytes: Array(Self.hardText.utf8)), fileName: "hard.txt", width: width, height: height)
    }

    @Test func joinersAndVariationSelectorsAreNotSentAndTheBorderStays() throws {
        let reader = hardReader(100, 20)
        let frame = reader.render()
        let border = try #require(reader.geometry.borderColumn)
        for y in 0..<frame.height - 1 {
            #expect(frame[border, y].text == "│", "row \(y): \(frame.text(ofRow: y))")
            for x in 0..<frame.width {
                #expect(!frame[x, y].text.unicodeScalars.contains { DisplayWidth.isLeftOut($0) }, "row \(y) column \(x)")
            }
        }
        let family = try #require(rows(frame).first { $0.contains("👨") })
        #expect(family.contains("👨👩👧"))
        #expect(family.contains("🇫🇷") && family.contains("❤ by") && family.contains("cafe\u{301}"))
        // The columns the frame gives each part are the ones wcwidth gives it.
        let row = try #require(rows(frame).firstIndex { $0.contains("👨") })
        let start = try #require((0..<frame.width).first { frame[$0, row].text == "👨" })
        #expect(frame[start + 1, row].isContinuation && frame[start + 2, row].text == "👩" && frame[start + 4, row].text == "👧")
        #expect(frame[start + 6, row].text == " ")
    }

    @Test func tabsReachTabStops() throws {
        let reader = hardReader(100, 20)
        let frame = reader.render()
        let row = try #require(rows(frame).firstIndex { $0.contains("col") })
        let column = reader.geometry.textColumn
        #expect(frame[column, row].text == "c")
        #expect(frame[column + 8, row].text == "u", "\(frame.text(ofRow: row))")
        #expect(frame[column + 16, row].text == "s", "\(frame.text(ofRow: row))")
        let layout = ArticleLayout(article: ArticleParser.parse("T\n\nabcdefg\tz"), width: 8)
        #expect(layout.lines.filter { $0.role == .body }.count == 2, "the tab reaches column 8, z goes to the next line")
    }

    @Test(arguments: [40, 60, 100])
    func aVeryLongWordBreaksInsideThePane(width: Int) {
        let reader = hardReader(width, 30)
        let article = reader.analysis.article
        let texts = reader.layout.lines.map { article[$0.range] }
        for text in texts {
            #expect(DisplayWidth.total(text) <= reader.layout.width, "\(text)")
        }
        #expect(texts.filter { $0.contains("unbreakableunbreakable") }.count >= 2, "the long word runs over lines")
    }

    // MARK: - Title and bylines

    @Test func theTitleIsATitleAndTheBylineAndDatelineAreSubdued() throws {
        let text = """
            Ministers Agree On Harbour Plan

            By Jane Roe and John Doe

            OSLO (Lede) — Ministers agreed on Monday to rebuild the old harbour, officials said.
            """
        let reader = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "t.txt", width: 120, height: 20)
        let frame = reader.render()
        func style(of word: String) throws -> CellStyle {
            let row = try #require(rows(frame).firstIndex { $0.contains(word) }, "\(word) not shown")
            let line = frame.text(ofRow: row)
            let column = line.distance(from: line.startIndex, to: try #require(line.range(of: word)).lowerBound)
            return frame[column, row].style
        }
        #expect(try style(of: "Harbour").contains(.title))
        #expect(try style(of: "Jane").contains(.paneNote))
        #expect(try style(of: "OSLO").contains(.paneNote))
        #expect(try style(of: "Ministers agreed").contains(.text))
        #expect(try !style(of: "Ministers agreed").contains(.paneNote))
    }

    @Test func aDatelineAfterAStandfirstIsSubduedToo() throws {
        let text = """
            Ministers Agree On Harbour Plan

            The old harbour is to be rebuilt within five years.

            PARIS, June 3 (Lede) -- Ministers agreed on Monday to rebuild it, officials said.
            """
        let frame = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "t.txt", width: 120, height: 20).render()
        let row = try #require(rows(frame).firstIndex { $0.contains("PARIS") })
        let line = frame.text(ofRow: row)
        let start = line.distance(from: line.startIndex, to: try #require(line.range(of: "PARIS")).lowerBound)
        let dateline = "PARIS, June 3 (Lede) --"
        for column in start..<(start + dateline.count) { #expect(frame[column, row].style.contains(.paneNote), "column \(column)") }
        #expect(!frame[start + dateline.count + 1, row].style.contains(.paneNote), "the text after it is not subdued")
        let standfirst = try #require(rows(frame).firstIndex { $0.contains("The old harbour") })
        #expect(!frame[1, standfirst].style.contains(.paneNote))
    }
}
