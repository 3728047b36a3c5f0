import LedeReader
import Testing

/// Keys to commands: counts, sequences and letters after a prefix.
@Suite struct KeyParserTests {
    /// The outcome of typing `keys` in `mode`, key by key; the last outcome.
    private func read(_ keys: [Key], in mode: InputMode = .reading) -> (KeyParser.Outcome, KeyParser) {
        var parser = KeyParser()
        var outcome = KeyParser.Outcome.unbound
        for key in keys { outcome = parser.read(key, in: mode) }
        return (outcome, parser)
    }

    private func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func aBoundKeyIsItsCommandOnce() {
        #expect(read(typed("j")).0 == .command(.scrollLines(1), times: 1))
        #expect(read([.down]).0 == .command(.scrollLines(1), times: 1))
    }

    @Test func aCountRepeatsAMotion() {
        #expect(read(typed("10j")).0 == .command(.scrollLines(1), times: 10))
        #expect(read(typed("3]")).0 == .command(.nextQuote, times: 3))
    }

    @Test func aCountIsALineNumberForGAndG() {
        #expect(read(typed("3G")).0 == .command(.goToLine(3), times: 1))
        #expect(read(typed("12g")).0 == .command(.goToLine(12), times: 1))
        #expect(read(typed("G")).0 == .command(.bottom, times: 1))
    }

    @Test func percentTakesItsCount() {
        #expect(read(typed("50%")).0 == .command(.goToPercent(50), times: 1))
        #expect(read(typed("50p")).0 == .command(.goToPercent(50), times: 1))
        #expect(read(typed("%")).0 == .command(.goToPercent(0), times: 1))
    }

    @Test func zeroOnlyContinuesACount() {
        #expect(read(typed("0")).0 == .unbound)
        #expect(read(typed("20j")).0 == .command(.scrollLines(1), times: 20))
    }

    @Test func aCountIsCappedSoItNeverOverflows() {
        #expect(read(typed(String(repeating: "9", count: 40) + "j")).0 == .command(.scrollLines(1), times: KeyParserTests.cap))
    }

    static let cap = 999_999

    @Test func sequencesOfMoreThanOneKey() {
        let (escape, pending) = read([.escape])
        #expect(escape == .pending)
        #expect(pending.pendingText == nil, "a lone Esc shows nothing pending")
        #expect(read([.character("3"), .escape]).1.pendingText == "3Esc", "with a count it shows, as the count does")
        #expect(read([.escape, .character("u")]).0 == .command(.clearSearch, times: 1))
        #expect(read(typed("ZZ")).0 == .command(.quit, times: 1))
        #expect(read(typed("''")).0 == .command(.previousPosition, times: 1))
    }

    @Test func aLetterAfterAPrefix() {
        #expect(read(typed("ma")).0 == .command(.setMark("a"), times: 1))
        #expect(read(typed("'b")).0 == .command(.goToMark("b"), times: 1))
        let (outcome, parser) = read(typed("m1"))
        #expect(outcome == .needsLetter, "marks are letters: m1 is dropped, and says why")
        #expect(parser.pendingText == nil)
    }

    @Test func anUnboundKeyDropsWhatWasPending() {
        let (outcome, parser) = read(typed("5Zx"))
        #expect(outcome == .unbound)
        #expect(parser.pendingText == nil)
        #expect(read(typed("5Zxj")).0 == .command(.scrollLines(1), times: 1))
    }

    @Test func aStrayEscapeNeverSwallowsTheNextKey() {
        #expect(read([.escape, .character("j")]).0 == .command(.scrollLines(1), times: 1))
        #expect(read([.escape, .character("q")]).0 == .command(.quit, times: 1))
        #expect(read([.escape, .escape, .character("u")]).0 == .command(.clearSearch, times: 1))
    }

    @Test func pendingTextShowsCountAndKeys() {
        #expect(read(typed("12")).1.pendingText == "12")
        #expect(read(typed("3Z")).1.pendingText == "3Z")
    }

    @Test func thePromptHasItsOwnBindingsAndNoCounts() {
        #expect(read([.enter], in: .prompt).0 == .command(.promptSubmit, times: 1))
        #expect(read([.control("c")], in: .prompt).0 == .command(.promptCancel, times: 1))
        #expect(read(typed("5"), in: .prompt).0 == .unbound, "a digit is text in the prompt")
        #expect(read(typed("j"), in: .prompt).0 == .unbound)
    }

    @Test func helpScrollsAndTogglesButReadsNoOtherKey() {
        #expect(read(typed("j"), in: .help).0 == .command(.scrollLines(1), times: 1))
        #expect(read([.function(1)], in: .help).0 == .command(.toggleHelp, times: 1))
        #expect(read(typed("q"), in: .help).0 == .unbound)
    }
}
