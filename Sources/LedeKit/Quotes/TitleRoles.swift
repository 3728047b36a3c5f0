/// The titles of people (`Sen.`, `Justice`) and the role nouns that stand for their holders
/// later in an article (`the senator`), from the bundled `title-roles.txt`.
struct TitleRoles: Sendable {
    /// The role nouns of each title, in lower case (`sen.` → `senator`, `lawmaker`).
    let roles: [String: [String]]

    /// The list shipped with LedeKit.
    static let bundled = TitleRoles(text: Resources.text(named: "title-roles.txt"))

    /// Reads a list of a title a line, its role nouns after it; `#` starts a comment.
    init(text: String) {
        roles = Dictionary(uniqueKeysWithValues: Self.lines(in: text).map { ($0[0], Array($0.dropFirst())) })
    }

    /// The words of each line that is not empty once comments are dropped.
    static func lines(in text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.prefix { $0 != "#" }.split(separator: " ").map(String.init) }
            .filter { !$0.isEmpty }
    }
}
