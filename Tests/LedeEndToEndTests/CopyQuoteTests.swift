import Foundation
import LedeTestSupport
import Testing

extension EndToEnd {
    /// `c` copies the current quote with its speaker through OSC 52, which tmux keeps as a paste
    /// buffer when its `set-clipboard` option is on.
    @Suite("Copying a quote", .timeLimit(.minutes(1)))
    struct CopyQuoteTests {
        @Test("c copies the current quote and its speaker; tmux receives it")
        func copiesTheCurrentQuote() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try session.run(["set-option", "-s", "set-clipboard", "on"])
                try await waitForReader(session)
                try session.send("3]")
                try await session.waitForStatus(containing: "quote 3/5")
                try session.send("c")
                let screen = try await session.waitForStatus(containing: "Copied the quote to the clipboard")
                // The sequence is not drawn: the article is as it was.
                #expect(!screen.text.contains("52;c;"), "\(screen)")
                let buffer = try session.run(["show-buffer"])
                #expect(buffer.hasPrefix("“Our ties are always developing"), "\(buffer)")
                #expect(buffer.hasSuffix("” — A Syrian military official"), "\(buffer)")
            }
        }

        @Test("c with no current quote and the pane hidden says how to get one")
        func nothingToCopy() async throws {
            try await withTmuxSession(try ledeCommand()) { session in
                try await waitForReader(session)
                try session.send("P")
                try await session.waitForStatus(containing: "Quotes pane hidden")
                try session.send("c")
                try await session.waitForStatus(containing: "No quote to copy")
            }
        }
    }
}
