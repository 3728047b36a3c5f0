import Foundation
import LedeKit
import LedeReader
import Testing

/// A list item on screen: its wrapped lines start under its text, not under its bullet, and the
/// items of one list stand without blank lines between them.
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

    @Test func theItemsOfAListStandTogether() {
        let text = """
            Ferry timetable

            The winter timetable has three changes.

            \u{2022} The first boat leaves at six.

            \u{2022} The last boat leaves at nine.

            1. Tickets are sold on board.

            The summer timetable returns in April.
            """
        let analysis = Analyzer().analyze(bytes: Array(text.utf8))
        let reader = Reader(analysis: analysis, fileName: "ferry.txt", width: 60, height: 14)
        let rows = (0..<12).map { reader.render().text(ofRow: $0).trimmingCharacters(in: .whitespaces) }
        guard let first = rows.firstIndex(where: { $0.hasPrefix("\u{2022} The first") }) else {
            Issue.record("no row with the first item: \(rows)")
            return
        }
        // A blank line before the list and after it, none between its items.
        #expect(rows[first - 1].isEmpty)
        #expect(rows[first + 1].hasPrefix("\u{2022} The last"), "\(rows)")
        #expect(rows[first + 2].hasPrefix("1. Tickets"), "\(rows)")
        #expect(rows[first + 3].isEmpty)
        #expect(rows[first + 4].hasPrefix("The summer"), "\(rows)")
    }
}
