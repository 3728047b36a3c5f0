import LedeKit
import Testing

/// Search with smart case.
@Suite struct SearchTests {
    let text = Array("Kerry met Lavrov. kerry-watchers noted that KERRY smiled; don’t ask.".unicodeScalars)

    @Test func lowerCaseQueryIgnoresCase() {
        #expect(TextSearch("kerry").matches(in: text) == [0..<5, 18..<23, 44..<49])
    }

    @Test func queryWithACapitalMatchesExactly() {
        #expect(TextSearch("Kerry").matches(in: text) == [0..<5])
        #expect(TextSearch("KERRY").matches(in: text) == [44..<49])
    }

    @Test func straightApostropheFindsCurlyOne() {
        #expect(TextSearch("don't").matches(in: text).count == 1)
    }

    @Test func noMatchesAndEmptyQuery() {
        #expect(TextSearch("zebra").matches(in: text).isEmpty)
        #expect(TextSearch("").matches(in: text).isEmpty)
    }
}
