import Foundation
import Testing

extension EndToEnd {
    /// However lede is ended — asked to stop by a signal, or crashing — it gives the terminal
    /// back as it found it, at once.
    @Suite("Signals", .timeLimit(.minutes(1)))
    struct SignalTests {
        /// A signal, named for the test's description.
        struct Signal: CustomTestStringConvertible, Sendable {
            let number: Int32
            let name: String
            var testDescription: String { "SIG" + name }

            static let term = Signal(number: SIGTERM, name: "TERM")
            static let hup = Signal(number: SIGHUP, name: "HUP")
            static let int = Signal(number: SIGINT, name: "INT")
            static let quit = Signal(number: SIGQUIT, name: "QUIT")
            static let segv = Signal(number: SIGSEGV, name: "SEGV")
            static let abrt = Signal(number: SIGABRT, name: "ABRT")
        }

        @Test("a termination signal restores the terminal and exits with 128 + its number",
              arguments: [Signal.term, .hup, .int, .quit])
        func terminationSignal(signal: Signal) async throws {
            let run = try WatchedRun()
            defer { run.remove() }
            // The Swift runtime's own crash handling, as a person running lede has it.
            try await withTmuxSession(try run.command(unsetting: ["SWIFT_BACKTRACE"])) { session in
                try await run.start(in: session)
                try await waitForReader(session)
                try run.send(signal.number)
                let screen = try await run.expectRestored(session, status: 128 + signal.number)
                #expect(!screen.text.contains("crashed"), "a termination signal is no crash:\n\(screen)")
            }
        }

        @Test("a crash signal restores the terminal before the crash report and ends without waiting for a key",
              arguments: [Signal.segv, .abrt])
        func crashSignal(signal: Signal) async throws {
            let run = try WatchedRun()
            defer { run.remove() }
            // The Swift runtime's backtracer is interactive when standard input and output are a
            // terminal, as here, unless SWIFT_BACKTRACE says otherwise: the default is tested.
            try await withTmuxSession(try run.command(unsetting: ["SWIFT_BACKTRACE"])) { session in
                try await run.start(in: session)
                try await waitForReader(session)
                try run.send(signal.number)
                // No key is sent: lede must end by itself, well before the backtracer's 30 s prompt.
                let screen = try await run.expectRestored(session, status: 128 + signal.number, timeout: .seconds(10))
                // The report was written to the normal screen, after the reader had left it.
                #expect(screen.text.contains("Program crashed"), "no crash report on the normal screen:\n\(screen)")
                #expect(!screen.text.contains("Quotes (5)"), "the reader's screen was left behind:\n\(screen)")
            }
        }
    }
}
