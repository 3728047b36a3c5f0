import CNcursesw
import Glibc
import LedeReader
import Testing

@testable import LedeTerminal

extension ProcessStateTests {
    /// The screen is drawn again from nothing when the terminal may no longer show what Lede
    /// drew: on ^L, and when Lede continues after being stopped.
    @Suite struct RepaintTests {
        static let theme = Theme(name: "test", styles: [:])

        /// A frame with `text` on its first row.
        private func frame(_ text: String) -> Frame {
            var frame = Frame(width: 40, height: 10)
            frame.put(text, x: 0, y: 0, style: .text)
            return frame
        }

        /// Raises `signal` on this thread with it unblocked: the test runner's worker threads
        /// block asynchronous signals, as libdispatch's do.
        private func deliver(_ signal: Int32) {
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, signal)
            var previous = sigset_t()
            pthread_sigmask(SIG_UNBLOCK, &unblocked, &previous)
            raise(signal)
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }

        @Test func controlLRedrawsEveryCellAndIsNoKeyForTheReader() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            let shown = frame("abc")
            terminal.screen.draw(shown)
            // Something outside Lede damages the screen.
            mvwaddch(lede_stdscr(), 0, 1, chtype(UInt8(ascii: "#")))
            terminal.type([0x0C])  // ^L
            terminal.type("j")
            terminal.endKeyboard()
            #expect(terminal.screen.nextEvent() == .resize(width: 40, height: 10))
            terminal.screen.draw(shown)
            #expect(terminal.cell(x: 1, y: 0)?.text == "b")
            #expect(terminal.screen.nextEvent() == .key(.character("j")))
            #expect(terminal.screen.nextEvent() == nil)
        }

        @Test func continuingAfterAStopAsksForAFullFrameWithoutAKey() throws {
            let terminal = try HeadlessTerminal(theme: Self.theme)
            let shown = frame("abc")
            terminal.screen.draw(shown)
            mvwaddch(lede_stdscr(), 0, 1, chtype(UInt8(ascii: "#")))
            // The key is typed first, and the keyboard ends after it, so that a continue that
            // went unnoticed shows as a missing event rather than a wait for ever.
            terminal.type("x")
            terminal.endKeyboard()
            deliver(SIGCONT)
            var events: [InputEvent] = []
            while let event = terminal.screen.nextEvent() {
                events.append(event)
                if event == .resize(width: 40, height: 10) { terminal.screen.draw(shown) }
            }
            #expect(events.count == 2, "\(events)")
            #expect(events.contains(.resize(width: 40, height: 10)), "\(events)")
            #expect(events.contains(.key(.character("x"))), "\(events)")
            #expect(terminal.cell(x: 1, y: 0)?.text == "b")
        }
    }
}
