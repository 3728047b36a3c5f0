import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// Keys that do nothing say so, as `less` does.
@Suite struct InvalidKeyTests {
    func message(after keys: [Key]) -> String? {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 80, height: 12)
        for key in keys { reader.handle(.key(key)) }
        return reader.state.message
    }

    @Test func aMarkNeedsALetter() {
        #expect(message(after: [.character("m"), .character("1")]) == "A mark is a letter")
        #expect(message(after: [.character("'"), .character("1")]) == "A mark is a letter")
        #expect(message(after: [.character("m"), .character("a")]) == "Marked a")
    }

    @Test func anUnboundKeySaysSo() {
        #expect(message(after: [.character("~")]) == "Unknown key ~ (h for help)")
        #expect(message(after: [.character("j")]) == nil)
    }
}
