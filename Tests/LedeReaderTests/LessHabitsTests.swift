import Foundation
import LedeKit
import LedeReader
import Testing

/// Habits of `less` the reader keeps: `=` tells where one is in the file, the pane pages with
/// Space and b, a lone Esc leaves nothing on the status line; and the legend dims actors the
/// article never mentions.
@Suite struct LessHabitsTests {
    /// A headline and `count` paragraphs, each quoting someone.
    static func quotes(_ count: Int) -> Analysis {
        let paragraphs = (1...count).map { "\u{201C}The ferry number \($0) was late again this morning,\u{201D} said Anna Berg, a teacher." }
        return Analyzer().analyze(bytes: Array((["Ferries run late"] + paragraphs).joined(separator: "\n\n").utf8))
    }

    func status(_ reader: Reader) -> String {
        let frame = reader.render()
        return frame.text(ofRow: frame.height - 1)
    }

    @Test func equalsTellsTheFileLinesBytesAndPercentage() {
        let analysis = Self.quotes(30)
        var reader = Reader(analysis: analysis, fileName: "ferries.txt", width: 160, height: 20)
        reader.handle(.key(.character("=")))
        let lines = reader.layout.lines.count
        let last = reader.pageHeight
        let bytes = analysis.article.text.utf8.count
        let shown = analysis.article.utf8Offset(of: reader.layout.lines[last - 1].range.upperBound)
        let expected = "ferries.txt  lines 1–\(last) of \(lines)  byte \(shown) of \(bytes)  \(last * 100 / lines)%"
        #expect(reader.state.message == expected)
        #expect(status(reader).contains(expected))
        #expect(status(reader).components(separatedBy: "ferries.txt").count == 2, "the file is named once, by the answer")
    }

    @Test func spaceAndBPageThroughTheQuotesPane() throws {
        var reader = Reader(analysis: Self.quotes(30), fileName: "ferries.txt", width: 120, height: 35)
        reader.handle(.key(.tab))
        reader.handle(.key(.character("g")))
        let listed = reader.listedQuotes
        #expect(reader.state.quotesPane.selection == listed.first)
        reader.handle(.key(.character(" ")))
        let position = try #require(reader.state.quotesPane.selection.flatMap { listed.firstIndex(of: $0) })
        #expect(position > 1, "a page of entries further, not one")
        #expect(reader.state.focus == .quotes)
        reader.handle(.key(.character("b")))
        #expect(reader.state.quotesPane.selection == listed.first)
        reader.handle(.key(.pageDown))
        #expect(reader.state.quotesPane.selection.flatMap { listed.firstIndex(of: $0) } == position)
    }

    @Test func aLoneEscLeavesNothingPending() {
        var reader = Reader(analysis: Self.quotes(3), fileName: "ferries.txt", width: 100, height: 20)
        for character in "/ferry" { reader.handle(.key(.character(character))) }
        reader.handle(.key(.enter))
        reader.handle(.key(.escape))
        #expect(!status(reader).contains("Esc"), "\(status(reader))")
        reader.handle(.key(.character("u")))
        #expect(reader.state.search?.highlighted == false, "Esc u still clears the highlighting")
    }

    @Test func theLegendDimsActorsTheArticleNeverMentions() throws {
        let analysis = Analyzer().analyze(bytes: Array("Headline\n\nThe Kremlin said little, and Moscow waited.".utf8))
        var reader = Reader(analysis: analysis, fileName: "x.txt", width: 100, height: 20)
        reader.handle(.key(.character("A")))
        let frame = reader.render()
        func nameCells(_ name: String) -> [Cell] {
            for row in 0..<frame.height {
                let text = frame.text(ofRow: row)
                guard let range = text.range(of: "\u{25A0} " + name) else { continue }
                let start = text.distance(from: text.startIndex, to: range.lowerBound)
                return (start..<start + name.count + 2).map { frame[$0, row] }
            }
            return []
        }
        let mentioned = nameCells("Russia")
        let absent = nameCells("Iran")
        try #require(!mentioned.isEmpty && !absent.isEmpty)
        #expect(mentioned.allSatisfy { $0.style.roles.contains { if case .actor = $0 { true } else { false } } })
        #expect(absent.allSatisfy { $0.style.contains(.paneNote) && !$0.style.roles.contains { if case .actor = $0 { true } else { false } } })
    }
}
