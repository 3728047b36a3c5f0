/// The tables of people's names that text before a chunk of an article built, carried into the
/// next chunk's ``PersonNames`` so that a chunked article names its speakers as the article
/// analysed whole does (`Smith said` in a later chunk is `Jane Smith`, introduced earlier).
///
/// Each table keeps what the whole article's would: the first full name for a surname (the
/// first that opens with a given name, if any), the genders, titles and roles written beside a
/// name, the latest description for each head noun, the names written after role words, and
/// the ages written beside names.
/// The text after the chunk is unknown to it, so what the whole article's tables learn from
/// later text (a gender, a role, whether a person of unknown gender speaks and so may be a
/// pronoun's antecedent) a chunk learns only when it gets there.
public struct KnownNames: Sendable {
    /// The first full name written for each surname in lower case (`lavrov` → `Sergei Lavrov`).
    private(set) var fullNamesBySurname: [String: String] = [:]
    /// Every full name written for each surname in lower case, in the order first written
    /// (`clinton` → `Hillary Clinton`, `Bill Clinton`), for the people who share a surname.
    private(set) var everyFullNameBySurname: [String: [String]] = [:]
    /// Every full name written for each given name in lower case (`dale` → `Dale Ford`), in
    /// the order first written, for a person the article calls by their given name.
    private(set) var everyFullNameByGivenName: [String: [String]] = [:]
    /// The first full name written for each last word as written (`Pen` → `Marine Le Pen`).
    private(set) var fullNamesByLastWord: [String: String] = [:]
    /// The names written after role words, by the last word before the name, in text order;
    /// an occurrence written again is kept twice at most (``PersonNames/names(withRole:)``
    /// only asks for the first and whether there is more than one).
    private(set) var occurrencesByLastPrecedingWord: [String: [PersonNames.Occurrence]] = [:]
    /// How often each occurrence is kept in ``occurrencesByLastPrecedingWord``.
    private var keptOccurrences: [PersonNames.Occurrence: Int] = [:]
    /// The genders the titles and nouns written beside each name give.
    var gendersBesideName: [String: Set<Gender>] = [:]
    /// The gender of each person as decided by the end of the text: from the words beside
    /// their name, else from the first pronoun that referred to them.
    var decidedGenders: [String: Gender] = [:]
    /// Names written after a personal title (`Sen. Warren`).
    var titledNames: Set<String> = []
    /// The people titled for each role noun (`senator` → `Bernie Sanders`).
    var holdersByRole: [String: Set<String>] = [:]
    /// The latest indefinite description of a person for each head noun (`official` → `A
    /// senior border official`).
    var lastDescriptionByHead: [String: PersonDescription] = [:]
    /// The people whose age is set beside their name (`Tanya Brooks, 44,`), by age as written.
    var peopleByAge: [String: Set<String>] = [:]
    /// The states the words beside each name place its person in (`Florida Sen. Marco Rubio`,
    /// `Sen. Marco Rubio (R-Fla.)` → `florida`).
    var statesByName: [String: Set<String>] = [:]

    /// No names known: the start of an article.
    public init() {}

    /// How many times an occurrence is kept at most.
    private static let occurrenceCopies = 2

    /// Takes in `occurrence`, the next name written in the text; `given` tells what given names
    /// say of the names.
    mutating func add(_ occurrence: PersonNames.Occurrence, given: inout GivenNameFacts) {
        let words = occurrence.name.split(separator: " ")
        if let surname = words.last?.lowercased() {
            Self.keep(occurrence.name, for: surname, in: &fullNamesBySurname, given: &given)
            Self.list(occurrence.name, for: surname, in: &everyFullNameBySurname)
        }
        if words.count >= 2, let given = words.first?.lowercased(), GenderLexicon.bundled.givenNames[given] != nil {
            Self.list(occurrence.name, for: given, in: &everyFullNameByGivenName)
        }
        Self.keep(occurrence.name, for: words.last.map(String.init) ?? occurrence.name, in: &fullNamesByLastWord, given: &given)
        guard let last = occurrence.precedingWords.last, keptOccurrences[occurrence, default: 0] < Self.occurrenceCopies
        else { return }
        keptOccurrences[occurrence, default: 0] += 1
        occurrencesByLastPrecedingWord[last, default: []].append(occurrence)
    }

    /// Adds `name` to the names `table` lists for `key`, unless it is there already.
    private static func list(_ name: String, for key: String, in table: inout [String: [String]]) {
        if !table[key, default: []].contains(name) { table[key, default: []].append(name) }
    }

    /// Keeps `name` for `key` in `table` when it has none, or when `name` opens with a given
    /// name and the one kept does not (`Gordon Sondland` over a headline's `Unpredictable
    /// Sondland`).
    private static func keep(_ name: String, for key: String, in table: inout [String: String], given: inout GivenNameFacts) {
        if let kept = table[key], !(given.opensWithGivenName(name) && !given.opensWithGivenName(kept)) { return }
        table[key] = name
    }
}
