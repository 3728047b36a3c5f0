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
