import LedeKit
import Testing

/// Title and paragraphs.
@Suite struct ArticleParserTests {
    @Test func onePargraphPerLineInScrapedText() {
        let long = String(repeating: "word ", count: 30)
        let article = ArticleParser.parse("A title\n\(long)one.\n\(long)two.\n\n\(long)three.\n")
        #expect(article.title.map { article[$0.range] } == "A title")
        #expect(article.paragraphs.count == 4)
        #expect(article[article.paragraphs[3].range].hasSuffix("three."))
    }

    @Test func hardWrappedBlocksAreOneParagraph() {
        let article = ArticleParser.parse("Short title\n\nFirst line of a paragraph\nthat goes on here.\n\nSecond one.")
        #expect(article.paragraphs.count == 3)
        #expect(article[article.paragraphs[1].range] == "First line of a paragraph\nthat goes on here.")
    }

    @Test func aFirstLineThatIsASentenceIsNotATitle() {
        let article = ArticleParser.parse("This opens the story.\n\nAnd this goes on.")
        #expect(article.title == nil)
        #expect(article.paragraphs.allSatisfy { $0.role == .body })
    }

    @Test func paragraphIndexOfAnOffset() {
        let article = ArticleParser.parse("Title\n\nBody one.\n\nBody two.")
        #expect(article.paragraphIndex(containing: 0) == 0)
        #expect(article.paragraphIndex(containing: 8) == 1)
        #expect(article.paragraphIndex(containing: 5) == nil)
    }

    @Test func emptyTextHasNoParagraphs() {
        #expect(ArticleParser.parse("").paragraphs.isEmpty)
        #expect(ArticleParser.parse("\n\n  \n").paragraphs.isEmpty)
    }

    @Test func bylineAndDateline() {
        let article = ArticleParser.parse("""
            Floods close the valley road

            By Jane Doe and Omar Haddad

            BEIRUT (Reuters) — Rain fell for a third day on Tuesday.

            NEW YORK - A second story paragraph.
            """)
        #expect(article.paragraphs.map(\.role) == [.title, .byline, .body, .body])
        #expect(article.paragraphs[2].dateline.map { article[$0] } == "BEIRUT (Reuters) —")
        #expect(article.paragraphs[3].dateline == nil)
    }

    @Test func ordinarySentencesHaveNoDatelineOrByline() {
        let article = ArticleParser.parse("Title\n\nBy the river — the town waited.\n\nOfficials in Paris — and Rome — agreed.")
        #expect(article.paragraphs.map(\.role) == [.title, .body, .body])
        #expect(article.paragraphs.allSatisfy { $0.dateline == nil })
    }
}
