import Foundation
import Testing

/// A `lede` run in a tmux pane by a shell that records the terminal around it: the `stty -g`
/// settings before and after, lede's process id, and the exit status the shell reports.
///
/// The shell records the settings, prints ``readyMarker`` and waits for a line, so that a
/// test can look at the pane (its title, tmux's options) before lede starts; ``start(in:)``
/// sends that line. Remove the run's files with ``remove()``.
struct WatchedRun {
    /// Printed by the shell once it is waiting for the line that starts lede.
    static let readyMarker = "LEDE-READY"

    /// Where the shell keeps its records.
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// The shell command for a tmux pane: run `lede` with `arguments`, with `environment`
    /// set and the variables in `unsetting` removed, then print ``exitMarker(_:)``.
    func command(_ arguments: [String] = [], environment: [String: String] = [:], unsetting: [String] = []) throws
        -> String
    {
        let folder = shellQuoted(directory.url.path)
        let settings = unsetting.flatMap { ["-u", $0] } + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // sh writes its own process id and then becomes lede: the id is lede's.
        let lede = ["env"] + settings + ["sh", "-c", "echo $$ > lede.pid; exec \"$0\" \"$@\"", try LedeBinary.url().path]
            + arguments
        return [
            "cd \(folder) || exit 1",
            "stty -g > stty.before",
            "echo \(Self.readyMarker)",
            "read go",
            lede.map(shellQuoted).joined(separator: " "),
            "status=$?",
            "stty -g > stty.after",
            "echo $status > lede.status",
            "echo LEDE-EXIT=$status",
            "sleep 60",
        ].joined(separator: "\n")
    }

    /// Starts lede once the shell is ready.
    func start(in session: TmuxSession) async throws {
        try await session.waitFor("the shell to be ready") { $0.text.contains(Self.readyMarker) }
        try session.send("Enter")
    }

    /// lede's process id.
    func processID() throws -> pid_t {
        let text = try String(contentsOf: directory.url.appendingPathComponent("lede.pid"), encoding: .utf8)
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw EndToEndFailure("no process id in lede.pid: \(text.debugDescription)")
        }
        return pid
    }

    /// Sends `signal` to lede.
    func send(_ signal: Int32) throws {
        let pid = try processID()
        guard kill(pid, signal) == 0 else { throw EndToEndFailure("kill(\(pid), \(signal)) failed: errno \(errno)") }
    }

    /// Waits up to `timeout` for lede to end and returns the exit status the shell reported
    /// (128 + the signal for a process killed by one).
    func waitForExit(of session: TmuxSession, timeout: Duration = .seconds(10)) async throws -> Int32 {
        let file = directory.url.appendingPathComponent("lede.status")
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let text = try? String(contentsOf: file, encoding: .utf8), let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            guard clock.now < deadline else {
                throw EndToEndFailure("lede did not exit within \(timeout); the screen was:\n\(try session.capture())")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The terminal settings (`stty -g`) recorded before lede started and after it ended.
    func terminalSettings() throws -> (before: String, after: String) {
        let before = try String(contentsOf: directory.url.appendingPathComponent("stty.before"), encoding: .utf8)
        let after = try String(contentsOf: directory.url.appendingPathComponent("stty.after"), encoding: .utf8)
        return (before, after)
    }

    /// Waits for lede to end with `status` within `timeout`, and checks that it gave the
    /// terminal back as it found it: the same `stty` settings, the normal screen, a visible
    /// cursor. Returns the pane with its scrollback.
    @discardableResult
    func expectRestored(
        _ session: TmuxSession, status expected: Int32, timeout: Duration = .seconds(10),
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Screen {
        let status = try await waitForExit(of: session, timeout: timeout)
        let screen = try session.captureHistory()
        #expect(status == expected, "exit status; the pane was:\n\(screen)", sourceLocation: sourceLocation)
        let settings = try terminalSettings()
        #expect(settings.after == settings.before, "stty -g changed", sourceLocation: sourceLocation)
        #expect(try session.paneFormat("#{alternate_on}") == "0", "still on the alternate screen:\n\(screen)", sourceLocation: sourceLocation)
        #expect(try session.paneFormat("#{cursor_flag}") == "1", "cursor left hidden:\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    func remove() {
        directory.remove()
    }
}

extension TmuxSession {
    /// The value of a tmux format (`#{pane_title}`, `#{alternate_on}`…) for the pane.
    func paneFormat(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    /// The pane as plain text with all of its scrollback above it, lines that the pane
    /// wrapped joined again.
    func captureHistory() throws -> Screen {
        Screen(plain: try run(["capture-pane", "-p", "-J", "-S", "-", "-t", target]))
    }
}
