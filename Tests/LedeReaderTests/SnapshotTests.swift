import LedeKit
import LedeReader
import Testing

/// Whole screens of the reader on the sample article, at three sizes, against golden files
/// (``FrameSnapshot``).
@Suite struct SnapshotTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    static let sizes = [(120, 35), (80, 24), (40, 12)]

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
    private func frame(_ width: Int, _ height: Int, _ keys: [Key]) -> Frame {
        var reader = Reader(analysis: Self.analysis, fileName: SampleArticle.fileName, width: width, height: height)
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

    @Test(arguments: screens.indices, sizes)
    func screen(_ index: Int, size: (Int, Int)) {
        let (name, keys) = Self.screens[index]
        let (width, height) = size
        FrameSnapshot.check(frame(width, height, keys), named: "\(name)-\(width)x\(height)")
    }
}
