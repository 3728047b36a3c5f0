/// The plain-text form of `lede analyze`: a summary a person can read.
public enum AnalysisSummary {
    /// The summary of `analysis` for the file `file`; with `explaining`, each quote is
    /// followed by the sieves that attributed it.
    public static func text(of analysis: Analysis, file: String, explaining: Bool = false) -> String {
        var head = SummaryHead(file: file)
        head.add(analysis)
        return (head.lines + quoteLines(of: analysis, explaining: explaining)).joined(separator: "\n")
    }

    /// The summary of the large article analysed in `pieces` (``ChunkedAnalyses``), named
    /// `file`, as ``text(of:file:explaining:)`` gives it for the joined analysis, escaped and
    /// ending in a line break, handed to `output`: the quotes' lines are kept in a temporary
    /// file (``SpillFile``) until the last piece has given the head its counts.
    public static func stream(
        _ pieces: some Sequence<ChunkedAnalyses.Piece>, file: String, explaining: Bool,
        to output: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws(AnalysisJSONStream.Failure) {
        guard let spill = SpillFile() else { throw AnalysisJSONStream.Failure() }
        var head = SummaryHead(file: file)
        for piece in pieces {
            head.add(piece.analysis)
            let lines = quoteLines(of: piece.analysis, explaining: explaining).map { "\n" + $0 }.joined()
            guard spill.append(Array(DisplayEscaping.escaped(lines, keepingLineBreaks: true).utf8)) else {
                throw AnalysisJSONStream.Failure()
            }
        }
        Array(DisplayEscaping.escaped(head.lines.joined(separator: "\n"), keepingLineBreaks: true).utf8).withUnsafeBufferPointer(output)
        guard spill.readBack(output) else { throw AnalysisJSONStream.Failure() }
        Array("\n".utf8).withUnsafeBufferPointer(output)
    }

    /// A line for each quote of `analysis`, its speaker and its first words, and with
    /// `explaining` the sieves that attributed it.
    private static func quoteLines(of analysis: Analysis, explaining: Bool) -> [String] {
        var lines: [String] = []
        for quote in analysis.quotes {
            let speaker = quote.attribution.map { attribution in
                attribution.speaker == attribution.speakerName
                    ? attribution.speakerName : "\(attribution.speakerName) (“\(attribution.speaker)”)"
            } ?? "no speaker"
            var words = analysis.article[quote.range]
            if words.count > 70 { words = String(words.prefix(69)) + "…" }
            lines.append("    [\(quote.kind.rawValue)] \(speaker): “\(words)”")
            if explaining { lines.append(contentsOf: explanation(of: quote)) }
        }
        return lines
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
}
