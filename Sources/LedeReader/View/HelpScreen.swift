/// Draws the key help in a box over the article.
///
/// The box keeps a blank row above and below its lines and blank columns at its sides when
/// the space it is given has room for them. In less room it drops them and shows as much
/// of the help as fits from its top-left corner, down to nothing at all in an empty space.
struct HelpScreen {
    /// Draws the help centred in `rect`.
    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let entries = KeyBindings.help
        let keyWidth = entries.map { DisplayWidth.total($0.keys) }.max() ?? 0
        let lines = ["Keys", ""] + entries.map { entry in
            entry.keys + String(repeating: " ", count: keyWidth - DisplayWidth.total(entry.keys) + 2) + entry.action
        } + ["", "Press any key to return."]
        let boxWidth = min(rect.width, (lines.map(DisplayWidth.total).max() ?? 0) + 4)
        let boxHeight = min(rect.height, lines.count + 2)
        let left = rect.x + (rect.width - boxWidth) / 2
        let top = rect.y + (rect.height - boxHeight) / 2
        // Two blank columns on the left and one on the right when the box is wide enough to
        // spare them; a blank row above and below when it is at least three rows high.
        let leftMargin = min(2, (boxWidth - 1) / 4)
        let rightMargin = leftMargin > 0 ? 1 : 0
        let verticalMargin = boxHeight >= 3 ? 1 : 0
        let style = CellStyle(.help)
        for row in top..<top + boxHeight {
            frame.fill(x: left, y: row, count: boxWidth, style: style)
        }
        for (index, line) in lines.prefix(boxHeight - 2 * verticalMargin).enumerated() {
            let lineStyle = index == 0 ? style.adding(.paneTitle) : style
            frame.put(
                line, x: left + leftMargin, y: top + verticalMargin + index, style: lineStyle,
                limit: left + boxWidth - rightMargin)
        }
    }
}
