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
        #expect(ColorDepth(hasColors: true, colors: 0x1000000) == .basic8)
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
