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
