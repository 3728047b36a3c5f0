import Foundation
import LedeKit

/// Lede's standard output: escaped for the terminal when it is one (``DisplayEscaping``),
/// faithful to the article's text, like `cat`, when it goes to a pipe or a file.
enum StandardOutput {
    /// Whether standard output is a terminal.
    static let isTerminal = isatty(STDOUT_FILENO) == 1

    /// Writes `text` as it is, or escaped (line breaks and tabs kept) on a terminal.
    static func write(_ text: String) {
        let shown = isTerminal ? DisplayEscaping.escaped(text, keepingLineBreaks: true) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    /// Writes `line` and a line break.
    static func writeLine(_ line: String) {
        write(line + "\n")
    }
}
