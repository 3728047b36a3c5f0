import Testing
import LedeKit

@Suite("TextDecoder")
struct TextDecoderTests {
    private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func validUTF8IsReadAsUTF8() {
        let decoded = TextDecoder.decode(Array("Caf\u{E9} \u{2019}90s".utf8))
        #expect(Self.scalars(decoded.text) == Self.scalars("Caf\u{E9} \u{2019}90s"))
        #expect(decoded.encoding == .utf8)
    }

    @Test func emptyBytesAreEmptyUTF8() {
        #expect(TextDecoder.decode([]) == DecodedText(text: "", encoding: .utf8))
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("hi".utf8))
        #expect(Self.scalars(decoded.text) == ["h", "i"])
        #expect(decoded.encoding == .utf8WithBOM)
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        let decoded = TextDecoder.decode([0x93, 0x48, 0x69, 0x94, 0x20, 0x85, 0x96, 0x97, 0x99, 0x80, 0x9F])
        #expect(Self.scalars(decoded.text) == Self.scalars("\u{201C}Hi\u{201D} \u{2026}\u{2013}\u{2014}\u{2122}\u{20AC}\u{178}"))
        #expect(decoded.encoding == .windows1252)
    }

    @Test func undefinedWindows1252BytesKeepTheirC1Controls() {
        let decoded = TextDecoder.decode([0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D])
        #expect(Self.scalars(decoded.text) == ["\u{20AC}", "\u{81}", "\u{8D}", "\u{8F}", "\u{90}", "\u{9D}"])
        #expect(decoded.encoding == .windows1252)
    }

    @Test func bytesThatReadTheSameInLatin1AreLatin1() {
        let decoded = TextDecoder.decode([0x63, 0x61, 0x66, 0xE9, 0x81])
        #expect(Self.scalars(decoded.text) == ["c", "a", "f", "\u{E9}", "\u{81}"])
        #expect(decoded.encoding == .latin1)
    }

    @Test func utf16LittleEndianWithByteOrderMark() {
        let units = Array("Hi \u{1F600}".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = TextDecoder.decode(bytes)
        #expect(Self.scalars(decoded.text) == Self.scalars("Hi \u{1F600}"))
        #expect(decoded.encoding == .utf16LE)
    }

    @Test func utf16BigEndianWithByteOrderMark() {
        let units = Array("\u{201C}Hi\u{201D}".utf16)
        let bytes: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = TextDecoder.decode(bytes)
        #expect(Self.scalars(decoded.text) == Self.scalars("\u{201C}Hi\u{201D}"))
        #expect(decoded.encoding == .utf16BE)
    }

    @Test func brokenUTF16BecomesReplacementCharacters() {
        // A lone high surrogate, then an odd last byte.
        let decoded = TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00, 0x43])
        #expect(Self.scalars(decoded.text) == ["A", "\u{FFFD}", "B", "\u{FFFD}"])
        #expect(decoded.encoding == .utf16LE)
    }

    @Test(arguments: [
        (Array("a\r\nb\rc\n\r\nd\r".utf8), "a\nb\nc\n\nd\n"),
        ([0x61, 0x0D, 0x0A, 0x93, 0x0D, 0x62], "a\n\u{201C}\nb"),
        ([0xFF, 0xFE, 0x61, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x62, 0x00], "a\nb"),
    ] as [([UInt8], String)])
    func lineEndsBecomeLineFeeds(bytes: [UInt8], expected: String) {
        #expect(Self.scalars(TextDecoder.decode(bytes).text) == Self.scalars(expected))
    }

    @Test func textIsPutInNormalizationFormC() {
        let decoded = TextDecoder.decode(Array("Cafe\u{301} and Ro\u{302}me".utf8))
        #expect(Self.scalars(decoded.text) == Self.scalars("Caf\u{E9} and R\u{F4}me"))
    }

    @Test func anyBytesDecodeWithoutLineFeedSurprises() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var samples: [[UInt8]] = (0...255).map { [UInt8($0)] }
        for _ in 0..<2000 {
            let count = Int(state % 40)
            samples.append((0..<count).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
        }
        for bytes in samples {
            let text = TextDecoder.decode(bytes).text
            #expect(!text.unicodeScalars.contains("\r"))
            #expect(text.unicodeScalars.count <= bytes.count)
        }
    }
}
