import LedeReader
import LedeTerminal
import Testing

/// Printed text in a theme's colours: SGR escapes by colour depth, escaping of the text,
/// resets before line breaks, body text in the terminal's own colours.
@Suite struct SGRPainterTests {
    /// A theme with a coloured body, a 24-bit quote colour and an indexed actor palette.
    static let theme = Theme(
        name: "test",
        styles: [
            "text": TextStyle(foreground: .indexed(7), background: .indexed(0)),
            "quote": TextStyle(foreground: .rgb(red: 0x10, green: 0x40, blue: 0xC0), italic: true),
            "title": TextStyle(bold: true, underline: true),
            "speaker": TextStyle(foreground: .indexed(12)),
        ],
        actorPalette: [TextStyle(foreground: .indexed(1), bold: true), TextStyle(foreground: .indexed(208))])

    @Test func colourNumbersFollowTheDepth() {
        let quote = CellStyle(.quote)
        #expect(SGRPainter(theme: Self.theme, depth: .direct).paint("a", quote) == "\u{1B}[3;38;2;16;64;192ma\u{1B}[0m")
        // #1040C0 is cube colour 25 in 256 colours, and dark blue among the basic eight.
        #expect(SGRPainter(theme: Self.theme, depth: .indexed256).paint("a", quote) == "\u{1B}[3;38;5;25ma\u{1B}[0m")
        #expect(SGRPainter(theme: Self.theme, depth: .basic16).paint("a", quote) == "\u{1B}[3;34ma\u{1B}[0m")
        #expect(SGRPainter(theme: Self.theme, depth: .basic16).paint("a", CellStyle(.speaker)) == "\u{1B}[94ma\u{1B}[0m")
        #expect(SGRPainter(theme: Self.theme, depth: .direct).paint("a", CellStyle(.actor(id: "x", index: 1))) == "\u{1B}[38;5;208ma\u{1B}[0m")
        // No colour keeps the attributes.
        #expect(SGRPainter(theme: Self.theme, depth: .monochrome).paint("a", quote) == "\u{1B}[3ma\u{1B}[0m")
    }

    @Test func bodyTextKeepsTheTerminalsColours() {
        let painter = SGRPainter(theme: Self.theme, depth: .direct)
        #expect(painter.paint("plain words", .text) == "plain words")
        // An actor inside a title: both layers, and no body background under them.
        #expect(painter.paint("Ana", CellStyle([.title, .actor(id: "x", index: 0)])) == "\u{1B}[1;4;31mAna\u{1B}[0m")
    }

    @Test func textIsEscapedAndEveryLineClosed() {
        let painter = SGRPainter(theme: Self.theme, depth: .basic16)
        let painted = painter.paint("one\u{1B}[2J\u{202E}\ntwo\n", CellStyle(.speaker))
        #expect(painted == "\u{1B}[94mone␛[2J⇄\u{1B}[0m\n\u{1B}[94mtwo\u{1B}[0m\n")
        // The only escapes left are the painter's own.
        #expect(painted.replacing(/\x1B\[[0-9;]*m/, with: "") == "one␛[2J⇄\ntwo\n")
    }

    @Test func printedDepthFromTheEnvironment() {
        #expect(ColorDepth.forPrintedText(environment: ["COLORTERM": "truecolor", "TERM": "xterm"]) == .direct)
        #expect(ColorDepth.forPrintedText(environment: ["COLORTERM": "24bit"]) == .direct)
        #expect(ColorDepth.forPrintedText(environment: ["TERM": "xterm-256color"]) == .indexed256)
        #expect(ColorDepth.forPrintedText(environment: ["TERM": "xterm"]) == .basic16)
        #expect(ColorDepth.forPrintedText(environment: [:]) == .basic16)
    }
}
