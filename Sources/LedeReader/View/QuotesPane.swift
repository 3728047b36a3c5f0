import LedeKit

/// Draws the list of quotes: each speaker and the start of what they said, the current
/// quote marked, scrolled so that it is in view.
struct QuotesPane {
    let reader: Reader

    /// Lines of quote text an entry shows when the pane has no rows to spare.
    static let linesPerQuote = 3

    /// The rows a pane with no quotes to list needs: its title, a blank row and what it says.
    static let emptyRows = 3

    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        let listed = reader.listedQuotes
        let hidden = reader.analysis.quotes.count - listed.count
        let focused = reader.state.focus == .quotes
        // The longest title that fits: the filtered list names its speaker first when narrow.
        let titles = if let filter = reader.state.quoteFilter {
            [" Quotes of \(filter.query) (\(listed.count) of \(reader.analysis.quotes.count))",
             " \(filter.query): \(listed.count) of \(reader.analysis.quotes.count)"]
        } else {
            [" Quotes (\(reader.count(listed.count))" + (hidden > 0 ? ", \(hidden) hidden)" : ")")]
        }
        let keys = focused ? "  j k Enter Esc" : ""
        let title = (titles.map { $0 + keys } + titles).first { DisplayWidth.total($0) <= rect.width } ?? titles.last!
        let titleStyle = focused ? CellStyle(.paneTitle).adding(.paneSelection) : CellStyle(.paneTitle)
        frame.fill(x: rect.x, y: rect.y, count: rect.width, style: titleStyle)
        frame.put(title, x: rect.x, y: rect.y, style: titleStyle, limit: rect.x + rect.width)
        guard rect.height > 1 else { return }
        if listed.isEmpty {
            frame.put(" No direct quotes found.", x: rect.x, y: rect.y + Self.emptyRows - 1, style: .text, limit: rect.x + rect.width)
            return
        }
        let selection = reader.state.quotesPane.selection
        let lines = quoteLines(in: rect, listed: listed)
        for (index, top) in visibleEntries(in: rect, listed: listed, lines: lines) {
            for (offset, line) in entry(for: index, width: rect.width, lines: lines).enumerated() {
                let row = top + offset
                guard row < rect.y + rect.height else { return }
                let selected = index == selection && !line.parts.isEmpty
                if selected {
                    frame.fill(x: rect.x, y: row, count: rect.width, style: CellStyle(.text).adding(.paneSelection))
                }
                var x = rect.x
                for part in line.parts {
                    x = frame.put(part.text, x: x, y: row, style: selected ? part.style.adding(.paneSelection) : part.style, limit: rect.x + rect.width)
                }
            }
        }
    }

    /// Lines of quote text per entry: ``linesPerQuote``, or more while every listed entry
    /// still fits in `rect` with them, so that a short list uses the rows it has.
    func quoteLines(in rect: ReaderGeometry.Rect, listed: [Int]) -> Int {
        let rows = rect.height - 1
        // Each entry takes at least three rows: a short list is the only one that can grow.
        guard listed.count * 3 <= rows else { return Self.linesPerQuote }
        func total(_ lines: Int) -> Int { listed.map { entry(for: $0, width: rect.width, lines: lines).count }.reduce(0, +) }
        var lines = Self.linesPerQuote
        var used = total(lines)
        while used <= rows, lines < rows {
            let more = total(lines + 1)
            guard more <= rows, more > used else { break }
            lines += 1
            used = more
        }
        return lines
    }

    /// The entries on screen in `rect` and the row each starts on, scrolled so that the
    /// selected entry's last row is visible. Only these are laid out, so a frame costs the
    /// same with ten quotes or a hundred thousand.
    func visibleEntries(in rect: ReaderGeometry.Rect, listed: [Int], lines: Int) -> [(quote: Int, row: Int)] {
        var firstEntry = 0
        if let current = reader.state.quotesPane.selection.flatMap({ listed.firstIndex(of: $0) }) {
            firstEntry = current
            var rows = entry(for: listed[current], width: rect.width, lines: lines).count
            while firstEntry > 0 {
                let previous = entry(for: listed[firstEntry - 1], width: rect.width, lines: lines).count
                guard rows + previous <= rect.height - 1 else { break }
                rows += previous
                firstEntry -= 1
            }
        }
        var result: [(quote: Int, row: Int)] = []
        var row = rect.y + 1
        for index in listed[firstEntry...] {
            guard row < rect.y + rect.height else { break }
            result.append((index, row))
            row += entry(for: index, width: rect.width, lines: lines).count
        }
        return result
    }

    /// How many entries the pane shows whole as it stands (at least 1): what Space and b
    /// move the selection by.
    var entriesPerPage: Int {
        let listed = reader.listedQuotes
        guard let rect = reader.geometry.quotes, !listed.isEmpty else { return 1 }
        let lines = quoteLines(in: rect, listed: listed)
        let whole = visibleEntries(in: rect, listed: listed, lines: lines).count { entry in
            entry.row + self.entry(for: entry.quote, width: rect.width, lines: lines).count - 1 <= rect.y + rect.height
        }
        return max(1, whole)
    }

    /// The quote whose entry holds row `y` of `rect`, if any.
    func quote(atRow y: Int, in rect: ReaderGeometry.Rect) -> Int? {
        let listed = reader.listedQuotes
        guard !listed.isEmpty else { return nil }
        return visibleEntries(in: rect, listed: listed, lines: quoteLines(in: rect, listed: listed)).last { $0.row <= y }.map(\.quote)
    }

    /// One row of an entry: pieces of text in their styles (none for the blank row).
    private struct Line {
        var parts: [(text: String, style: CellStyle)]
    }

    /// The rows of one entry: marker and speaker (or a note that there is none) and a note
    /// for a partial quote, up to `lines` rows of the quote's words in the marks the article
    /// has (an unclosed quotation shows none at its end), a blank row. A long speaker's name
    /// is cut, not the note.
    private func entry(for index: Int, width: Int, lines maximumLines: Int) -> [Line] {
        let quote = reader.analysis.quotes[index]
        let article = reader.analysis.article
        let marker = index == reader.state.quotesPane.selection ? "▶ " : "  "
        let note = quote.kind == .partial ? "  partial" : ""
        let room = width - DisplayWidth.total(marker) - DisplayWidth.total(note)
        let speaker: (text: String, style: CellStyle) = quote.attribution.map { ($0.speakerName, CellStyle(.speaker)) }
            ?? ("no speaker", CellStyle(.paneNote))
        let name = DisplayWidth.total(speaker.text) > room && room >= 4
            ? TextWrap.lines(speaker.text, width: room, maximumLines: 1).first ?? "" : speaker.text
        var header: [(text: String, style: CellStyle)] = [(marker, CellStyle(.speaker)), (name, speaker.style)]
        if !note.isEmpty { header.append((note, CellStyle(.paneNote))) }
        var lines = [Line(parts: header)]
        // A quotation can run over a whole paragraph: only its start can be shown.
        let shown = quote.range.prefix((maximumLines + 1) * (width + 1) * 2)
        let (opening, closing) = quote.marks(in: article)
        let words = article[shown]
        let text = opening + (shown.count < quote.range.count ? TextWrap.ellipsized(words) : words + closing)
        for line in TextWrap.lines(text, width: width - 3, maximumLines: maximumLines) {
            lines.append(Line(parts: [("   " + line, CellStyle(.quote))]))
        }
        lines.append(Line(parts: []))
        return lines
    }
}
