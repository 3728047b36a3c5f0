import Glibc
import LedeKit
import LedeTerminal

/// Lede's standard output. What is written for people (summaries, counts, help, and the
/// article's text printed to a pipe or a file) is always escaped (``DisplayEscaping``), so that
/// `lede FILE | head` and `lede analyze FILE | head` on a terminal are as safe as the reader;
/// JSON is safe by itself and keeps every character's exact value.
///
/// A failed write ends Lede: quietly with status 141 when the reader of a pipe has gone (as
/// `SIGPIPE` would, when it is ignored), else with one `lede:` line and status 1.
enum StandardOutput {
    /// Writes `line`, escaped (tabs and line breaks kept), and a line break.
    static func writeLine(_ line: String) {
        writeEscaped(line + "\n")
    }

    /// Writes `text` escaped, tabs and line breaks kept.
    static func writeEscaped(_ text: String) {
        writeFaithfully(DisplayEscaping.escaped(text, keepingLineBreaks: true))
    }

    /// Writes `text` as it is.
    static func writeFaithfully(_ text: String) {
        var text = text
        text.withUTF8 { writeFaithfully(bytes: $0) }
    }

    /// Writes `bytes` as they are.
    static func writeFaithfully(bytes: UnsafeBufferPointer<UInt8>) {
        guard let error = DescriptorWriter.write(bytes, to: STDOUT_FILENO) else { return }
        if error == EPIPE { exit(128 + SIGPIPE) }
        StandardError.writeLine("lede: cannot write to standard output: \(String(cString: strerror(error)))")
        exit(1)
    }
}
