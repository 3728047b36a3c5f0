import LedeKit

/// Draws the legend of actors in a box at the top right of the article: each actor's
/// number, colour, name, and how often the article mentions it and quotes its speakers;
/// actors whose highlighting is off say so, and those it never mentions are dimmed.
struct ActorLegend {
    let reader: Reader

    /// A line of the legend: runs of text in styles.
    private typealias Line = [(text: String, style: CellStyle)]

    /// The legend's lines as wide as they come: a title, one line per actor, and the keys.
    private func naturalLines() -> [Line] {
        let analysis = reader.analysis
        var lines: [Line] = [[("Actors", CellStyle(.help).adding(.paneTitle))], []]
        for (index, actor) in analysis.lexicon.actors.enumerated() {
            let mentions = analysis.mentions.count { $0.actorID == actor.id }
            let quotes = analysis.quotes.count { $0.attribution?.actorID == actor.id }
            let hidden = reader.state.hiddenActors.contains(actor.id)
            // An actor the article never names is dimmed, so that those it does stand out.
            let absent = mentions == 0 && quotes == 0
            let number = index < 9 ? "\(index + 1) " : "  "
            let counts = "  \(reader.counted(mentions, "mention")), \(reader.counted(quotes, "quote"))"
            let dim = CellStyle(.help).adding(.paneNote)
            lines.append([
                (number, absent ? dim : CellStyle(.help)),
                ("■ " + actor.name, hidden || absent ? dim : CellStyle(.help).adding(.actor(id: actor.id, index: index))),
                (counts + (hidden ? "  (off)" : ""), absent ? dim : CellStyle(.help)),
            ])
        }
        lines.append([])
        lines.append([(Self.keysNote, CellStyle(.help).adding(.paneNote))])
        return lines
    }

    /// The last line: the legend's keys.
    private static let keysNote = "1–9 highlight or not · Esc closes"

    /// Columns a line occupies.
    private static func width(of line: Line) -> Int {
        line.map { DisplayWidth.total($0.text) }.reduce(0, +)
    }

    /// The legend's lines for a text area `width` columns wide: a line too wide wraps, an
    /// actor's counts under its name and the keys' note at words, so the legend stays short.
    private func lines(width: Int) -> [Line] {
        naturalLines().flatMap { line -> [Line] in
            guard Self.width(of: line) > width else { return [line] }
            if line.count == 3 {
                let counts = line[2].text.drop { $0 == " " }
                return [Array(line.prefix(2)), [("    " + counts, line[2].style)]]
            }
            return line.flatMap { part in
                TextWrap.lines(part.text, width: width).map { [($0, part.style)] }
            }
        }
    }

    /// Draws the legend in the top right of `rect`.
    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let widest = naturalLines().map(Self.width).max() ?? 0
        let width = min(rect.width, widest + 4)
        let leftMargin = min(2, (width - 1) / 4)
        let lines = lines(width: width - leftMargin - 1)
        // A blank row above and below the lines when there is room for them.
        let margin = rect.height >= lines.count + 2 ? 1 : 0
        let height = min(rect.height, lines.count + 2 * margin)
        let left = rect.x + rect.width - width
        for row in rect.y..<rect.y + height {
            frame.fill(x: left, y: row, count: width, style: CellStyle(.help))
        }
        for (index, line) in lines.prefix(height - 2 * margin).enumerated() {
            var x = left + leftMargin
            for part in line {
                x = frame.put(part.text, x: x, y: rect.y + margin + index, style: part.style, limit: left + width - 1)
            }
        }
    }
}
