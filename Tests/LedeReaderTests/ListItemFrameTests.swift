import Foundation
import LedeKit
import LedeReader
import Testing

/// A list item on screen: its wrapped lines start under its text, not under its bullet.
@Suite struct ListItemFrameTests {
    @Test func wrappedLinesOfAnItemStartUnderItsText() {
        let text = """
            Ferry timetable

            The ferry company published its winter timetable on Monday.

            \u{2022} The first boat leaves the harbour at six in the morning and calls at both islands before noon.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let reader = Reader(analysis: analysis, fileName: "ferry.txt", width: 40, height: 12)
        let rows = (0..<11).map { reader.render().text(ofRow: $0) }
        guard let bullet = rows.firstIndex(where: { $0.contains("\u{2022} The first") }) else {
            Issue.record("no row with the item: \(rows)")
            return
        }
        let column = { (row: String) in row.prefix { $0 == " " }.count }
        let itemColumn = column(rows[bullet])
        #expect(rows[bullet + 1].trimmingCharacters(in: .whitespaces).first?.isLetter == true)
        #expect(column(rows[bullet + 1]) == itemColumn + 2)
        #expect(column(rows[bullet + 2]) == itemColumn + 2)
    }
}
