import LedeKit
import Testing

/// The one escaping policy for text shown on a terminal.
@Suite struct DisplayEscapingTests {
    @Test func terminalTitleAndClipboardSequencesBecomeVisible() {
        let hostile = "Headline\u{1B}]0;owned\u{07} and \u{1B}]52;c;aGk=\u{07}"
        let shown = DisplayEscaping.escaped(hostile)
        #expect(shown == "Headline\u{241B}]0;owned\u{2407} and \u{241B}]52;c;aGk=\u{2407}")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    @Test func c1ControlsAndDeleteAreReplaced() {
        #expect(DisplayEscaping.escaped("a\u{9B}2Jb\u{7F}") == "a\u{FFFD}2Jb\u{2421}")
    }

    @Test func bidiControlsAreNeutralisedAndMarked() {
        let trojan = "access\u{202E}\u{2066}level\u{2069}\u{202C}\u{200F}"
        #expect(DisplayEscaping.escaped(trojan) == "access⇄⇄level⇄⇄⇄")
    }

    @Test func invisibleCharactersAreMarked() {
        #expect(DisplayEscaping.escaped("Ker\u{200B}ry\u{FEFF}\u{2060}\u{200C}") == "Ker⍽ry⍽⍽⍽")
        #expect(DisplayEscaping.escaped("a\u{E0001}\u{E0041}b") == "a⍽⍽b")
    }

    @Test func emojiJoinerAndOrdinaryTextAreKept() {
        let family = "👨\u{200D}👩\u{200D}👧 café — “quoted” مرحبا"
        #expect(DisplayEscaping.escaped(family) == family)
    }

    @Test func lineBreaksAreKeptOnlyWhenAsked() {
        #expect(DisplayEscaping.escaped("a\tb\nc") == "a\u{2409}b\u{240A}c")
        #expect(DisplayEscaping.escaped("a\tb\nc\u{1B}", keepingLineBreaks: true) == "a\tb\nc\u{241B}")
    }

    @Test func everyStandInIsOneScalar() {
        for value in Array(0..<0x20) + Array(0x7F..<0xA0) + [0x202E, 0x2066, 0x200B, 0xFEFF, 0x2028] {
            let scalar = Unicode.Scalar(UInt32(value))!
            let shown = DisplayEscaping.escaped(String(scalar))
            #expect(shown.unicodeScalars.count == 1, "U+\(String(value, radix: 16))")
            #expect(shown != String(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test("the byte scan escapes every scalar exactly as its stand-in says, alone and between others")
    func byteScanAgreesWithTheStandIns() {
        var mismatches: [String] = []
        // Every lead byte of one, two and three bytes, the planes after, the tags, the last.
        let values = Array(UInt32(0)...0x1FFFF) + Array(UInt32(0xE0000)...0xE01FF) + Array(UInt32(0x10FFF0)...0x10FFFF)
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for keepingLineBreaks in [false, true] {
                let expected = String(DisplayEscaping.replacement(for: scalar, keepingLineBreaks: keepingLineBreaks) ?? scalar)
                let shown = DisplayEscaping.escaped("a" + String(scalar) + "é", keepingLineBreaks: keepingLineBreaks)
                if shown != "a" + expected + "é", mismatches.count < 5 { mismatches.append("U+\(String(value, radix: 16))") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func escapesAtBothEndsAndSideBySideKeepTheTextBetween() {
        #expect(DisplayEscaping.escaped("\u{1B}x\u{202E}\u{9B}“y”\u{7F}") == "\u{241B}x⇄\u{FFFD}“y”\u{2421}")
        #expect(DisplayEscaping.escaped("") == "")
    }

    @Test func fileNameBytesThatAreNotUTF8ShowAsHex() {
        let name: [UInt8] = Array("b".utf8) + [0xFF] + Array(".txt\u{1B}".utf8)
        #expect(DisplayEscaping.escaped(bytes: name) == "b\\xFF.txt\u{241B}")
        #expect(DisplayEscaping.escaped(bytes: Array("résumé.txt".utf8)) == "résumé.txt")
    }
}
