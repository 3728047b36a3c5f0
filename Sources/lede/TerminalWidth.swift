import Glibc

/// The width printed text is wrapped to: the terminal's on standard output, else `COLUMNS`,
/// else 80 columns.
enum TerminalWidth {
    /// The width used when nothing says otherwise.
    static let fallback = 80

    /// The columns of the terminal on standard output, or of `COLUMNS` in `environment`.
    static func current(environment: [String: String]) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return fallback
    }
}
