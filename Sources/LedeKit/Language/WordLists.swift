/// Closed word classes of English that the quote and speaker rules rely on.
enum WordLists {
    /// Verb forms that introduce or attribute speech, including verbs of reported evaluation
    /// that frame a partial quote (`slammed … as “counterproductive”`). Base forms and forms
    /// that are more often nouns (`states`, `calls`, `reports`) are left out: they would end a
    /// speaker's name too early (`secretary of state`).
    static let speechVerbs: Set<String> = {
        // Verbs whose past and -ing forms are cues, and whose -s form is one too.
        let regular = [
            "add", "insist", "warn", "explain", "respond", "continue", "acknowledge", "admit", "announce",
            "suggest", "urge", "vow", "predict", "concede", "complain", "recall", "observe", "reiterate", "stress",
            "emphasize", "emphasise", "criticize", "criticise", "condemn", "denounce", "deride", "praise",
            "characterize", "characterise", "blast", "accuse", "mutter", "shout", "exclaim", "joke", "quip", "boast",
            "tout", "mention", "pledge", "confirm", "assert", "maintain", "contend", "argue", "declare", "ask",
            "interject", "scoff", "sigh", "snap", "retort", "counter", "lament", "chide", "mock", "quote",
            "recount", "proclaim", "caution", "wonder", "testify", "estimate", "muse", "opine", "whisper", "yell",
            "scream", "chant", "plead", "beg", "assure", "promise", "reply", "deny", "describe", "dub", "slam",
            "label", "brand", "term", "tweet", "write", "say", "tell", "state", "note", "claim", "call", "report",
            "post", "answer", "cite", "remark", "demand", "charge", "read", "elaborate", "conclude", "recommend",
            "insist", "thunder", "gush", "rail", "groan", "marvel", "concur", "add", "reason", "surmise",
            "agree", "point", "elaborate", "vent", "sniff", "fume", "huff", "muse", "retort",
            "refer", "portray", "dismiss", "hail", "decry", "lambaste", "ridicule", "invoke", "liken", "echo",
            "repeat", "applaud", "laud", "coin", "paraphrase", "scold", "rebuke",
        ]

        let irregular: [String: [String]] = [
            "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
            "write": ["wrote", "writes", "writing", "written"], "read": ["read"], "put": ["put"],
            "reply": ["replied", "replies", "replying"], "deny": ["denied", "denies", "denying"],
            "testify": ["testified", "testifies"], "dub": ["dubbed", "dubbing"], "slam": ["slammed", "slamming"],
            "snap": ["snapped"], "quip": ["quipped"], "plead": ["pleaded", "pled"], "beg": ["begged"],
            "label": ["labeled", "labelled"], "admit": ["admitted", "admits", "admitting"],
            "refer": ["referred", "refers", "referring"], "decry": ["decried", "decries", "decrying"],
            "echo": ["echoed", "echoes", "echoing"],
        ]
        // Base forms that are rarely nouns: `went on to say`, `would add`.
        let bases = ["say", "tell", "ask", "add", "explain", "argue", "insist", "warn", "declare"]
        var forms: Set<String> = []
        for verb in regular {
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
        forms.formUnion(bases)
        return forms.subtracting(speechVerbsAlsoNouns)
    }()

    /// Plain forms of speech verbs, cues after a plural pronoun (`they conclude`, `we write`).
    static let speechVerbBases: Set<String> = [
        "say", "tell", "add", "write", "argue", "insist", "warn", "explain", "note", "claim", "state", "conclude",
        "ask", "declare", "suggest", "contend", "maintain", "assert", "report", "predict", "acknowledge", "agree",
        "complain", "recall", "respond", "reply", "tweet", "admit",
    ]

    /// Whether a speech verb may have its subject after it (`“…,” said Andrew Tabler`,
    /// `scoffed Arianna Gil`): not a participle (`asserting that …`), and not a verb whose
    /// object follows (`told CBS News`).
    static func isInvertible(_ verb: String) -> Bool {
        speechVerbs.contains(verb) && !verb.hasSuffix("ing") && !["told", "tells", "tell", "called", "calls"].contains(verb)
    }

    /// `-s` forms of speech verbs that are as often plural nouns: cues only right after a
    /// name or a pronoun (`Baick calls it`, but `calls for reform`).
    static let speechVerbsAlsoNouns: Set<String> = [
        "states", "notes", "claims", "calls", "reports", "posts", "answers", "cites", "remarks", "demands",
        "charges", "labels", "brands", "terms", "tweets", "counters", "estimates", "quotes", "reads", "promises",
        "points", "reasons", "vents",
    ]

    /// Nouns for something said or written, whose owner is its speaker (`his call for “…”`,
    /// `Trump’s assertion that “…”`).
    static let speechNouns: Set<String> = [
        "statement", "statements", "comment", "comments", "remark", "remarks", "assertion", "claim", "claims",
        "call", "calls", "words", "description", "pledge", "promise", "vow", "warning", "tweet", "tweets",
        "message", "dictum", "speech", "characterization", "criticism", "accusation", "charge", "insistence",
        "suggestion", "argument", "phrase", "quip", "line", "slogan", "motto", "response", "reply", "answer",
        "question", "admission", "prediction", "complaint", "declaration", "announcement", "assurance", "boast",
        "joke", "retort", "plea", "demand", "denial", "depiction", "rhetoric", "refrain",
        "mantra", "catchphrase", "promises", "pledges", "vows", "warnings", "insult", "insults",
        "attack", "attacks", "jab", "nickname", "label", "reference", "references", "testimony", "letter",
        "op-ed", "essay", "memo", "post", "email", "e-mail", "book", "ad",
    ]

    /// Auxiliary verbs: a subject ends before them.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "may", "might", "can",
        "does", "did", "do", "must",
    ]

    /// Irregular past-tense verbs: after a name they start the predicate, not the name
    /// (`Carson took the stage`).
    static let irregularPast: Set<String> = [
        "took", "made", "gave", "went", "came", "got", "saw", "thought", "found", "knew", "felt", "left", "kept",
        "held", "brought", "began", "ran", "met", "sent", "spent", "built", "won", "lost", "paid", "led", "stood",
        "heard", "meant", "sought", "fought", "became", "chose", "drew", "drove", "fell", "flew", "forgot",
        "grew", "hid", "hit", "hung", "laid", "lay", "rode", "rose", "sat", "shook", "shot", "sold", "spoke",
        "struck", "swore", "taught", "threw", "understood", "woke", "wore", "withdrew", "cast", "set", "cut",
    ]

    /// Determiners and possessive pronouns that may start a noun phrase.
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "one", "another", "some", "several", "two", "three", "many",
    ]

    /// Sentence adverbs that open a sentence before its subject (`However, he said`).
    static let discourseAdverbs: Set<String> = [
        "however", "meanwhile", "still", "instead", "yet", "indeed", "now", "then", "later", "earlier", "also",
        "further", "furthermore", "moreover", "nevertheless", "nonetheless", "therefore", "thus", "besides",
        "otherwise", "finally", "overall", "separately", "similarly", "likewise", "ultimately", "afterward",
        "afterwards", "today", "yesterday", "tonight", "recently", "previously", "initially", "originally", "again",
        "so", "but", "and", "or", "though", "although", "unfortunately", "fortunately", "clearly", "obviously",
    ]

    /// Prepositions that open an introductory phrase, never a speaker's name.
    static let openingPrepositions: Set<String> = [
        "between", "outside", "inside", "from", "as", "after", "before", "during", "since", "under", "despite",
        "among", "across", "through", "without", "within", "amid", "following", "unlike", "until", "upon", "behind",
        "beyond", "besides", "in", "on", "at", "for", "with", "by", "of", "to", "into", "onto", "while", "when",
        "if", "because", "although", "though", "once", "unless", "whether", "where", "together", "witness",
    ]

    /// Words that open a verb's object or follow it as a particle (`targets a`, `waves off`).
    static let objectOpeners: Set<String> = [
        "a", "an", "the", "his", "her", "their", "its", "him", "them", "off", "up", "out", "down", "back", "away", "on",
    ]

    /// Nouns ending in `-ly`, which are no adverbs (`rally`, `family`).
    static let nounsInLy: Set<String> = [
        "rally", "ally", "family", "assembly", "supply", "reply", "anomaly", "monopoly", "homily", "folly", "belly",
        "jelly", "bully", "tally", "lily", "italy", "july",
    ]

    /// Quantifiers that stand alone for people (`Several said`).
    static let quantifiersForPeople: Set<String> = ["several", "many", "some", "both", "all", "most", "others", "few", "one"]

    /// Words that open a subordinate clause (`when he spoke`, `after they came out`).
    static let subordinators: Set<String> = ["when", "while", "as", "because", "after", "before", "since", "though", "although"]

    /// Punctuation and conjunctions after which a new main clause may start.
    static let clauseOpeners: Set<String> = [",", ";", "and", "but", "then"]

    /// Possessive pronouns that can stand for a speaker (`his call for “…”`).
    static let possessivePronouns: Set<String> = ["his", "her", "their", "its", "my", "our"]

    /// Personal pronouns that can stand as a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "you", "it"]

    /// Words that end a speaker noun phrase when met after its head: prepositions (but `of`,
    /// which joins `secretary of state`), relative pronouns and auxiliaries.
    static let phraseBreakers: Set<String> = [
        "in", "on", "at", "for", "during", "after", "before", "since", "with", "without", "to", "from",
        "who", "whom", "whose", "which", "that", "while", "when", "where", "as", "and", "but", "or", "by",
        "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "may", "might",
        "also", "then", "later", "earlier", "recently", "previously", "again", "once", "not", "never",
        "often", "always", "still", "even", "just", "repeatedly", "frequently", "usually", "already",
        "can", "must", "did", "does", "do", "cannot", "don't", "doesn't", "didn't", "won't", "can't", "isn't",
        "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't",
        "don’t", "doesn’t", "didn’t", "won’t", "can’t", "isn’t", "wasn’t", "aren’t", "weren’t", "hasn’t",
        "haven’t", "hadn’t", "wouldn’t", "couldn’t", "shouldn’t",
        "last", "this", "on", "about", "over", "told", "said", "says", "yesterday", "today", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "there",
    ]

    /// Titles dropped from a person's name (`President Barack Obama` → `Barack Obama`).
    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "rep.", "representative",
        "gov.", "governor", "mayor", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "gen.", "general",
        "lt.", "col.", "colonel", "maj.", "major", "capt.", "captain", "adm.", "admiral", "sgt.", "judge",
        "justice", "chancellor", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "pope",
        "foreign", "defense", "defence", "state", "of", "deputy", "chief", "ambassador", "envoy", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "leader", "speaker", "commander", "director",
        "sir", "lord", "lady", "dame", "rev.", "reverend", "father", "attorney", "chief", "candidate",
        "former", "u.s.", "us", "russian", "iranian", "syrian", "american", "british", "french", "german",
    ]

    /// Titles abbreviated with a full stop, which belongs to the word (`Mr.`, `Sen.`).
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt",
        "st", "jr", "sr", "rev", "pres", "supt", "insp", "det", "cmdr", "cpl", "pvt", "amb", "atty", "hon",
    ]

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt",
        "st", "jr", "sr", "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "pres",
    ]
}
