import Glibc
import Testing

/// Tests that touch process-wide state (ncurses' current screen, the locale, the environment)
/// run one at a time inside this suite.
@Suite(.serialized)
enum ProcessStateTests {
    /// Makes the process locale UTF-8 whatever the caller's environment says, as
    /// `TerminalScreen` reads it with `setlocale(LC_ALL, "")`.
    static func useUTF8Locale() {
        setenv("LC_ALL", "C.UTF-8", 1)
        setlocale(LC_ALL, "")
    }
}
