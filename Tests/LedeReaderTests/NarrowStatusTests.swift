import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// At a narrow width the status line keeps the answer to the last key: the hints and the
/// less needed parts go first, and a long message is cut short rather than dropped.
@Suite struct NarrowStatusTests {
    static let analysis = Analyzer().analyze(bytes: SampleArticle.bytes)

    /// The status line after `keys`, typed into a fresh 40×12 reader.
    func statusLine(after keys: [Key]) -> String {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: 40, height: 12)
        for key in keys { reader.handle(.key(key)) }
        return reader.render().text.components(separatedBy: "\n").last ?? ""
    }

    func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func theWrapNoticeOutranksTheHints() {
        let keys = typed("/assad") + [.enter] + Array(repeating: Key.character("]"), count: 12)
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: 40, height: 12)
        var sawWrap = false
        for key in keys {
            reader.handle(.key(key))
            if reader.state.message?.hasPrefix("Wrapped") == true {
                sawWrap = true
                let line = reader.render().text.components(separatedBy: "\n").last ?? ""
                #expect(line.contains("Wrapped"), "the wrap notice is shown: \(line)")
                #expect(!line.contains("q quit"), "the hints give way: \(line)")
            }
        }
        #expect(sawWrap)
    }

    @Test func tooNarrowIsShown() {
        let line = statusLine(after: [.tab])
        #expect(line.contains("Too narrow"), "\(line)")
    }

    @Test func aBadPatternSaysWhy() {
        var reader = Reader(analysis: Self.analysis, fileName: "sample.txt", width: 40, height: 12)
        for key in typed("/\\v([") { reader.handle(.key(key)) }
        let message = reader.state.message
        #expect(message != nil)
        let line = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(line.contains(String((message ?? "").prefix(10))), "\(line) lacks \(message ?? "")")
    }
}
