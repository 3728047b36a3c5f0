import LedeKit

/// Draws the visible lines of the article: wrapped text with actors, quotes and search
/// matches styled, the title as a title, bylines and datelines subdued.
struct ArticlePane {
    let reader: Reader

    func draw(into frame: inout Frame, in rect: ReaderGeometry.Rect) {
        let article = reader.analysis.article
        let styles = reader.styles
        let search = reader.state.search
        let shown = search?.highlighted == true ? search?.matches ?? [] : []
        let matches = RangeIndex(shown.enumerated().map { ($1, $0) })
        let layout = reader.layout
        let currentMention = reader.state.currentMention.map { reader.analysis.mentions[$0].range }
        let textColumn = reader.geometry.textColumn
        for row in 0..<rect.height {
            let lineIndex = reader.state.top + row
            guard layout.lines.indices.contains(lineIndex) else { break }
            let line = layout.lines[lineIndex]
            var column = textColumn + Int(line.indent)
            let limit = rect.x + rect.width
            if line.role == .details, let details = reader.pageDetails {
                frame.put(details, x: column, y: rect.y + row, style: CellStyle(.paneNote), limit: limit)
                continue
            }
            let scalars = article.scalars(in: line.range)
            for (offset, scalar) in zip(line.range, scalars) {
                var style = CellStyle(line.role == .title ? .title : styles.subdued.value(at: offset) != nil ? .paneNote : .text)
                if let quote = styles.quotes.value(at: offset) {
                    style = style.adding(quote == reader.state.currentQuote ? .quoteCurrent : .quote)
                }
                if let actor = styles.actors.value(at: offset), case .actor(let id, _) = actor, !reader.state.hiddenActors.contains(id) {
                    style = style.adding(actor)
                }
                if let mention = currentMention, mention.contains(offset) { style = style.adding(.paneSelection) }
                if reader.state.showsRepairs, styles.repairs.value(at: offset) != nil { style = style.adding(.repaired) }
                if let match = matches.value(at: offset) {
                    style = style.adding(match == search?.current ? .searchCurrent : .searchMatch)
                }
                if scalar == "\t" {
                    let stop = column + DisplayWidth.tab(at: column - textColumn)
                    while column < min(stop, limit) {
                        column = frame.put(cluster: " ", width: 1, x: column, y: rect.y + row, style: style, limit: limit)
                    }
                    continue
                }
                guard !DisplayWidth.isLeftOut(scalar) else { continue }
                let visible = DisplayWidth.visible(scalar)
                column = frame.put(cluster: String(visible), width: DisplayWidth.of(visible), x: column, y: rect.y + row, style: style, limit: limit)
            }
        }
    }
}
