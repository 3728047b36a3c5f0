/// An indefinite description of a person (`a spokesperson for the minister`) and, when the
/// article names them beside it, the person it describes (`Marc Tremblay, a spokesperson for
/// the minister,` or `a spokesperson for the minister, Marc Tremblay,`).
struct PersonDescription: Hashable, Sendable {
    /// The description as written.
    var text: String
    /// The full name set beside it between commas, titles dropped; `nil` when none is.
    var holder: String?

    /// The full name set between commas beside the description `tokens[phrase]` with the head
    /// noun `head`: before it (`Marc Tremblay, a spokesperson`) or after it (`a spokesperson
    /// for the minister, Marc Tremblay,`). It is a person's when the head is a noun for a person
    /// (``PersonNames/isPersonNoun(_:)-string``) or the name opens with a given name, and has two
    /// words or more; so a place (`a city near the border, New Dover,`) is no holder.
    static func holder(of phrase: Range<Int>, head: String, in tokens: [Token]) -> String? {
        let personHead = PersonNames.isPersonNoun(head)
        func person(_ run: Range<Int>) -> String? {
            guard let name = PersonNames.fullName(tokens[run]) else { return nil }
            return personHead || PersonNames.opensWithGivenName(name) ? name : nil
        }
        // A place after a preposition is where it happened (`a meeting in New Hampshire, a
        // young woman asked`).
        if phrase.lowerBound >= 3, tokens[phrase.lowerBound - 1].text == ",",
            let run = PersonNames.nameRun(endingAt: phrase.lowerBound - 1, in: tokens),
            run.lowerBound == 0 || !WordLists.postModifierPrepositions.contains(tokens[run.lowerBound - 1]), let name = person(run)
        {
            return name
        }
        let after = phrase.upperBound + 1
        guard phrase.upperBound < tokens.count, tokens[phrase.upperBound].text == ",", after < tokens.count,
            let run = PersonNames.nameRun(in: tokens, from: after),
            run.upperBound == tokens.count || !tokens[run.upperBound].isCapitalized
        else { return nil }
        return person(run)
    }
}
