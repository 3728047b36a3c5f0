import LedeKit
import LedeReader
import LedeTerminal

/// `lede quotes` for a person: each quote, in the marks the article gives it, beside its
/// speaker and actor, in aligned columns wrapped to the terminal's width, coloured by the
/// theme when a painter is given.
///
/// ```
/// article.txt: Council Backs Harbour Plan (1 quote)
///   Jane Doe        Harbour  “The plan is working,”
/// ```
///
/// A speaker named differently where they speak shows that wording under the name, in
/// brackets as `lede analyze` writes it (`(“the mayor”)`), so that it never reads as a quote; a quote with no speaker shows `—`. Everything from the article is escaped.
enum QuoteTable {
    /// The widest the speaker and actor columns grow.
    static let speakerColumnLimit = 24, actorColumnLimit = 16
    /// The narrowest the quote column shrinks before the others give way.
    static let minimumQuoteWidth = 20
    /// Space before the first column and between columns.
    static let indent = "  ", gap = "  "

    /// The table of `rows` from `file` (titled `title`) for `width` columns.
    static func text(_ rows: [QuoteRow], file: String, title: String?, width: Int, painter: SGRPainter?) -> String {
        let heading = DisplayEscaping.escaped(file) + (title.map { ": " + DisplayEscaping.escaped($0) } ?? "")
            + " (\(CountedNoun.text(rows.count, "quote")))"
        var lines = [paint(heading, CellStyle(.title), painter)]
        let speakers = rows.map { speakerCell($0) }
        let actors = rows.map { $0.actorName.map(shown) ?? "" }
        var speakerWidth = min(speakerColumnLimit, speakers.flatMap { $0 }.map(DisplayWidth.total).max() ?? 0)
        var actorWidth = min(actorColumnLimit, actors.map(DisplayWidth.total).max() ?? 0)
        let fixed = indent.count + speakerWidth + gap.count + (actorWidth > 0 ? actorWidth + gap.count : 0)
        if width - fixed < minimumQuoteWidth {
            // A narrow terminal: the name columns share what the quote's columns leave, three
            // fifths to the speaker, down to 4 columns each.
            let room = width - indent.count - gap.count - (actorWidth > 0 ? gap.count : 0) - minimumQuoteWidth
            if actorWidth > 0 { actorWidth = min(actorWidth, max(4, room * 2 / 5)) }
            speakerWidth = min(speakerWidth, max(4, room - actorWidth))
        }
        let quoteWidth = max(8, width - indent.count - speakerWidth - gap.count - (actorWidth > 0 ? actorWidth + gap.count : 0))
        for (index, row) in rows.enumerated() {
            var columns: [(lines: [String], width: Int, style: CellStyle)] = []
            let speakerStyle = CellStyle(row.speakerName == nil ? .paneNote : .speaker)
            let speakerLines = speakers[index].flatMap { TextWrap.lines($0, width: speakerWidth) }
            columns.append((speakerLines, speakerWidth, speakerStyle))
            if actorWidth > 0 {
                let actorStyle = CellStyle(StyleRole.actor(id: row.actorID ?? "", index: row.actorIndex))
                columns.append((actors[index].isEmpty ? [] : TextWrap.lines(actors[index], width: actorWidth), actorWidth, actorStyle))
            }
            let quoted = shown(row.opening) + shown(row.text) + shown(row.closing)
            columns.append((TextWrap.lines(quoted, width: quoteWidth), quoteWidth, CellStyle(.quote)))
            let height = columns.map(\.lines.count).max() ?? 0
            for line in 0..<height {
                var text = indent
                for (number, column) in columns.enumerated() {
                    let cell = line < column.lines.count ? column.lines[line] : ""
                    // The written wording under a name is a note, not the name.
                    let style = number == 0 && line >= nameLineCount(row, width: speakerWidth) && row.speakerName != nil
                        ? CellStyle(.paneNote) : column.style
                    text += paint(cell, style, painter)
                    if number < columns.count - 1 {
                        text += String(repeating: " ", count: max(0, column.width - DisplayWidth.total(cell))) + gap
                    }
                }
                while text.hasSuffix(" ") { text.removeLast() }
                lines.append(text)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The speaker column's texts: the resolved name, then the wording where it differs; `—`
    /// when nobody was found.
    private static func speakerCell(_ row: QuoteRow) -> [String] {
        guard let name = row.speakerName else { return ["—"] }
        var cell = [shown(name)]
        if let speaker = row.speaker, speaker != name { cell.append("(“" + shown(speaker) + "”)") }
        return cell
    }

    /// How many lines the resolved name takes in a column `width` wide.
    private static func nameLineCount(_ row: QuoteRow, width: Int) -> Int {
        TextWrap.lines(row.speakerName.map(shown) ?? "—", width: width).count
    }

    /// `text` from the article as one line of a cell: tabs and line breaks as spaces, the
    /// rest escaped.
    private static func shown(_ text: String) -> String {
        DisplayEscaping.escaped(String(String.UnicodeScalarView(text.unicodeScalars.map { "\t\n\r".unicodeScalars.contains($0) ? " " : $0 })))
    }

    /// `text` in `style` when there is a painter, as it is when not (it is escaped already).
    private static func paint(_ text: String, _ style: CellStyle, _ painter: SGRPainter?) -> String {
        guard let painter, !text.isEmpty else { return text }
        return painter.paint(text, style)
    }
}
