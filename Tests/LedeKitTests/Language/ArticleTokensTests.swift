@testable import LedeKit
import Testing

/// The paragraphs' tokens, which the analysis shares with the passes over the whole text.
@Suite struct ArticleTokensTests {
    /// Texts whose paragraph breaks fall beside words that could run on: a dot, a hyphen, an
    /// apostrophe, a doubled quotation mark, hard-wrapped lines and blank lines of spaces.
    private static let texts = [
        "A title of sorts\n\nThe mayor said it was over.\nShe left for the U.S.\n'' Then she wrote -\nback home.",
        "First line of a wrapped paragraph that goes on\nand on to the next line, as in e-mail\n\n  \t\nNew paragraph’\n’s end",
        "Sen. Warren spoke.\r\nMr. Lee answered\u{2028}quickly\n\n\n“Yes,” he said.\n",
    ]

    @Test func paragraphTokensAreTheWholeTextsTokens() {
        for text in Self.texts {
            let article = ArticleParser.parse(text)
            let joined = Array(ArticleTokens(article: article).paragraphs.joined())
            #expect(joined == Tokenizer.tokens(in: article.scalars), "\(text)")
        }
    }
}
