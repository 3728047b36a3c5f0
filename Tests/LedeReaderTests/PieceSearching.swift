import LedeReader
import Testing

/// What the tests of a search run in pieces need: typing a search and taking the work it asks for.
extension Reader {
    /// The search work `effects` ask for.
    static func searchWork(in effects: [ReaderEffect]) -> [ReaderWork] {
        effects.compactMap { if case .work(let work) = $0, work.kind == .search { work } else { nil } }
    }

    /// Types `query` after `/` (or `?`) and Enter; returns the search work asked for.
    mutating func typeSearch(_ query: String, forward: Bool = true) -> [ReaderWork] {
        for key in (forward ? "/" : "?") + query { _ = update(.key(.character(key))) }
        return Self.searchWork(in: update(.key(.enter)))
    }

    /// The last line of the frame: the status line.
    var statusLine: String {
        render().text.components(separatedBy: "\n").last ?? ""
    }
}

extension Reader {
    /// Takes in the pieces `work` asks for until a match is shown; returns the work left and
    /// the number of pieces taken.
    mutating func takePiecesUntilShown(_ work: [ReaderWork]) -> (work: [ReaderWork], pieces: Int) {
        var work = work, pieces = 0
        while state.search?.current == nil, let next = work.first {
            work = Self.searchWork(in: receive(next.run()))
            pieces += 1
        }
        return (work, pieces)
    }

    /// Takes in the pieces `work` asks for until the first match is shown, and expects it
    /// current, more pieces still to search and the counter's `+`; returns the work left, the
    /// pieces taken and the matches counted so far.
    mutating func expectFirstMatchShownEarly(
        _ work: [ReaderWork], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (work: [ReaderWork], pieces: Int, early: Int) {
        let (work, pieces) = takePiecesUntilShown(work)
        #expect(state.search?.current == 0, sourceLocation: sourceLocation)
        #expect(work.count == 1, "more pieces to search", sourceLocation: sourceLocation)
        let early = try #require(state.search?.matches.count, sourceLocation: sourceLocation)
        #expect(statusLine.contains("1/\(early)+"), "\(statusLine)", sourceLocation: sourceLocation)
        return (work, pieces, early)
    }
}
