/// Draws the bottom line: the search prompt while one is typed, else the file, the
/// position, the current quote and search, and a message when there is one.
struct StatusLine {
    let reader: Reader

    func draw(into frame: inout Frame, row: Int) {
        let state = reader.state
        let status = CellStyle(.status)
        frame.fill(x: 0, y: row, count: frame.width, style: status)
        if case .searchPrompt(let text, let forward) = state.mode {
            let end = frame.put((forward ? "/" : "?") + text, x: 0, y: row, style: status)
            frame.fill(x: end, y: row, count: 1, style: CellStyle(.status).adding(.paneSelection))
            return
        }
        var parts = [" \(reader.fileName)", position()]
        let listed = reader.listedQuotes
        if let quote = state.currentQuote, let position = listed.firstIndex(of: quote) {
            parts.append("quote \(position + 1)/\(listed.count)")
        } else {
            parts.append("\(listed.count) quotes")
        }
        if let search = state.search {
            let current = search.current.map { "\($0 + 1)" } ?? "-"
            parts.append("\(search.forward ? "/" : "?")\(search.query) \(current)/\(search.matches.count)")
        }
        if let message = state.message { parts.append(message) }
        if let pending = state.keys.pendingText { parts.append(pending) }
        frame.put(parts.joined(separator: "  │  "), x: 0, y: row, style: status)
        let hint = " h help  q quit "
        let hintX = frame.width - DisplayWidth.total(hint)
        if hintX > DisplayWidth.total(parts.joined(separator: "  │  ")) + 2 {
            frame.put(hint, x: hintX, y: row, style: CellStyle(.status).adding(.statusKey))
        }
    }

    /// `lines 1–34 of 60 (56%)`, or `all 20 lines` when the article fits.
    private func position() -> String {
        let total = reader.layout.lines.count
        let first = min(total, reader.state.top + 1)
        let last = min(total, reader.state.top + reader.pageHeight)
        if first <= 1, last >= total { return "all \(total) lines" }
        let percent = total == 0 ? 100 : last * 100 / total
        return "lines \(first)–\(last) of \(total) (\(percent)%)"
    }
}
