import LedeKit

/// `lede quotes --format json`: an article's file, title and quotes, each quote as
/// `lede analyze --format json` writes it, with the actor's name beside its id.
struct QuotesDocument: Encodable {
    /// A quote of ``AnalysisDocument``, and its actor's name.
    struct Entry: Encodable {
        var quote: AnalysisDocument.QuoteEntry
        var actorName: String?

        func encode(to encoder: any Encoder) throws {
            try quote.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(actorName, forKey: .actorName)
        }

        enum CodingKeys: String, CodingKey {
            case actorName
        }
    }

    var file: String
    var title: String?
    var quotes: [Entry]

    /// The document of the quotes `quotes` of the article titled `title` read from `file`.
    init(file: String, title: String?, quotes: [Entry]) {
        self.file = file
        self.title = title
        self.quotes = quotes
    }

    /// The document of `analysis` read from `file`.
    init(_ analysis: Analysis, file: String) {
        let document = AnalysisDocument(analysis, file: file)
        let names = Dictionary(analysis.lexicon.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.file = file
        title = document.title
        quotes = document.quotes.map { Entry(quote: $0, actorName: $0.actor.flatMap { names[$0] }) }
    }
}
