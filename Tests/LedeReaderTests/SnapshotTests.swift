import LedeKit
import LedeReader
import Testing

/// Whole screens of the reader on the sample article and its layouts (the quotes pane beside
/// the article, under it, or left out), each at the five sizes of ``layoutSizes``, against
/// golden files (``FrameSnapshot``).
@Suite struct SnapshotTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    /// The sizes the layouts are shown at: very wide (the reading width centred), wide, the
    /// split, its narrowest, and too narrow for the quotes pane.
    static let layoutSizes = [(160, 45), (120, 35), (80, 24), (60, 20), (40, 12)]

    /// Each layout screen: its golden files' name and the keys that open it.
    static let layouts: [(name: String, keys: [Key])] = [
        ("layout", []),
        ("layout-quote", typed("3]")),
        ("layout-no-pane", typed("P")),
    ]

    private static func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    /// Each screen: its golden files' name and the keys that open it from a fresh reader.
    static let screens: [(name: String, keys: [Key])] = [
        ("opening", []),
        ("help", [.character("h")]),
        // A search typed, with the cursor inside it.
        ("prompt", [.character("/")] + typed("lavrov") + [.left, .left]),
        // A search run, at its second match.
        ("search", [.character("/")] + typed("assad") + [.enter, .character("n")]),
        ("quote", typed("3]")),
        ("pane", [.tab, .character("j")]),
        ("count", typed("12")),
        ("legend", typed("A2")),
        // The filter prompt completing a name.
        ("filter-prompt", typed("llav") + [.tab]),
        ("filtered", typed("ltabler") + [.enter]),
        ("regex-error", typed("/\\v(assad")),
        ("mark", typed("5jma")),
        ("wrapped", typed("G]]")),
        // A copy the terminal took.
        ("copied", typed("]c")),
        ("not-found", typed("/zebra") + [.enter]),
    ]

    /// The frame after `keys` in a terminal of `width` × `height`, the work they ask for
    /// done and any copy taken.
    private func frame(_ width: Int, _ height: Int, _ keys: [Key], analysis: Analysis = analysis) -> Frame {
        var reader = Reader(analysis: analysis, fileName: SampleArticle.fileName, width: width, height: height)
        for key in keys {
            for effect in reader.update(.key(key)) {
                switch effect {
                case .work(let work): reader.receive(work.run())
                case .copyToClipboard: reader.receive(.copied(true))
                case .nextTheme: continue
                }
            }
        }
        return reader.render()
    }

    @Test(arguments: screens.indices, layoutSizes)
    func screen(_ index: Int, size: (Int, Int)) {
        let (name, keys) = Self.screens[index]
        let (width, height) = size
        FrameSnapshot.check(frame(width, height, keys), named: "\(name)-\(width)x\(height)")
    }

    @Test(arguments: layouts.indices, layoutSizes)
    func layout(_ index: Int, size: (Int, Int)) {
        let (name, keys) = Self.layouts[index]
        let (width, height) = size
        FrameSnapshot.check(frame(width, height, keys), named: "\(name)-\(width)x\(height)")
    }

    /// Reopened where it was left (``Reader/resume(at:)``): the sixth paragraph at the top, on
    /// the third quote, with the message that says so.
    @Test(arguments: layoutSizes)
    func resumed(size: (Int, Int)) {
        let (width, height) = size
        var reader = Reader(analysis: Self.analysis, fileName: SampleArticle.fileName, width: width, height: height)
        reader.resume(at: ReadingPlace(offset: Self.analysis.article.paragraphs[5].range.lowerBound, quote: 2))
        #expect(reader.state.message == "Back where you left off ('' for the start)")
        FrameSnapshot.check(reader.render(), named: "resumed-\(width)x\(height)")
    }

    /// Text whose width is hard to measure: a ZWJ family, a flag, an emoji with VS16,
    /// combining marks, tabs and a word longer than any line.
    static let hardText = Analyzer().analyze(bytes: Array("""
        Wide and Joined Text

        By Ada Lane

        PARIS (Lede) — A family 👨‍👩‍👧 passed a flag 🇫🇷 and a heart ❤️ at the cafe\u{301}; na\u{308}ive words followed.

        name\tvalue\tnote

        \(String(repeating: "long", count: 30)) ends here.

        “Every column counts,” said Ada Lane.
        """.utf8))

    @Test(arguments: layoutSizes)
    func hardText(size: (Int, Int)) {
        let (width, height) = size
        FrameSnapshot.check(frame(width, height, [], analysis: Self.hardText), named: "hard-text-\(width)x\(height)")
    }
}
