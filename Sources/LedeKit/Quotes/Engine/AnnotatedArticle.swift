/// An article annotated once for attribution: its tokens, quoted spans, sentences and the
/// people it names. Every sieve reads it; none recomputes it.
struct AnnotatedArticle: Sendable {
    /// The article.
    let article: Article
    /// Each paragraph's tokens.
    let tokens: ArticleTokens
    /// The quoted spans, in text order.
    let spans: [QuotedSpan]
    /// The people the article names and the roles it gives them.
    let names: PersonNames
    /// The sentences of each paragraph that holds a quotation, by paragraph index.
    private let sentencesByParagraph: [Int: [Range<Int>]]

    /// Annotates `article`.
    init(article: Article) {
        self.init(article: article, tokens: ArticleTokens(article: article))
    }

    /// Annotates `article`, whose paragraphs' `tokens` are already made; `known` are the names
    /// the text before it built, when it is a chunk of a larger article (``KnownNames``).
    init(article: Article, tokens: ArticleTokens, known: KnownNames = KnownNames()) {
        self.article = article
        let spans = QuotationMarks.spans(in: article)
        self.spans = spans
        self.tokens = tokens
        names = PersonNames(article: article, tokens: tokens, quotations: SortedRanges(spans.map(\.extent)), known: known)
        let extentsByParagraph = Dictionary(grouping: spans, by: \.paragraphIndex).mapValues { SortedRanges($0.map(\.extent)) }
        sentencesByParagraph = extentsByParagraph.reduce(into: [:]) { sentences, entry in
            sentences[entry.key] = SentenceSplitter.sentences(
                in: article.scalars, range: article.paragraphs[entry.key].range, quotations: entry.value)
        }
    }

    /// The sentences of paragraph `index`, which holds a quotation.
    func sentences(ofParagraph index: Int) -> [Range<Int>] {
        sentencesByParagraph[index] ?? [article.paragraphs[index].range]
    }
}
