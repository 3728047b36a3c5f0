@testable import LedeKit
import Testing

/// Lines set between dashes, as agency copy writes subheads.
@Suite struct FramedSubheadTests {
    private static func isSubhead(_ line: String) -> Bool {
        FramedSubhead.isPresent(in: Array(line.unicodeScalars)[...])
    }

    @Test(arguments: ["\u{00E2} Old hands \u{00E2}.", "\u{00E2} \u{00E2}Who won?\u{00E2} \u{00E2}", "\u{00E2} A deal \u{00E2}.  "])
    func aLineBetweenSpacedMarksIsASubhead(line: String) {
        #expect(Self.isSubhead(line))
    }

    @Test(arguments: [
        "\u{00E2} and then it ended.",
        "\u{00E2}Old hands \u{00E2}.",
        "Old hands \u{00E2}.",
        "\u{00E2} Old hands\u{00E2}.",
        "\u{00E2} " + String(repeating: "word ", count: 30) + "\u{00E2}.",
    ])
    func otherLinesAreNot(line: String) {
        #expect(!Self.isSubhead(line))
    }
}
