/// Which key does what: the habits of `less`, plus keys for quotes.
public enum KeyBindings {
    /// One line of the help screen: keys and what they do.
    public struct HelpEntry: Hashable, Sendable {
        /// The keys, as shown.
        public var keys: String
        /// What they do.
        public var action: String
    }

    /// The help screen's lines, in the order shown. ^L is handled by the terminal front end,
    /// as a resize is, not by ``readingCommand(for:)``.
    public static let help: [HelpEntry] = [
        HelpEntry(keys: "j  ↓  Enter  e  ^E  ^N", action: "down one line"),
        HelpEntry(keys: "k  ↑  y  ^Y  ^P", action: "up one line"),
        HelpEntry(keys: "Space  f  PgDn  ^F  ^V", action: "down one page"),
        HelpEntry(keys: "b  PgUp  ^B", action: "up one page"),
        HelpEntry(keys: "d  ^D  /  u  ^U", action: "down / up half a page"),
        HelpEntry(keys: "g  <  Home  /  G  >  End", action: "top / bottom"),
        HelpEntry(keys: "/text  ?text", action: "search forward / backward"),
        HelpEntry(keys: "n  /  N", action: "next / previous match"),
        HelpEntry(keys: "Esc u", action: "clear search highlighting"),
        HelpEntry(keys: "]  Tab  /  [  Shift-Tab", action: "next / previous quote"),
        HelpEntry(keys: "p", action: "show or hide the quotes pane"),
        HelpEntry(keys: "a", action: "hide or show quotes with no speaker"),
        HelpEntry(keys: "r", action: "mark or unmark repaired characters"),
        HelpEntry(keys: "^L", action: "draw the screen again"),
        HelpEntry(keys: "h  H", action: "show or hide this help"),
        HelpEntry(keys: "q  Q", action: "quit"),
    ]

    /// The command for `key` while reading (no prompt open), if it has one.
    public static func readingCommand(for key: Key) -> Command? {
        switch key {
        case .down, .enter, .character("j"), .character("e"), .control("e"), .control("n"): .scrollLines(1)
        case .up, .character("k"), .character("y"), .control("y"), .control("p"): .scrollLines(-1)
        case .pageDown, .character(" "), .character("f"), .control("f"), .control("v"): .scrollPages(1)
        case .pageUp, .character("b"), .control("b"): .scrollPages(-1)
        case .character("d"), .control("d"): .scrollHalfPages(1)
        case .character("u"), .control("u"): .scrollHalfPages(-1)
        case .home, .character("g"), .character("<"): .top
        case .end, .character("G"), .character(">"): .bottom
        case .character("/"): .beginSearch(forward: true)
        case .character("?"): .beginSearch(forward: false)
        case .character("n"): .nextMatch
        case .character("N"): .previousMatch
        case .character("]"), .tab: .nextQuote
        case .character("["), .backTab: .previousQuote
        case .character("p"): .toggleQuotesPane
        case .character("r"): .toggleRepairs
        case .character("a"): .toggleUnattributedQuotes
        case .character("h"), .character("H"): .toggleHelp
        case .character("q"), .character("Q"): .quit
        default: nil
        }
    }

    /// The command for `key` while the search prompt is open.
    public static func promptCommand(for key: Key) -> Command? {
        switch key {
        case .enter: .promptSubmit
        case .escape, .control("c"), .control("g"): .promptCancel
        case .backspace: .promptBackspace
        case .character(let character): .promptInput(character)
        default: nil
        }
    }
}
