import Algorithms

/// The people an article names, and the roles it gives them, for resolving speakers.
struct PersonNames: Sendable {
    /// A person's name written out in the article, with the words just before it.
    struct Occurrence: Hashable, Sendable {
        /// The name, titles removed (`Sergei Lavrov`).
        var name: String
        /// Lower-case words written just before the name (`russian foreign minister`).
        var precedingWords: [String]
        /// The phrase before the name, as written, for placing it with an actor.
        var precedingText: String
    }

    /// Every multi-word name, in text order.
    let occurrences: [Occurrence]
    /// Where each name outside quotations stands (its first scalar) and whose it is, in text
    /// order: full names, and titles or surnames of people named in full (`Mr. Trump`).
    let mentions: [(position: Int, name: String)]

    /// Indefinite descriptions of people (`A senior border official`) by their head noun
    /// (`official`), each list in text order, for resolving `the official`.
    private let descriptionsByHead: [String: [(position: Int, text: String)]]
    /// The first full name written for each surname in lower case (`lavrov` → `Sergei Lavrov`).
    private let fullNamesBySurname: [String: String]
    /// The occurrences by the last word before the name, for looking up roles.
    private let occurrencesByLastPrecedingWord: [String: [Occurrence]]

    /// Collects the names in `article`, paragraph by paragraph, from its `tokens`; names
    /// inside `quotations` are not mentions of a possible speaker.
    init(article: Article, tokens: ArticleTokens, quotations: SortedRanges) {
        var occurrences: [Occurrence] = []
        var runs: [(position: Int, words: ArraySlice<Token>, titled: Bool)] = []
        var descriptions: [String: [(position: Int, text: String)]] = [:]
        for tokens in tokens.paragraphs {
            Self.collect(tokens, quotations: quotations, occurrences: &occurrences, runs: &runs)
            for (index, token) in tokens.enumerated() where ["a", "an"].contains(token.lowercased) {
                guard let phrase = NounPhrase.leading(tokens[index...]), phrase.count >= 2, let head = phrase.last,
                    !head.isCapitalized, !quotations.contains(token.range.lowerBound)
                else { continue }
                let range = phrase.first!.range.lowerBound..<head.range.upperBound
                descriptions[head.lowercased, default: []].append((range.lowerBound, article[range]))
            }
        }
        self.occurrences = occurrences
        descriptionsByHead = descriptions
        var surnames: [String: String] = [:]
        var byLastWord: [String: [Occurrence]] = [:]
        for occurrence in occurrences {
            if let surname = occurrence.name.split(separator: " ").last?.lowercased(), surnames[surname] == nil {
                surnames[surname] = occurrence.name
            }
            if let last = occurrence.precedingWords.last { byLastWord[last, default: []].append(occurrence) }
        }
        fullNamesBySurname = surnames
        occurrencesByLastPrecedingWord = byLastWord
        let fullNames = Dictionary(
            occurrences.map { ($0.name.split(separator: " ").last.map(String.init) ?? $0.name, $0.name) },
            uniquingKeysWith: { first, _ in first })
        mentions = runs.compactMap { run in
            if run.words.count >= 2 { return (run.position, run.words.map(\.text).joined(separator: " ")) }
            let word = run.words.first!.text
            let surname = Self.isPossessive(run.words.first!) ? String(word.dropLast(2)) : word
            if let full = fullNames[surname] { return (run.position, full) }
            return run.titled ? (run.position, surname) : nil
        }
    }

    /// The latest description with the head noun `head` before `position`.
    func description(withHead head: String, before position: Int) -> String? {
        guard let descriptions = descriptionsByHead[head] else { return nil }
        let index = descriptions.partitioningIndex { $0.position >= position }
        return index > 0 ? descriptions[index - 1].text : nil
    }

    private static func collect(
        _ tokens: [Token], quotations: SortedRanges, occurrences: inout [Occurrence],
        runs: inout [(position: Int, words: ArraySlice<Token>, titled: Bool)]
    ) {
        var index = 0
        while index < tokens.count {
            guard let run = Self.nameRun(in: tokens, from: index) else {
                index += 1
                continue
            }
            let nameTokens = tokens[run].drop { WordLists.titles.contains($0.lowercased) || !$0.isCapitalized }
            let position = tokens[run.lowerBound].range.lowerBound
            // `the Toronto Star` is an organisation, not a person a pronoun can refer to.
            let afterThe = run.lowerBound > 0 && tokens[run.lowerBound - 1].lowercased == "the"
            if !nameTokens.isEmpty, !afterThe, !quotations.contains(position) {
                runs.append((position, nameTokens, nameTokens.startIndex > run.lowerBound))
            }
            if nameTokens.count >= 2, !Self.isPossessive(nameTokens.last!) {
                let preceding = tokens[max(0, run.lowerBound - 5)..<nameTokens.startIndex].reversed()
                    .prefix { $0.kind == .word }.reversed()
                occurrences.append(Occurrence(
                    name: nameTokens.map(\.text).joined(separator: " "),
                    precedingWords: preceding.map(\.lowercased),
                    precedingText: preceding.map(\.text).joined(separator: " ")))
            }
            index = run.upperBound
        }
    }

    /// The person named last before `position`, if any.
    func latestMention(before position: Int) -> String? {
        let index = mentions.partitioningIndex { $0.position >= position }
        return index > 0 ? mentions[index - 1].name : nil
    }

    /// The full name whose last word is `surname` (`Lavrov` → `Sergei Lavrov`), the first
    /// written in the article.
    func fullName(forSurname surname: String) -> String? {
        fullNamesBySurname[surname.lowercased()]
    }

    /// The names written right after the role words `role` (`foreign minister` → the name
    /// in `Russian foreign minister Sergei Lavrov`), with the phrase before them.
    func names(withRole role: [String]) -> [Occurrence] {
        guard let last = role.last else { return [] }
        return (occurrencesByLastPrecedingWord[last] ?? []).filter {
            $0.precedingWords.count >= role.count && Array($0.precedingWords.suffix(role.count)) == role
        }
    }

    /// The range of capitalised tokens starting at `start`, joined by name particles.
    static func nameRun(in tokens: [Token], from start: Int) -> Range<Int>? {
        guard tokens[start].isCapitalized else { return nil }
        var end = start + 1
        while end < tokens.count {
            let token = tokens[end]
            if token.isCapitalized, !isPossessive(tokens[end - 1]) {
                end += 1
            } else if ["al", "bin", "de", "van", "von", "da", "del", "la", "le", "ibn"].contains(token.text),
                end + 1 < tokens.count, tokens[end + 1].isCapitalized
            {
                end += 2
            } else {
                break
            }
        }
        return start..<end
    }

    static func isPossessive(_ token: Token) -> Bool {
        token.text.hasSuffix("\u{2019}s") || token.text.hasSuffix("'s")
    }
}
