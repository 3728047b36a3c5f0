import Testing
import LedeKit

/// A mark with no blank between it and the words on either side: a quotation mark after a
/// sentence's punctuation, a dash between a word and a figure or after a closing mark.
@Suite("Glued marks")
struct GluedMarkTests {
    private static func expectRecovery(of expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let damaged = StrandedMarkRepair.damage(expected)
        #expect(damaged != expected, "the case must contain damage", sourceLocation: sourceLocation)
        let repaired = StrandedMarkRepair.repair(damaged).text
        #expect(Array(repaired.unicodeScalars) == Array(expected.unicodeScalars), sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "\u{201C}We lost the vote,\u{201D}Lee said. \u{201C}It\u{2019}s over.\u{201D}",
        "Lee said,\u{201C}We lost the vote.\u{201D} It\u{2019}s over.",
    ])
    func aMarkAfterPunctuationClosesAnOpenQuotationOrOpensOne(text: String) {
        Self.expectRecovery(of: text)
    }

    @Test(arguments: [
        "The mayor won by ten points\u{2014}52 to 42\u{2014}and it\u{2019}s over.",
        "The council met in 2019\u{2014}six weeks late\u{2014}and it\u{2019}s over.",
        "Ann Lee (D-Ore.)\u{2014}the mayor\u{2014}said it\u{2019}s over.",
        "The slogan\u{2014}\u{201C}Build it now\u{201D}\u{2014}was hers, and it\u{2019}s over.",
    ])
    func aMarkGluedToAFigureOrAClosingMarkIsADash(text: String) {
        Self.expectRecovery(of: text)
    }
}
