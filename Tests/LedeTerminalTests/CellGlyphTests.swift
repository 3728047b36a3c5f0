import Testing

@testable import LedeTerminal

extension ProcessStateTests {
    @Suite struct CellGlyphTests {
        init() {
            ProcessStateTests.useUTF8Locale()
        }

        private func scalars(_ text: String) -> [UInt32] {
            CellGlyph.characters(of: text).map { UInt32(bitPattern: $0) }
        }

        @Test func keepsPrintableCharactersAndCombiningMarks() {
            #expect(scalars("a") == [0x61, 0])
            #expect(scalars("漢") == [0x6F22, 0])
            #expect(scalars("e\u{301}") == [0x65, 0x301, 0])
        }

        @Test func showsControlCharactersAsTheirStandIns() {
            #expect(scalars("\u{7}") == [0x2407, 0])
            #expect(scalars("\u{1B}") == [0x241B, 0])
            #expect(scalars("\u{9B}") == [0xFFFD, 0])
            #expect(scalars("\u{7F}") == [0x2421, 0])
            #expect(scalars("\u{202E}") == [0x21C4, 0])
        }

        @Test func dropsControlsHiddenAmongCombiningMarks() {
            #expect(scalars("a\u{202E}\u{301}\u{1B}") == [0x61, 0x301, 0])
        }

        @Test func setsALoneMarkOnASpaceAndLimitsMarks() {
            #expect(scalars("\u{301}") == [0x20, 0x301, 0])
            let many = "a" + String(repeating: "\u{301}", count: 8)
            #expect(scalars(many) == [0x61, 0x301, 0x301, 0x301, 0x301, 0])
        }
    }
}
