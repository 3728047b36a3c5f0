import LedeKit
import LedeTerminal

/// Lede's standard error: messages for people, always escaped (``DisplayEscaping``), since
/// they may name a file or quote a lexicon.
enum StandardError {
    /// Writes `line` escaped, and a line break; a failure to write is ignored, as there is
    /// nowhere left to report it.
    static func writeLine(_ line: String) {
        _ = DescriptorWriter.write(Array((DisplayEscaping.escaped(line) + "\n").utf8), to: 2)
    }
}
