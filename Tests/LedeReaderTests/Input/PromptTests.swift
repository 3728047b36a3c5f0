import LedeKit
import LedeReader
import LedeTestSupport
import Testing

/// The prompt's line editing and history, alone and in the reader.
@Suite struct PromptTests {
    private func prompt(_ text: String, history: [String] = []) -> Prompt {
        var prompt = Prompt(.search(forward: true), history: history)
        for character in text { prompt.insert(character) }
        return prompt
    }

    @Test func insertsAtTheCursor() {
        var prompt = prompt("abc")
        prompt.moveCursor(by: -1)
        prompt.insert("X")
        #expect(prompt.line == "abXc")
        #expect(prompt.cursor == 3)
        prompt.moveCursor(toEnd: false)
        prompt.insert("<")
        prompt.moveCursor(toEnd: true)
        prompt.insert(">")
        #expect(prompt.line == "<abXc>")
    }

    @Test func theCursorStaysWithinTheLine() {
        var prompt = prompt("ab")
        prompt.moveCursor(by: 5)
        #expect(prompt.cursor == 2)
        prompt.moveCursor(by: -9)
        #expect(prompt.cursor == 0)
        let deleted = prompt.deleteBackward()
        #expect(!deleted, "nothing before the cursor")
        #expect(prompt.line == "ab")
    }

    @Test func controlWDeletesTheWordBeforeTheCursor() {
        var prompt = prompt("Assad and  Putin ")
        prompt.deleteWordBackward()
        #expect(prompt.line == "Assad and  ")
        prompt.deleteWordBackward()
        #expect(prompt.line == "Assad ")
    }

    @Test func controlUDeletesEverythingBeforeTheCursor() {
        var prompt = prompt("Moscow talks")
        prompt.moveCursor(by: -5)
        prompt.deleteToStart()
        #expect(prompt.line == "talks")
        #expect(prompt.cursor == 0)
    }

    @Test func historyWalksBackAndReturnsToWhatWasTyped() {
        var prompt = prompt("dra", history: ["first", "second"])
        prompt.walkHistory(older: true)
        #expect(prompt.line == "second")
        prompt.walkHistory(older: true)
        #expect(prompt.line == "first")
        prompt.walkHistory(older: true)
        #expect(prompt.line == "first", "the oldest stays")
        prompt.walkHistory(older: false)
        prompt.walkHistory(older: false)
        #expect(prompt.line == "dra", "the line being typed comes back")
        #expect(prompt.cursor == 3)
    }

    // MARK: - In the reader

    private func reader(history: [String] = []) -> Reader {
        Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 60, height: 10, searchHistory: history)
    }

    private func press(_ keys: [Key], on reader: inout Reader) {
        for key in keys { reader.handle(.key(key)) }
    }

    private func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func editingKeysInTheReader() {
        var reader = reader()
        press([.character("/")] + typed("talsk") + [.left, .backspace, .right] + typed("s") + [.control("a"), .control("e")], on: &reader)
        guard case .prompt(let prompt) = reader.state.mode else {
            Issue.record("no prompt open")
            return
        }
        #expect(prompt.line == "talks")
        press([.control("u")], on: &reader)
        guard case .prompt(let emptied) = reader.state.mode else {
            Issue.record("^U closed the prompt")
            return
        }
        #expect(emptied.line.isEmpty)
    }

    @Test func controlCClosesThePromptAndLedeGoesOn() {
        var reader = reader()
        press([.character("/")] + typed("x") + [.control("c")], on: &reader)
        #expect(reader.state.mode == .reading)
        #expect(!reader.state.hasQuit)
        press([.control("c")], on: &reader)
        #expect(reader.state.hasQuit, "^C while reading quits")
    }

    @Test func aSearchIsRememberedAndUpBringsItBack() {
        var reader = reader(history: ["older"])
        press([.character("/")] + typed("talks") + [.enter], on: &reader)
        #expect(reader.state.searchHistory == ["older", "talks"])
        press([.character("?"), .up], on: &reader)
        guard case .prompt(let prompt) = reader.state.mode else {
            Issue.record("no prompt open")
            return
        }
        #expect(prompt.line == "talks")
        press([.enter], on: &reader)
        #expect(reader.state.searchHistory == ["older", "talks"], "a search run again is not listed twice")
    }

    @Test func badAndBlankPatternsAreNotRemembered() {
        var reader = reader(history: ["older"])
        press([.character("/")] + typed("\\v([") + [.enter], on: &reader)
        press([.character("/")] + typed("   ") + [.enter], on: &reader)
        press([.character("/")] + typed("\\v") + [.enter], on: &reader)
        #expect(reader.state.searchHistory == ["older"])
    }

    @Test func aFreshPromptShowsNoOldCounter() {
        var reader = reader()
        press([.character("/")] + typed("talks") + [.enter], on: &reader)
        #expect(reader.render().text.components(separatedBy: "\n").last?.contains("/") == true)
        press([.character("/")], on: &reader)
        let status = reader.render().text.components(separatedBy: "\n").last ?? ""
        #expect(status.trimmingCharacters(in: .whitespaces) == "/", "\(status)")
    }

    @Test func theCursorIsShownAndALongLineScrollsToIt() {
        var reader = Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 12, height: 6)
        press([.character("/")] + typed("abcdefghijklmnop") + [.left], on: &reader)
        let frame = reader.render()
        let row = frame.height - 1
        #expect(frame.text(ofRow: row).hasPrefix("/"))
        // The cursor stands on the last character, which is in view, highlighted.
        let cursor = (0..<frame.width).first { frame[$0, row].style.contains(.paneSelection) }
        #expect(cursor.map { frame[$0, row].text } == "p")
    }
}

/// Incremental search: the view follows the query as it is typed; Esc goes back.
@Suite struct IncrementalSearchTests {
    private func reader() -> Reader {
        Reader(analysis: TestArticles.briefingAnalysis, fileName: "briefing.txt", width: 60, height: 6)
    }

    private func press(_ keys: [Key], on reader: inout Reader) {
        for key in keys { reader.handle(.key(key)) }
    }

    private func typed(_ text: String) -> [Key] { text.map { .character($0) } }

    /// The briefing's last line that holds a letter sequence, to search for something below the
    /// first screen.
    private func queryBelowTheFirstScreen(_ reader: Reader) -> String {
        let article = reader.analysis.article
        let last = reader.layout.lines.last { $0.role == .body }!
        let words = article[last.range].split(separator: " ").filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
        return String(words.last!).lowercased()
    }

    @Test func theViewFollowsTheQueryAsItIsTyped() {
        var reader = reader()
        let query = queryBelowTheFirstScreen(reader)
        press([.character("/")] + typed(query), on: &reader)
        guard case .prompt = reader.state.mode else {
            Issue.record("the prompt closed")
            return
        }
        let search = try! #require(reader.state.search)
        #expect(search.query == query)
        #expect(!search.matches.isEmpty)
        #expect(reader.state.top > 0, "the view moved to the match while typing")
    }

    @Test func escapeGoesBackToWhereTheSearchStarted() {
        var reader = reader()
        press([.character("/")] + typed("talks") + [.enter], on: &reader)
        let before = (top: reader.state.top, search: reader.state.search)
        press([.character("/")] + typed(queryBelowTheFirstScreen(reader)) + [.escape], on: &reader)
        #expect(reader.state.mode == .reading)
        #expect(reader.state.top == before.top)
        #expect(reader.state.search == before.search)
    }

    @Test func erasingTheQueryShowsWhatWasThere() {
        var reader = reader()
        press([.character("/")] + typed("zz"), on: &reader)
        press([.backspace, .backspace], on: &reader)
        #expect(reader.state.search == nil)
        #expect(reader.state.top == 0)
    }

    @Test func aBadPatternSaysSoAndTheTypingGoesOn() {
        var reader = reader()
        press([.character("/")] + typed("\\v(ab"), on: &reader)
        #expect(reader.state.message?.hasPrefix("bad pattern") == true)
        press(typed(")"), on: &reader)
        #expect(reader.state.message == nil)
        guard case .prompt(let prompt) = reader.state.mode else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.line == "\\v(ab)")
    }

    @Test func anAnswerToAnOlderRequestIsDropped() {
        var reader = reader()
        _ = reader.update(.key(.character("/")))
        let stale = reader.update(.key(.character("t")))
        for case .work(let work) in reader.update(.key(.character("a"))) { reader.receive(work.run()) }
        #expect(reader.state.search?.query == "ta")
        for case .work(let work) in stale { reader.receive(work.run()) }
        #expect(reader.state.search?.query == "ta", "the answer for “t” came late and was dropped")
    }

    @Test func escapeUTogglesTheHighlightAndKeepsTheSearch() {
        var reader = reader()
        press([.character("/")] + typed("talks") + [.enter], on: &reader)
        #expect(reader.state.search?.highlighted == true)
        press([.escape, .character("u")], on: &reader)
        #expect(reader.state.search?.highlighted == false)
        #expect(reader.state.search?.query == "talks")
        press([.escape, .character("u")], on: &reader)
        #expect(reader.state.search?.highlighted == true)
        press([.escape, .character("u"), .character("n")], on: &reader)
        #expect(reader.state.search?.highlighted == true, "n shows the matches again")
    }
}
