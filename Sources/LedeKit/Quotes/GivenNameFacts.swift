/// What the given names of `given-names.txt` tell of the names an article writes, worked out
/// once a name however often it is asked: whether the name opens with a given name (`Gordon
/// Sondland`, not a headline's `Unpredictable Sondland`), and the gender its given name
/// gives (`Nicole Hargrove` → female).
struct GivenNameFacts: Sendable {
    /// Whether each name asked about opens with a given name.
    private var opening: [String: Bool] = [:]
    /// The gender of each name asked about by its given name; `nil` inside when none gives one.
    private var genders: [String: Gender?] = [:]

    /// Whether `name` starts with a given name.
    mutating func opensWithGivenName(_ name: String) -> Bool {
        if let known = opening[name] { return known }
        let opens = PersonNames.opensWithGivenName(name)
        opening[name] = opens
        return opens
    }

    /// The gender of `name` by the first given name before its last word.
    mutating func gender(of name: String) -> Gender? {
        if let known = genders[name] { return known }
        let gender = Self.gender(of: name)
        genders[name] = gender
        return gender
    }

    /// The gender of `name` by its given name, from what was worked out, or else anew.
    func knownGender(of name: String) -> Gender? {
        genders[name] ?? Self.gender(of: name)
    }

    /// The gender the first given name before the last word of `name` gives.
    static func gender(of name: String) -> Gender? {
        name.split(separator: " ").dropLast().lazy.compactMap { GenderLexicon.bundled.givenNames[$0.lowercased()] }.first
    }
}
