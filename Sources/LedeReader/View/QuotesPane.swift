import LedeKit

/// Draws the list of quotes: each speaker and the start of what they said, the current
/// quote marked, scrolled so that it is in view.
struct QuotesPane {
    let reader: Reader

    /// Lines of quote text shown per entry.
    static let linesPerQuote = 3

    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        let listed = reader.listedQuotes
        let hidden = reader.analysis.quotes.count - listed.count
        let focused = reader.state.focus == .quotes
        let counts = if let filter = reader.state.quoteFilter {
            " of \(filter.query) (\(listed.count) of \(reader.analysis.quotes.count))"
        } else {
            " (\(listed.count)" + (hidden > 0 ? ", \(hidden) hidden)" : ")")
        }
        let title = " Quotes" + counts + (focused ? "  j k Enter Esc" : "")
        let titleStyle = focused ? CellStyle(.paneTitle).adding(.paneSelection) : CellStyle(.paneTitle)
        frame.fill(x: rect.x, y: rect.y, count: rect.width, style: titleStyle)
        frame.put(title, x: rect.x, y: rect.y, style: titleStyle, limit: rect.x + rect.width)
        guard rect.height > 1 else { return }
        if listed.isEmpty {
            frame.put(" No direct quotes found.", x: rect.x, y: rect.y + 2, style: .text, limit: rect.x + rect.width)
            return
        }
        let selection = reader.state.quotesPane.selection
        for (index, top) in visibleEntries(in: rect, listed: listed) {
            for (offset, line) in entry(for: index, width: rect.width).enumerated() {
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

    /// The entries on screen in `rect` and the row each starts on, scrolled so that the
    /// selected entry's last row is visible. Only these are laid out, so a frame costs the
    /// same with ten quotes or a hundred thousand.
    func visibleEntries(in rect: ReaderGeometry.Rect, listed: [Int]) -> [(quote: Int, row: Int)] {
        var firstEntry = 0
        if let current = reader.state.quotesPane.selection.flatMap({ listed.firstIndex(of: $0) }) {
            firstEntry = current
            var rows = entry(for: listed[current], width: rect.width).count
            while firstEntry > 0 {
                let previous = entry(for: listed[firstEntry - 1], width: rect.width).count
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
            row += entry(for: index, width: rect.width).count
        }
        return result
    }

    /// The quote whose entry holds row `y` of `rect`, if any.
    func quote(atRow y: Int, in rect: ReaderGeometry.Rect) -> Int? {
        let listed = reader.listedQuotes
        guard !listed.isEmpty else { return nil }
        return visibleEntries(in: rect, listed: listed).last { $0.row <= y }.map(\.quote)
    }

    /// One row of an entry: pieces of text in their styles (none for the blank row).
    private struct Line {
        var parts: [(text: String, style: CellStyle)]
    }

    /// The rows of one entry: marker and speaker (or a note that there is none) and a note
    /// for a partial quote, the quote's opening words, a blank row.
    private func entry(for index: Int, width: Int) -> [Line] {
        let quote = reader.analysis.quotes[index]
        let marker = index == reader.state.quotesPane.selection ? "▶ " : "  "
        var header: [(text: String, style: CellStyle)] = [(marker, CellStyle(.speaker))]
        if let speaker = quote.attribution?.speakerName {
            header.append((speaker, CellStyle(.speaker)))
        } else {
            header.append(("no speaker", CellStyle(.paneNote)))
        }
        if quote.kind == .partial { header.append(("  partial", CellStyle(.paneNote))) }
        var lines = [Line(parts: header)]
        // A quotation can run over a whole paragraph: only its start can be shown.
        let shown = quote.range.prefix((Self.linesPerQuote + 1) * (width + 1) * 2)
        let text = "“" + reader.analysis.article[shown] + (shown.count < quote.range.count ? "…" : "”")
        for line in TextWrap.lines(text, width: width - 3, maximumLines: Self.linesPerQuote) {
            lines.append(Line(parts: [("   " + line, CellStyle(.quote))]))
        }
        lines.append(Line(parts: []))
        return lines
    }
}
