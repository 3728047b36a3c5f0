/// Renders a ``Reader`` into a ``Frame``: article pane, quotes pane, border, status line,
/// and the help screen when it is open.
struct ReaderView {
    let reader: Reader

    func render() -> Frame {
        let state = reader.state
        var frame = Frame(width: state.width, height: state.height)
        let geometry = reader.geometry
        ArticlePane(reader: reader).draw(into: &frame, in: geometry.article)
        if let border = geometry.borderColumn, let quotes = geometry.quotes {
            for row in 0..<quotes.height {
                frame.put(cluster: "│", width: 1, x: border, y: row, style: CellStyle(.paneBorder))
            }
            QuotesPane(reader: reader).draw(into: &frame, in: quotes)
        }
        StatusLine(reader: reader).draw(into: &frame, row: geometry.statusRow)
        if state.mode == .legend {
            ActorLegend(reader: reader).draw(into: &frame, in: geometry.article)
        }
        if state.mode == .help {
            HelpScreen(top: state.helpTop).draw(into: &frame, in: geometry.body)
        }
        return frame
    }
}
