import Foundation

/// The bundled lists that tell a person's gender: given names (`given-names.txt`) and titles
/// or nouns written beside a name (`gendered-words.txt`).
struct GenderLexicon: Sendable {
    /// Given names in lower case (`nicole` → female).
    let givenNames: [String: Gender]
    /// Titles and nouns in lower case (`mrs.`, `spokeswoman` → female).
    let words: [String: Gender]

    /// The lists shipped with LedeKit.
    static let bundled = GenderLexicon(
        givenNames: Dictionary(uniqueKeysWithValues: entries(in: Resources.text(named: "given-names.txt"))),
        words: Dictionary(uniqueKeysWithValues: entries(in: Resources.text(named: "gendered-words.txt"))))

    /// The genders the titles and nouns among `words` give (`Mrs.`, `spokeswoman`).
    func genders(of words: some Sequence<Token>) -> Set<Gender> {
        Set(words.compactMap { self.words[$0.lowercased] })
    }

    /// The given names, as a ``WordSet``: a token tells whether it is one from its flags.
    static let givenNameWords = WordSet(registered: WordRegistry.givenNames)

    /// The words of a list file, each with the gender of the `[female]` or `[male]` section it
    /// stands under; `#` starts a comment.
    static func entries(in text: String) -> [(String, Gender)] {
        var gender: Gender?
        var entries: [(String, Gender)] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            if word.hasPrefix("[") {
                gender = Gender(rawValue: String(word.dropFirst().dropLast()))
            } else if !word.isEmpty, let gender {
                entries.append((word, gender))
            }
        }
        return entries
    }
}
