/// Where a ``TerminalScreen`` reads keys from and draws to.
public enum KeyboardSource: Sendable {
    /// Standard input and standard output: both must be a terminal.
    case standardInput
    /// The controlling terminal, `/dev/tty`, for both keys and drawing: used when standard
    /// input carries the article (`curl … | lede`), as `less` does.
    case controllingTerminal
}
