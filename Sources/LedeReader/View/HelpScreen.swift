/// Draws the key help, made from the ``KeyMap``, in a box over the article.
///
/// The box keeps a blank row above and below its lines and blank columns at its sides when
/// the space it is given has room for them. In less room it drops them; lines that do not
/// fit scroll (`j`, `k`, Space, `b`), from `top`.
struct HelpScreen {
    /// The first help line shown.
    let top: Int

    /// The help's lines: a title, the reading keys, the prompt's keys and how to leave.
    static let lines: [String] = {
        let reading = KeyMap.bindings(in: .reading)
        let quotes = KeyMap.only(in: .quotes)
        let legend = KeyMap.only(in: .legend)
        let prompt = KeyMap.only(in: .prompt)
        let keyWidth = (reading + quotes + legend + prompt).map { DisplayWidth.total($0.keysText) }.max() ?? 0
        func line(_ binding: KeyBinding) -> String {
            binding.keysText + String(repeating: " ", count: keyWidth - DisplayWidth.total(binding.keysText) + 2) + binding.help
        }
        return ["Keys (j k Space b scroll this help; any other key returns)", ""] + reading.map(line)
            + ["", "A count before a key repeats it: 10j, 3]", "", "In the quotes pane", ""] + quotes.map(line)
            + ["", "In the legend", ""] + legend.map(line) + ["", "In the prompt", ""] + prompt.map(line)
    }()

    /// The largest useful `top` for a body of `height` rows.
    static func maximumTop(height: Int) -> Int {
        max(0, lines.count - max(0, height - 2))
    }

    /// Draws the help centred in `rect`.
    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let lines = Self.lines
        let boxWidth = min(rect.width, (lines.map(DisplayWidth.total).max() ?? 0) + 4)
        let boxHeight = min(rect.height, lines.count + 2)
        let left = rect.x + (rect.width - boxWidth) / 2
        let boxTop = rect.y + (rect.height - boxHeight) / 2
        // Two blank columns on the left and one on the right when the box is wide enough to
        // spare them; a blank row above and below when it is at least three rows high.
        let leftMargin = min(2, (boxWidth - 1) / 4)
        let rightMargin = leftMargin > 0 ? 1 : 0
        let verticalMargin = boxHeight >= 3 ? 1 : 0
        let style = CellStyle(.help)
        for row in boxTop..<boxTop + boxHeight {
            frame.fill(x: left, y: row, count: boxWidth, style: style)
        }
        let first = min(top, Self.maximumTop(height: boxHeight))
        for (index, line) in lines.dropFirst(first).prefix(boxHeight - 2 * verticalMargin).enumerated() {
            let lineStyle = index + first == 0 ? style.adding(.paneTitle) : style
            frame.put(
                line, x: left + leftMargin, y: boxTop + verticalMargin + index, style: lineStyle,
                limit: left + boxWidth - rightMargin)
        }
    }
}
