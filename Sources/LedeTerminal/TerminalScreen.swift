import Foundation
import CNcursesw
import Glibc
import LedeReader

/// The ncurses session: sets up the terminal, draws frames and reads keys.
///
/// The only owner of ncurses state in Lede. Create one at a time, use it from one thread, and
/// call ``close()`` (or let it go) to give the terminal back.
public final class TerminalScreen {
    /// The ncurses screen.
    private let screen: OpaquePointer
    /// Its standard window, which every frame is drawn into.
    private let window: UnsafeMutablePointer<WINDOW>
    /// `/dev/tty` when Lede opened it, closed with the screen.
    private let ownedTerminal: UnsafeMutablePointer<FILE>?
    /// The descriptor ncurses reads keys from.
    private let keyboard: Int32
    /// Looks of the styles drawn so far.
    private var palette: StylePalette
    /// The frame on the terminal now; `nil` when everything must be drawn again.
    private var shownFrame: Frame?
    /// Whether a signal has asked for a frame since the last ``nextEvent()`` returned one.
    private var isFramePending = false
    /// Whether a ``WorkRunner`` has woken the loop since the last ``nextLoopEvent()``
    /// reported it.
    private var isWorkFinished = false
    /// Whether ``close()`` has run.
    private var isClosed = false
    /// The descriptor ncurses writes the screen to: standard output or `/dev/tty`.
    private let terminal: Int32
    /// The terminal's sequences that turn every attribute and colour off (terminfo `sgr0`,
    /// then `op`), sent before the screen is drawn again from nothing.
    private let attributeReset: [UInt8]
    /// Whether the terminal may be sent OSC 52 (``Clipboard``).
    private let hasClipboard: Bool

    /// Starts ncurses on the terminal, reading keys from `keyboard`, with colours from
    /// `theme`.
    ///
    /// Throws ``TerminalError`` when there is no usable terminal instead of exiting, as
    /// `initscr` would: ``TerminalError/isUnsupportedTerminal`` tells whether the terminal is
    /// there but ncurses cannot drive it.
    public convenience init(theme: Theme, keyboard: KeyboardSource, mouse: Bool = false) throws {
        guard let type = getenv("TERM").map({ String(cString: $0) }), !type.isEmpty else {
            throw TerminalError.terminalTypeNotSet
        }
        switch keyboard {
        case .standardInput:
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
            try self.init(
                theme: theme, output: lede_stdout(), input: lede_stdin(), terminalType: type, ownedTerminal: nil,
                environment: ProcessInfo.processInfo.environment)
            if mouse { lede_enable_mouse() }
        case .controllingTerminal:
            guard let terminal = fopen("/dev/tty", "r+") else {
                throw TerminalError.cannotOpenControllingTerminal(reason: String(cString: strerror(errno)))
            }
            do {
                try self.init(
                    theme: theme, output: terminal, input: terminal, terminalType: type, ownedTerminal: terminal,
                    environment: ProcessInfo.processInfo.environment)
                if mouse { lede_enable_mouse() }
            } catch {
                fclose(terminal)
                throw error
            }
        }
    }

    /// Starts ncurses writing to `output` and reading from `input` as a terminal of type
    /// `terminalType`; `ownedTerminal` is closed with the screen, and `environment` may turn
    /// colour off (`NO_COLOR`). Tests use it with `/dev/null` and a pipe.
    package init(
        theme: Theme, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, terminalType: String,
        ownedTerminal: UnsafeMutablePointer<FILE>? = nil, environment: [String: String] = [:]
    ) throws {
        setlocale(LC_ALL, "")
        // 24-bit colour needs a terminal type with direct colour (DirectColorTerminal); one
        // this system does not have leaves `terminalType`.
        let direct = DirectColorTerminal.candidate(for: terminalType, environment: environment)
        guard let screen = direct.flatMap({ newterm($0, output, input) }) ?? newterm(terminalType, output, input) else {
            throw TerminalError.unknownTerminalType(terminalType)
        }
        // A terminal that cannot move its cursor (dumb, a printing terminal) gets every frame
        // as a stream of text that never reaches the screen it was meant for.
        guard lede_string_capability("cup") != nil else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotAddressCursor(terminalType)
        }
        self.screen = screen
        self.window = lede_stdscr()
        self.ownedTerminal = ownedTerminal
        self.keyboard = fileno(input)
        self.terminal = fileno(output)
        hasClipboard = Clipboard.isSupported(terminalType: terminalType)
        attributeReset = ["sgr0", "op"].flatMap { (name: String) in
            lede_string_capability(name).map { Self.withoutPadding(Array(String(cString: $0).utf8)) } ?? []
        }
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        scrollok(window, false)
        leaveok(window, true)
        set_escdelay(25)
        curs_set(0)
        InterruptKey.takeOver(keyboard)
        var depth = ColorDepth.monochrome
        var hasDefaultColors = false
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() != ERR
            depth = ColorDepth(
                hasColors: true, colors: Int(lede_colors()), environment: environment)
        }
        palette = StylePalette(
            theme: theme, depth: depth,
            pairs: ColorPairs(hasDefaultColors: hasDefaultColors, maximumPairs: Int(lede_color_pairs())))
        SignalHandlers.install(terminal: fileno(output))
    }

    deinit {
        close()
    }

    /// Draws with `theme` from now on; the next ``draw(_:)`` sends every cell.
    public func setTheme(_ theme: Theme) {
        palette.setTheme(theme)
        shownFrame = nil
    }

    /// How many colours the screen draws with (`in 24-bit colour`, `in 256 colours`…), or
    /// `without colour` when the terminal or the theme (`mono`) has none.
    public var colorDepthPhrase: String { palette.usesColor ? palette.depth.phrase : ColorDepth.monochrome.phrase }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Shows `frame`, sending only the cells that changed since the last frame drawn (all of
    /// them on the first draw, after a resize, or when the size changed).
    ///
    /// Cells beyond the terminal's edge are clipped (a wide character cut by the right edge
    /// becomes a blank); the right halves of wide characters are left to the character
    /// itself; control characters show as a placeholder.
    public func draw(_ frame: Frame) {
        let (columns, rows) = size
        let previous = shownFrame.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        if previous == nil { werase(window) }
        for y in 0..<min(frame.height, rows) {
            for x in 0..<min(frame.width, columns) {
                let cell = frame[x, y]
                if cell.isContinuation || previous?[x, y] == cell { continue }
                let look = palette.look(for: cell.style)
                // A wide character cut by the right edge would wrap onto the next row.
                let isCutWide = x == columns - 1 && x + 1 < frame.width && frame[x + 1, y].isContinuation
                let text = isCutWide ? " " : cell.text
                // Writing the bottom-right cell cannot move the cursor on and reports ERR
                // although the cell is set: the result is ignored for every cell alike.
                _ = CellGlyph.characters(of: text).withUnsafeBufferPointer { characters in
                    lede_put_cell(window, Int32(y), Int32(x), characters.baseAddress, look.attributes, look.pair)
                }
            }
        }
        wrefresh(window)
        shownFrame = frame
    }

    /// Waits for the next key or resize; `nil` when input has ended (end of file, or the
    /// terminal went away). A wake-up from a ``WorkRunner`` is passed over (its messages
    /// stay with the runner); ``nextLoopEvent()`` reports it.
    public func nextEvent() -> InputEvent? {
        while true {
            switch nextLoopEvent() {
            case .input(let event): return event
            case .workFinished: continue
            case nil: return nil
            }
        }
    }

    /// The signal (`SIGTERM`, `SIGHUP`, `SIGINT`, `SIGQUIT`) that asked Lede to end, if one
    /// has: ``nextLoopEvent()`` then returns `nil`, and the caller saves what it keeps, closes
    /// the screen and exits with status 128 + the signal.
    public var endingSignal: Int32? { SignalHandlers.endingSignal }

    /// Waits for the next key, resize or finished work; `nil` when input has ended (end of
    /// file, or the terminal went away) or a signal asked Lede to end (``endingSignal``).
    ///
    /// Keys Lede has no use for (function keys, mouse reports, stray control characters) are
    /// skipped. A resize comes back as `.resize` with the new size, one made while Lede was
    /// stopped as soon as it continues. ^L and a continue come back as a `.resize` to the
    /// current size too, so that the caller draws a frame at once, and that frame is drawn
    /// from nothing: something else may have written on the terminal in the meantime.
    public func nextLoopEvent() -> LoopEvent? {
        while true {
            let signals = SignalPipe.drain()
            if endingSignal != nil { return nil }
            if signals.contains(SIGCONT) { invalidate() }
            if signals.contains(where: { $0 != SignalPipe.workFinished }) { isFramePending = true }
            if signals.contains(SignalPipe.workFinished) { isWorkFinished = true }
            // What ncurses has read already (the rest of an escape sequence) and a resize it
            // has noted come before a wait.
            switch readKey(waiting: false) {
            case .event(let event): return .input(event)
            case .skipped: continue
            case .nothing: break
            }
            if isFramePending {
                isFramePending = false
                return .input(currentSize)
            }
            if isWorkFinished {
                isWorkFinished = false
                return .workFinished
            }
            if KeyboardWait.wait(keyboard: keyboard) == .signal { continue }
            switch readKey(waiting: true) {
            case .event(let event): return .input(event)
            case .skipped: continue
            case .nothing: if errno != EINTR { return nil }
            }
        }
    }

    /// What one `wget_wch` gave.
    private enum ReadResult {
        /// An event for the caller.
        case event(InputEvent)
        /// A key Lede has no use for.
        case skipped
        /// Nothing: no key was ready (without waiting), or input ended or was interrupted
        /// (`errno` tells).
        case nothing
    }

    /// Reads one key, waiting for it or taking only what ncurses has buffered or can read
    /// without waiting. ^L is taken here: it makes the screen be drawn again from nothing.
    private func readKey(waiting: Bool) -> ReadResult {
        nodelay(window, !waiting)
        var code: wint_t = 0
        errno = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES where Int32(code) == KEY_RESIZE:
            // ncurses clears the terminal on the next refresh after a resize, as ^L does.
            invalidate()
            isFramePending = false
            return .event(currentSize)
        case KEY_CODE_YES where Int32(code) == KEY_MOUSE:
            var x: Int32 = 0
            var y: Int32 = 0
            return KeyMapping.mouse(lede_read_mouse(&x, &y)).map { .event(.mouse(MouseEvent($0, x: Int(x), y: Int(y)))) } ?? .skipped
        case KEY_CODE_YES:
            return KeyMapping.key(functionKey: Int32(code)).map { .event(.key($0)) } ?? .skipped
        case OK:
            guard let key = KeyMapping.key(character: UInt32(code)) else { return .skipped }
            guard key != KeyMapping.repaint else {
                invalidate()
                return .event(currentSize)
            }
            return .event(.key(key))
        default:
            return .nothing
        }
    }

    /// The terminal's size as an event.
    private var currentSize: InputEvent {
        let (width, height) = size
        return .resize(width: width, height: height)
    }

    /// Forgets what the terminal shows: the next ``draw(_:)`` clears the terminal and sends
    /// every cell.
    ///
    /// The terminal's attributes are reset first. ncurses believes they are off (it turns
    /// them off at the end of every refresh), so it sends nothing for them before its clear
    /// nor before the cells it draws in plain style: a colour another program left set would
    /// fill the cleared screen and stay in every blank cell.
    private func invalidate() {
        shownFrame = nil
        resetAttributes()
        clearok(window, true)
    }

    /// Puts `text` on the clipboard with OSC 52, straight to the terminal as ncurses writes;
    /// returns `false`, sending nothing, when the terminal cannot take it.
    public func copyToClipboard(_ text: String) -> Bool {
        guard hasClipboard else { return false }
        return DescriptorWriter.write(Clipboard.sequence(for: text), to: terminal) == nil
    }

    /// Writes ``attributeReset`` straight to the terminal, as ncurses writes its own output.
    /// (`putp` would leave it in standard output's stdio buffer, which ncurses never
    /// flushes.) A refresh ends by sending everything ncurses had, so the reset comes before
    /// the next frame's clear.
    private func resetAttributes() {
        _ = DescriptorWriter.write(attributeReset, to: terminal)
    }

    /// `capability` without its padding (`$<2>`, `$<5*/>`): delays for terminals too slow to
    /// keep up, which ncurses itself skips on any terminal with flow control. A `$` that
    /// starts no padding stays, as ncurses leaves it.
    static func withoutPadding(_ capability: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < capability.count {
            if capability[index] == UInt8(ascii: "$"), index + 1 < capability.count, capability[index + 1] == UInt8(ascii: "<"),
                let end = capability[(index + 2)...].firstIndex(of: UInt8(ascii: ">")),
                let first = capability[(index + 2)..<end].first,
                first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
                capability[(index + 2)..<end].allSatisfy({ Array("0123456789.*/".utf8).contains($0) })
            {
                index = end + 1
            } else {
                result.append(capability[index])
                index += 1
            }
        }
        return result
    }

    /// Gives the terminal back: ends ncurses, frees the screen and closes `/dev/tty` if Lede
    /// opened it. Safe to call more than once.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        SignalHandlers.uninstall()
        endwin()
        delscreen(screen)
        if let ownedTerminal { fclose(ownedTerminal) }
    }
}
