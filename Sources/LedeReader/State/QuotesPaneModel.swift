/// The quotes pane's own state: which entry is selected. While the article has the focus the
/// selection follows the reader's current quote; with the focus in the pane, `j` and `k` move
/// it, and Enter takes the article there.
public struct QuotesPaneModel: Hashable, Sendable {
    /// The selected quote (an index into the analysis's quotes), if any.
    public var selection: Int?

    /// Creates a pane with nothing selected.
    public init(selection: Int? = nil) {
        self.selection = selection
    }

    /// Selects the first of `listed`, or the last.
    public mutating func selectEdge(last: Bool, in listed: [Int]) {
        selection = last ? listed.last : listed.first
    }

    /// Moves the selection by `step` entries within `listed` (the quotes the pane shows, in
    /// order), starting from the first or last entry when nothing is selected.
    public mutating func move(by step: Int, in listed: [Int]) {
        guard !listed.isEmpty else { return }
        let position = selection.flatMap { listed.firstIndex(of: $0) }
        let next = position.map { $0 + step } ?? (step > 0 ? 0 : listed.count - 1)
        selection = listed[min(max(0, next), listed.count - 1)]
    }
}

/// Which pane the keys go to.
public enum Focus: Hashable, Sendable {
    /// The article: browsing keys scroll it.
    case article
    /// The quotes pane: `j`/`k` select, Enter goes there.
    case quotes
}
