import LedeKit

/// What Tab completes in the search prompt: the names of the article's actors and speakers,
/// then its words, each once, in the order they first appear.
enum SearchCompletions {
    /// Words shorter than this are not offered: they are as quick to type.
    static let shortestWord = 4

    /// The completions for `analysis`.
    static func of(_ analysis: Analysis) -> [String] {
        var seen: Set<String> = []
        let words = analysis.article.text
            .split { !$0.isLetter }
            .filter { $0.count >= shortestWord }
            .map(String.init)
        return (QuoteFilter.completions(for: analysis) + words).filter { seen.insert($0).inserted }
    }
}
