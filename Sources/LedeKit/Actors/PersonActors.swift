/// The people an article ties to an actor by describing them (`U.S. Secretary of State John
/// Kerry`), built once per article: who they are, and where the text names them.
///
/// After its introduction a person's full name or surname (`Kerry`, `Mr. Kerry’s`) is a mention
/// of their actor too. Quote attribution can ask ``actorID(forName:)`` which actor a speaker
/// speaks for.
public struct PersonActors: Sendable {
    /// The actor of each full name and surname, in the order the text introduces them.
    public internal(set) var actorByName: [String: String]
    /// Where the text names these people, in text order.
    public internal(set) var mentions: [Mention]

    /// No people.
    public init() {
        actorByName = [:]
        mentions = []
    }

    /// The people of a text (`scalars`) whose actor mentions are `named`, in text order.
    public init(scalars: [Unicode.Scalar], named: [Mention]) {
        self.init(tokens: Tokenizer.tokens(in: scalars), named: named)
    }

    /// The people of a text already tokenized (`tokens`, in text order) whose actor mentions
    /// are `named`, in text order. `known` are the people earlier text introduced (an earlier
    /// chunk of the same article, ``actorByName``): they are named anywhere in this text, and
    /// keep their actor over an introduction here, as in the article analysed whole.
    init(tokens: [Token], named: [Mention], known: [String: String] = [:]) {
        var actorByName = known
        var introducedAt = known.mapValues { _ in Int.min }
        let namedRanges = SortedRanges(named.map(\.range))
        let actorAt = Dictionary(named.map { ($0.range, $0.actorID) }, uniquingKeysWith: { first, _ in first })
        for introduction in PersonDescriptions.introductions(in: tokens, mentions: named) {
            // A name that already names another actor (`President Obama and President Putin`)
            // is that actor's.
            let span = introduction.name.first!.range.lowerBound..<introduction.name.last!.range.upperBound
            guard namedRanges.overlapping(span).allSatisfy({ actorAt[$0] == introduction.actorID }) else { continue }
            let full = introduction.name.map(\.text).joined(separator: " ")
            for key in [full, introduction.name.last!.text] where actorByName[key] == nil {
                actorByName[key] = introduction.actorID
                introducedAt[key] = introduction.name.first!.range.lowerBound
            }
        }
        var mentions: [Mention] = []
        var index = 0
        while index < tokens.count {
            // Only a capitalised word can start a mention; any other moves on by one token.
            guard tokens[index].isCapitalized else {
                index += 1
                continue
            }
            // A word alone (most capitalised words) is looked up as it is, with no array made.
            let name = PersonName.run(in: tokens, from: index)
            let word = tokens[index]
            let key = name.map { $0.map(\.text).joined(separator: " ") }
                ?? (PersonName.isPossessive(word) ? String(word.text.dropLast(2)) : word.text)
            let start = name?.first!.range.lowerBound ?? word.range.lowerBound
            let end = name?.last!.range.upperBound ?? (PersonName.isPossessive(word) ? word.range.upperBound - 2 : word.range.upperBound)
            if let actorID = actorByName[key], start >= introducedAt[key]! {
                mentions.append(Mention(actorID: actorID, range: start..<end))
            }
            index = max(index + 1, tokens.firstIndex(after: end, from: index))
        }
        self.actorByName = actorByName
        self.mentions = mentions
    }

    /// The actor a person speaks for, by their full name or surname as the text writes it.
    public func actorID(forName name: String) -> String? {
        actorByName[name] ?? name.split(separator: " ").last.flatMap { actorByName[String($0)] }
    }

    /// `named` with these people's mentions, which replace the shorter ones they cover
    /// (`Sergey V. Lavrov` over `Lavrov`), in text order.
    public func adding(to named: [Mention]) -> [Mention] {
        let covered = SortedRanges(mentions.map(\.range))
        return (named.filter { covered.overlapping($0.range).isEmpty } + mentions)
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension [Token] {
    /// The index of the first token from `start` on that begins at or after `offset`.
    fileprivate func firstIndex(after offset: Int, from start: Int) -> Int {
        var index = start
        while index < count, self[index].range.lowerBound < offset { index += 1 }
        return index
    }
}
