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
        let title = " Quotes (\(listed.count)" + (hidden > 0 ? ", \(hidden) hidden)" : ")")
        frame.fill(x: rect.x, y: rect.y, count: rect.width, style: CellStyle(.paneTitle))
        frame.put(title, x: rect.x, y: rect.y, style: CellStyle(.paneTitle), limit: rect.x + rect.width)
        guard rect.height > 1 else { return }
        if listed.isEmpty {
            frame.put(" No direct quotes found.", x: rect.x, y: rect.y + 2, style: .text, limit: rect.x + rect.width)
            return
        }
        // Scroll: the current entry's last row must be visible. Only the entries on screen
        // are laid out, so a frame costs the same with ten quotes or a hundred thousand.
        var firstEntry = 0
        if let current = reader.state.currentQuote.flatMap({ listed.firstIndex(of: $0) }) {
            firstEntry = current
            var rows = entry(for: listed[current], width: rect.width).count
            while firstEntry > 0 {
                let previous = entry(for: listed[firstEntry - 1], width: rect.width).count
                guard rows + previous <= rect.height - 1 else { break }
                rows += previous
                firstEntry -= 1
            }
        }
        var row = rect.y + 1
        for index in listed[firstEntry...] {
            guard row < rect.y + rect.height else { return }
            for line in entry(for: index, width: rect.width) {
                guard row < rect.y + rect.height else { return }
                var style = line.style
                if index == reader.state.currentQuote, line.style != .text { style = style.adding(.paneSelection) }
                if index == reader.state.currentQuote, line.style != .text {
                    frame.fill(x: rect.x, y: row, count: rect.width, style: CellStyle(.text).adding(.paneSelection))
                }
                frame.put(line.text, x: rect.x, y: row, style: style, limit: rect.x + rect.width)
                row += 1
            }
        }
    }

    private struct Line {
        var text: String
        var style: CellStyle
    }

    /// The rows of one entry: marker and speaker, the quote's opening words, a blank row.
    private func entry(for index: Int, width: Int) -> [Line] {
        let quote = reader.analysis.quotes[index]
        let marker = index == reader.state.currentQuote ? "▶ " : "  "
        let speaker = quote.attribution?.speakerName ?? "(no speaker)"
        var lines = [Line(text: marker + speaker, style: CellStyle(.speaker))]
        // A quotation can run over a whole paragraph: only its start can be shown.
        let shown = quote.range.prefix((Self.linesPerQuote + 1) * (width + 1) * 2)
        let text = "“" + reader.analysis.article[shown] + (shown.count < quote.range.count ? "…" : "”")
        for line in TextWrap.lines(text, width: width - 3, maximumLines: Self.linesPerQuote) {
            lines.append(Line(text: "   " + line, style: CellStyle(.quote)))
        }
        lines.append(Line(text: "", style: .text))
        return lines
    }
}
