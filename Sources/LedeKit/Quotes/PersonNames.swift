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

    /// Prepositions that end a description's head noun phrase (`a spokesman for …`).
    private static let headLinks: Set<String> = ["of", "for", "at", "from", "with", "by", "in", "on", "to"]

    /// Every multi-word name, in text order.
    let occurrences: [Occurrence]
    /// The names outside quotations, in text order: full names, and titles or surnames of
    /// people named in full (`Mr. Trump`).
    let mentions: [PersonMention]
    /// Where each sentence outside quotations starts (its first token's first scalar), in
    /// text order; a paragraph always starts one.
    private let sentenceStarts: [Int]
    /// The gender the titles and nouns written beside a name give its person (`Mrs.`,
    /// `spokeswoman`), for names where they all agree, else the first `he` or `she` that
    /// refers to them.
    private let gendersByName: [String: Gender]
    /// What the given names tell of every name the article writes, worked out once a name.
    private let givenNames: GivenNameFacts
    /// Names written after a personal title (`Sen. Warren`): people, whatever their gender.
    private let titledNames: Set<String>
    /// The people titled for each role noun (`senator` → `Bernie Sanders` for `Sen. Bernie
    /// Sanders`).
    private let holdersByRole: [String: Set<String>]
    /// The states the words beside each name place its person in (``KnownNames/statesByName``).
    private let statesByName: [String: Set<String>]

    /// Indefinite descriptions of people (`A senior border official`) by their head noun
    /// (`official`), each list in text order, for resolving `the official`.
    private let descriptionsByHead: [String: [(position: Int, description: PersonDescription)]]
    /// The people whose age is set beside their name (`Tanya Brooks, 44,`), by age as written.
    private let peopleByAge: [String: Set<String>]
    /// The first full name written for each surname in lower case (`lavrov` → `Sergei Lavrov`).
    private let fullNamesBySurname: [String: String]
    /// The one person the article names in full for each given name in lower case (`dale` →
    /// `Dale Ford`); a given name two people have is not there.
    private let personByGivenName: [String: String]
    /// The people who share a surname in lower case, each name opening with a given name, in
    /// the order first written (`clinton` → `Hillary Clinton`, `Bill Clinton`).
    private let sharedSurnames: [String: [String]]
    /// The occurrences by the last word before the name, for looking up roles.
    private let occurrencesByLastPrecedingWord: [String: [Occurrence]]

    /// The tables of names known by the end of the article, for the chunk after it
    /// (``KnownNames``).
    let known: KnownNames

    /// Collects the names in `article`, paragraph by paragraph, from its `tokens`; names
    /// inside `quotations` are not mentions of a possible speaker. `known` are the names the
    /// text before the article built, when it is a chunk of a larger one: they come first.
    init(article: Article, tokens: ArticleTokens, quotations: SortedRanges, known: KnownNames = KnownNames()) {
        var occurrences: [Occurrence] = []
        var runs: [NameRun] = []
        // What the text before described stands before every position of this one.
        var descriptions = known.lastDescriptionByHead.mapValues { [(position: Int.min, description: $0)] }
        var ages = known.peopleByAge
        var sentenceStarts: [Int] = []
        for (paragraph, tokens) in zip(article.paragraphs, tokens.paragraphs) {
            let titleCase = paragraph.role == .title || TitleSieve.isTitleCase(tokens)
            Self.collect(
                tokens, titleCase: titleCase, quotations: quotations, occurrences: &occurrences, runs: &runs,
                sentenceStarts: &sentenceStarts)
            for (index, token) in tokens.enumerated() where ["a", "an"].contains(token.lowercased) {
                // The head is the noun before a preposition (`a spokesman for the company` is a
                // spokesman, `a copy of the letter` a copy), and the description ends with it.
                guard let whole = NounPhrase.leading(tokens[index...]),
                    case let phrase = whole.prefix(while: { !Self.headLinks.contains($0.lowercased) }),
                    phrase.count >= 2, let head = phrase.last, !head.isCapitalized, !quotations.contains(token.range.lowerBound)
                else { continue }
                let range = phrase.first!.range.lowerBound..<whole.last!.range.upperBound
                let holder = PersonDescription.holder(of: index..<whole.endIndex, head: head.lowercased, in: tokens)
                descriptions[head.lowercased, default: []].append((range.lowerBound, PersonDescription(text: article[range], holder: holder)))
            }
            for (age, name) in Self.ages(in: tokens, quotations: quotations) { ages[age, default: []].insert(name) }
        }
        peopleByAge = ages
        self.occurrences = occurrences
        descriptionsByHead = descriptions
        var givenNames = GivenNameFacts()
        var table = known
        for occurrence in occurrences { table.add(occurrence, given: &givenNames) }
        fullNamesBySurname = table.fullNamesBySurname
        let shared = table.everyFullNameBySurname.compactMapValues { written -> [String]? in
            let people = written.filter { givenNames.opensWithGivenName($0) }
            return people.count >= 2 ? people : nil
        }
        sharedSurnames = shared
        // Names written more than one way for one person (`Hillary Rodham Clinton`, `Hillary
        // Clinton`) end alike: the first written stands for them.
        let byGivenName = table.everyFullNameByGivenName.compactMapValues { written -> String? in
            let surnames = Set(written.map { Self.surname(of: $0) })
            return surnames.count == 1 ? written.first : nil
        }
        personByGivenName = byGivenName
        occurrencesByLastPrecedingWord = table.occurrencesByLastPrecedingWord
        let fullNames = table.fullNamesByLastWord
        self.sentenceStarts = sentenceStarts
        var genders = known.gendersBesideName
        var titled = known.titledNames
        var holders = known.holdersByRole
        var states = known.statesByName
        let names = runs.map { run -> String? in
            guard let first = run.words.first else { return nil }
            if run.words.count >= 2 {
                // `Donald Trump’s` names Donald Trump.
                let words = PersonName.withoutPossessive(Array(run.words))
                let written = words.map(\.text).joined(separator: " ")
                // `Le Pen` after `Marine Le Pen`; a headline's `Unpredictable Sondland` is
                // `Gordon Sondland`, the name the article writes with a given name — but a name
                // in running text is its own person's (`her husband, Milton Berg`).
                guard let full = fullNames[words.last!.text], full != written else { return written }
                let longer = full.count > written.count && full.hasSuffix(" " + written)
                let headline = !run.inRunningText && givenNames.opensWithGivenName(full) && !givenNames.opensWithGivenName(written)
                return longer || headline ? full : written
            }
            let surname = Self.isPossessive(first) ? String(first.text.dropLast(2)) : first.text
            // `Dale` after `Dale Ford`, when no one's surname is `Dale`.
            return fullNames[surname] ?? (run.titled ? surname : byGivenName[surname.lowercased()])
        }
        var speakers: Set<String> = []
        for (run, name) in zip(runs, names) {
            guard let name else { continue }
            if run.speaks { speakers.insert(name) }
            if let gender = run.gender { genders[name, default: []].insert(gender) }
            if run.personalTitle { titled.insert(name) }
            for role in run.roles { holders[role, default: []].insert(name) }
            if !run.states.isEmpty { states[name, default: []].formUnion(run.states) }
        }
        holdersByRole = holders
        statesByName = states
        var knownGenders = genders.compactMapValues { $0.count == 1 ? $0.first : nil }
        // A pronoun before gave the gender of a person no word beside their name gives.
        for (name, gender) in known.decidedGenders where genders[name] == nil { knownGenders[name] = gender }
        titledNames = titled
        var mentions: [PersonMention] = []
        for (run, name) in zip(runs, names) {
            if var name {
                // A lone surname that people share (`Clinton`) is the one its title or the
                // sentences just before single out.
                if run.words.count == 1, let people = shared[Self.surname(of: name)] {
                    name = Self.choose(
                        among: people, gender: run.gender, recent: Self.window(mentions, fromSentence: run.sentence - 1, before: run.position)
                    ) { Self.gender(of: $0, known: knownGenders, given: &givenNames) }
                }
                mentions.append(PersonMention(position: run.position, name: name, sentence: run.sentence, role: run.role))
                continue
            }
            // `he` and `she` outside quotations join the person they refer to, so that a
            // person keeps their salience through sentences that name them no more.
            guard let pronoun = run.pronoun else { continue }
            var tally = SalienceTally()
            for earlier in Self.window(mentions, fromSentence: run.sentence - SalienceTally.sentencesBack, before: run.position)
            where Self.gender(of: earlier.name, known: knownGenders, given: &givenNames).map({ $0 == pronoun })
                ?? (titled.contains(earlier.name) || Self.opensWithInitial(earlier.name)
                    || Self.isSubjectBefore(earlier, pronounIn: run.sentence))
            {
                tally.add(earlier.name, role: earlier.role, sentencesBack: run.sentence - earlier.sentence, at: earlier.position)
            }
            // With nobody of the pronoun's gender named, a speaker whose gender nothing gives
            // (`Dana Whitfield said … She …`): a name of two words or more that the article
            // has speak, the subject of its sentence, in the pronoun's sentence or the one
            // before (``unknownGenderReach``). The pronoun then gives them their gender.
            if tally.mostSalient == nil {
                for earlier in Self.window(mentions, fromSentence: run.sentence - Self.unknownGenderReach, before: run.position)
                where earlier.role == .subject && earlier.name.contains(" ") && speakers.contains(earlier.name)
                    && Self.gender(of: earlier.name, known: knownGenders, given: &givenNames) == nil
                {
                    tally.add(earlier.name, role: earlier.role, sentencesBack: run.sentence - earlier.sentence, at: earlier.position)
                }
            }
            guard let antecedent = tally.mostSalient else { continue }
            mentions.append(PersonMention(position: run.position, name: antecedent, sentence: run.sentence, role: run.role, byPronoun: true))
            // The pronoun gives its person the gender the article's words did not
            // (`Lee Park left, and he …` → Lee Park is male), for every later pronoun.
            if Self.gender(of: antecedent, known: knownGenders, given: &givenNames) == nil { knownGenders[antecedent] = pronoun }
        }
        self.mentions = mentions
        gendersByName = knownGenders
        // Every name a pronoun may be resolved to is asked about again and again.
        for mention in mentions where knownGenders[mention.name] == nil { _ = givenNames.gender(of: mention.name) }
        self.givenNames = givenNames
        table.gendersBesideName = genders
        table.decidedGenders = knownGenders
        table.titledNames = titled
        table.holdersByRole = holders
        table.statesByName = states
        table.lastDescriptionByHead.merge(descriptions.compactMapValues { $0.last?.description }) { _, latest in latest }
        table.peopleByAge = ages
        self.known = table
    }

    /// How many sentences before a pronoun's own a person of unknown gender may stand to take
    /// it: further back, a wrong person was as likely as the right one (on tune, 6 of 17
    /// pronouns with a reach of ``SalienceTally/sentencesBack``).
    static let unknownGenderReach = 1

    /// Whether `name` starts with a given name from `given-names.txt` (`Gordon Sondland`, not
    /// a headline's `Unpredictable Sondland`).
    static func opensWithGivenName(_ name: String) -> Bool {
        name.split(separator: " ").first.map { GenderLexicon.bundled.givenNames[$0.lowercased()] != nil } ?? false
    }

    /// A run of capitalised words outside quotations that may name a person.
    private struct NameRun {
        /// Where it starts.
        var position: Int
        /// Its words, leading titles dropped; none for a pronoun.
        var words: ArraySlice<Token>
        /// The gender of a pronoun (`she`) standing for a name.
        var pronoun: Gender? = nil
        /// Whether a title was dropped (`Mr.`, `former`).
        var titled: Bool
        /// Whether a title of a person was dropped (`Mr.`, `Sen.`, not `U.S.`).
        var personalTitle: Bool
        /// The role nouns of its titles (`senator` for `Sen.`).
        var roles: [String] = []
        /// The states the words beside it place its person in (``PersonNames/states(beside:in:)``).
        var states: Set<String> = []
        /// The gender a title or noun beside it gives (`Mrs.`, `spokeswoman`).
        var gender: Gender?
        /// Whether a speech verb has it speak (`Ann Lee said`, `“…,” said Ann Lee`).
        var speaks = false
        /// Whether a comma or a lower-case word stands before it (`her husband, Milton Berg`),
        /// as in running text, not in a headline in title case.
        var inRunningText = false
        /// Its role in its sentence.
        var role: GrammaticalRole
        /// The index of its sentence.
        var sentence: Int
    }

    /// The states the words beside each name place its person in (`florida` for `Marco
    /// Rubio` after `Florida Sen. Marco Rubio` or `Sen. Marco Rubio (R-Fla.)`); none when no
    /// word does.
    func states(of name: String) -> Set<String> {
        statesByName[name] ?? []
    }

    /// The states the words beside the name `tokens[run]` name: a state among the three words
    /// before its given name (`Florida Sen.`, `New York Rep.`), or the state after a party's
    /// letter in brackets or between commas after it (`(R-Fla.)`, `, D-N.Y.,`, `(D-Vermont)`).
    static func states(beside run: Range<Int>, in tokens: [Token]) -> Set<String> {
        // Before the given name only: `Georgia Smith` is no Georgian.
        var found = statesNamed(in: tokens[max(0, run.lowerBound - 2)..<nameWords(tokens[run]).startIndex])
        guard run.upperBound + 1 < tokens.count, ["(", ","].contains(tokens[run.upperBound].text) else { return found }
        let after = tokens[(run.upperBound + 1)...].prefix(6).prefix { ![")", ","].contains($0.text) }.map(\.text).joined().lowercased()
        guard let dash = after.firstIndex(of: "-"), ["r", "d", "i"].contains(after[..<dash]) else { return found }
        let state = String(after[after.index(after: dash)...])
        if let named = WordLists.usStateByAbbreviation[state] ?? (WordLists.usStates.contains(state) ? state : nil) { found.insert(named) }
        return found
    }

    /// The states of ``WordLists/usStates`` that `words` name, in one word or two (`Vermont`,
    /// `New York`).
    static func statesNamed(in words: some Collection<Token>) -> Set<String> {
        let lowercased = words.map(\.lowercased)
        var found = Set(lowercased.filter { WordLists.usStates.contains($0) })
        for (word, next) in zip(lowercased, lowercased.dropFirst()) where WordLists.usStates.contains(word + "-" + next) {
            found.insert(word + "-" + next)
        }
        return found
    }

    /// The one person whose age the article sets beside their name as `age` (`44` for `the
    /// 44-year-old`); `nil` when none is, or more than one.
    func person(aged age: String) -> String? {
        guard let people = peopleByAge[age], people.count == 1 else { return nil }
        return people.first
    }

    /// The ages set between commas after full names in `tokens` (`Tanya Brooks, 44, a former
    /// prosecutor`), outside quotations: each age as written with its name, titles dropped.
    private static func ages(in tokens: [Token], quotations: SortedRanges) -> [(age: String, name: String)] {
        var found: [(age: String, name: String)] = []
        for index in tokens.indices.dropFirst().dropLast(2) where tokens[index].text == "," {
            let age = tokens[index + 1]
            guard age.text.count <= 3, age.text.allSatisfy { $0.isASCII && $0.isNumber }, [",", "."].contains(tokens[index + 2].text),
                !quotations.contains(age.range.lowerBound)
            else { continue }
            guard let run = nameRun(endingAt: index, in: tokens), let name = fullName(tokens[run]) else { continue }
            found.append((age.text, name))
        }
        return found
    }

    /// The run of capitalised words that ends right before `end` (`Tanya Brooks` in `Tanya
    /// Brooks, 44`), read back to its first capital; `nil` when no name run ends there.
    static func nameRun(endingAt end: Int, in tokens: [Token]) -> Range<Int>? {
        var start = end - 1
        while start > 0, tokens[start - 1].isCapitalized { start -= 1 }
        guard start >= 0, let run = nameRun(in: tokens, from: start), run.upperBound == end else { return nil }
        return run
    }

    /// The full name the run `words` writes, titles dropped: two words or more, not a
    /// possessive (`Sen. Ann Lee` → `Ann Lee`); `nil` otherwise.
    static func fullName(_ words: ArraySlice<Token>) -> String? {
        let name = nameWords(words)
        guard name.count >= 2, !isPossessive(name.last!) else { return nil }
        return name.map(\.text).joined(separator: " ")
    }

    /// The latest description with the head noun `head` before `position`.
    func description(withHead head: String, before position: Int) -> PersonDescription? {
        guard let descriptions = descriptionsByHead[head] else { return nil }
        let index = descriptions.partitioningIndex { $0.position >= position }
        return index > 0 ? descriptions[index - 1].description : nil
    }

    /// Collects the names of one paragraph's `tokens` and the sentences they start; in a line
    /// in `titleCase` (a headline), capitalised words say nothing of where a name starts.
    private static func collect(
        _ tokens: [Token], titleCase: Bool, quotations: SortedRanges, occurrences: inout [Occurrence], runs: inout [NameRun],
        sentenceStarts: inout [Int]
    ) {
        guard let first = tokens.first else { return }
        sentenceStarts.append(first.range.lowerBound)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if ["he", "she"].contains(token.lowercased) {
                if !quotations.contains(token.range.lowerBound) {
                    runs.append(NameRun(
                        position: token.range.lowerBound, words: [], pronoun: Gender.ofPronoun(token.text), titled: false,
                        personalTitle: false, role: .subject, sentence: sentenceStarts.count - 1))
                }
                index += 1
                continue
            }
            guard let run = Self.nameRun(in: tokens, from: index) else {
                if token.kind == .punctuation, [".", "?", "!"].contains(token.text), index + 1 < tokens.count,
                    !quotations.contains(token.range.lowerBound)
                {
                    sentenceStarts.append(tokens[index + 1].range.lowerBound)
                }
                index += 1
                continue
            }
            let nameTokens = Self.nameWords(tokens[run], titleCase: titleCase)
            let position = tokens[run.lowerBound].range.lowerBound
            // `the Toronto Star` is an organisation, not a person a pronoun can refer to; nor
            // is the place or group modifying a noun after `a` (`a Boca Raton lawyer`, `an
            // Obama voter`).
            let afterArticle = run.lowerBound > 0 && ["the", "a", "an"].contains(tokens[run.lowerBound - 1].lowercased)
            let titles = tokens[run.lowerBound..<nameTokens.startIndex]
            let personalTitle = titles.contains { TitleRoles.bundled.roles[$0.lowercased] != nil }
            // `J.M. Berger, a fellow with George Washington University’s program`: a name inside
            // a description is where the person described works, not a person a pronoun can
            // refer to — unless a person's title stands before it.
            let inDescription = !personalTitle && Self.isInsideDescription(at: run.lowerBound, in: tokens)
            if !nameTokens.isEmpty, !afterArticle, !inDescription, !quotations.contains(position) {
                runs.append(NameRun(
                    position: position, words: nameTokens, titled: titles.contains { WordLists.titles.contains($0) },
                    personalTitle: personalTitle,
                    roles: Self.roles(of: titles, before: run.lowerBound > 0 ? tokens[run.lowerBound - 1] : nil),
                    states: Self.states(beside: run, in: tokens),
                    gender: Self.gender(beside: run, titles: titles, in: tokens), speaks: Self.speaks(run, in: tokens),
                    inRunningText: run.lowerBound > 0 && Self.isRunningText(tokens[run.lowerBound - 1]),
                    role: GrammaticalRole.of(run, in: tokens), sentence: sentenceStarts.count - 1))
            }
            if nameTokens.count >= 2, !Self.isPossessive(nameTokens.last!) {
                var preceding = Array(tokens[max(0, run.lowerBound - 5)..<nameTokens.startIndex].reversed()
                    .prefix { $0.kind == .word }.reversed())
                if preceding.isEmpty, let role = Self.appositiveRole(of: run, in: tokens) { preceding = Array(role) }
                occurrences.append(Occurrence(
                    name: nameTokens.map(\.text).joined(separator: " "),
                    precedingWords: preceding.map(\.lowercased),
                    precedingText: preceding.map(\.text).joined(separator: " ")))
            }
            index = run.upperBound
        }
    }

    /// The role set between commas beside the name `tokens[run]`, for the role holders (`The
    /// town’s harbour master, Tomas Reyes,` and `Tomas Reyes, the harbour master,` hold the
    /// role `harbour master`): lower-case words after `the`, a possessive pronoun or an
    /// owner’s possessive, up to the comma, ending in a noun for a person (``isPersonNoun(_:)``);
    /// `nil` when none is so set. A phrase after a preposition is no role (`The author of the
    /// book, Mitchell Zuckoff,` holds no `book`; `During Mr. Clinton's 1992 campaign, Betsey
    /// Wright,` no `campaign`).
    static func appositiveRole(of run: Range<Int>, in tokens: [Token]) -> ArraySlice<Token>? {
        let owners: Set<String> = ["the", "his", "her", "its", "their"]
        func opensRole(_ token: Token) -> Bool { owners.contains(token.lowercased) || isPossessive(token) }
        func role(_ words: ArraySlice<Token>) -> ArraySlice<Token>? {
            guard let first = words.first, let head = words.last, words.count >= 2, words.count <= 5, opensRole(first),
                words.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalized }), !isPossessive(head), isPersonNoun(head)
            else { return nil }
            // The owner's own name before a possessive (`Mr. Clinton's`) is part of the phrase.
            var start = words.startIndex
            if isPossessive(first) { while start > 0, tokens[start - 1].isCapitalized { start -= 1 } }
            guard start == 0 || !WordLists.openingPrepositions.contains(tokens[start - 1]) else { return nil }
            return words
        }
        if run.lowerBound >= 3, tokens[run.lowerBound - 1].text == "," {
            let end = run.lowerBound - 1
            var start = end
            while start > 0, end - start < 5, case let word = tokens[start - 1], word.kind == .word, !word.isCapitalized || opensRole(word) {
                start -= 1
                if opensRole(word) { break }
            }
            if let found = role(tokens[start..<end]) { return found }
        }
        guard run.upperBound < tokens.count, tokens[run.upperBound].text == "," else { return nil }
        let words = tokens[(run.upperBound + 1)...].prefix { $0.kind == .word }
        guard let next = tokens[words.endIndex...].first, [",", "."].contains(next.text) else { return nil }
        return role(words)
    }

    /// Whether a lower-case noun names a person by role or kind: a role of
    /// `person-descriptions.toml`, a gendered word (`spokeswoman`), or one of `personNouns`
    /// in `words.toml` (`strategist`), in the singular or the plural.
    static func isPersonNoun(_ token: Token) -> Bool {
        isPersonNoun(token.lowercased)
    }

    /// Whether the lower-case `word` names a person by role or kind (``isPersonNoun(_:)-token``).
    static func isPersonNoun(_ word: String) -> Bool {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return [word, singular].contains { PersonDescriptions.roles.contains($0) || GenderLexicon.bundled.words[$0] != nil || WordLists.personNouns.contains($0) }
    }

    /// The role nouns of a name's `titles` (`senator` for `Sen.`), each `former …` when a word
    /// of departure is among them or right before the name (`former Gov. Jeb Bush` holds
    /// `former governor`, not `governor`).
    private static func roles(of titles: ArraySlice<Token>, before previous: Token?) -> [String] {
        let departed = titles.contains { PersonDescriptions.departures.contains($0.lowercased) }
            || previous.map { PersonDescriptions.departures.contains($0.lowercased) } == true
        let roles = titles.flatMap { TitleRoles.bundled.roles[$0.lowercased] ?? [] }
        return departed ? roles.map { "former " + $0 } : roles
    }

    /// Whether `token`, before a name, shows it in running text: a comma or a lower-case word.
    private static func isRunningText(_ token: Token) -> Bool {
        token.text == "," || token.kind == .word && !token.isCapitalized
    }

    /// Whether a speech verb has the name `tokens[run]` speak: after it, past an appositive
    /// between commas and adverbs (`Ann Lee, who runs the shelter, later said`), or right
    /// before it with nothing but punctuation before the verb (`“…,” said Ann Lee`).
    private static func speaks(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        let isVerb = { (token: Token) in token.kind == .word && !token.isCapitalized && WordLists.speechVerbs.contains(token) }
        var next = run.upperBound
        if next < tokens.count, tokens[next].text == ",", let closing = tokens[(next + 1)...].prefix(16).firstIndex(where: { $0.text == "," }) {
            next = closing + 1
        }
        while next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized,
            NounPhrase.isAdverb(tokens[next]) || WordLists.verbAdverbs.contains(tokens[next])
        {
            next += 1
        }
        if next < tokens.count, isVerb(tokens[next]) { return true }
        let verb = run.lowerBound - 1
        return verb >= 0 && isVerb(tokens[verb]) && (verb == 0 || tokens[verb - 1].kind == .punctuation)
    }

    /// Whether the name starting at `start` is the object of a preposition in a description
    /// set after a comma (`, a fellow with …`, `, the head of …`), or a later name of a list
    /// that is: lower-case words from an article after the comma up to the preposition right
    /// before the (first) name.
    static func isInsideDescription(at start: Int, in tokens: [Token]) -> Bool {
        // A later name of a list there stands with the first (`a protégé of Ana Ruiz and Dale
        // Okafor`).
        var start = start
        while start >= 2, [",", "and", "or"].contains(tokens[start - 1].lowercased), tokens[start - 2].isCapitalized {
            start -= 2
            while start > 0, tokens[start - 1].isCapitalized { start -= 1 }
        }
        guard start >= 3, headLinks.contains(tokens[start - 1].lowercased) else { return false }
        var index = start - 2
        while index > 0, start - index <= 8, tokens[index].kind == .word, !tokens[index].isCapitalized { index -= 1 }
        guard tokens[index].text == ",", index + 1 < start - 1 else { return false }
        return ["a", "an", "the"].contains(tokens[index + 1].lowercased)
    }

    /// The gender the words beside the name `tokens[run]` give its person: its `titles`
    /// (`Mrs.`), the noun before it past lower-case titles and one comma (`his wife, Jane Doe`,
    /// `spokeswoman Jane Doe`), or an appositive after it (`Jane Doe, a spokeswoman for …`);
    /// `nil` when none does or they disagree.
    private static func gender(beside run: Range<Int>, titles: ArraySlice<Token>, in tokens: [Token]) -> Gender? {
        let lexicon = GenderLexicon.bundled.words
        var found = GenderLexicon.bundled.genders(of: titles)
        var before = run.lowerBound - 1
        while before >= 0, tokens[before].kind == .word, !tokens[before].isCapitalized, WordLists.titles.contains(tokens[before]) {
            before -= 1
        }
        if before >= 1, tokens[before].text == "," { before -= 1 }
        if before >= 0, let gender = lexicon[tokens[before].lowercased] { found.insert(gender) }
        if run.upperBound + 1 < tokens.count, tokens[run.upperBound].text == ",",
            ["a", "an", "the", "his", "her"].contains(tokens[run.upperBound + 1].lowercased)
        {
            let appositive = tokens[(run.upperBound + 1)...].prefix(8).prefix { $0.kind == .word }
            found.formUnion(GenderLexicon.bundled.genders(of: appositive))
        }
        return found.count == 1 ? found.first : nil
    }

    /// The index of the sentence `position` stands in.
    func sentence(at position: Int) -> Int {
        max(0, sentenceStarts.partitioningIndex { $0 > position } - 1)
    }

    /// The names in the sentences from `firstSentence` on that start before `position`.
    func mentions(fromSentence firstSentence: Int, before position: Int) -> ArraySlice<PersonMention> {
        Self.window(mentions, fromSentence: firstSentence, before: position)
    }

    /// The `mentions` in the sentences from `firstSentence` on that start before `position`.
    private static func window(_ mentions: [PersonMention], fromSentence firstSentence: Int, before position: Int) -> ArraySlice<PersonMention> {
        let end = mentions.partitioningIndex { $0.position >= position }
        let start = mentions[..<end].partitioningIndex { $0.sentence >= firstSentence }
        return mentions[start..<end]
    }

    /// The gender of the person named `name`: from the words beside their name, else from the
    /// first given name before its last word (`Nicole Hargrove` → female).
    func gender(of name: String) -> Gender? {
        gendersByName[name] ?? givenNames.knownGender(of: name)
    }

    /// Whether `mention` is the subject of the sentence `sentence`, where a pronoun after it
    /// stands, and a name of two words or more (`Lee Park`, `Sharpton` for `Al Sharpton`), so
    /// a person even when nothing gives their gender.
    private static func isSubjectBefore(_ mention: PersonMention, pronounIn sentence: Int) -> Bool {
        mention.sentence == sentence && mention.role == .subject && mention.name.contains(" ")
    }

    /// The gender of `name` in `known`, else by its given name.
    private static func gender(of name: String, known: [String: Gender], given: inout GivenNameFacts) -> Gender? {
        known[name] ?? given.gender(of: name)
    }

    /// The people the article names with a title for `role` (`senator`).
    func holders(ofRole role: String) -> Set<String> {
        holdersByRole[role] ?? []
    }

    /// Whether `name` is a person's, as far as the article shows: a title of a person before
    /// it (`Sen.`), a gender, or an initial opening it.
    func isPerson(_ name: String) -> Bool {
        titledNames.contains(name) || gender(of: name) != nil || Self.opensWithInitial(name)
    }

    /// Whether `name` starts with an initial (`J.M. Berger`, `E. Jean Carroll`): a person's.
    static func opensWithInitial(_ name: String) -> Bool {
        guard let first = name.split(separator: " ").first, name.contains(" "), first.hasSuffix("."), first.count <= 4 else { return false }
        return first.allSatisfy { $0 == "." || $0.isUppercase }
    }

    /// The full name whose last word is `surname` (`Lavrov` → `Sergei Lavrov`), the first
    /// written in the article.
    func fullName(forSurname surname: String) -> String? {
        fullNamesBySurname[surname.lowercased()]
    }

    /// The person the article names in full whose given name is `word` (`Dale` → `Dale Ford`),
    /// when `word` is no one's surname and no one else's given name.
    func fullName(forGivenName word: String) -> String? {
        let key = word.lowercased()
        return fullNamesBySurname[key] == nil ? personByGivenName[key] : nil
    }

    /// The full name a lone `surname` written at `position` refers to, `gender` the one its
    /// titles give (`Mr.`): where people of the article share it, the one
    /// ``choose(among:gender:recent:genderOf:)`` picks; else ``fullName(forSurname:)``.
    func fullName(forSurname surname: String, at position: Int, gender: Gender?) -> String? {
        guard let people = sharedSurnames[surname.lowercased()] else { return fullName(forSurname: surname) }
        let recent = mentions(fromSentence: sentence(at: position) - 1, before: position)
        return Self.choose(among: people, gender: gender, recent: recent) { self.gender(of: $0) }
    }

    /// Which of `people`, who share a surname, a lone surname refers to: those of `gender` (a
    /// title's, `Mrs. Clinton`) when it is known and one of them has it; of these, the one
    /// named last as a subject among the `recent` mentions (the surname's sentence and the one
    /// before: `Then Bill Clinton took the stage. “…,” Clinton said.`, but not `a tribute to
    /// a teacher, Anne Marie Murphy`), by name rather than by a pronoun, else the first written.
    static func choose(
        among people: [String], gender: Gender?, recent: ArraySlice<PersonMention>, genderOf: (String) -> Gender?
    ) -> String {
        let agreeing = gender.map { gender in people.filter { genderOf($0) == gender } } ?? []
        let candidates = agreeing.isEmpty ? people : agreeing
        return recent.last { $0.role == .subject && !$0.byPronoun && candidates.contains($0.name) }?.name ?? candidates[0]
    }

    /// The last word of `name` in lower case: its surname.
    private static func surname(of name: String) -> String {
        name[(name.lastIndex(of: " ").map(name.index(after:)) ?? name.startIndex)...].lowercased()
    }

    /// The names written right after the role words `role` (`foreign minister` → the name
    /// in `Russian foreign minister Sergei Lavrov`), with the phrase before them.
    func names(withRole role: [String]) -> [Occurrence] {
        guard let last = role.last else { return [] }
        return (occurrencesByLastPrecedingWord[last] ?? []).filter {
            $0.precedingWords.count >= role.count && Array($0.precedingWords.suffix(role.count)) == role
        }
    }

    /// The range of capitalised tokens starting at `start`, joined by name particles. A
    /// capitalised small word (`At`, `With`) ends it: that is a headline in title case (`Mayor
    /// Takes Aim At Dorsey`), and the name, if any, starts after it; so does a day of the
    /// week (`Ellison Sunday night`) or a headline's verb (`Mayor Says Jane Doe Lied`).
    static func nameRun(in tokens: [Token], from start: Int) -> Range<Int>? {
        guard tokens[start].isCapitalized else { return nil }
        var end = start + 1
        while end < tokens.count {
            let token = tokens[end]
            if token.isCapitalized, !isPossessive(tokens[end - 1]), !endsName(token) {
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

    /// Whether a capitalised `word` ends a run of a name rather than goes on with it.
    private static func endsName(_ word: Token) -> Bool {
        WordLists.titleSmallWords.contains(word) || WordLists.weekdays.contains(word) || WordLists.headlineVerbs.contains(word)
    }

    /// The words of a run that name a person: leading titles, determiners and words that open
    /// a sentence (`But Mr. Comey`, `If Clinton`) dropped, then the words up to the last title
    /// among the rest (``afterTitles(_:)``), then capitalised words before a given name
    /// (``fromGivenName(_:)``).
    ///
    /// In a line in title case, a run that opens with no given name is the rest of the line
    /// and a surname (`Voters Are Following Dorsey`): its last word alone names the person.
    static func nameWords(_ run: ArraySlice<Token>, titleCase: Bool = false) -> ArraySlice<Token> {
        let words = fromGivenName(afterTitles(run.drop { !$0.isCapitalized || opensRunWithoutNaming($0) }))
        guard titleCase, words.count >= 2, !GenderLexicon.givenNameWords.contains(words.first!) else { return words }
        return words.suffix(1)
    }

    /// A name's words from its first given name on, when words that are no given name stand
    /// before it and at least one word follows it: a party or a job (`Republican Jane Doe`,
    /// `Political Editor Jane Doe`) or the rest of a headline in title case (`Why Voters Like
    /// Jane Doe`), so that one person keeps one name. `Jane Doe` and `Mary Jane Doe` stay whole.
    ///
    /// More than ``longestAfterGivenName`` words after the given name are the rest of a
    /// headline (`Widow Jane Doe Defends Mayor Amid Row`) or a title before a name (`Clark
    /// County Sheriff Joe Doe`): the name is a later given name and the words after it, if
    /// they are few enough, else the given name and the word after it.
    static func fromGivenName(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        let givenNames = GenderLexicon.givenNameWords
        let givens = words.dropLast().indices.filter { givenNames.contains(words[$0]) }
        guard words.count >= 3, let given = givens.first else { return words }
        guard words.endIndex - given > longestAfterGivenName + 1 else {
            return !givenNames.contains(words.first!) ? words[given...] : words
        }
        if let later = givens.first(where: { words.endIndex - $0 <= longestAfterGivenName + 1 }) { return words[later...] }
        return words[given...(given + 1)]
    }

    /// How many words a name runs to after its given name (`Mary Jane Doe Smith`).
    static let longestAfterGivenName = 3

    /// Whether a capitalised `word` at a run's start is no part of a name: a title, a
    /// determiner, or a conjunction, preposition or adverb that opens a sentence.
    private static func opensRunWithoutNaming(_ word: Token) -> Bool {
        [WordLists.titles, WordLists.determiners, WordLists.discourseAdverbs, WordLists.openingPrepositions, WordLists.subordinators]
            .contains { $0.contains(word) }
    }

    /// A name's words after the last title among them, when a word follows it (`Maryland Gov.
    /// Martin O’Malley` → `Martin O’Malley`; but `Stephen King` stays whole).
    static func afterTitles(_ words: ArraySlice<Token>) -> ArraySlice<Token> {
        var rest = words
        if let title = words.lastIndex(where: { WordLists.titles.contains($0) }), title + 1 < words.endIndex {
            rest = words[(title + 1)...]
        }
        // A noun for what the person does, capitalised before the name (`Economist Raj
        // Mehta`, `Host Bill Maher`), is a title too when a name of two words follows.
        while rest.count >= 3, isPersonNoun(rest.first!) { rest = rest.dropFirst() }
        return rest
    }

    /// Whether `token` ends in a possessive `’s` or `'s`.
    static func isPossessive(_ token: Token) -> Bool {
        PersonName.isPossessive(token)
    }
}
