import LedeKit
import LedeReader

/// The whole of Lede for one input: bytes → decoding and repair → analysis → JSON export and
/// the reader's layout and frames, with every invariant checked on the way.
enum Pipeline {
    /// Terminal sizes every input is read at: a usual one (with the quotes pane), a tiny one,
    /// and the smallest possible.
    static let sizes: [(width: Int, height: Int)] = [(80, 24), (20, 5), (1, 1)]

    /// One more size for `bytes`, from 1×1 to 200×60, chosen by a hash of the input so that
    /// the same input always gets the same size and the corpus stays plain articles.
    static func extraSize(for bytes: [UInt8]) -> (width: Int, height: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (Int(hash % 200) + 1, Int((hash / 200) % 60) + 1)
    }

    /// Analyses `bytes`, exports the analysis as JSON and reads it at each of ``sizes`` and at
    /// ``extraSize(for:)``.
    static func run(_ bytes: [UInt8], analyzer: Analyzer) {
        let analysis = analyzer.analyze(bytes: bytes)
        Invariants.checkRanges(of: analysis)

        let json: String
        do {
            json = try AnalysisJSON.encode(AnalysisDocument(analysis, file: "f"), pretty: false)
        } catch {
            fatalError("JSON export threw: \(error)")
        }
        Invariants.checkJSON(json, of: analysis)

        for size in sizes + [extraSize(for: bytes)] {
            read(analysis, width: size.width, height: size.height)
        }
    }

    /// Opens `analysis` in a reader of `width` × `height`, presses a fixed series of keys and
    /// checks the frame at each stop.
    static func read(_ analysis: Analysis, width: Int, height: Int) {
        var reader = Reader(analysis: analysis, fileName: "f", width: width, height: height)
        Invariants.checkLayout(reader.layout, of: analysis)
        Invariants.checkFrame(reader.render())

        for step in steps(for: analysis) {
            for key in step { reader.handle(.key(key)) }
            Invariants.checkFrame(reader.render())
        }
        reader.handle(.resize(width: width + 17, height: height + 3))
        Invariants.checkLayout(reader.layout, of: analysis)
        Invariants.checkFrame(reader.render())
    }

    /// The keys pressed, in groups with a frame drawn after each group: two quotes on; repair
    /// marks, hidden quotes and the end; a search prompt holding a piece of the article
    /// itself (hostile characters and all); its outcome in the status line; a failed search,
    /// a backward one and the narrow layout; the help screen; back to reading.
    static func steps(for analysis: Analysis) -> [[Key]] {
        let scalars = analysis.article.scalars
        let middle = scalars.count / 2
        let piece = scalars[middle..<min(scalars.count, middle + 4)].map { Key.character(Character($0)) }
        return [
            [.character("]"), .character("]")],
            [.character("r"), .character("a"), .character("G")],
            [.character("/")] + piece,
            [.enter, .character("n")],
            [
                .character("/"), .character("x"), .enter, .character("N"), .escape, .character("u"),
                .character("?"), .character("e"), .backspace, .character("s"), .enter,
                .character("["), .tab, .character("p"), .character("g"), .character("d"),
            ],
            [.character("h")],
            [.character("j")],
        ]
    }
}
