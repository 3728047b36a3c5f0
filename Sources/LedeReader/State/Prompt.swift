/// The line the person types into at the bottom of the screen: its text, a cursor, and a
/// place in the history of what was typed before.
///
/// Editing follows readline's habits (←/→, ^A/^E, ^W, ^U, Backspace, ↑/↓ for history).
public struct Prompt: Hashable, Sendable {
    /// What the typed line is for.
    public enum Purpose: Hashable, Sendable {
        /// A search, forward (`/`) or backward (`?`).
        case search(forward: Bool)
        /// The quotes to list: a speaker's or an actor's name.
        case filter

        /// What the prompt opens with.
        public var sigil: String {
            switch self {
            case .search(let forward): forward ? "/" : "?"
            case .filter: "Quotes of (Tab completes, empty for all): "
            }
        }

        /// The sigil for a status line too narrow for ``sigil`` and some typing.
        public var shortSigil: String {
            switch self {
            case .search: sigil
            case .filter: "Quotes of: "
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
    /// The completions of the last Tab, and which one is shown, while Tab is pressed again.
    private var completing: (matches: [String], index: Int)?
    /// The history entry shown, while walking it; `nil` for the line being typed.
    private var historyIndex: Int?
    /// The line being typed, kept while the history is walked.
    private var draft: [Character] = []

    /// An empty prompt for `purpose`, with `history` to walk.
    public init(_ purpose: Purpose, history: [String] = []) {
        self.purpose = purpose
        self.history = history
    }

    public static func == (left: Prompt, right: Prompt) -> Bool {
        left.purpose == right.purpose && left.text == right.text && left.cursor == right.cursor
            && left.historyIndex == right.historyIndex
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(purpose)
        hasher.combine(text)
        hasher.combine(cursor)
    }

    /// Completes the line from `completions`: the first with a word that starts what was
    /// typed (case ignored: `rub` completes `Marco Rubio`),
    /// then, on each further Tab, the next one; nothing when none does. The list is only made
    /// on the first Tab (it reads the whole article for a search).
    public mutating func complete(from completions: @autoclosure () -> [String]) {
        if let (matches, index) = completing {
            let next = (index + 1) % matches.count
            completing = (matches, next)
            text = Array(matches[next])
        } else {
            let typed = line.lowercased()
            let matches = completions().filter { name in
                name.lowercased().split(separator: " ").indices.contains { index in
                    name.lowercased().split(separator: " ")[index...].joined(separator: " ").hasPrefix(typed)
                }
            }
            guard let first = matches.first else { return }
            completing = (matches, 0)
            text = Array(first)
        }
        cursor = text.count
    }

    /// The typed line.
    public var line: String { String(text) }

    /// Inserts `character` at the cursor.
    public mutating func insert(_ character: Character) {
        completing = nil
        text.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor; returns `false` when there was none.
    public mutating func deleteBackward() -> Bool {
        completing = nil
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
        completing = nil
        var start = cursor
        while start > 0, text[start - 1].isWhitespace { start -= 1 }
        while start > 0, !text[start - 1].isWhitespace { start -= 1 }
        text.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes everything before the cursor, as ^U does.
    public mutating func deleteToStart() {
        completing = nil
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
