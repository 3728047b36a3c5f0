import LedeKit

/// The order in which a search over a long text reads its pieces, so that the match it shows
/// comes first: a forward search (`/`) from the start of the line at the top of the screen to
/// the end of the text, then from the start of the text back to there; a backward search (`?`)
/// from the end of that line back to the start, then from the end back to there. A search from
/// the top never wraps around.
public struct SearchSweep: Hashable, Sendable {
    /// Whether the pieces run forward.
    public let forward: Bool
    /// Where the first piece starts (forward) or ends (backward): the place the search was
    /// asked from, then, once the first piece is read, the line boundary next to it.
    public private(set) var origin: TextPosition
    /// The end of the text searched.
    public let end: TextPosition
    /// Whether the pieces have gone round past the text's end (forward) or start (backward).
    public private(set) var wrapped = false
    /// Where the next piece starts (forward) or ends (backward); `nil` once every piece is read.
    public private(set) var cursor: TextPosition?
    /// Whether ``origin`` is on a line boundary yet.
    private var anchored = false

    /// A sweep `forward` or not from `origin` over a text that ends at `end`.
    public init(forward: Bool, from origin: TextPosition, end: TextPosition) {
        self.forward = forward
        self.origin = origin
        self.end = end
        cursor = origin
    }

    /// Whether there is text on the other side of ``origin`` to come round to.
    var wrapsAround: Bool { forward ? origin.byte > 0 : origin.byte < end.byte }

    /// Whether every piece is read.
    public var isDone: Bool { cursor == nil }

    /// Reads the next piece of about `size` bytes of `text` for `search`: its matches and the
    /// scalars it covers, and moves on. `nil` when the search does not run in pieces (a whole
    /// search is quicker: ``SearchableText/matches(of:from:bytes:before:)``).
    mutating func next(_ search: TextSearch, in text: SearchableText, bytes size: Int) -> (matches: [Range<Int>], range: Range<Int>)? {
        if !anchored {
            origin = forward ? text.lineStart(of: origin) : text.lineEnd(of: origin)
            cursor = origin
            anchored = true
        }
        guard let cursor else { return ([], end.scalar..<end.scalar) }
        let stop = wrapped ? origin : forward ? end : .start
        let start: TextPosition, finish: TextPosition, matches: [Range<Int>]
        if forward {
            guard let (found, pieceEnd) = text.matches(of: search, from: cursor, bytes: size, before: stop.byte) else { return nil }
            (start, finish, matches) = (cursor, pieceEnd, found)
            self.cursor = pieceEnd.byte < stop.byte ? pieceEnd : nil
        } else {
            let pieceStart = text.lineStart(of: cursor, bytesBack: max(1, size), notBefore: stop)
            guard let (found, _) = text.matches(of: search, from: pieceStart, bytes: cursor.byte - pieceStart.byte, before: cursor.byte)
            else { return nil }
            (start, finish, matches) = (pieceStart, cursor, found)
            self.cursor = pieceStart.byte > stop.byte ? pieceStart : nil
        }
        if self.cursor == nil, !wrapped, wrapsAround {
            wrapped = true
            self.cursor = forward ? .start : end
        }
        return (matches, start.scalar..<finish.scalar)
    }
}
