import LedeKit
import LedeReader
import Testing

/// Hiding and showing the quotes pane keeps the reading place, at the bottom too.
@Suite struct PaneTogglePlaceTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    @Test(arguments: [(120, 35), (80, 24), (40, 12)])
    func togglingThePaneAtTheBottomStaysThere(size: (Int, Int)) {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: size.0, height: size.1)
        reader.handle(.key(.character("G")))
        let bottom = reader.state.top
        #expect(bottom > 0)
        reader.handle(.key(.character("P")))
        reader.handle(.key(.character("P")))
        #expect(reader.state.top == bottom, "at \(size.0)×\(size.1)")
    }
}
