import Testing

@testable import LedeTerminal

/// The reset sent before a repaint is written straight to the terminal, not through
/// `tputs`: terminfo padding must come out of it rather than show as text.
struct AttributeResetTests {
    private func stripped(_ capability: String) -> String {
        String(decoding: TerminalScreen.withoutPadding(Array(capability.utf8)), as: UTF8.self)
    }

    @Test func paddingIsRemoved() {
        #expect(stripped("\u{1B}[m\u{0F}$<2>") == "\u{1B}[m\u{0F}")  // vt100's sgr0
        #expect(stripped("$<5*/>\u{1B}[0m$<.5>x") == "\u{1B}[0mx")
    }

    @Test func otherTextIsKept() {
        #expect(stripped("\u{1B}(B\u{1B}[m") == "\u{1B}(B\u{1B}[m")  // xterm's sgr0
        #expect(stripped("$x$<a>$<2") == "$x$<a>$<2")
        #expect(stripped("") == "")
    }
}
