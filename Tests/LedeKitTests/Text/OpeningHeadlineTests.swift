import Testing
import LedeKit

/// A first line that reads as a headline quotes in single marks; the body, and a first line
/// that reads as a lead paragraph, in double ones.
@Suite("Opening headline")
struct OpeningHeadlineTests {
    private static let body = "\n\nThe mayor said it was \u{201C}a disaster\u{201D} and it isn\u{2019}t over."

    private static func expectRecovery(of expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let repaired = StrandedMarkRepair.repair(StrandedMarkRepair.damage(expected)).text
        #expect(Array(repaired.unicodeScalars) == Array(expected.unicodeScalars), sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "Mayor Calls the New Bridge Plan a \u{2018}Disaster\u{2019} Before the Vote",
        "Mayor Calls New Bridge Plan a \u{2018}Disaster\u{2019} and Asks Council to Think Again.",
        "Mayor calls bridge plan a \u{2018}disaster\u{2019} before vote.",
        "Dr. Ann Lee: City Bridge Is \u{2018}Not Safe to Cross.\u{2019}",
    ])
    func aHeadlineQuotesInSingleMarksEvenAfterAFullStop(headline: String) {
        Self.expectRecovery(of: headline + Self.body)
    }

    @Test(arguments: [
        "The mayor on Monday called the new bridge plan a \u{201C}disaster\u{201D} and asked the council to think again.",
        "The mayor called it a \u{201C}disaster.\u{201D} The Council Votes on Friday.",
    ])
    func aLeadParagraphFirstQuotesInDoubleMarks(lead: String) {
        Self.expectRecovery(of: lead + Self.body)
    }
}
