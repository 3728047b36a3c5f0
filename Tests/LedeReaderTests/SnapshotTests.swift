import LedeKit
import LedeReader
import Testing

/// Whole screens of the reader on the sample article, at three sizes, against golden files
/// (``FrameSnapshot``).
@Suite struct SnapshotTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    /// The frame after `keys`, in a terminal of `width` × `height`.
    private func frame(_ width: Int, _ height: Int, _ keys: [Key] = []) -> Frame {
        var reader = Reader(analysis: Self.analysis, fileName: SampleArticle.fileName, width: width, height: height)
        for key in keys { reader.handle(.key(key)) }
        return reader.render()
    }

    private func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    static let sizes = [(120, 35), (80, 24), (40, 12)]

    @Test(arguments: sizes)
    func opening(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height), named: "opening-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func help(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, [.character("h")]), named: "help-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func searchTypedWithTheCursorInside(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, [.character("/")] + typed("lavrov") + [.left, .left]), named: "prompt-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func searchRunAndSecondMatch(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, [.character("/")] + typed("assad") + [.enter, .character("n")]), named: "search-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func thirdQuoteFromTheTop(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("3]")), named: "quote-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func quotesPaneFocused(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, [.tab, .character("j")]), named: "pane-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func aCountBeingTyped(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("12")), named: "count-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func legendWithAnActorHidden(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("A2")), named: "legend-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func filterPromptCompletingAName(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("llav") + [.tab]), named: "filter-prompt-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func quotesFilteredToOneSpeaker(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("ltabler") + [.enter]), named: "filtered-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func aBadRegularExpression(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("/\\v(assad")), named: "regex-error-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func aMarkSet(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("5jma")), named: "mark-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func quotesWrappedAroundFromTheEnd(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("G]]")), named: "wrapped-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func aQuoteCopied(width: Int, height: Int) {
        var reader = Reader(analysis: Self.analysis, fileName: SampleArticle.fileName, width: width, height: height)
        reader.handle(.key(.character("]")))
        let effects = reader.update(.key(.character("c")))
        #expect(effects.contains { if case .copyToClipboard = $0 { true } else { false } })
        reader.receive(.copied(true))
        FrameSnapshot.check(reader.render(), named: "copied-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func aSearchWithNoMatch(width: Int, height: Int) {
        FrameSnapshot.check(frame(width, height, typed("/zebra") + [.enter]), named: "not-found-\(width)x\(height)")
    }
}
