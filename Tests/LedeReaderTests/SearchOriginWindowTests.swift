import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// Esc from a search prompt goes back to where the prompt opened even while the lines are
/// counted after a resize, when the query's match took the reader to another part of the
/// article (whose lines were laid out as a window of their own).
@Suite struct SearchOriginWindowTests {
    /// The briefing article eight times over, and a last line with a word found nowhere else.
    static let analysis = Analyzer().analyze(bytes: Array(
        (Array(repeating: TestArticles.briefing, count: 8) + ["A closing note about zebras."]).joined(separator: "\n\n").utf8))

    /// A reader of ``analysis`` laying out in the key loop (`inKeyLoop`), or around the reading
    /// place with the whole layout in the background, as a large article is.
    func reader(inKeyLoop: Bool) -> Reader {
        var reader = Reader(analysis: Self.analysis, fileName: "long.txt", width: 120, height: 24)
        if !inKeyLoop { reader.layoutLimit = 0 }
        return reader
    }

    /// Applies `event`, running the searches it asks for and leaving any layout undone.
    func apply(_ event: InputEvent, to reader: inout Reader) {
        reader.run(reader.update(event).filter { if case .work(let work) = $0 { work.kind == .search } else { true } })
    }

    /// Every row of `frame` but the status line.
    func articleRows(_ frame: Frame) -> [String] {
        Array(frame.text.components(separatedBy: "\n").dropLast())
    }

    @Test func escapeFromASearchThatJumpedFarGoesBackWhileTheLinesAreCounted() {
        var background = reader(inKeyLoop: false)
        var keyLoop = reader(inKeyLoop: true)
        let moves: [InputEvent] = [.resize(width: 100, height: 18)] + Array(repeating: .key(.character(" ")), count: 3)
        for event in moves {
            apply(event, to: &background)
            keyLoop.handle(event)
        }
        #expect(background.pendingLayout != nil, "the lines are still counted")
        let before = articleRows(background.render())
        #expect(before == articleRows(keyLoop.render()))
        for event in [InputEvent.key(.character("/"))] + "zebras".map { .key(.character($0)) } {
            apply(event, to: &background)
            keyLoop.handle(event)
        }
        #expect(articleRows(background.render()).contains { $0.contains("zebras") }, "the match is shown, far below")
        #expect(articleRows(background.render()) == articleRows(keyLoop.render()))
        apply(.key(.escape), to: &background)
        keyLoop.handle(.key(.escape))
        #expect(background.pendingLayout != nil)
        #expect(articleRows(background.render()) == before)
        #expect(articleRows(keyLoop.render()) == before)
    }
}
