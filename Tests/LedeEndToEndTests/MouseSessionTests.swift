import Foundation
import Testing

extension EndToEnd {
    /// The mouse under tmux: wheel reports scroll the article, a click in the quotes pane goes to
    /// that quote, and `--no-mouse` leaves the mouse to the terminal.
    @Suite("The mouse", .timeLimit(.minutes(1)))
    struct MouseSessionTests {
        /// An X10 mouse report (what tmux's terminal type asks for): button, then 1-based cell,
        /// each plus 32.
        private func report(button: Int, x: Int, y: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
        }

        @Test("the wheel scrolls the article; a click in the pane goes to the quote")
        func wheelAndClick() async throws {
            try await withTmuxSession(try ledeCommand(), width: 100, height: 30) { session in
                try await waitForReader(session)
                try session.type(report(button: 65, x: 10, y: 5))
                try await session.waitFor("the wheel to scroll three lines") { $0.position?.first == 4 }
                // The pane starts after column 70 at this width; row 6 is the second entry.
                try session.type(report(button: 0, x: 80, y: 6) + report(button: 3, x: 80, y: 6))
                try await session.waitForStatus(containing: "quote 2/5")
            }
        }

        @Test("--no-mouse: reports are not asked for, so a wheel turn is no scroll")
        func noMouse() async throws {
            try await withTmuxSession(try ledeCommand(["--no-mouse"]), width: 100, height: 30) { session in
                try await waitForReader(session)
                try session.send("j")
                try await session.waitFor("j to scroll") { $0.position?.first == 2 }
                let panes = try session.run(["display-message", "-p", "#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"])
                #expect(panes.trimmingCharacters(in: .whitespacesAndNewlines) == "000", "the pane asked for mouse reports: \(panes)")
            }
        }
    }
}
