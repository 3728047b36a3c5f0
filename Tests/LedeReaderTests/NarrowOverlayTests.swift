import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// The help and the legend of actors on a terminal narrower than their lines: they wrap at
/// words, so that no key's help and no actor's counts are cut.
@Suite struct NarrowOverlayTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    /// Every line the help shows on a `width` × `height` terminal, in order, found by
    /// scrolling it one line at a time.
    func helpLines(width: Int, height: Int) -> [String] {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: width, height: height)
        reader.handle(.key(.character("h")))
        func rows() -> [String] {
            // The box fills the body; its first and last rows are blank margins.
            let body = reader.render().text.split(separator: "\n", omittingEmptySubsequences: false).prefix(height - 1)
            return body.dropFirst().dropLast().map { String($0) }
        }
        var lines = rows()
        var top = reader.state.helpTop
        while true {
            reader.handle(.key(.character("j")))
            guard reader.state.helpTop != top else { break }
            top = reader.state.helpTop
            lines.append(rows().last ?? "")
        }
        return lines
    }

    /// `text` with every run of white space made one space, trimmed.
    func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: [(40, 12), (30, 10), (24, 8)])
    func everyHelpTextIsShownWholeOnANarrowTerminal(width: Int, height: Int) {
        let lines = helpLines(width: width, height: height)
        #expect(lines.allSatisfy { DisplayWidth.total($0) <= width })
        let shown = collapsed(lines.joined(separator: " "))
        for binding in KeyMap.bindings(in: .reading) + KeyMap.only(in: .quotes) + KeyMap.only(in: .legend)
            + KeyMap.only(in: .prompt)
        {
            #expect(shown.contains(collapsed(binding.help)), "“\(binding.help)” is cut at \(width)×\(height)")
        }
        #expect(shown.contains("Keys (j k Space b scroll this help; any other key returns)"))
    }

    @Test func eachHelpTextTakesOneRowWhenItFits() {
        let lines = helpLines(width: 120, height: 60)
        for binding in KeyMap.bindings(in: .reading) + KeyMap.only(in: .prompt) {
            #expect(lines.contains { $0.contains(binding.keysText) && $0.contains(binding.help) }, "\(binding.help)")
        }
    }

    /// The rows of the legend on a `width` × `height` terminal, white space collapsed.
    func legendRows(width: Int, height: Int) -> [String] {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: width, height: height)
        reader.handle(.key(.character("A")))
        return reader.render().text.split(separator: "\n").map { collapsed(String($0)) }
    }

    @Test func theLegendPutsAnActorsCountsUnderItsNameWhenTheyDoNotFit() {
        let rows = legendRows(width: 40, height: 12)
        #expect(rows.contains("1 ■ Assad 8 mentions, 2 quotes"), "\(rows)")
        let unitedStates = rows.firstIndex(of: "4 ■ United States")
        #expect(unitedStates.map { rows[$0 + 1] } == "4 mentions, 0 quotes", "\(rows)")
        // Without its blank margins, the legend still shows its keys on 12 rows.
        #expect(rows.contains("1–9 highlight or not · Esc closes"), "\(rows)")
    }

    @Test func theLegendsKeysWrapAtWords() {
        let rows = legendRows(width: 30, height: 16)
        #expect(rows.contains("1–9 highlight or not · Esc"), "\(rows)")
        #expect(rows.contains("closes"), "\(rows)")
    }
}
