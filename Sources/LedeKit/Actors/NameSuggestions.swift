/// Frequent proper names in articles that the lexicon does not cover: candidates for a
/// user to add as actors or aliases.
public enum NameSuggestions {
    /// A proper name and how often it appears.
    public struct Suggestion: Hashable, Sendable {
        /// The name as written most fully (`Hassan Nasrallah`).
        public var name: String
        /// Occurrences, counting its shorter forms (`Nasrallah`).
        public var count: Int
    }

    /// Capitalised words that are not names however often they start a sentence.
    static let commonWords: Set<String> = [
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "It", "He", "She", "They", "We", "I",
        "This", "That", "These", "Those", "There", "His", "Her", "Their", "Our", "Its", "When", "While", "After",
        "Before", "For", "With", "From", "By", "Some", "Many", "Most", "Yet", "So", "Still", "Also", "Mr", "Mrs",
        "Ms", "Dr", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "Mr.", "Mrs.", "Ms.", "Dr.", "What", "Who", "Why", "How", "Where", "One", "Two", "Three",
    ]

    /// The names in `analyses` not covered by their actor mentions, at least
    /// `minimumCount` times, most frequent first.
    public static func suggestions(in analyses: [Analysis], minimumCount: Int = 2) -> [Suggestion] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for analysis in analyses {
            let article = analysis.article
            let mentioned = SortedRanges(analysis.mentions.map(\.range))
            for paragraph in article.paragraphs {
                let tokens = Tokenizer.tokens(in: article.scalars, range: paragraph.range)
                var index = 0
                while index < tokens.count {
                    guard let run = PersonNames.nameRun(in: tokens, from: index) else {
                        index += 1
                        continue
                    }
                    index = run.upperBound
                    var words = tokens[run].drop { commonWords.contains($0.text) || WordLists.titles.contains($0) }
                    if let last = words.last, PersonNames.isPossessive(last) {
                        words = words.dropLast() + [Token(kind: .word, text: String(last.text.dropLast(2)), range: last.range)]
                    }
                    guard !words.isEmpty, !mentioned.overlaps(words.first!.range.lowerBound..<words.last!.range.upperBound)
                    else { continue }
                    let name = words.map(\.text).joined(separator: " ")
                    if counts[name] == nil { order.append(name) }
                    counts[name, default: 0] += 1
                }
            }
        }
        // A single word that ends a longer name counts for the longer name, the most frequent
        // one (the first seen on a tie). The longer names are listed by their text after the
        // last space, so each word reads one list, and no list is read twice.
        var endingIn: [String: [String]] = [:]
        for name in order {
            if let space = name.lastIndex(of: " ") {
                endingIn[String(name[name.index(after: space)...]), default: []].append(name)
            }
        }
        for short in order where !short.contains(" ") {
            if let full = endingIn[short, default: []].filter({ $0.hasSuffix(" " + short) })
                .max(by: { counts[$0]! < counts[$1]! })
            {
                counts[full]! += counts[short]!
                counts[short] = nil
            }
        }
        return order.compactMap { name in counts[name].map { Suggestion(name: name, count: $0) } }
            .filter { $0.count >= minimumCount }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}

extension SortedRanges {
    /// Whether one of the ranges shares an offset with `bounds`.
    fileprivate func overlaps(_ bounds: Range<Int>) -> Bool {
        !bounds.isEmpty && !overlapping(bounds).isEmpty
    }
}
