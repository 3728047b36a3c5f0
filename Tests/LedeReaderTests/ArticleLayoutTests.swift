import LedeKit
import LedeReader
import Testing

/// Wrapping an article to a width.
@Suite struct ArticleLayoutTests {
    func article(_ text: String) -> Article { ArticleParser.parse(text) }

    @Test func linesNeverExceedTheWidthAndKeepEveryWord() {
        let text = "A headline\n\nThe quick brown fox jumps over the lazy dog, again and again, while the farmer's well-known sheep-dog watches."
        let article = article(text)
        for width in [1, 5, 12, 20, 33, 80] {
            let layout = ArticleLayout(article: article, width: width)
            for line in layout.lines {
                #expect(DisplayWidth.total(article[line.range]) <= width || line.range.count == 1)
            }
            let words = layout.lines.filter { $0.role == .body }.map { article[$0.range] }.joined(separator: " ")
                .split(whereSeparator: { $0 == " " }).joined()
            #expect(words == article[article.paragraphs[1].range].split(separator: " ").joined())
        }
    }

    @Test func wideCharactersCountTwoColumns() {
        let article = article("標題\n\n東京で会議が開かれた。各国の代表が集まった。")
        let layout = ArticleLayout(article: article, width: 10)
        #expect(layout.lines.filter { $0.role == .body }.allSatisfy { DisplayWidth.total(article[$0.range]) <= 10 })
        #expect(layout.lines.filter { $0.role == .body }.count == 5)  // 22 characters, 5 to a line
    }

    @Test func paragraphsAreSeparatedByBlankLinesAndTitleIsMarked() {
        let layout = ArticleLayout(article: article("Title here\n\nFirst paragraph.\n\nSecond paragraph."), width: 40)
        #expect(layout.lines.map(\.role) == [.title, .blank, .body, .blank, .body])
        #expect(layout.lineIndex(containing: 30) == 4)
    }

    @Test func hyphenatedWordsBreakAfterTheHyphen() {
        let article = article("Title\n\nabc well-known")
        let layout = ArticleLayout(article: article, width: 9)
        #expect(layout.lines.filter { $0.role == .body }.map { article[$0.range] } == ["abc well-", "known"])
    }

    @Test func aListItemsWrappedLinesHangUnderItsText() {
        let article = article("Title\n\n\u{2022} one two three four\n\n12. five six seven eight")
        let layout = ArticleLayout(article: article, width: 12)
        let body = layout.lines.filter { $0.role == .body }
        #expect(body.map { article[$0.range] } == ["\u{2022} one two", "three four", "12. five six", "seven", "eight"])
        #expect(body.map(\.indent) == [0, 2, 0, 4, 4])
    }

    @Test func aParagraphOpeningWithAYearIsNoListItem() {
        let article = article("Title\n\n2019. one two three four")
        let layout = ArticleLayout(article: article, width: 12)
        #expect(layout.lines.filter { $0.role == .body }.map(\.indent) == [0, 0, 0])
    }
}
