/// The gender a person is referred to by, as `he` or `she` agree with it.
enum Gender: String, Hashable, Sendable, CaseIterable {
    case female, male

    /// The gender of a third-person singular pronoun (`she`, `his`), if it has one.
    static func ofPronoun(_ word: String) -> Gender? {
        pronouns[word.lowercased()]
    }

    /// The gendered third-person singular pronouns.
    private static let pronouns: [String: Gender] = [
        "he": .male, "him": .male, "his": .male, "himself": .male,
        "she": .female, "her": .female, "hers": .female, "herself": .female,
    ]
}
