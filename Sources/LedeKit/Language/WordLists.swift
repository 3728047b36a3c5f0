/// Closed word classes of English that the quote and speaker rules rely on.
enum WordLists {
    /// Verbs (all forms) that introduce or attribute speech, including verbs of reported
    /// evaluation that frame a partial quote (`slammed … as “counterproductive”`).
    static let speechVerbs: Set<String> = {
        let stems = [
            ("say", ["said", "says", "saying"]), ("tell", ["told", "tells", "telling"]),
            ("add", ["added", "adds", "adding"]), ("write", ["wrote", "writes", "writing", "written"]),
            ("tweet", ["tweeted", "tweets"]), ("ask", ["asked", "asks"]), ("state", ["stated", "states"]),
            ("declare", ["declared", "declares"]), ("insist", ["insisted", "insists"]),
            ("argue", ["argued", "argues"]), ("warn", ["warned", "warns"]), ("explain", ["explained", "explains"]),
            ("note", ["noted", "notes"]), ("claim", ["claimed", "claims"]), ("reply", ["replied", "replies"]),
            ("respond", ["responded", "responds"]), ("continue", ["continued", "continues"]),
            ("slam", ["slammed", "slams"]), ("call", ["called", "calls"]), ("describe", ["described", "describes"]),
            ("dub", ["dubbed", "dubs"]), ("brand", ["branded", "brands"]), ("acknowledge", ["acknowledged", "acknowledges"]),
            ("admit", ["admitted", "admits"]), ("announce", ["announced", "announces"]),
            ("suggest", ["suggested", "suggests"]), ("urge", ["urged", "urges"]), ("vow", ["vowed", "vows"]),
            ("promise", ["promised", "promises"]), ("predict", ["predicted", "predicts"]),
            ("concede", ["conceded", "concedes"]), ("complain", ["complained", "complains"]),
            ("recall", ["recalled", "recalls"]), ("observe", ["observed", "observes"]),
            ("reiterate", ["reiterated", "reiterates"]), ("stress", ["stressed", "stresses"]),
            ("emphasize", ["emphasized", "emphasizes", "emphasised", "emphasises"]),
            ("criticize", ["criticized", "criticizes", "criticised", "criticises"]),
            ("condemn", ["condemned", "condemns"]), ("denounce", ["denounced", "denounces"]),
            ("deride", ["derided", "derides"]), ("praise", ["praised", "praises"]),
            ("label", ["labeled", "labelled", "labels"]), ("term", ["termed", "terms"]),
            ("characterize", ["characterized", "characterizes", "characterised"]),
            ("blast", ["blasted", "blasts"]), ("charge", ["charged", "charges"]), ("accuse", ["accused", "accuses"]),
            ("report", ["reported", "reports"]), ("announce", ["announced"]), ("mutter", ["muttered"]),
            ("shout", ["shouted", "shouts"]), ("exclaim", ["exclaimed"]), ("joke", ["joked", "jokes"]),
            ("quip", ["quipped", "quips"]), ("boast", ["boasted", "boasts"]), ("tout", ["touted", "touts"]),
            ("cite", ["cited", "cites"]), ("mention", ["mentioned", "mentions"]), ("remark", ["remarked", "remarks"]),
            ("predict", ["predicted"]), ("pledge", ["pledged", "pledges"]), ("demand", ["demanded", "demands"]),
            ("confirm", ["confirmed", "confirms"]), ("deny", ["denied", "denies"]), ("assert", ["asserted", "asserts"]),
            ("maintain", ["maintained", "maintains"]), ("contend", ["contended", "contends"]),
            ("tell", ["told"]), ("post", ["posted"]), ("answer", ["answered", "answers"]),
        ]
        return Set(stems.flatMap { [$0.0] + $0.1 })
    }()

    /// Determiners and possessive pronouns that may start a noun phrase.
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "one", "another", "some", "several", "two", "three", "many",
    ]

    /// Personal pronouns that can stand as a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "you", "it"]

    /// Words that end a speaker noun phrase when met after its head: prepositions (but `of`,
    /// which joins `secretary of state`), relative pronouns and auxiliaries.
    static let phraseBreakers: Set<String> = [
        "in", "on", "at", "for", "during", "after", "before", "since", "with", "without", "to", "from",
        "who", "whom", "whose", "which", "that", "while", "when", "where", "as", "and", "but", "or", "by",
        "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "may", "might",
        "also", "then", "later", "earlier", "recently", "previously", "again", "once", "not", "never",
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

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt",
        "st", "jr", "sr", "rev", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "pres",
    ]
}
