/// The line the person types into at the bottom of the screen: its text, a cursor, and a
/// place in the history of what was typed before.
///
/// Editing follows readline's habits (←/→, ^A/^E, ^W, ^U, Backspace, ↑/↓ for history).
public struct Prompt: Hashable, Sendable {
    /// What the typed line is for.
    public enum Purpose: Hashable, Sendable {
        /// A search, forward (`/`) or backward (`?`).
        case search(forward: Bool)

        /// The character the prompt opens with.
        public var sigil: String {
            switch self {
            case .search(let forward): forward ? "/" : "?"
            }
        }
    }

    /// What the line is for.
    public let purpose: Purpose
    /// The typed characters.
    public private(set) var text: [Character] = []
    /// Where the cursor stands, from 0 (before the first character) to `text.count`.
    public private(set) var cursor = 0
    /// Earlier lines, oldest first, that ↑ and ↓ walk through.
    let history: [String]
    /// The history entry shown, while walking it; `nil` for the line being typed.
    private var historyIndex: Int?
    /// The line being typed, kept while the history is walked.
    private var draft: [Character] = []

    /// An empty prompt for `purpose`, with `history` to walk.
    public init(_ purpose: Purpose, history: [String] = []) {
        self.purpose = purpose
        self.history = history
    }

    /// The typed line.
    public var line: String { String(text) }

    /// Inserts `character` at the cursor.
    public mutating func insert(_ character: Character) {
        text.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor; returns `false` when there was none.
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        text.remove(at: cursor)
        return true
    }

    /// Moves the cursor by `offset` characters, within the line.
    public mutating func moveCursor(by offset: Int) {
        cursor = min(text.count, max(0, cursor + offset))
    }

    /// Moves the cursor to the start (`toEnd` false) or the end of the line.
    public mutating func moveCursor(toEnd: Bool) {
        cursor = toEnd ? text.count : 0
    }

    /// Deletes the word before the cursor and the blanks after it, as ^W does.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, text[start - 1].isWhitespace { start -= 1 }
        while start > 0, !text[start - 1].isWhitespace { start -= 1 }
        text.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes everything before the cursor, as ^U does.
    public mutating func deleteToStart() {
        text.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Shows the history entry before the one shown (`older`) or after it, ending with the
    /// line that was being typed.
    public mutating func walkHistory(older: Bool) {
        guard !history.isEmpty else { return }
        let current = historyIndex ?? history.count
        let next = min(history.count, max(0, current + (older ? -1 : 1)))
        guard next != current else { return }
        if historyIndex == nil { draft = text }
        historyIndex = next == history.count ? nil : next
        text = historyIndex.map { Array(history[$0]) } ?? draft
        cursor = text.count
    }
}
