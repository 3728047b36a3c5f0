/// Renders a ``Reader`` into a ``Frame``: article pane, quotes pane, border, status line,
/// and the help screen when it is open; on a terminal too small to read in, a notice in
/// place of the panes.
struct ReaderView {
    let reader: Reader

    /// What a terminal too small to read in shows, longest first: the first that fits.
    static let tooSmall = ["Terminal too small", "Too small", "Small"]

    func render() -> Frame {
        let state = reader.state
        var frame = Frame(width: state.width, height: state.height)
        let geometry = reader.geometry
        if geometry.isTooSmall {
            // In place of the panes; the status line, the help and the legend, which fit
            // themselves to any size, stay.
            let notice = Self.tooSmall.first { DisplayWidth.total($0) <= state.width } ?? ""
            let x = max(0, (state.width - DisplayWidth.total(notice)) / 2)
            if geometry.body.height > 0 {
                frame.put(notice, x: x, y: (geometry.body.height - 1) / 2, style: CellStyle(.paneNote))
            }
        } else {
            drawPanes(into: &frame, geometry)
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

    /// The article, and the quotes pane with the rule between them when it is shown.
    private func drawPanes(into frame: inout Frame, _ geometry: ReaderGeometry) {
        ArticlePane(reader: reader).draw(into: &frame, in: geometry.article)
        if let quotes = geometry.quotes {
            if let border = geometry.borderColumn {
                for row in 0..<quotes.height {
                    frame.put(cluster: "│", width: 1, x: border, y: row, style: CellStyle(.paneBorder))
                }
            }
            if let border = geometry.borderRow {
                for column in 0..<quotes.width {
                    frame.put(cluster: "─", width: 1, x: column, y: border, style: CellStyle(.paneBorder))
                }
            }
            QuotesPane(reader: reader).draw(into: &frame, in: quotes)
        }
    }
}
