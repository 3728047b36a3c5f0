import CNcursesw
import Glibc
import LedeReader
import Testing

@testable import LedeTerminal

extension ProcessStateTests {
    /// A terminal that ncurses knows but cannot drive is refused before anything is drawn,
    /// with an error that lets the caller show the text instead.
    @Suite struct UnsupportedTerminalTests {
        @Test func aTerminalWithoutCursorAddressingIsRefused() throws {
            ProcessStateTests.useUTF8Locale()
            let output = try #require(fopen("/dev/null", "w"))
            defer { fclose(output) }
            #expect(throws: TerminalError.cannotAddressCursor("dumb")) {
                try TerminalScreen(theme: Theme(name: "test", styles: [:]), output: output, input: lede_stdin(), terminalType: "dumb")
            }
            #expect(TerminalError.cannotAddressCursor("dumb").isUnsupportedTerminal)
        }

        @Test func whichErrorsLeaveATerminalToPrintOn() {
            #expect(TerminalError.terminalTypeNotSet.isUnsupportedTerminal)
            #expect(TerminalError.unknownTerminalType("x").isUnsupportedTerminal)
            #expect(!TerminalError.notATerminal.isUnsupportedTerminal)
            #expect(!TerminalError.cannotOpenControllingTerminal(reason: "x").isUnsupportedTerminal)
        }
    }
}
