import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// Every view of the reader renders at any terminal size, down to a single cell: a terminal
/// can be resized to almost nothing while any of them is open.
@Suite struct TinyTerminalTests {
    /// Sizes (columns × rows) at and around the edges of what the layout handles.
    static let sizes: [(width: Int, height: Int)] = [
        (1, 1), (2, 2), (1, 2), (2, 1), (1, 50), (50, 1), (3, 3), (5, 2), (5, 4), (69, 2), (70, 1), (70, 2),
        (70, 3), (100, 2), (120, 3),
    ]

    /// An article with wide, combining and control characters, so that no view meets only
    /// narrow text.
    static let analysis = Analyzer().analyze(bytes: Array((TestArticles.briefing + """


        漢字の見出し e\u{301}t\u{301}e\u{301} 👨‍👩‍👧 \u{1B}[2J \u{202E}reversed\u{202C} “Wide 漢字,” said Maria Keller.

        """).utf8))

    /// The keys that open each view, from a fresh reader.
    static let views: [(name: String, keys: [Key])] = [
        ("reading", []),
        ("help", [.character("h")]),
        ("search prompt", [.character("/")] + "Gene".map { .character($0) }),
        ("search results", [.character("/")] + "talks".map { .character($0) } + [.enter, .character("n")]),
        ("search not found", [.character("/")] + "zzz".map { .character($0) } + [.enter]),
        ("current quote", [.character("]"), .character("]")]),
        ("last page", [.character("G"), .character("[")]),
        ("no quotes pane", [.character("P")]),
        ("hidden quotes", [.character("a"), .character("]")]),
        ("repairs marked", [.character("r")]),
        ("pending escape", [.escape]),
        ("help over a search", [.character("/")] + "Iran".map { .character($0) } + [.enter, .character("h")]),
    ]

    @Test(arguments: views.indices)
    func viewRendersAtEveryTinySize(view: Int) {
        let (name, keys) = Self.views[view]
        for (width, height) in Self.sizes {
            // Opened at the tiny size…
            var small = Reader(analysis: Self.analysis, fileName: "tiny.txt", width: width, height: height)
            for key in keys { small.handle(.key(key)) }
            let frame = small.render()
            #expect(frame.width == width && frame.height == height, "\(name) opened at \(width)×\(height)")

            // …and shrunk to it with the view open, then grown back.
            var shrunk = Reader(analysis: Self.analysis, fileName: "tiny.txt", width: 100, height: 30)
            for key in keys { shrunk.handle(.key(key)) }
            shrunk.handle(.resize(width: width, height: height))
            let shrunkFrame = shrunk.render()
            #expect(shrunkFrame.width == width && shrunkFrame.height == height, "\(name) shrunk to \(width)×\(height)")
            #expect(shrunk.state.mode == small.state.mode, "\(name) at \(width)×\(height): the view stays open")
            shrunk.handle(.resize(width: 100, height: 30))
            #expect(shrunk.render().height == 30)
        }
    }

    @Test func helpShowsItsTitleInTheRowsThereAre() {
        for (width, height) in [(2, 2), (4, 2), (10, 3), (50, 2)] {
            var reader = Reader(analysis: Self.analysis, fileName: "tiny.txt", width: width, height: height)
            reader.handle(.key(.character("h")))
            let frame = reader.render()
            let title = String("Keys".prefix(width))
            #expect(frame.text.split(separator: "\n").contains { $0.contains(title) },
                    "help at \(width)×\(height) shows no title:\n\(frame.text)")
            #expect((0..<width).allSatisfy { frame[$0, height - 1].style.contains(.status) },
                    "the status line stays on the last row at \(width)×\(height):\n\(frame.text)")
        }
    }

    @Test func helpWithNoRowsLeftStillClosesOnAKey() {
        var reader = Reader(analysis: Self.analysis, fileName: "tiny.txt", width: 50, height: 1)
        reader.handle(.key(.character("h")))
        #expect(reader.render().text.contains("tiny.txt"))
        reader.handle(.key(.character("x")))
        #expect(reader.state.mode == .reading)
    }
}
