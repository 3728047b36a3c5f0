import LedeKit
@testable import LedeReader
import LedeTestSupport
import Testing

/// The notice that says where the quotes pane went when nobody asked (a resize, or opening a
/// terminal with no room beside the article): it never pushes out a part of the status line,
/// and the screen at a size is the same whichever way the reader came to that size.
@Suite struct PaneNoticeTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    func reader(_ width: Int, _ height: Int, name: String = "sample.txt") -> Reader {
        Reader(analysis: Self.analysis, fileName: name, width: width, height: height)
    }

    func status(_ reader: Reader) -> String {
        reader.render().text.components(separatedBy: "\n").last ?? ""
    }

    static let notices = [
        "Quotes pane under the article", "Too narrow for the quotes pane", "Too short for the quotes pane", "quotes pane below",
        "no room for quotes",
    ]

    @Test func whatPSaidOfThePaneGoesWhenAResizeMovesThePane() {
        var reader = reader(60, 20)
        reader.handle(.key(.character("P")))
        reader.handle(.key(.character("P")))
        #expect(status(reader).contains("Quotes pane under the article"))
        reader.handle(.resize(width: 40, height: 12))
        #expect(!status(reader).contains("under the article"), "\(status(reader))")
        reader.handle(.resize(width: 120, height: 35))
        #expect(!status(reader).contains("under the article"), "\(status(reader))")
        // A resize that leaves the pane where it was keeps what P said.
        var kept = self.reader(60, 20)
        kept.handle(.key(.character("P")))
        kept.handle(.key(.character("P")))
        kept.handle(.resize(width: 62, height: 20))
        #expect(status(kept).contains("Quotes pane under the article"), "\(status(kept))")
    }

    @Test(arguments: ["sample.txt", "a-rather-long-report-about-the-talks-2026-03.txt"])
    func aNoticeGivesWayBeforeEveryPartOfTheStatusLine(name: String) {
        for width in stride(from: 160, through: 20, by: -1) {
            for height in [24, 12] {
                var resized = reader(160, 45, name: name)
                resized.handle(.resize(width: width, height: height))
                let line = status(resized)
                // What the line shows without the notice, at the same size.
                let without = status(opened(width, height, name: name, keys: [.character("j"), .character("k")]))
                let shownNotice = Self.notices.first { line.contains($0) }
                if shownNotice != nil {
                    #expect(line.contains(name), "\(width)×\(height): the notice pushed out the file name: \(line)")
                    #expect(line.contains("lines ") || line.contains("all "), "\(width)×\(height): \(line)")
                } else {
                    #expect(line.trimmingCharacters(in: .whitespaces) == without.trimmingCharacters(in: .whitespaces),
                            "\(width)×\(height): \(line)\n\(without)")
                }
            }
        }
    }

    func opened(_ width: Int, _ height: Int, name: String, keys: [Key]) -> Reader {
        var reader = reader(width, height, name: name)
        for key in keys { reader.handle(.key(key)) }
        return reader
    }

    @Test func theNoticeShowsWhereThereIsRoomShortenedFirstAndAKeyClearsIt() {
        var reader = reader(120, 35)
        reader.handle(.resize(width: 80, height: 24))
        #expect(status(reader).contains("sample.txt  │  lines 1–13 of 45 (28%)  │  5 quotes  │  quotes pane below"), "\(status(reader))")
        reader.handle(.resize(width: 80, height: 15))
        #expect(status(reader).contains("5 quotes  │  no room for quotes"), "\(status(reader))")
        reader.handle(.key(.character("j")))
        #expect(!status(reader).contains("quotes pane") && !status(reader).contains("room"), "\(status(reader))")

        // In full where the line has room.
        let text = "A short note\n\n“We will wait,” said Maria Keller. Nothing else was said."
        var note = Reader(analysis: Analyzer().analyze(bytes: Array(text.utf8)), fileName: "note.txt", width: 120, height: 20)
        note.handle(.resize(width: 80, height: 20))
        #expect(status(note).contains("1 quote  │  Quotes pane under the article"), "\(status(note))")
    }

    /// Sizes to arrive at, and the ways to arrive there from a wide terminal.
    static let sizes: [(Int, Int)] = [
        (160, 45), (120, 35), (81, 24), (80, 24), (60, 20), (59, 20), (80, 15), (40, 12), (20, 5), (15, 6), (19, 10),
        (5, 3), (1, 1),
    ]
    static let routes: [[(Int, Int)]] = [[], [(80, 24)], [(40, 12)], [(80, 24), (10, 4)], [(15, 6), (80, 24), (40, 12)]]

    @Test(arguments: sizes.indices)
    func aSizeLooksTheSameWhicheverWayTheReaderCameToIt(size: Int) {
        let (width, height) = Self.sizes[size]
        let opened = reader(width, height)
        for start in [(160, 45), (70, 24), (40, 12)] {
            for route in Self.routes {
                var resized = reader(start.0, start.1)
                for (w, h) in route + [(width, height)] { resized.handle(.resize(width: w, height: h)) }
                let same = resized.render() == opened.render()
                #expect(same, "\(width)×\(height) from \(start) by \(route):\n\(resized.render().text)\nopened there:\n\(opened.render().text)")
            }
        }
    }
}
