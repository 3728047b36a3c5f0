/// Draws the bottom line: the prompt while one is open, else the file, the
/// position, the current quote and search, and a message when there is one.
struct StatusLine {
    let reader: Reader

    func draw(into frame: inout Frame, row: Int) {
        let state = reader.state
        let status = CellStyle(.status)
        frame.fill(x: 0, y: row, count: frame.width, style: status)
        if case .prompt(let prompt) = state.mode {
            draw(prompt, into: &frame, row: row)
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

    /// The prompt's sigil and line, with the cursor shown as a highlighted cell. A line wider
    /// than the screen is shown from where the cursor stays in view.
    private func draw(_ prompt: Prompt, into frame: inout Frame, row: Int) {
        let status = CellStyle(.status)
        let sigil = prompt.purpose.sigil
        let available = max(0, frame.width - DisplayWidth.total(sigil) - 1)
        var start = 0
        while start < prompt.cursor, DisplayWidth.total(String(prompt.text[start..<prompt.cursor])) > available { start += 1 }
        var x = frame.put(sigil + String(prompt.text[start..<prompt.cursor]), x: 0, y: row, style: status)
        let underCursor = prompt.cursor < prompt.text.count ? String(prompt.text[prompt.cursor]) : " "
        x = frame.put(underCursor, x: x, y: row, style: status.adding(.paneSelection))
        if prompt.cursor + 1 < prompt.text.count {
            frame.put(String(prompt.text[(prompt.cursor + 1)...]), x: x, y: row, style: status)
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
