/// Draws the key help in a box over the article.
struct HelpScreen {
    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        let entries = KeyBindings.help
        let keyWidth = entries.map { DisplayWidth.total($0.keys) }.max() ?? 0
        let lines = ["Keys", ""] + entries.map { entry in
            entry.keys + String(repeating: " ", count: keyWidth - DisplayWidth.total(entry.keys) + 2) + entry.action
        } + ["", "Press any key to return."]
        let boxWidth = min(rect.width, (lines.map(DisplayWidth.total).max() ?? 0) + 4)
        let boxHeight = min(rect.height, lines.count + 2)
        let left = rect.x + (rect.width - boxWidth) / 2
        let top = rect.y + (rect.height - boxHeight) / 2
        let style = CellStyle(.help)
        for row in top..<top + boxHeight {
            frame.fill(x: left, y: row, count: boxWidth, style: style)
        }
        for (index, line) in lines.prefix(boxHeight - 2).enumerated() {
            let lineStyle = index == 0 ? style.adding(.paneTitle) : style
            frame.put(line, x: left + 2, y: top + 1 + index, style: lineStyle, limit: left + boxWidth - 1)
        }
    }
}
