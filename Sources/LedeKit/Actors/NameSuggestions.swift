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

    /// The names in `analyses` not covered by their actor mentions, at least
    /// `minimumCount` times, most frequent first.
    public static func suggestions(in analyses: [Analysis], minimumCount: Int = 2) -> [Suggestion] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for analysis in analyses {
            let article = analysis.article
            let mentioned = SortedRanges(analysis.mentions.map(\.range))
            let paragraphs = article.paragraphs.map { Tokenizer.tokens(in: article.scalars, range: $0.range) }
            // Words the text writes in lower case, and those it capitalises inside a sentence.
            let lowerCase = Set(paragraphs.joined().lazy.filter { $0.kind == .word && !$0.isCapitalized }.map(\.text))
            let capitalisedInside = Set(paragraphs.flatMap { tokens in
                tokens.indices.lazy.filter { tokens[$0].isCapitalized && !opensSentence(at: $0, in: tokens) }.map { tokens[$0].lowercased }
            })
            for tokens in paragraphs {
                var index = 0
                while index < tokens.count {
                    guard let run = PersonNames.nameRun(in: tokens, from: index) else {
                        index += 1
                        continue
                    }
                    index = run.upperBound
                    var words = tokens[run].drop { isCommonWord($0.lowercased) }
                    if words.startIndex == run.lowerBound, let first = words.first, opensSentence(at: run.lowerBound, in: tokens),
                        lowerCase.contains(first.lowercased), !capitalisedInside.contains(first.lowercased)
                    {
                        words = words.dropFirst()
                    }
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
        // A single word that ends a person's name (two or three words, the first a given name)
        // counts for that name, the most frequent one (the first seen on a tie): a surname, not
        // `Republican` for `South Carolina Republican` nor `Clinton` for a headline's `Rosa Says
        // Clinton`. The longer names are listed by their text after the last space, so each word
        // reads one list, and no list is read twice.
        var endingIn: [String: [String]] = [:]
        for name in order where name.split(separator: " ").count <= 3 && PersonNames.opensWithGivenName(name) {
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

extension NameSuggestions {
    /// Whether `word`, in lower case, is a word that a sentence may open with capitalised but
    /// that names nobody: a title, a pronoun (also contracted: `we’re`, `that’s`), a
    /// determiner, preposition or adverb, an interjection, a month or a day.
    static func isCommonWord(_ word: String) -> Bool {
        let stem = word.firstIndex { $0 == "\u{2019}" || $0 == "'" }.map { String(word[..<$0]) } ?? word
        return commonWordLists.contains { $0.contains(stem) }
    }

    /// The lists ``isCommonWord(_:)`` reads.
    private static let commonWordLists = [
        WordLists.file.set("suggestionCommonWords"), WordLists.titles, WordLists.pronouns, WordLists.determiners,
        WordLists.possessivePronouns, WordLists.discourseAdverbs, WordLists.openingPrepositions, WordLists.subordinators,
        WordLists.nonSpeakerWords,
    ]

    /// Whether the token at `index` opens a sentence: it opens the paragraph, or follows a full
    /// stop, a question or exclamation mark, a colon or an opening quotation mark.
    static func opensSentence(at index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return true }
        let before = tokens[index - 1]
        return before.kind != .word && sentenceOpeners.contains(before.text)
    }

    /// What a sentence may open after.
    private static let sentenceOpeners: Set<String> = [".", "!", "?", ":", "\u{201C}", "\u{2018}", "\"", "'", "\u{2014}", "\u{2026}"]
}

extension SortedRanges {
    /// Whether one of the ranges shares an offset with `bounds`.
    fileprivate func overlaps(_ bounds: Range<Int>) -> Bool {
        !bounds.isEmpty && !overlapping(bounds).isEmpty
    }
}
