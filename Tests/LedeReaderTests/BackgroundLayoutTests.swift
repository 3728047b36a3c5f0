import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// A resize or `P` on a large article draws at once: the key loop lays out only the lines
/// around the reading place, the whole article is laid out in the background, and once that
/// arrives the screen is the one a layout made whole in the key loop gives.
@Suite struct BackgroundLayoutTests {
    /// The briefing article eight times over, analysed whole.
    static let analysis = Analyzer().analyze(bytes: Array(Array(repeating: TestArticles.briefing, count: 8).joined(separator: "\n\n").utf8))

    /// A reader of ``analysis`` at 120 × 24, laying out anew in the key loop (`inKeyLoop`) or,
    /// as a large article is, around the reading place and whole in the background.
    func reader(inKeyLoop: Bool) -> Reader {
        var reader = Reader(analysis: Self.analysis, fileName: "long.txt", width: 120, height: 24)
        if !inKeyLoop { reader.layoutLimit = 0 }
        return reader
    }

    /// The layout work `effects` ask for.
    func layoutWork(_ effects: [ReaderEffect]) -> [ReaderWork] {
        effects.compactMap { if case .work(let work) = $0, work.kind == .layout { work } else { nil } }
    }

    /// Every row of `frame` but the status line.
    func articleRows(_ frame: Frame) -> [String] {
        Array(frame.text.components(separatedBy: "\n").dropLast())
    }

    func statusLine(_ frame: Frame) -> String {
        frame.text.components(separatedBy: "\n").last ?? ""
    }

    /// Applies `events` to both readers; the one laying out in the background leaves its layout
    /// work undone, and its article rows must be those of the other.
    func expectSameRows(_ events: [InputEvent], _ background: inout Reader, _ keyLoop: inout Reader) -> [ReaderWork] {
        var work: [ReaderWork] = []
        for event in events {
            work += layoutWork(background.update(event))
            keyLoop.handle(event)
            #expect(articleRows(background.render()) == articleRows(keyLoop.render()), "after \(event)")
        }
        return work
    }

    @Test func aResizeDrawsAtOnceAndTheSameOnceLaidOut() throws {
        var background = reader(inKeyLoop: false)
        var keyLoop = reader(inKeyLoop: true)
        background.handle(.key(.character(" ")))
        background.handle(.key(.character(" ")))
        keyLoop.handle(.key(.character(" ")))
        keyLoop.handle(.key(.character(" ")))
        let work = expectSameRows([.resize(width: 70, height: 20)], &background, &keyLoop)
        #expect(work.count == 1)
        #expect(background.pendingLayout != nil)
        #expect(background.layout.lines.count < keyLoop.layout.lines.count / 2, "only the lines around the reading place")
        let status = statusLine(background.render())
        #expect(status.contains("counting lines at 68 columns"), "\(status)")
        #expect(!status.contains("lines 1"), "no line number before they are counted: \(status)")
        background.receive(try #require(work.first).run())
        #expect(background.pendingLayout == nil)
        #expect(background.layout == keyLoop.layout)
        #expect(background.render() == keyLoop.render())
    }

    @Test func thePaneToggleDrawsAtOnceAndTheSameOnceLaidOut() throws {
        var background = reader(inKeyLoop: false)
        var keyLoop = reader(inKeyLoop: true)
        for key in "]]]" {
            background.handle(.key(.character(key)))
            keyLoop.handle(.key(.character(key)))
        }
        let work = expectSameRows([.key(.character("P"))], &background, &keyLoop)
        #expect(work.count == 1)
        background.receive(try #require(work.first).run())
        #expect(background.render() == keyLoop.render())
    }

    @Test func movesWhileTheLinesAreCountedShowWhatTheyWouldOnceCounted() throws {
        var background = reader(inKeyLoop: false)
        var keyLoop = reader(inKeyLoop: true)
        let keys: [InputEvent] = [.resize(width: 90, height: 16)] + Array(repeating: .key(.character(" ")), count: 12)
            + Array(repeating: .key(.character("b")), count: 14) + [.key(.character("G")), .key(.character("k")), .key(.character("g"))]
            + Array(repeating: .key(.character("]")), count: 9) + [.key(.character("G"))] + Array(repeating: .key(.character("[")), count: 3)
        let work = expectSameRows(keys, &background, &keyLoop)
        #expect(work.count == 1)
        #expect(background.pendingLayout != nil)
        background.receive(try #require(work.first).run())
        #expect(background.render() == keyLoop.render())
    }

    @Test func aSearchMatchBeyondTheLinesLaidOutIsShown() throws {
        var background = reader(inKeyLoop: false)
        var keyLoop = reader(inKeyLoop: true)
        var work = expectSameRows([.resize(width: 100, height: 18)], &background, &keyLoop)
        for key in "/mediators" { _ = background.update(.key(.character(key))); keyLoop.handle(.key(.character(key))) }
        background.run(background.update(.key(.enter)).filter { if case .work(let work) = $0 { work.kind == .search } else { true } })
        keyLoop.handle(.key(.enter))
        work += expectSameRows(Array(repeating: .key(.character("n")), count: 7) + [.key(.character("N"))], &background, &keyLoop)
        #expect(background.pendingLayout != nil)
        background.receive(try #require(work.first).run())
        #expect(background.render() == keyLoop.render())
    }

    @Test func lineNumbersWaitUntilTheLinesAreCounted() throws {
        var background = reader(inKeyLoop: false)
        let work = layoutWork(background.update(.resize(width: 80, height: 20)))
        let top = background.state.top
        for key in "50%" { _ = background.update(.key(.character(key))) }
        #expect(background.state.message == "Counting the lines at the new width: line numbers in a moment")
        #expect(background.state.top == top)
        background.receive(try #require(work.first).run())
        for key in "50%" { background.handle(.key(.character(key))) }
        #expect(background.state.message == nil)
        #expect(background.state.top > top)
    }

    @Test func anOlderLayoutArrivingAfterANewerResizeIsDropped() throws {
        var background = reader(inKeyLoop: false)
        var keyLoop = reader(inKeyLoop: true)
        let older = expectSameRows([.resize(width: 80, height: 20)], &background, &keyLoop)
        let newer = expectSameRows([.resize(width: 64, height: 20)], &background, &keyLoop)
        background.receive(try #require(older.first).run())
        #expect(background.pendingLayout != nil)
        background.receive(try #require(newer.first).run())
        #expect(background.render() == keyLoop.render())
    }

    @Test func aChunkArrivingWhileTheLinesAreCountedWaitsForThem() throws {
        func analysisWork(_ effects: [ReaderEffect]) -> [ReaderWork] {
            effects.compactMap { if case .work(let work) = $0, work.kind == .analysis { work } else { nil } }
        }
        var background = ReaderStreamingTests().reader()
        background.layoutLimit = 0
        var keyLoop = ReaderStreamingTests().reader()
        let chunk = try #require(analysisWork(background.backgroundWork).first).run()
        keyLoop.run(keyLoop.receive(chunk))
        let layout = try #require(layoutWork(background.update(.resize(width: 70, height: 20))).first)
        keyLoop.handle(.resize(width: 70, height: 20))
        let length = background.analysis.article.scalarCount
        #expect(analysisWork(background.receive(chunk)).isEmpty, "no next chunk asked for yet")
        #expect(background.analysis.article.scalarCount == length)
        let next = analysisWork(background.receive(layout.run()))
        #expect(next.count == 1, "the chunk held is taken in with the layout")
        #expect(background.analysis.article.scalarCount > length)
        background.run(next.map { .work($0) })
        #expect(background.render() == keyLoop.render())
    }
}
