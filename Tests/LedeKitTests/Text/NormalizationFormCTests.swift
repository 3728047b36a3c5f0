import Foundation
import Testing
@testable import LedeKit

@Suite("NormalizationFormC")
struct NormalizationFormCTests {
    /// Scalars that compose, decompose, reorder or stay, beside stable ones.
    private static let alphabet: [Unicode.Scalar] = [
        "a", "e", "n", "A", " ", "\n", "\u{E9}", "\u{2019}", "\u{201C}", "\u{2014}", "\u{20AC}",
        "\u{300}", "\u{301}", "\u{303}", "\u{323}", "\u{30A}", "\u{340}", "\u{2000}", "\u{2126}", "\u{212B}",
        "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{FEFF}", "\u{4E2D}", "\u{1F600}", "\u{0B47}", "\u{0B3E}",
    ]

    @Test("each stable scalar is left alone by normalization, alone and beside letters")
    func stableScalarsAreComposed() {
        let stable = (0..<0x2100).compactMap(Unicode.Scalar.init).filter(NormalizationFormC.isStable)
        for scalar in stable {
            for text in [String(scalar), "a" + String(scalar) + "b", String(scalar) + String(scalar)] {
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars),
                        "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("scalars that decompose or combine are not stable", arguments: [
        "\u{300}", "\u{301}", "\u{340}", "\u{2000}", "\u{2001}", "\u{20D0}", "\u{2126}", "\u{1161}", "\u{AC00}", "\u{1F600}",
    ] as [Unicode.Scalar])
    func unstable(scalar: Unicode.Scalar) {
        #expect(!NormalizationFormC.isStable(scalar))
    }

    @Test("the text is what normalizing it whole gives")
    func sameAsWholeText() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(state % 24) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(Self.alphabet[Int(state >> 33) % Self.alphabet.count])
            }
            let string = String(text)
            #expect(Array(NormalizationFormC.composed(string).unicodeScalars)
                        == Array(string.precomposedStringWithCanonicalMapping.unicodeScalars), "\(string.debugDescription)")
        }
    }

    @Test("a text of stable scalars comes back as it is")
    func stableText() {
        let text = "The mayor\u{2019}s \u{201C}caf\u{E9}\u{201D} \u{2014} \u{20AC}5\n"
        #expect(NormalizationFormC.composed(text) == text)
        #expect(NormalizationFormC.composed("") == "")
        #expect(Array(NormalizationFormC.composed("Cafe\u{301} \u{2126}").unicodeScalars) == Array("Caf\u{E9} \u{3A9}".unicodeScalars))
    }
}
