import Testing
import LedeKit

/// Longer UTF-8 sequences that the damage which strands the marks reads as Latin-1, whole or cut short.
@Suite("Sequences read as Latin-1 beside stranded marks")
struct Latin1SequenceTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// An emoji loses its C1 bytes: the lead "ð" and any surviving byte become one U+FFFD, the
    /// variation selector's "ï¸" U+FE0F, a whole three-byte sequence its character.
    @Test(arguments: [
        ("We\u{E2}re open \u{F0} come by.", "We\u{2019}re open \u{FFFD} come by."),
        ("It\u{E2}s done \u{F0}\u{B3}\u{EF}\u{B8} at last.", "It\u{2019}s done \u{FFFD}\u{FE0F} at last."),
        ("They can\u{E2}t see \u{EF}\u{BB}\u{A3} here.", "They can\u{2019}t see \u{FEE3} here."),
        ("Prices rose \u{E2}\u{A5} 5 per cent and it\u{E2}s not over.", "Prices rose \u{FFFD} 5 per cent and it\u{2019}s not over."),
        ("The CAF\u{C3}S owner\u{E2}s dog.", "The CAF\u{FFFD}S owner\u{2019}s dog."),
    ])
    func cutAndWholeSequencesAreRepaired(damaged: String, expected: String) {
        let repaired = StrandedMarkRepair.repair(damaged)
        #expect(scalars(repaired.text) == scalars(expected))
    }

    /// Damaged and repaired, a text with emoji keeps its length in characters, the marks come back,
    /// and every replacement is reported with the damaged text it replaced.
    @Test func emojiKeepTheTextsLength() {
        let original = "We\u{2019}re here \u{1F642} and \u{1F3F3}\u{FE0F} now\u{2014}really, \u{201C}twice.\u{201D}"
        let damaged = StrandedMarkRepair.damage(original)
        let repaired = StrandedMarkRepair.repair(damaged)
        let expected = "We\u{2019}re here \u{FFFD} and \u{FFFD}\u{FE0F} now\u{2014}really, \u{201C}twice.\u{201D}"
        #expect(scalars(repaired.text) == scalars(expected))
        #expect(repaired.repairs.map(\.original) == ["\u{E2}", "\u{F0}", "\u{F0}\u{B3}", "\u{EF}\u{B8}", "\u{E2}", "\u{E2}", "\u{E2}"])
        let text = scalars(repaired.text)
        for repair in repaired.repairs {
            #expect(String(String.UnicodeScalarView(text[repair.range])) == repair.replacement)
        }
    }

    /// A two-byte lead before a blank may be "à" whose no-break space became a space: it is left
    /// for the mojibake repair, as is a whole two-byte sequence.
    @Test func twoByteLeadBeforeABlankIsLeft() {
        let damaged = "Voil\u{C3} it\u{E2}s caf\u{C3}\u{A9} time."
        #expect(scalars(StrandedMarkRepair.repair(damaged).text) == scalars("Voil\u{C3} it\u{2019}s caf\u{C3}\u{A9} time."))
    }

    /// A small accented letter with no continuation byte after it is a real letter, of real text:
    /// it keeps the gate shut, even beside an "ð", so the text stays as it is.
    @Test(arguments: ["Sigur\u{F0}ur said h\u{E2}l\u{E2}, caf\u{E9}.", "Jos\u{E9} \u{E2} 10\u{E2}12 pages."])
    func realLettersKeepTheGateShut(text: String) {
        let repaired = StrandedMarkRepair.repair(text)
        #expect(scalars(repaired.text) == scalars(text))
        #expect(repaired.repairs.isEmpty)
    }
}
