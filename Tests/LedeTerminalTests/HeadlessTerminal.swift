import CNcursesw
import Glibc
import LedeReader
import LedeTerminal

/// A ``TerminalScreen`` with no real terminal: an xterm-256color of a fixed size that draws to
/// `/dev/null` and reads keys from a pipe the test writes into.
final class HeadlessTerminal {
    let screen: TerminalScreen
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private var keyboard: Int32

    /// One read-back cell of the ncurses window.
    struct ScreenCell: Equatable {
        var text: String
        var attributes: attr_t
        var pair: Int32
    }

    /// A terminal of `terminalType` in a process whose `environment` may ask for 24-bit
    /// colour (`COLORTERM`) or none (`NO_COLOR`).
    init(
        theme: Theme, width: Int = 40, height: Int = 10, terminalType: String = "xterm-256color",
        environment: [String: String] = [:]
    ) throws {
        // Independent of the caller's terminal: UTF-8, and a size from the environment since
        // /dev/null has none.
        ProcessStateTests.useUTF8Locale()
        setenv("COLUMNS", "\(width)", 1)
        setenv("LINES", "\(height)", 1)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0, let input = fdopen(ends[0], "r"), let output = fopen("/dev/null", "w") else {
            throw HeadlessError.setupFailed
        }
        self.input = input
        self.output = output
        self.keyboard = ends[1]
        screen = try TerminalScreen(
            theme: theme, output: output, input: input, terminalType: terminalType, environment: environment)
    }

    deinit {
        screen.close()
        endKeyboard()
        fclose(input)
        fclose(output)
    }

    /// Types `bytes` on the keyboard.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(keyboard, $0.baseAddress, $0.count) }
    }

    /// Types the UTF-8 of `text`.
    func type(_ text: String) {
        type(Array(text.utf8))
    }

    /// Closes the keyboard: reads after what was typed hit end of file.
    func endKeyboard() {
        if keyboard >= 0 { Glibc.close(keyboard) }
        keyboard = -1
    }

    /// The cell at column `x`, row `y` of the ncurses window.
    func cell(x: Int, y: Int) -> ScreenCell? {
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int32 = 0
        guard lede_cell_text(lede_stdscr(), Int32(y), Int32(x), &characters, &attributes, &pair) != ERR else {
            return nil
        }
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return ScreenCell(text: String(String.UnicodeScalarView(scalars)), attributes: attributes, pair: pair)
    }

    /// The foreground and background of colour pair `pair`.
    func colors(ofPair pair: Int32) -> (foreground: Int32, background: Int32) {
        var foreground: Int32 = 0
        var background: Int32 = 0
        extended_pair_content(pair, &foreground, &background)
        return (foreground, background)
    }
}

enum HeadlessError: Error {
    case setupFailed
}
