/// How keys are written in the help screen and the README: `j`, `^E`, `↓`, `PgDn`, `Esc u`.
public enum KeyName {
    /// The name of one key.
    public static func of(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "^" + character.uppercased()
        case .function(let number): "F\(number)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        }
    }

    /// The name of a key sequence: typed characters run together (`ZZ`, `''`), named keys
    /// apart (`Esc u`).
    public static func of(_ sequence: [Key]) -> String {
        let names = sequence.map(of)
        let typed = sequence.allSatisfy { if case .character(let character) = $0 { character != " " } else { false } }
        return names.joined(separator: typed ? "" : " ")
    }
}
