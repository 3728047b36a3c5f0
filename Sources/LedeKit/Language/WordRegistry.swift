/// Every word list a token answers from its ``WordID`` (``WordSet``), and the ids of every
/// word they hold, made once: the lists of `words.toml`, the forms of its speech verbs, and
/// the given names, gendered words and titles that name a role.
enum WordRegistry {
    /// The lists, by name.
    static let lists: [(name: String, words: Set<String>)] = {
        let file = WordLists.file
        var lists = file.lists.keys.sorted().map { (name: $0, words: Set(file.lists[$0]!)) }
        lists.append((WordLists.speechVerbFormsName, WordLists.speechVerbForms()))
        lists.append((givenNames, Set(GenderLexicon.bundled.givenNames.keys)))
        lists.append((genderedWords, Set(GenderLexicon.bundled.words.keys)))
        lists.append((titlesWithRoles, Set(TitleRoles.bundled.roles.keys)))
        return lists
    }()

    /// The name of the given names of `given-names.txt`.
    static let givenNames = "given names"
    /// The name of the words of `gendered-words.txt`.
    static let genderedWords = "gendered words"
    /// The name of the titles of `title-roles.txt`.
    static let titlesWithRoles = "titles with roles"

    /// The id of every word of the lists, from 1 in the order of the lists and of the words.
    static let ids: [String: WordID] = {
        var ids: [String: WordID] = [:]
        for word in lists.flatMap({ $0.words.sorted() }) where ids[word] == nil {
            ids[word] = WordID(rawValue: UInt32(ids.count + 1))
        }
        return ids
    }()
}
