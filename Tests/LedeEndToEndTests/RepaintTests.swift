import Foundation
import Testing

/// ^L draws the whole screen again, as in `less`, after another program wrote over it.
@Suite("Repainting", .timeLimit(.minutes(1)))
struct RepaintTests {
    @Test("^L repairs a screen that another program cleared and wrote on")
    func controlLRepaints() async throws {
        try await withTmuxSession(try ledeCommand()) { session in
            let opened = try await waitForReader(session)
            // Another program writes to the same terminal: it clears it and leaves its text.
            try writeToTerminal(of: session, "\u{1B}[2J\u{1B}[5;10HSOMEONE ELSE WROTE HERE")
            try await session.waitFor("the other program's text") { $0.text.contains("SOMEONE ELSE") }

            try session.send("C-l")
            let repainted = try await session.waitFor("^L to draw the reader again") { $0.lines == opened.lines }
            #expect(!repainted.text.contains("SOMEONE ELSE"))

            // ^L is no key for the reader: it stays where it was, and the next key works.
            try session.send("j")
            try await session.waitFor("j to scroll after ^L") { $0.position?.first == 2 }
        }
    }

    @Test("^L keeps the help open and draws it again")
    func controlLKeepsTheHelp() async throws {
        try await withTmuxSession(try ledeCommand()) { session in
            try await waitForReader(session)
            try session.send("h")
            let help = try await session.waitFor("the help") { $0.text.contains("Press any key to return.") }
            try writeToTerminal(of: session, "\u{1B}[2J")
            try await session.waitFor("the screen to be cleared") { !$0.text.contains("Press any key") }
            try session.send("C-l")
            try await session.waitFor("^L to draw the help again") { $0.lines == help.lines }
        }
    }

    /// Writes `text` to the pane's terminal as another program would, past lede.
    private func writeToTerminal(of session: TmuxSession, _ text: String) throws {
        let path = try session.paneFormat("#{pane_tty}")
        let descriptor = open(path, O_WRONLY | O_NOCTTY)
        guard descriptor >= 0 else { throw EndToEndFailure("cannot open \(path): errno \(errno)") }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else {
            throw EndToEndFailure("cannot write to \(path): errno \(errno)")
        }
    }
}
