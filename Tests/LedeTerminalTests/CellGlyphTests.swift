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

        @Test func replacesControlCharacters() {
            #expect(scalars("\u{7}") == [0xFFFD, 0])
            #expect(scalars("\u{1B}") == [0xFFFD, 0])
            #expect(scalars("\u{9B}") == [0xFFFD, 0])
            #expect(scalars("\u{7F}") == [0xFFFD, 0])
        }

        @Test func setsALoneMarkOnASpaceAndLimitsMarks() {
            #expect(scalars("\u{301}") == [0x20, 0x301, 0])
            let many = "a" + String(repeating: "\u{301}", count: 8)
            #expect(scalars(many) == [0x61, 0x301, 0x301, 0x301, 0x301, 0])
        }
    }
}
