import LedeKit

/// Which quotes the pane lists: those of one speaker, or of the speakers placed with one
/// actor (`l` then a name, as mutt's limit).
public struct QuoteFilter: Hashable, Sendable {
    /// What was typed.
    public let query: String
    /// The actor the query names, if it names one (by name or id), else `nil`.
    public let actorID: String?
    /// Whether the query is a speaker's whole name (as Tab completes it): then only that
    /// speaker passes, not `Hillary Clinton’s aides` too.
    public let isWholeName: Bool

    /// The filter for `query`: an actor when it is one's name or id, else the speaker it
    /// names whole among `speakers`, else a speaker whose name holds it (case ignored).
    public init(_ query: String, lexicon: ActorLexicon, speakers: [String] = []) {
        self.query = query
        let folded = query.lowercased()
        actorID = lexicon.actors.first { $0.name.lowercased() == folded || $0.id.lowercased() == folded }?.id
        isWholeName = speakers.contains { $0.lowercased() == folded }
    }

    /// Whether `quote` passes.
    public func admits(_ quote: Quote) -> Bool {
        guard let attribution = quote.attribution else { return false }
        if let actorID { return attribution.actorID == actorID }
        let name = attribution.speakerName.lowercased()
        return isWholeName ? name == query.lowercased() : name.contains(query.lowercased())
    }

    /// What the prompt completes a filter from: the actors' names, then the speakers' names,
    /// each once, in order of first appearance.
    public static func completions(for analysis: Analysis) -> [String] {
        var seen: Set<String> = []
        let names = analysis.lexicon.actors.map(\.name) + analysis.quotes.compactMap { $0.attribution?.speakerName }
        return names.filter { seen.insert($0).inserted }
    }
}
