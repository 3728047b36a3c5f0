import LedeKit

/// Draws the legend of actors in a box at the top right of the article: each actor's
/// number, colour, name, and how often the article mentions it and quotes its speakers;
/// actors whose highlighting is off say so.
struct ActorLegend {
    let reader: Reader

    /// The legend's lines: text in styles.
    private func lines() -> [[(text: String, style: CellStyle)]] {
        let analysis = reader.analysis
        var lines: [[(text: String, style: CellStyle)]] = [[("Actors", CellStyle(.help).adding(.paneTitle))], []]
        for (index, actor) in analysis.lexicon.actors.enumerated() {
            let mentions = analysis.mentions.count { $0.actorID == actor.id }
            let quotes = analysis.quotes.count { $0.attribution?.actorID == actor.id }
            let hidden = reader.state.hiddenActors.contains(actor.id)
            let number = index < 9 ? "\(index + 1) " : "  "
            let counts = "  \(CountedNoun.text(mentions, "mention")), \(CountedNoun.text(quotes, "quote"))"
            lines.append([
                (number, CellStyle(.help)),
                ("■ " + actor.name, hidden ? CellStyle(.help).adding(.paneNote) : CellStyle(.help).adding(.actor(id: actor.id, index: index))),
                (counts + (hidden ? "  (off)" : ""), CellStyle(.help)),
            ])
        }
        lines.append([])
        lines.append([("1–9 highlight or not · Esc closes", CellStyle(.help).adding(.paneNote))])
        return lines
    }

    /// Draws the legend in the top right of `rect`.
    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let lines = lines()
        let widest = lines.map { $0.map { DisplayWidth.total($0.text) }.reduce(0, +) }.max() ?? 0
        let width = min(rect.width, widest + 4)
        let height = min(rect.height, lines.count + 2)
        let left = rect.x + rect.width - width
        let margin = height >= 3 ? 1 : 0
        for row in rect.y..<rect.y + height {
            frame.fill(x: left, y: row, count: width, style: CellStyle(.help))
        }
        for (index, line) in lines.prefix(height - 2 * margin).enumerated() {
            var x = left + min(2, (width - 1) / 4)
            for part in line {
                x = frame.put(part.text, x: x, y: rect.y + margin + index, style: part.style, limit: left + width - 1)
            }
        }
    }
}
