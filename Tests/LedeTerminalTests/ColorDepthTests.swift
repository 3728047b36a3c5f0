import CNcursesw
import LedeReader
import Testing

@testable import LedeTerminal

struct ColorDepthTests {
    @Test func depthFromTerminal() {
        #expect(ColorDepth(hasColors: false, colors: 256) == .monochrome)
        #expect(ColorDepth(hasColors: true, colors: 256) == .indexed256)
        #expect(ColorDepth(hasColors: true, colors: 88) == .basic16)
        #expect(ColorDepth(hasColors: true, colors: 8) == .basic8)
        #expect(ColorDepth(hasColors: true, colors: 0x1000000) == .direct)
        #expect(ColorDepth(hasColors: true, colors: 0x10000) == .basic8)
        #expect(ColorDepth(hasColors: true, colors: 0x1000000, environment: ["NO_COLOR": "1"]) == .monochrome)
    }

    @Test func directColourNumbersArePackedRGBAboveTheBasicEight() {
        #expect(ColorDepth.direct.number(for: .rgb(red: 0x12, green: 0x34, blue: 0x56)) == 0x123456)
        #expect(ColorDepth.direct.number(for: .indexed(3)) == 3)
        #expect(ColorDepth.direct.number(for: .indexed(12)) == 0x5C5CFF)
        #expect(ColorDepth.direct.number(for: .indexed(196)) == 0xFF0000)
        // #000000–#000007 would be read as the basic colours.
        #expect(ColorDepth.direct.number(for: .rgb(red: 0, green: 0, blue: 5)) == 8)
        #expect(ColorDepth.direct.number(for: .terminalDefault) == nil)
        #expect(ColorDepth.direct.phrase == "in 24-bit colour")
        #expect(ColorDepth.monochrome.phrase == "without colour")
    }

    @Test func truecolorAsksForTheFamilysDirectTerminalType() {
        let truecolor = ["COLORTERM": "truecolor"]
        #expect(DirectColorTerminal.candidate(for: "xterm-256color", environment: truecolor) == "xterm-direct")
        #expect(DirectColorTerminal.candidate(for: "tmux-256color", environment: ["COLORTERM": "24bit"]) == "tmux-direct")
        #expect(DirectColorTerminal.candidate(for: "screen-256color", environment: truecolor.merging(["TMUX": "/tmp/s,1,0"]) { $1 })
            == "tmux-direct")
        #expect(DirectColorTerminal.candidate(for: "xterm-direct", environment: truecolor) == nil)
        #expect(DirectColorTerminal.candidate(for: "xterm-256color", environment: [:]) == nil)
        #expect(DirectColorTerminal.candidate(for: "xterm-256color", environment: ["COLORTERM": "yes"]) == nil)
        #expect(DirectColorTerminal.candidate(for: "xterm-256color", environment: ["COLORTERM": "truecolor", "NO_COLOR": "1"]) == nil)
    }

    @Test func noColorTurnsColourOffWhenSetToAnything() {
        #expect(ColorDepth(hasColors: true, colors: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorDepth(hasColors: true, colors: 8, environment: ["NO_COLOR": "no"]) == .monochrome)
        #expect(ColorDepth(hasColors: true, colors: 256, environment: ["NO_COLOR": ""]) == .indexed256)
        #expect(ColorDepth(hasColors: true, colors: 256, environment: ["TERM": "xterm"]) == .indexed256)
    }

    @Test func withoutColourAStyleMarkedByItsBackgroundIsReversed() throws {
        let theme = try ThemeFile.parse(
            """
            [styles]
            "search.current" = { fg = "black", bg = "yellow" }
            "actor.russia" = { fg = "blue", bold = true }
            text = { fg = "default", bg = "default" }
            """, name: "test")
        let pairs = ColorPairs(hasDefaultColors: true, maximumPairs: 256)
        var mono = StylePalette(theme: theme, depth: .monochrome, pairs: pairs)
        let current = mono.look(for: CellStyle(.searchCurrent))
        #expect(current.pair == 0)
        #expect(current.attributes & lede_attr_reverse() != 0)
        let actor = mono.look(for: CellStyle(.actor(id: "russia", index: 1)))
        #expect(actor.attributes & lede_attr_reverse() == 0)
        #expect(actor.attributes & lede_attr_bold() != 0)
        #expect(mono.look(for: CellStyle(.text)).attributes & lede_attr_reverse() == 0)
        var colour = StylePalette(theme: theme, depth: .indexed256, pairs: pairs)
        #expect(colour.look(for: CellStyle(.searchCurrent)).attributes & lede_attr_reverse() == 0)
    }

    /// A theme with its own background (`dark`): without colour, only what stands out from the
    /// body text's background is reversed, not the whole screen.
    @Test func withoutColourTheBodyTextsOwnBackgroundIsNoMark() throws {
        let theme = try ThemeFile.parse(
            """
            [palette]
            bg = "#202020"
            [styles]
            text = { fg = "#d0d0d0", bg = "bg" }
            quote = { fg = "#a0c0ff", bg = "bg", italic = true }
            "search.current" = { fg = "black", bg = "yellow" }
            status = { fg = "black", bg = "#a0a0a0" }
            """, name: "test")
        var mono = StylePalette(theme: theme, depth: .monochrome, pairs: ColorPairs(hasDefaultColors: true, maximumPairs: 256))
        #expect(mono.look(for: CellStyle(.text)).attributes & lede_attr_reverse() == 0)
        #expect(mono.look(for: CellStyle(.quote)).attributes & lede_attr_reverse() == 0)
        #expect(mono.look(for: CellStyle(.quote)).attributes & lede_attr_italic() != 0)
        #expect(mono.look(for: CellStyle(.searchCurrent)).attributes & lede_attr_reverse() != 0)
        #expect(mono.look(for: CellStyle(.status)).attributes & lede_attr_reverse() != 0)
    }

    @Test func colorNumbers() {
        let blue = ThemeColor.rgb(red: 0, green: 0, blue: 255)
        #expect(ColorDepth.indexed256.number(for: blue) == 21)
        #expect(ColorDepth.basic16.number(for: blue) == 4)
        #expect(ColorDepth.basic16.number(for: .indexed(12)) == 12)
        #expect(ColorDepth.basic8.number(for: .indexed(12)) == 4)
        #expect(ColorDepth.indexed256.number(for: .terminalDefault) == nil)
        #expect(ColorDepth.indexed256.number(for: nil) == nil)
        #expect(ColorDepth.monochrome.number(for: .indexed(1)) == nil)
    }
}
