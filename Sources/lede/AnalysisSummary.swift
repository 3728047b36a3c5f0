import LedeKit

/// The plain-text form of `lede analyze`: a summary a person can read.
enum AnalysisSummary {
    /// The summary of `analysis` for the file `file`; with `explaining`, each quote is
    /// followed by the sieves that attributed it.
    static func text(of analysis: Analysis, file: String, explaining: Bool = false) -> String {
        let article = analysis.article
        var lines = ["\(file)"]
        if let title = article.title { lines.append("  title: \(article[title.range])") }
        // What a web page says about its article.
        for (label, value) in [("site", analysis.page.site), ("byline", analysis.page.byline), ("published", analysis.page.published)] {
            if let value { lines.append("  \(label): \(value)") }
        }
        let bodyCount = article.paragraphs.count { $0.role == .body }
        lines.append("  \(CountedNoun.text(bodyCount, "paragraph")), read as \(DisplayEscaping.escaped(analysis.page.encoding ?? analysis.encoding.rawValue)), \(repairSummary(analysis.repairs))")
        let counts = analysis.mentionCounts.map { "\($0.actor.name) \($0.count)" }.joined(separator: ", ")
        lines.append("  mentions: \(counts)")
        lines.append("  quotes: \(analysis.quotes.count)")
        for quote in analysis.quotes {
            let speaker = quote.attribution.map { attribution in
                attribution.speaker == attribution.speakerName
                    ? attribution.speakerName : "\(attribution.speakerName) (“\(attribution.speaker)”)"
            } ?? "no speaker"
            var words = article[quote.range]
            if words.count > 70 { words = String(words.prefix(69)) + "…" }
            lines.append("    [\(quote.kind.rawValue)] \(speaker): “\(words)”")
            if explaining { lines.append(contentsOf: explanation(of: quote)) }
        }
        return lines.joined(separator: "\n")
    }

    /// `found by inverted-verb (cue “said”), named by person-name`, then the other sieves
    /// that applied.
    private static func explanation(of quote: Quote) -> [String] {
        var lines: [String]
        if let attribution = quote.attribution {
            let cue = attribution.cue.map { " (cue “\($0)”)" } ?? ""
            lines = ["      found by \(attribution.sieve)\(cue), named by \(attribution.resolution)"]
        } else if let sieve = quote.unattributedBy {
            lines = ["      nobody's words, by \(sieve)"]
        } else {
            return ["      no sieve found a speaker"]
        }
        for vote in quote.votes.dropFirst() {
            lines.append("      also \(vote.sieve): " + (vote.speaker.map { "“\($0)”" } ?? "no speaker"))
        }
        return lines
    }

    /// `18 characters repaired (apostrophe 7, …)`, kinds in order of first appearance.
    private static func repairSummary(_ repairs: [TextRepair]) -> String {
        guard !repairs.isEmpty else { return "nothing repaired" }
        var counts: [(kind: String, count: Int)] = []
        for repair in repairs {
            if let index = counts.firstIndex(where: { $0.kind == repair.kind.rawValue }) {
                counts[index].count += 1
            } else {
                counts.append((repair.kind.rawValue, 1))
            }
        }
        let kinds = counts.map { "\($0.kind) \($0.count)" }.joined(separator: ", ")
        return "\(CountedNoun.text(repairs.count, "character")) repaired (\(kinds))"
    }
}
