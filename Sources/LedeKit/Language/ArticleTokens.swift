import Algorithms

/// The tokens of every paragraph of an article, made once and shared by the passes that
/// read them, so that no pass tokenizes the same text twice.
struct ArticleTokens: Sendable {
    /// Each paragraph's tokens, in text order.
    let paragraphs: [[Token]]

    /// Tokenizes every paragraph of `article`.
    init(article: Article) {
        paragraphs = article.paragraphs.map { Tokenizer.tokens(in: article.scalars, range: $0.range) }
    }

    /// The tokens of paragraph `index` that start inside `range` (a sentence of it), found by
    /// binary search.
    func tokens(ofParagraph index: Int, in range: Range<Int>) -> ArraySlice<Token> {
        let tokens = paragraphs[index]
        let start = tokens.partitioningIndex { $0.range.lowerBound >= range.lowerBound }
        let end = tokens[start...].partitioningIndex { $0.range.lowerBound >= range.upperBound }
        return tokens[start..<end]
    }
}
