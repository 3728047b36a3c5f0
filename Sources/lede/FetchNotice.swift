import Glibc
import LedeKit
import LedeReader
import LedeTerminal

/// While a web page is fetched, one line on a terminal's standard error says so and how to
/// stop it, so that a slow site does not look like a program that hangs; the line is erased
/// once the page has come or failed, before the reader or any message is shown.
enum FetchNotice {
    /// Shows the notice for `subject` (already escaped) when standard error is a terminal,
    /// cut to its width; returns whether it did.
    static func show(fetching subject: String) -> Bool {
        guard isatty(STDERR_FILENO) == 1 else { return false }
        var size = winsize()
        let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        // ^C, which the notice offers, erases the line before it ends Lede as it would have;
        // set before the line is shown, so that no ^C can come between them.
        signal(SIGINT) { number in
            let erase: StaticString = "\r\u{1B}[K"
            _ = write(STDERR_FILENO, erase.utf8Start, erase.utf8CodeUnitCount)
            signal(number, SIG_DFL)
            raise(number)
        }
        let line = fitted(subject, in: columns - 1)
        _ = DescriptorWriter.write(Array(line.utf8), to: STDERR_FILENO)
        return true
    }

    /// Erases the notice's line, and gives ^C back its usual effect.
    static func clear() {
        signal(SIGINT, SIG_DFL)
        _ = DescriptorWriter.write(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO)
    }

    /// The notice, with `subject` cut short (`…`) so that it fits in `width` columns, which
    /// a line that wrapped could not be erased.
    static func fitted(_ subject: String, in width: Int) -> String {
        let before = "Fetching ", after = " (^C stops)"
        let room = width - DisplayWidth.total(before + after)
        guard DisplayWidth.total(subject) > room else { return before + subject + after }
        var shown = "", used = 0
        for cluster in DisplayWidth.clusters(of: subject) {
            guard used + cluster.width <= room - 1 else { break }
            shown += cluster.text
            used += cluster.width
        }
        return String((before + shown + "…" + after).prefix(max(0, width)))
    }
}
