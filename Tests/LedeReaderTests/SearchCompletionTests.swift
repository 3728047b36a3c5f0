import LedeKit
import LedeReader
import Testing

/// Tab in the search prompt completes a name or a word of the article.
@Suite struct SearchCompletionTests {
    @Test func tabCompletesAWordOfTheArticle() {
        let analysis = Analyzer().analyze(bytes: Array("The harbour reopened on Monday, said Ana Tallis.\n".utf8))
        var reader = Reader(analysis: analysis, fileName: "one.txt", width: 80, height: 12)
        for key in [Key.character("/"), .character("h"), .character("a"), .character("r"), .tab] { reader.handle(.key(key)) }
        guard case .prompt(let prompt) = reader.state.mode else {
            Issue.record("no prompt open")
            return
        }
        #expect(prompt.line == "harbour")
        reader.handle(.key(.escape))
        for key in [Key.character("/"), .character("t"), .character("a"), .character("l"), .tab] { reader.handle(.key(key)) }
        guard case .prompt(let second) = reader.state.mode else {
            Issue.record("no prompt open")
            return
        }
        #expect(second.line == "Ana Tallis" || second.line == "Tallis")
    }
}
