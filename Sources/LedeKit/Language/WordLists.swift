/// Closed word classes of English that the quote and speaker rules rely on, read from the
/// bundled `words.toml`, where each list is documented.
enum WordLists {
    /// The bundled word lists.
    static let file = WordListFile(bundled: "words.toml")

    /// Words before which a bare two-digit year drops its century with an apostrophe (in ’08,
    /// since ’12), where a quotation of a figure opens with a mark (taking “54 times more”).
    static let elidedYearLeads = WordSet(registered: "elidedYearLeads")

    /// Words that want a noun phrase after them (an article, a copula, `from`), after which a
    /// mark set apart by blanks before a noun opens a quotation set apart, not a dash (`is “ comfort food ”`).
    static let spacedQuotationLeads = WordSet(registered: "spacedQuotationLeads")

    /// Whether `word`, in lower case, opens a clause or a phrase, as the word after a spaced dash
    /// does (`— and after`, `— it is`, `— for Democrats`): a determiner, pronoun, preposition,
    /// subordinator, conjunction or auxiliary.
    static func opensPhrase(_ word: String) -> Bool {
        determiners.contains(word) || pronouns.contains(word) || possessivePronouns.contains(word)
            || openingPrepositions.contains(word) || subordinators.contains(word) || clauseOpeners.contains(word)
            || auxiliaries.contains(word)
    }

    /// German words of closed classes (`und`, `nicht`, `der`) that English does not spell, which
    /// tell a German document, quoting „…“, from an English one (``QuotationStyle``).
    static let germanClosedClassWords = WordSet(registered: "germanClosedClassWords")

    /// English words of closed classes (`the`, `and`, `of`), counted against the German ones.
    static let englishClosedClassWords = WordSet(registered: "englishClosedClassWords")

    /// French and Italian words that elide their last vowel before a vowel (l’homme, qu’il, dell’anno).
    static let elidingWords = WordSet(registered: "elidingWords")

    /// Words that take a leading apostrophe (’em, ’tis, ’bout) and a possessive set apart (NPR ’s).
    static let elidedWords = WordSet(registered: "elidedWords")

    /// Words clipped at both ends, an apostrophe at each (rock ’n’ roll).
    static let clippedWords = WordSet(registered: "clippedWords")

    /// Words with an apostrophe between letters that is no contraction or name (ma’am, o’clock),
    /// written with a straight apostrophe.
    static let apostropheWords = WordSet(registered: "apostropheWords")

    /// Verb forms that introduce or attribute speech, including verbs of reported evaluation
    /// that frame a partial quote (`slammed … as “counterproductive”`). Base forms and forms
    /// that are more often nouns (`states`, `calls`, `reports`) are left out: they would end a
    /// speaker's name too early (`secretary of state`).
    static let speechVerbs = WordSet(registered: speechVerbFormsName)

    /// The name ``speechVerbs`` is registered by in ``WordRegistry``.
    static let speechVerbFormsName = "speech verb forms"

    /// The forms of ``speechVerbs``, made from the verbs of `words.toml`.
    static func speechVerbForms() -> Set<String> {
        let irregular = file.tables["speechVerbIrregular"] ?? [:]
        var forms: Set<String> = []
        for verb in file.lists["speechVerbs"] ?? [] {
            if let listed = irregular[verb] {
                forms.formUnion(listed)
                continue
            }
            let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
            forms.insert(verb.hasSuffix("e") ? verb + "d" : verb + "ed")
            forms.insert(stem + "ing")
            forms.insert(verb.hasSuffix("sh") || verb.hasSuffix("ss") ? verb + "es" : verb + "s")
        }
        forms.formUnion(irregular.values.flatMap { $0 })
        forms.formUnion(file.set("speechVerbBaseCues"))
        return forms.subtracting(file.set("speechVerbsAlsoNouns"))
    }

    /// Whether a speech verb may have its subject after it (`“…,” said Andrew Tabler`,
    /// `scoffed Arianna Gil`): not a participle (`asserting that …`), and not a verb whose
    /// object follows (`told CBS News`).
    static func isInvertible(_ verb: Token) -> Bool {
        speechVerbs.contains(verb) && !verb.lowercased.hasSuffix("ing") && !objectFirstSpeechVerbs.contains(verb)
    }

    /// Plain forms of speech verbs, cues after a plural pronoun (`they conclude`, `we write`).
    static let speechVerbBases = WordSet(registered: "speechVerbBases")

    /// `-s` forms of speech verbs that are as often plural nouns: cues only right after a
    /// name or a pronoun (`Baick calls it`, but `calls for reform`).
    static let speechVerbsAlsoNouns = WordSet(registered: "speechVerbsAlsoNouns")

    /// Nouns for something said or written, whose owner is its speaker (`his call for “…”`,
    /// `Trump’s assertion that “…”`).
    static let speechNouns = WordSet(registered: "speechNouns")

    /// Auxiliary verbs: a subject ends before them.
    static let auxiliaries = WordSet(registered: "auxiliaries")

    /// Irregular past-tense verbs: after a name they start the predicate, not the name
    /// (`Carson took the stage`).
    static let irregularPast = WordSet(registered: "irregularPast")

    /// Determiners and possessive pronouns that may start a noun phrase.
    static let determiners = WordSet(registered: "determiners")

    /// Sentence adverbs that open a sentence before its subject (`However, he said`).
    static let discourseAdverbs = WordSet(registered: "discourseAdverbs")

    /// Words that alone are never a speaker: questions, answers and negatives (`Why`, `Nothing`).
    static let nonSpeakerWords = WordSet(registered: "nonSpeakerWords")

    /// Prepositions that open an introductory phrase, never a speaker's name.
    static let openingPrepositions = WordSet(registered: "openingPrepositions")

    /// Words that open a verb's object or follow it as a particle (`targets a`, `waves off`).
    static let objectOpeners = WordSet(registered: "objectOpeners")

    /// Nouns ending in `-ly`, which are no adverbs (`rally`, `family`).
    static let nounsInLy = WordSet(registered: "nounsInLy")

    /// Quantifiers that stand alone for people (`Several said`).
    static let quantifiersForPeople = WordSet(registered: "quantifiersForPeople")

    /// Words that open a subordinate clause (`when he spoke`, `after they came out`).
    static let subordinators = WordSet(registered: "subordinators")

    /// Punctuation and conjunctions after which a new main clause may start.
    static let clauseOpeners = WordSet(registered: "clauseOpeners")

    /// Possessive pronouns that can stand for a speaker (`his call for “…”`).
    static let possessivePronouns = WordSet(registered: "possessivePronouns")

    /// Words before a quotation that mark it as a term or a title (`the so-called “deal”`).
    static let termMarkers = WordSet(registered: "termMarkers")

    /// First- and second-person words, which mark a quotation as someone's words (`“we will”`).
    static let spokenPersonWords = WordSet(registered: "spokenPersonWords")

    /// Auxiliaries and negations, which mark a quotation as a clause (`“it is not”`).
    static let spokenVerbWords = WordSet(registered: "spokenVerbWords")

    /// Personal pronouns that can stand as a speaker.
    static let pronouns = WordSet(registered: "pronouns")

    /// Words that end a speaker noun phrase when met after its head: prepositions (but `of`,
    /// which joins `secretary of state`), relative pronouns and auxiliaries.
    static let phraseBreakers = WordSet(registered: "phraseBreakers")

    /// Titles dropped from a person's name (`President Barack Obama` → `Barack Obama`).
    static let titles = WordSet(registered: "titles")

    /// Titles abbreviated with a full stop, which belongs to the word (`Mr.`, `Sen.`).
    static let titleAbbreviations = WordSet(registered: "titleAbbreviations")

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations = WordSet(registered: "abbreviations")

    /// Speech verbs whose object, not their subject, follows them (`told CBS News`).
    static let objectFirstSpeechVerbs = WordSet(registered: "objectFirstSpeechVerbs")

    /// Words of time that may close an attribution after its verb (`…, she said Tuesday.`).
    static let closingTimeWords = WordSet(registered: "closingTimeWords")

    /// Where words were said, closing an attribution after its verb (`…, she said in an interview.`).
    static let closingChannels = WordSet(registered: "closingChannels")

    /// Words that open a verb's object, never found after a plural noun in a name's phrase
    /// (`Garrow gives an account`).
    static let objectArticles = WordSet(registered: "objectArticles")

    /// Particles that may follow a verb of attribution (`shot back`, `went on`).
    static let verbParticles = WordSet(registered: "verbParticles")

    /// Words that may link a speech noun to its quotation (`his call for “…”`).
    static let speechNounLinks = WordSet(registered: "speechNounLinks")

    /// Short words a title leaves in lower case (`Tales from the Crypt`).
    static let titleSmallWords = WordSet(registered: "titleSmallWords")

    /// Days of the week, never part of a person's name.
    static let weekdays = WordSet(registered: "weekdays")

    /// Nouns of things that speak as `it` does (`statement`, `company`), never a person.
    static let speakingThings = WordSet(registered: "speakingThings")

    /// Verbs of a headline in title case, never part of a person's name.
    static let headlineVerbs = WordSet(registered: "headlineVerbs")
    /// Verbs by which a text presents its own words (`The letter begins:`): never part of a
    /// speaker's phrase.
    static let textVerbs = WordSet(registered: "textVerbs")

    /// US states and the capital's district, in lower case, words joined by hyphens (`south-carolina`).
    static let usStates = WordSet(registered: "usStates")
    /// Each state of ``usStates`` by how news abbreviates it after a name (`fla.` →
    /// `florida`): `[usStateAbbreviations]` in `words.toml`.
    static let usStateByAbbreviation: [String: String] = {
        var byAbbreviation: [String: String] = [:]
        for (state, abbreviations) in file.tables["usStateAbbreviations"] ?? [:] {
            for abbreviation in abbreviations { byAbbreviation[abbreviation] = state }
        }
        return byAbbreviation
    }()

    /// Prepositions that open a speaker's post-modifier (`a longtime adviser to the mayor`).
    static let postModifierPrepositions = WordSet(registered: "postModifierPrepositions")

    /// Adjectives that link a speaker's post-modifier to its object (`close to the family`).
    static let postModifierAdjectives = WordSet(registered: "postModifierAdjectives")

    /// Words of time: a speaker's post-modifier whose object is one is no part of the phrase
    /// (`a spokesman on Tuesday`).
    static let timeWords = WordSet(registered: "timeWords")

    /// Words of time that end the object of a speaker's post-modifier (`… last year`).
    static let timeModifiers = WordSet(registered: "timeModifiers")

    /// Adverbs that may stand between a subject and the participle of its reduced relative
    /// clause (`a study just published in the journal`).
    static let participleAdverbs = WordSet(registered: "participleAdverbs")

    /// Adverbs besides those in `-ly` that may stand between a subject and its verb (`Trump
    /// also said`).
    static let verbAdverbs = WordSet(registered: "verbAdverbs")
    /// Words of quantity in a span of time before `ago` (`less than two weeks ago`).
    static let agoQuantities = WordSet(registered: "agoQuantities")
    /// Nouns for people by what they do (`strategist`), besides roles and gendered words.
    static let personNouns = WordSet(registered: "personNouns")

    /// Heads of organisations' names that take `for` inside the name (`Center for …`).
    static let organisationHeads = WordSet(registered: "organisationHeads")

    /// Auxiliaries that, capitalised in a title-case headline after a name, start its predicate
    /// (`Will`, `May` and `Can` are left out: they are names too).
    static let titleCaseAuxiliaries = WordSet(registered: "titleCaseAuxiliaries")
}
