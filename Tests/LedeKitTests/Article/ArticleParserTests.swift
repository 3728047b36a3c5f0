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

    @Test func aTitledTextOpensWithItsTitleHoweverItEnds() {
        let article = ArticleParser.parse("Ferry fares rise. Riders shrug.\n\nThe council voted on Monday.", titled: true)
        #expect(article.title.map { article[$0.range] } == "Ferry fares rise. Riders shrug.")
        #expect(article.paragraphs.map(\.role) == [.title, .body])
    }

    @Test func aHeadlineAndDeckBeforeALabelInCapitalsAreTheTitle() {
        let text = "Ferry fares rise again; \nRiders on the island route will pay a fifth more from May.\n\nABSTRACT.\n\n"
            + "The council raised the fares on Monday.\n\nFULL TEXT.\n\nThe vote came after a long night of debate."
        let article = ArticleParser.parse(text)
        #expect(article.title.map { article[$0.range] }
            == "Ferry fares rise again; \nRiders on the island route will pay a fifth more from May.")
        #expect(article.paragraphs.map(\.role) == [.title, .body, .body, .body, .body])
    }

    @Test func aSentenceBeforeAParagraphInCapitalsIsNoTitle() {
        let article = ArticleParser.parse("This opens the story.\n\nNOBODY KNEW WHY THE FERRY STOPPED RUNNING AT ALL.\n\nIt goes on.")
        #expect(article.title == nil)
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

    /// The dateline of `text`'s article, if any.
    private func dateline(_ text: String) -> String? {
        let article = ArticleParser.parse(text)
        return article.paragraphs.lazy.compactMap(\.dateline).first.map { article[$0] }
    }

    @Test(arguments: [
        // After a standfirst, or a line giving the date.
        ("Harbour talks resume\n\nThe two sides met again after a month apart.\n\nPARIS (Lede) — The talks went on.", "PARIS (Lede) —"),
        ("Harbour talks resume\n\nPublished 3 June 2026\n\nPARIS (Lede) — The talks went on.", "PARIS (Lede) —"),
        // A country or a date after the place's comma.
        ("Harbour talks resume\n\nPARIS, June 3 (Lede) — The talks went on.", "PARIS, June 3 (Lede) —"),
        ("Harbour talks resume\n\nLYON, France (Lede) — The talks went on.", "LYON, France (Lede) —"),
        // Two hyphens for a dash.
        ("Harbour talks resume\n\nPARIS (Lede) -- The talks went on.", "PARIS (Lede) --"),
        ("PARIS (Lede) — The talks went on.\n\nMore followed.", "PARIS (Lede) —"),
    ])
    func datelinesInTheirUsualForms(text: String, expected: String) {
        #expect(dateline(text) == expected)
    }

    @Test(arguments: [
        "Harbour talks resume\n\nPARIS, where the talks went on — nobody came.",
        "Harbour talks resume\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nPARIS (Lede) — Too far down to be a dateline.",
        "Harbour talks resume\n\nPARIS (Lede) — The talks went on.\n\nROME (Lede) — A second story.",
    ])
    func notADateline(text: String) {
        let article = ArticleParser.parse(text)
        let datelines = article.paragraphs.compactMap(\.dateline).map { article[$0] }
        #expect(datelines.count <= 1)
        #expect(!datelines.contains { $0.hasPrefix("ROME") || $0.hasPrefix("PARIS, where") || $0.contains("Too far") }, "\(datelines)")
        if text.contains("One.") { #expect(datelines.isEmpty) }
        if text.contains("where") { #expect(datelines.isEmpty) }
    }
}
