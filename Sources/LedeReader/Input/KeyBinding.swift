/// One entry of the key map: the key sequences that trigger it, what it does, its help line,
/// and the modes it works in — the shape of bubbles' `key.Binding`.
public struct KeyBinding: Sendable {
    /// What a count typed before the keys (`10j`, `3G`, `50%`) does.
    public enum CountUse: Sendable {
        /// The command ignores a count.
        case ignored
        /// The command is carried out that many times (`10j`, `3]`).
        case repeats
        /// The count is a line number (`3G`); without one the command is as bound.
        case lineNumber
        /// The count is a percentage of the article, and required (`50%`).
        case percent
    }

    /// What the binding does.
    public enum Action: Sendable {
        /// A command.
        case command(Command)
        /// A command that takes the letter typed after the keys (`m` then `a` sets mark a).
        case withLetter(@Sendable (Character) -> Command)
        /// A command that takes the digit its key is (`1` to `9`).
        case byDigit(@Sendable (Int) -> Command)
        /// A key the terminal front end takes before the reader sees it (^L redraws the
        /// screen in every mode); listed so that the help tells of it.
        case terminal
    }

    /// The key sequences, any of which triggers the binding (`j`, `↓`, `Enter`; `Esc u`).
    public var sequences: [[Key]]
    /// What the binding does.
    public var action: Action
    /// The help line (`down one line`).
    public var help: String
    /// The modes the binding works in.
    public var modes: Set<InputMode>
    /// What a count does.
    public var count: CountUse

    /// A binding of `sequences` to `action` in `modes`.
    public init(_ sequences: [[Key]], _ action: Action, help: String, modes: Set<InputMode> = [.reading], count: CountUse = .ignored) {
        self.sequences = sequences
        self.action = action
        self.help = help
        self.modes = modes
        self.count = count
    }

    /// The keys as the help screen writes them: `j  ↓  Enter`, `m<letter>`, `N%  Np`, `1–9`.
    public var keysText: String {
        if case .byDigit = action, let first = sequences.first, let last = sequences.last {
            return KeyName.of(first) + "–" + KeyName.of(last)
        }
        let argument = if case .withLetter = action { "<letter>" } else { "" }
        let prefix = count == .percent ? "N" : ""
        return sequences.map { prefix + KeyName.of($0) + argument }.joined(separator: "  ")
    }
}

/// What the keyboard is doing, as the key map sees it.
public enum InputMode: Hashable, Sendable {
    /// Browsing the article.
    case reading
    /// Typing into the prompt.
    case prompt
    /// The help screen is shown.
    case help
    /// The quotes pane has the focus.
    case quotes
    /// The actors' legend is shown.
    case legend
}
