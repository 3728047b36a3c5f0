import Foundation
import Testing

// Shared helpers for the end-to-end tests: find the built `lede`, run it as a plain process,
// or run it inside a private tmux server and read the screen back.

// MARK: - Failures

/// Why an end-to-end step failed, with what the test saw.
struct EndToEndFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    static let tmuxMissing = EndToEndFailure(
        "tmux is required for Lede's end-to-end tests (CI installs it): install tmux (e.g. `apt-get install tmux`) and rerun.")
}

// MARK: - The binary

/// The `lede` executable that `swift build` / `swift test` put next to the test bundle.
enum LedeBinary {
    /// The path of the built `lede`.
    static func url() throws -> URL {
        if let url = located { return url }
        throw EndToEndFailure(
            "cannot find the built `lede` executable next to the test bundle (looked in \(searchedDirectories.map(\.path))); "
                + "set LEDE_BINARY to its path")
    }

    private static let located: URL? = {
        if let override = ProcessInfo.processInfo.environment["LEDE_BINARY"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        for directory in searchedDirectories {
            let candidate = directory.appendingPathComponent("lede")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }()

    /// The test runner's own directory and its parents: on Linux the runner is
    /// `<products>/LedePackageTests.xctest`; on macOS it is deeper inside the bundle.
    private static let searchedDirectories: [URL] = {
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        starts.append(Bundle.main.bundleURL)
        if let argument = CommandLine.arguments.first, !argument.isEmpty {
            starts.append(URL(fileURLWithPath: argument))
        }
        if let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: own))
        }
        var directories: [URL] = []
        for start in starts {
            var directory = start.standardizedFileURL.resolvingSymlinksInPath()
            for _ in 0..<5 {
                directory = directory.deletingLastPathComponent()
                if !directories.contains(directory) { directories.append(directory) }
                if directory.path == "/" { break }
            }
        }
        return directories
    }()
}

// MARK: - Plain processes

/// What a finished process printed and how it ended.
struct ProcessResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `arguments`, standard input from `/dev/null` (or `input`), and waits.
///
/// Output goes to temporary files rather than pipes, and the child gets no descriptor but its
/// standard three: `tmux new-session` leaves a server running that would otherwise keep
/// inherited descriptors open. (Foundation's `Process` on Linux hands its child a socket that
/// it watches to learn of the child's exit; a daemon inheriting it makes `waitUntilExit`
/// hang for as long as the tmux server lives.)
func runProcess(_ executable: URL, _ arguments: [String], input: URL? = nil, environment: [String: String]? = nil) throws
    -> ProcessResult
{
    let output = try TemporaryFile()
    let errors = try TemporaryFile()
    defer {
        output.remove()
        errors.remove()
    }
    let status = try spawnAndWait(
        executable.path, arguments, environment: environment ?? ProcessInfo.processInfo.environment,
        standardInput: input?.path ?? "/dev/null", standardOutput: output.path, standardError: errors.path)
    return ProcessResult(status: status, stdout: try output.contents(), stderr: try errors.contents())
}

/// A file for a child's output, named by `mkstemp`.
private struct TemporaryFile {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/lede-e2e-output-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw EndToEndFailure("cannot create a temporary file: errno \(errno)") }
        close(descriptor)
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func contents() throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    func remove() {
        unlink(path)
    }
}

/// Spawns `executable` with its standard streams on the given files, waits for it, and
/// returns its exit status (128 + the signal when a signal ended it).
private func spawnAndWait(
    _ executable: String, _ arguments: [String], environment: [String: String],
    standardInput: String, standardOutput: String, standardError: String
) throws -> Int32 {
    #if os(Linux)
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    #else
    var actions: posix_spawn_file_actions_t?
    var attributes: posix_spawnattr_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }

    posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_TRUNC, 0)
    posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_TRUNC, 0)

    // Default signal handling and an empty mask in the child, whatever the test runner set.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD, SIGQUIT] { sigaddset(&defaults, signal) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
    #if os(Linux)
    closeInheritedDescriptors(&actions)
    #else
    flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
    #endif
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
        throw EndToEndFailure("cannot run \(executable): \(String(cString: strerror(result)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
        guard errno == EINTR else { throw EndToEndFailure("waitpid for \(executable) failed: errno \(errno)") }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
}

#if os(Linux)
/// Closes every descriptor above 2 in the child: with glibc's `closefrom` action when there is
/// one (2.34 and later), else each open descriptor without close-on-exec.
private func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") {
        let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
        if closeFrom(&actions, 3) == 0 { return }
    }
    let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in descriptors.compactMap({ Int32($0) }) where descriptor > 2 {
        let flags = fcntl(descriptor, F_GETFD)
        if flags >= 0, flags & FD_CLOEXEC == 0 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }
}
#endif

/// Runs the built `lede` with `arguments`.
func runLede(_ arguments: [String], input: URL? = nil) throws -> ProcessResult {
    try runProcess(LedeBinary.url(), arguments, input: input, environment: utf8Environment())
}

/// The test's environment with a UTF-8 locale, no terminal size, no colour preference and no
/// trace of an enclosing tmux.
func utf8Environment() -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = nil
    environment["LC_CTYPE"] = nil
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    // Other tests in the same runner set these for ncurses; they would override the pane's size.
    environment["COLUMNS"] = nil
    environment["LINES"] = nil
    // Colour depends on these; a test that wants them sets them itself (the test runner may
    // set NO_COLOR when its output is not a terminal).
    environment["NO_COLOR"] = nil
    environment["COLORTERM"] = nil
    return environment
}

/// Quotes `text` for a POSIX shell.
func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

// MARK: - Temporary files

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` as UTF-8 to the file `name` in the directory.
    func write(_ text: String, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A short article of our own: a title line and two paragraphs, one with a straight-quoted,
/// attributed quote.
enum OwnArticle {
    static let title = "Council Backs Harbour Plan"
    static let quote = "The plan is working,"
    static let speaker = "Jane Doe"
    static let text = """
        \(title)

        The city council voted on Tuesday to go ahead with the harbour plan after months of debate.

        "\(quote)" said \(speaker). She added that the new ferries would start in spring.

        """
}

// MARK: - Screens

/// A colour as tmux reports it in `capture-pane -e`.
enum TerminalColor: Equatable, Sendable {
    case `default`
    /// A palette index: 0–7 for the basic colours, 8–15 for their bright forms, up to 255.
    case indexed(Int)
    case rgb(Int, Int, Int)

    static let black = 0, red = 1, green = 2, yellow = 3, blue = 4, magenta = 5, cyan = 6, white = 7

    /// Whether this is basic colour `index` (0–7) or its bright form.
    func isBasic(_ index: Int) -> Bool {
        self == .indexed(index) || self == .indexed(index + 8)
    }
}

/// The SGR state of one cell.
struct CellAttributes: Equatable, Sendable {
    var foreground = TerminalColor.default
    var background = TerminalColor.default
    var bold = false
    var dim = false
    var italic = false
    var underline = false
    var reverse = false

    /// Applies one `ESC [ … m` parameter list.
    mutating func apply(sgr parameters: [Int]) {
        var parameters = parameters.isEmpty ? [0] : parameters
        while !parameters.isEmpty {
            let code = parameters.removeFirst()
            switch code {
            case 0: self = CellAttributes()
            case 1: bold = true
            case 2: dim = true
            case 3: italic = true
            case 4, 21: underline = true
            case 7: reverse = true
            case 22: bold = false; dim = false
            case 23: italic = false
            case 24: underline = false
            case 27: reverse = false
            case 30...37: foreground = .indexed(code - 30)
            case 39: foreground = .default
            case 40...47: background = .indexed(code - 40)
            case 49: background = .default
            case 90...97: foreground = .indexed(code - 90 + 8)
            case 100...107: background = .indexed(code - 100 + 8)
            case 38, 48:
                var color = TerminalColor.default
                if parameters.first == 5, parameters.count >= 2 {
                    color = .indexed(parameters[1])
                    parameters.removeFirst(2)
                } else if parameters.first == 2, parameters.count >= 4 {
                    color = .rgb(parameters[1], parameters[2], parameters[3])
                    parameters.removeFirst(4)
                }
                if code == 38 { foreground = color } else { background = color }
            default: break
            }
        }
    }
}

/// One character on screen and how it is drawn.
struct StyledCharacter: Sendable {
    var character: Character
    var attributes: CellAttributes
}

/// The pane's contents as captured by `tmux capture-pane -p` (plain) or `-p -e` (with styles).
struct Screen: Sendable, CustomStringConvertible {
    /// Every row of the pane, top to bottom, as plain text.
    let lines: [String]
    /// Every row with each character's attributes (only for a capture with `-e`).
    let styledLines: [[StyledCharacter]]?

    init(plain: String) {
        lines = Screen.rows(of: plain)
        styledLines = nil
    }

    init(escaped: String) {
        // tmux writes each row's escapes from where the previous row left off (its last cell's
        // attributes go on), so the attributes are carried from row to row.
        var attributes = CellAttributes()
        let styled = Screen.rows(of: escaped).map { Screen.parse($0, from: &attributes) }
        styledLines = styled
        lines = styled.map { String($0.map(\.character)) }
    }

    /// The whole screen as text.
    var text: String { lines.joined(separator: "\n") }

    var description: String {
        lines.enumerated().map { String(format: "%2d|", $0.offset + 1) + $0.element }.joined(separator: "\n")
    }

    /// The bottom row: the reader's status line.
    var statusLine: String { lines.last ?? "" }

    /// The rows above the status line.
    var bodyLines: ArraySlice<String> { lines.dropLast() }

    /// The row of the rule between the article and a quotes pane under it, if the panes are
    /// split that way.
    var splitRow: Int? {
        bodyLines.firstIndex { line in !line.isEmpty && line.allSatisfy { $0 == Screen.rule } }
    }

    /// The article pane: each body row up to the pane divider (or the rows above the rule
    /// when the quotes pane is under the article).
    var articleLines: [String] {
        if let splitRow { return Array(bodyLines[..<splitRow]) }
        return bodyLines.map { line in line.firstIndex(of: Screen.divider).map { String(line[..<$0]) } ?? line }
    }

    /// The quotes pane: each body row after the pane divider, or the rows under the rule
    /// (empty when there is none).
    var quotesLines: [String] {
        if let splitRow { return Array(bodyLines[(splitRow + 1)...]) }
        return bodyLines.map { line in line.firstIndex(of: Screen.divider).map { String(line[line.index(after: $0)...]) } ?? "" }
    }

    /// The article pane's text with all white space removed, so a check does not depend on
    /// where lines were wrapped.
    var articleLetters: String { Screen.letters(articleLines.joined()) }

    /// `text` with all white space removed.
    static func letters(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// The first character of the first occurrence of `word` in the article pane, with its
    /// row and attributes; nil when the word is not there.
    func articleAttributes(of word: String, occurrence: Int = 0) -> CellAttributes? {
        articleCharacters(of: word).dropFirst(occurrence).first?.first?.attributes
    }

    /// Every occurrence of `word` in the article pane, as its styled characters.
    func articleCharacters(of word: String) -> [[StyledCharacter]] {
        guard let styledLines else { return [] }
        var found: [[StyledCharacter]] = []
        for row in styledLines.dropLast().prefix(splitRow ?? .max) {
            let article = Array(row.prefix { $0.character != Screen.divider })
            let characters = article.map(\.character)
            let target = Array(word)
            guard target.count <= characters.count else { continue }
            for start in 0...(characters.count - target.count) where Array(characters[start..<start + target.count]) == target {
                found.append(Array(article[start..<start + target.count]))
            }
        }
        return found
    }

    /// The `lines A–B of N` part of the status line, or nil.
    var position: (first: Int, last: Int, total: Int)? {
        if let match = statusLine.firstMatch(of: /lines (\d+)–(\d+) of (\d+)/),
            let first = Int(match.1), let last = Int(match.2), let total = Int(match.3)
        {
            return (first, last, total)
        }
        if let match = statusLine.firstMatch(of: /all (\d+) lines/), let total = Int(match.1) {
            return (1, total, total)
        }
        return nil
    }

    static let divider: Character = "│"
    /// The rule between the article and a quotes pane under it.
    static let rule: Character = "─"

    private static func rows(of capture: String) -> [String] {
        var rows = capture.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Splits a row of `capture-pane -e` output into characters and their SGR attributes,
    /// starting from `attributes` and leaving there those at the row's end.
    private static func parse(_ row: String, from attributes: inout CellAttributes) -> [StyledCharacter] {
        var cells: [StyledCharacter] = []
        let scalars = Array(row.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "\u{1B}" else {
                cells.append(StyledCharacter(character: Character(scalar), attributes: attributes))
                index += 1
                continue
            }
            index += 1
            guard index < scalars.count else { break }
            if scalars[index] == "[" {
                // CSI: parameters up to a final byte in @…~.
                index += 1
                var body = ""
                while index < scalars.count, !(0x40...0x7E).contains(scalars[index].value) {
                    body.unicodeScalars.append(scalars[index])
                    index += 1
                }
                if index < scalars.count, scalars[index] == "m" {
                    attributes.apply(sgr: body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
                }
                index += 1
            } else if scalars[index] == "]" {
                // OSC (e.g. a hyperlink): skip to BEL or ESC \.
                while index < scalars.count, scalars[index] != "\u{07}" {
                    if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" {
                        index += 1
                        break
                    }
                    index += 1
                }
                index += 1
            } else {
                index += 1
            }
        }
        return cells
    }
}

// MARK: - tmux

/// A private tmux server (its own `-L` socket) running one command in a detached session.
///
/// Use ``withTmuxSession(_:width:height:_:)`` so the server is killed however the test ends.
final class TmuxSession: Sendable {
    let socket: String
    let target = "lede-e2e"
    private let tmux: URL
    /// The socket file, removed with the server (tmux leaves it behind).
    private let socketPath: String?

    /// The terminal type set inside the pane: tmux's own when this system knows it.
    static let terminalType: String = {
        let directories = ["/lib/terminfo", "/usr/share/terminfo", "/etc/terminfo", "/usr/lib/terminfo"]
        let known = directories.contains { FileManager.default.fileExists(atPath: $0 + "/t/tmux-256color") }
        return known ? "tmux-256color" : "xterm-256color"
    }()

    /// The `tmux` on PATH, or nil.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// How long a pane's command may run, longer than any end-to-end test's time limit.
    static let lifetime: Duration = .seconds(240)

    /// Starts a server and a `width` × `height` session running `shellCommand` with `/bin/sh`.
    ///
    /// The command runs under `timeout --foreground` for at most `lifetime`: when a test is
    /// cancelled by its time limit, or the test process dies, before ``kill()`` runs, the pane's
    /// command still ends, tmux hangs up on whatever it started (Lede exits on SIGHUP), and the
    /// server, left without a session, exits by itself. `--foreground` keeps the command in the
    /// pane's foreground process group, so the reader can read the terminal.
    init(_ shellCommand: String, width: Int, height: Int, lifetime: Duration = TmuxSession.lifetime) throws {
        guard let tmux = TmuxSession.executable else { throw EndToEndFailure.tmuxMissing }
        self.tmux = tmux
        socket = "lede-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        // Several arguments after the options: tmux runs them directly, without the user's shell.
        // The environment goes through env(1) rather than new-session -e, which needs tmux 3.2.
        try TmuxSession.run(tmux, socket: socket, [
            "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
            "/usr/bin/env", "-u", "COLUMNS", "-u", "LINES", "LANG=C.UTF-8", "TERM=\(TmuxSession.terminalType)",
            "timeout", "--foreground", "--kill-after=5", "\(lifetime.components.seconds)", "/bin/sh", "-c", shellCommand,
        ])
        socketPath = (try? TmuxSession.run(tmux, socket: socket, ["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs one tmux command against this server; throws when tmux fails.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try TmuxSession.run(tmux, socket: socket, arguments)
    }

    @discardableResult
    private static func run(_ tmux: URL, socket: String, _ arguments: [String]) throws -> String {
        // -f /dev/null: none of the user's configuration; -u: UTF-8 regardless of locale.
        let result = try runProcess(tmux, ["-f", "/dev/null", "-u", "-L", socket] + arguments, environment: utf8Environment())
        guard result.status == 0 else {
            throw EndToEndFailure("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    /// Sends tmux key names (`Enter`, `Space`, `]`, `j`…), one key per argument.
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", "--", text])
    }

    /// The pane as plain text.
    func capture() throws -> Screen {
        Screen(plain: try run(["capture-pane", "-p", "-t", target]))
    }

    /// The pane with its SGR escapes, parsed.
    func captureStyled() throws -> Screen {
        Screen(escaped: try run(["capture-pane", "-p", "-e", "-t", target]))
    }

    /// Resizes the window (and so the pane) to `width` × `height`.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen every 50 ms until `condition` holds, for up to `timeout`; throws with
    /// the last screen seen otherwise.
    @discardableResult
    func waitFor(
        _ what: String, styled: Bool = false, timeout: Duration = .seconds(10),
        until condition: (Screen) -> Bool
    ) async throws -> Screen {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = try styled ? captureStyled() : capture()
        while !condition(screen) {
            guard clock.now < deadline else {
                throw EndToEndFailure("timed out after \(timeout) waiting for \(what); the screen was:\n\(screen)")
            }
            try await Task.sleep(for: .milliseconds(50))
            screen = try styled ? captureStyled() : capture()
        }
        return screen
    }

    /// Waits until the status line contains `text`.
    @discardableResult
    func waitForStatus(containing text: String, styled: Bool = false) async throws -> Screen {
        try await waitFor("the status line to show \"\(text)\"", styled: styled) { $0.statusLine.contains(text) }
    }

    /// Whether the server still answers.
    var isRunning: Bool {
        (try? runProcess(tmux, ["-f", "/dev/null", "-L", socket, "has-session"], environment: utf8Environment()))?.status == 0
    }

    /// Stops the server and everything running in it, and removes its socket.
    func kill() {
        _ = try? runProcess(tmux, ["-f", "/dev/null", "-L", socket, "kill-server"], environment: utf8Environment())
        if let socketPath, !socketPath.isEmpty, socketPath.hasSuffix("/" + socket) { unlink(socketPath) }
    }
}

/// Runs `body` with a fresh tmux session running `shellCommand`, killing the server afterwards
/// whether `body` succeeds or throws.
func withTmuxSession<Result>(
    _ shellCommand: String, width: Int = 120, height: Int = 35, _ body: (TmuxSession) async throws -> Result
) async throws -> Result {
    let session = try TmuxSession(shellCommand, width: width, height: height)
    defer { session.kill() }
    return try await body(session)
}

/// The shell command that runs `lede` with `arguments` and then reports how it ended, leaving
/// the shell's text on screen: `lede …; echo LEDE-EXIT=$?; sleep 60`.
///
/// Lede keeps its search history under `XDG_STATE_HOME`: `stateHome` when a test looks at
/// what it keeps, else a place no file can be made in (`/dev/null/…`, even for root), so that
/// no test writes to the home directory and the history cannot be written.
func ledeCommand(_ arguments: [String] = [], stdinFrom input: URL? = nil, stateHome: URL? = nil) throws -> String {
    let state = stateHome?.path ?? "/dev/null/lede-state"
    var command = "XDG_STATE_HOME=" + shellQuoted(state) + " "
        + ([try LedeBinary.url().path] + arguments).map(shellQuoted).joined(separator: " ")
    if let input { command += " < " + shellQuoted(input.path) }
    return command + "; echo LEDE-EXIT=$?; sleep 60"
}

/// Marker text `ledeCommand` prints once `lede` has exited with `status`.
func exitMarker(_ status: Int32) -> String { "LEDE-EXIT=\(status)" }

/// Waits until the reader has drawn its first screen (the status line's position is shown).
@discardableResult
func waitForReader(_ session: TmuxSession, styled: Bool = false) async throws -> Screen {
    try await session.waitFor("the reader to open", styled: styled) { $0.position != nil }
}
