import Foundation
import Testing

extension EndToEnd {
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
                let help = try await session.waitFor("the help") { $0.text.contains("Keys") && $0.text.contains("down one line") }
                try writeToTerminal(of: session, "\u{1B}[2J")
                try await session.waitFor("the screen to be cleared") { !$0.text.contains("down one line") }
                try session.send("C-l")
                try await session.waitFor("^L to draw the help again") { $0.lines == help.lines }
            }
        }

        @Test("^L draws in the reader's own colours, whatever colour another program left set")
        func controlLResetsAttributes() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                let opened = try await waitForReader(session, styled: true)
                #expect(Self.cellsOnRed(opened).isEmpty, "the reader draws nothing on red:\n\(opened)")
                // Another program writes on the terminal and leaves a red background set.
                try writeToTerminal(of: session, "\u{1B}[20;1H\u{1B}[41mRED")
                try await session.waitFor("the other program's text") { $0.lines[19].hasPrefix("RED") }

                try session.send("C-l")
                // The repaint looks as the first draw did: same text, same attributes in every cell.
                let repainted = try await waitForRestyling(session, like: opened)
                #expect(Self.rowsStyledDifferently(repainted, opened).isEmpty,
                    "rows \(Self.rowsStyledDifferently(repainted, opened)) differ from the first draw:\n\(repainted)")

                // Nothing red is left behind for later frames either.
                try session.send("j")
                let scrolled = try await session.waitFor("j to scroll after ^L", styled: true) { $0.position?.first == 2 }
                #expect(Self.cellsOnRed(scrolled).isEmpty,
                    "rows \(Set(Self.cellsOnRed(scrolled).map(\.row)).sorted()) have red cells:\n\(scrolled)")
            }
        }

        @Test("a resize draws in the reader's own colours, whatever colour another program left set")
        func resizeResetsAttributes() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                try writeToTerminal(of: session, "\u{1B}[20;1H\u{1B}[41mRED")
                try await session.waitFor("the other program's text") { $0.lines[19].hasPrefix("RED") }

                try session.resize(width: 100, height: 30)
                let resized = try await session.waitFor("the reader at 100×30", styled: true) { screen in
                    screen.lines.count == 30 && screen.position.map { $0.last - $0.first + 1 == 29 } == true
                }
                #expect(Self.cellsOnRed(resized).isEmpty,
                    "rows \(Set(Self.cellsOnRed(resized).map(\.row)).sorted()) have red cells:\n\(resized)")
            }
        }

        /// Waits until the screen shows `reference`'s text and, for a few seconds more, its
        /// attributes too (tmux may show a repaint half-done); returns the last screen seen.
        private func waitForRestyling(_ session: TmuxSession, like reference: Screen) async throws -> Screen {
            var screen = try await session.waitFor("^L to draw the reader again", styled: true) { $0.lines == reference.lines }
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(3)
            while !Self.rowsStyledDifferently(screen, reference).isEmpty, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
                screen = try session.captureStyled()
            }
            return screen
        }

        /// The 1-based rows whose characters or attributes differ between two styled captures.
        private static func rowsStyledDifferently(_ screen: Screen, _ reference: Screen) -> [Int] {
            let rows = screen.styledLines ?? [], referenceRows = reference.styledLines ?? []
            return (0..<max(rows.count, referenceRows.count)).filter { index in
                guard index < rows.count, index < referenceRows.count else { return true }
                let row = rows[index], referenceRow = referenceRows[index]
                return row.count != referenceRow.count
                    || zip(row, referenceRow).contains { $0.character != $1.character || $0.attributes != $1.attributes }
            }.map { $0 + 1 }
        }

        /// The cells (1-based row and column) drawn on a red background.
        private static func cellsOnRed(_ screen: Screen) -> [(row: Int, column: Int)] {
            (screen.styledLines ?? []).enumerated().flatMap { row, cells in
                cells.enumerated().filter { $0.element.attributes.background.isBasic(TerminalColor.red) }
                    .map { (row: row + 1, column: $0.offset + 1) }
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
}
