/// Why a ``TerminalScreen`` could not start.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal.
    case notATerminal
    /// `/dev/tty` could not be opened; `reason` is the system's message.
    case cannotOpenControllingTerminal(reason: String)
    /// The `TERM` environment variable is not set.
    case terminalTypeNotSet
    /// ncurses knows no terminal of this type, or could not set it up.
    case unknownTerminalType(String)
    /// The terminal cannot move its cursor (`TERM=dumb`, a printing terminal), so it cannot
    /// show a screen.
    case cannotAddressCursor(String)

    /// Whether there is a terminal that ncurses cannot drive (no `TERM`, an unknown one, or
    /// one without cursor addressing), as opposed to no terminal at all: text can still be
    /// shown on it, line by line.
    public var isUnsupportedTerminal: Bool {
        switch self {
        case .terminalTypeNotSet, .unknownTerminalType, .cannotAddressCursor: true
        case .notATerminal, .cannotOpenControllingTerminal: false
        }
    }

    /// A message for the person running Lede.
    public var description: String {
        switch self {
        case .notATerminal:
            "not a terminal: standard input and output must be a terminal to read interactively"
        case .cannotOpenControllingTerminal(let reason):
            "cannot open /dev/tty: \(reason)"
        case .terminalTypeNotSet:
            "TERM is not set: cannot tell what kind of terminal this is"
        case .unknownTerminalType(let name):
            "TERM is unknown: no terminal description for \"\(name)\""
        case .cannotAddressCursor(let name):
            "TERM=\(name) cannot move the cursor, so it cannot show the reader"
        }
    }
}
