import LedeKit

/// The quotes `lede quotes` prints of one article, gathered from its analysis or, for a large
/// text file, from the analyses of its chunks one after the other (``ChunkedAnalyses``), each
/// let go once its quotes are taken.
struct ArticleQuotes {
    /// The article's title, from its first analysis.
    private(set) var title: String?
    /// The quotes as the text and TSV formats print them, offsets in the whole text.
    private(set) var rows: [QuoteRow] = []
    /// The quotes as the JSON format prints them, when asked for.
    private(set) var entries: [QuotesDocument.Entry] = []
    /// Whether an analysis was taken: only the first has the article's title.
    private var started = false

    /// The quotes of `analysis`, as JSON entries too when `json`.
    init(_ analysis: Analysis, file: String, json: Bool) {
        add(analysis, file: file, json: json, scalarShift: 0, paragraphShift: 0)
    }

    /// The quotes of the chunks analysed in `pieces`, their offsets moved to the joined text's.
    init(_ pieces: some Sequence<ChunkedAnalyses.Piece>, file: String, json: Bool) {
        for piece in pieces {
            add(piece.analysis, file: file, json: json, scalarShift: piece.scalarShift, paragraphShift: piece.paragraphShift)
        }
    }

    /// The JSON document of the quotes of `file`.
    func document(file: String) -> QuotesDocument {
        QuotesDocument(file: file, title: title, quotes: entries)
    }

    /// Takes the quotes of `analysis`, whose text starts `scalarShift` scalars and
    /// `paragraphShift` paragraphs into the article.
    private mutating func add(_ analysis: Analysis, file: String, json: Bool, scalarShift: Int, paragraphShift: Int) {
        if !started { title = analysis.title }
        started = true
        if json {
            let document = QuotesDocument(analysis, file: file)
            entries += document.quotes.map { entry in
                var entry = entry
                entry.quote.start += scalarShift
                entry.quote.end += scalarShift
                entry.quote.paragraph += paragraphShift
                return entry
            }
        } else {
            rows += QuoteRow.rows(of: analysis).map { row in
                var row = row
                row.range = (row.range.lowerBound + scalarShift)..<(row.range.upperBound + scalarShift)
                return row
            }
        }
    }
}
