/// Draws the key help, made from the ``KeyMap``, in a box over the article.
///
/// The box keeps a blank row above and below its lines and blank columns at its sides when
/// the space it is given has room for them. In less room it drops them; a help text too wide
/// for the box wraps at words under its own column (under the keys when even that column is
/// too narrow), and lines that do not fit scroll (`j`, `k`, Space, `b`), from `top`.
struct HelpScreen {
    /// The first help line shown.
    let top: Int

    /// One entry of the help: a line of prose, or a binding's keys and what they do.
    private enum Entry {
        case text(String)
        case binding(keys: String, help: String)
    }

    /// The help's entries: a title, the reading keys, the prompt's keys and how to leave.
    private static let entries: [Entry] = {
        func bindings(_ list: [KeyBinding]) -> [Entry] {
            list.map { .binding(keys: $0.keysText, help: $0.help) }
        }
        let texts = { (lines: [String]) in lines.map(Entry.text) }
        return texts(["Keys (j k Space b scroll this help; any other key returns)", ""])
            + bindings(KeyMap.bindings(in: .reading))
            + texts(["", "A count before a key repeats it: 10j, 3]", "", "In the quotes pane", ""])
            + bindings(KeyMap.only(in: .quotes))
            + texts(["", "In the legend", ""]) + bindings(KeyMap.only(in: .legend))
            + texts(["", "In the prompt", ""]) + bindings(KeyMap.only(in: .prompt))
    }()

    /// The width of the keys' column: the widest keys.
    private static let keyWidth: Int = entries.map {
        if case .binding(let keys, _) = $0 { DisplayWidth.total(keys) } else { 0 }
    }.max() ?? 0

    /// Columns between the keys and their help.
    private static let gap = 2

    /// The narrowest help column worth keeping beside the keys; below it the help goes under them.
    private static let narrowestHelp = 12

    /// The help's lines as wide as they come, one per entry.
    private static let naturalLines: [String] = entries.map {
        switch $0 {
        case .text(let text): text
        case .binding(let keys, let help): padded(keys, to: keyWidth + gap) + help
        }
    }

    /// The widest natural line.
    private static let naturalWidth = naturalLines.map(DisplayWidth.total).max() ?? 0

    /// The help's lines for a text area `width` columns wide, wrapped at words when the
    /// natural lines are wider.
    static func lines(width: Int) -> [String] {
        guard width < naturalWidth else { return naturalLines }
        return entries.flatMap { lines(of: $0, width: max(1, width)) }
    }

    /// The lines of one entry wrapped to `width` columns.
    private static func lines(of entry: Entry, width: Int) -> [String] {
        switch entry {
        case .text(let text):
            return text.isEmpty ? [""] : TextWrap.lines(text, width: width)
        case .binding(let keys, let help):
            let helpColumn = keyWidth + gap
            if width - helpColumn >= narrowestHelp {
                let wrapped = TextWrap.lines(help, width: width - helpColumn)
                return wrapped.enumerated().map { padded($0.offset == 0 ? keys : "", to: helpColumn) + $0.element }
            }
            let indent = min(gap, width - 1)
            return TextWrap.lines(keys, width: width)
                + TextWrap.lines(help, width: width - indent).map { padded("", to: indent) + $0 }
        }
    }

    /// `text` followed by blanks up to `columns`.
    private static func padded(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - DisplayWidth.total(text)))
    }

    /// Where the box goes in `rect`, and its margins.
    private struct Box {
        let left, top, width, height, leftMargin, rightMargin, verticalMargin: Int
        let lines: [String]
        /// How many of the lines the help's title takes.
        let titleRows: Int

        init(in rect: ReaderGeometry.Rect) {
            width = min(rect.width, HelpScreen.naturalWidth + 4)
            // Two blank columns on the left and one on the right when the box is wide enough
            // to spare them; a blank row above and below when it is at least three rows high.
            leftMargin = min(2, (width - 1) / 4)
            rightMargin = leftMargin > 0 ? 1 : 0
            let textWidth = width - leftMargin - rightMargin
            lines = HelpScreen.lines(width: textWidth)
            titleRows = textWidth < HelpScreen.naturalWidth ? HelpScreen.lines(of: HelpScreen.entries[0], width: max(1, textWidth)).count : 1
            height = min(rect.height, lines.count + 2)
            verticalMargin = height >= 3 ? 1 : 0
            left = rect.x + (rect.width - width) / 2
            top = rect.y + (rect.height - height) / 2
        }

        /// The largest useful first line.
        var maximumTop: Int { max(0, lines.count - (height - 2 * verticalMargin)) }
    }

    /// The largest useful `top` for help drawn in `rect`.
    static func maximumTop(in rect: ReaderGeometry.Rect) -> Int {
        Box(in: rect).maximumTop
    }

    /// Draws the help centred in `rect`.
    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let box = Box(in: rect)
        let style = CellStyle(.help)
        for row in box.top..<box.top + box.height {
            frame.fill(x: box.left, y: row, count: box.width, style: style)
        }
        let first = min(top, box.maximumTop)
        for (index, line) in box.lines.dropFirst(first).prefix(box.height - 2 * box.verticalMargin).enumerated() {
            let lineStyle = index + first < box.titleRows ? style.adding(.paneTitle) : style
            frame.put(
                line, x: box.left + box.leftMargin, y: box.top + box.verticalMargin + index, style: lineStyle,
                limit: box.left + box.width - box.rightMargin)
        }
    }
}
