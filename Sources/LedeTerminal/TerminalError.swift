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
        }
    }
}
