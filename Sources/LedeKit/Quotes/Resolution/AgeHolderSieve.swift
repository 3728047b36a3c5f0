/// `the 44-year-old` (or `the 44-year-old mother`) refers to the one person the article gives
/// that age beside their name (`Tanya Brooks, 44, a former prosecutor`); nobody when none is
/// given it, or several are.
struct AgeHolderSieve: ResolutionSieve {
    let name = "age-holder"

    /// Reads only the phrase and the article.
    func readsContext(of mention: SpeakerMention) -> Bool { false }

    func resolve(_ mention: SpeakerMention) -> SpeakerResolver.Resolution? {
        let words = mention.words
        guard words.count >= 2, words[0].lowercased == "the", let age = Self.age(in: words[1].lowercased),
            let name = mention.resolver.names.person(aged: age)
        else { return nil }
        return SpeakerResolver.Resolution(name: name, actorID: mention.ownActor ?? mention.resolver.matcher.placement(of: name))
    }

    /// The age a word such as `44-year-old` gives (`44`), else `nil`.
    static func age(in word: String) -> String? {
        guard word.hasSuffix("-year-old"), case let age = word.dropLast("-year-old".count), !age.isEmpty,
            age.count <= 3, age.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return String(age)
    }
}
