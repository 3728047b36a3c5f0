import Testing
import LedeKit

/// Each case is correct text; its damaged form must repair back to it exactly.
@Suite("Stranded mark rules")
struct StrandedMarkRuleTests {
    private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    private static func expectRecovery(of expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let damaged = StrandedMarkRepair.damage(expected)
        #expect(damaged != expected, "the case must contain damage", sourceLocation: sourceLocation)
        let repaired = StrandedMarkRepair.repair(damaged).text
        #expect(scalars(repaired) == scalars(expected), sourceLocation: sourceLocation)
    }

    @Test func dashesBetweenDigitsAreEnDashes() {
        Self.expectRecovery(of: "Talks ran 10\u{2013}12 May, and it\u{2019}s late.")
    }

    /// Between spaces, an em dash (American style), or an en dash in a document that puts
    /// punctuation after closing quotation marks (British style).
    @Test(arguments: [
        "The plan \u{2014} at least for now \u{2014} stands, \u{201C}for good,\u{201D} she said.",
        "It\u{2019}s the officials\u{2019}, not ours \u{2014} a plan \u{2014} that stands.",
        "The plan \u{2013} at least for now \u{2013} stands, she called it \u{201C}good\u{201D}.",
        "She called it \u{201C}big\u{201D}, and it \u{2013} for now \u{2013} stands.",
    ])
    func dashesBetweenSpacesFollowTheDocumentsStyle(text: String) {
        Self.expectRecovery(of: text)
    }

    @Test(arguments: [
        "I\u{2019}m sure they\u{2019}re here; we\u{2019}ve seen she\u{2019}ll come, he\u{2019}d say, don\u{2019}t worry.",
        "The officials\u{2019} plan isn\u{2019}t new.",
        "DON\u{2019}T say it\u{2019}s Sam\u{2019}s.",
    ])
    func contractionsAndPossessivesTakeApostrophes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// Words that drop letters take apostrophes where they do, a word clipped at both ends one at
    /// each (rock ’n’ roll), and the quotation around such a word still takes quotation marks.
    @Test(arguments: [
        "\u{2019}Tis odd: in the \u{2019}90s we\u{2019}d get \u{2019}em cheap.",
        "It\u{2019}s as \u{2019}twas, they said.",
        "They sold fish \u{2019}n\u{2019} chips, and it\u{2019}s good.",
        "She played \u{201C}Rock \u{2019}n\u{2019} Roll Forever\u{201D} twice, it\u{2019}s said.",
        "\u{2019}N\u{2019} that\u{2019}s all.",
    ])
    func elisionsTakeLeadingApostrophes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// The apostrophe of a decade, of a year after a word that leads one, and of a figure's or
    /// an abbreviation's possessive; a figure after another word opens a quotation.
    @Test(arguments: [
        "He ran in \u{2019}08 and since \u{2019}12, and in the \u{2019}90s too, they\u{2019}d say.",
        "The 747\u{2019}s engines, the 1970\u{2019}s and the B.B.C.\u{2019}s staff, we\u{2019}d say.",
        "It was her \u{201C}50-state plan,\u{201D} and it\u{2019}s not new.",
        "Stay, \u{2019}cause it\u{2019}s late.",
        "Le canzoni degli anni \u{2019}80 e \u{2019}90 tornano, and it\u{2019}s a hit.",
    ])
    func elidedYearsAndPossessivesOfFiguresTakeApostrophes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A mark with a blank on one side and the line start or a phrase's punctuation on the other is a dash.
    @Test(arguments: [
        "The vote was lost.\n\u{2014} The council\u{2019}s view \u{2014}.\nIt\u{2019}s over.",
        "He said it was \u{201C}the end, the end \u{2014}.\u{201D} It\u{2019}s over.",
    ])
    func aMarkBesideABlankAndTheLineStartOrAPhraseEndIsADash(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A possessive's "s" ends where a no-break space, damaged into two characters, follows.
    @Test func aPossessiveBeforeADamagedNoBreakSpaceTakesAnApostrophe() {
        let text = "The party\u{2019}s\u{00A0}nominee won\u{2019}t\u{00A0}say."
        let clean = TextCleaner.clean(Array(StrandedMarkRepair.damage(text).utf8))
        #expect(Self.scalars(clean.text) == Self.scalars(text))
    }

    /// After a capital "S", with no quotation open, a closing mark is a plural possessive.
    @Test func aMarkAfterACapitalSIsAPossessiveOutsideAQuotation() {
        Self.expectRecovery(of: "The CBS\u{2019} report isn\u{2019}t out.")
    }

    @Test(arguments: [
        "She called it \u{201C}big\u{201D}, and it\u{2019}s not.",
        "\u{201C}He said \u{2018}no\u{2019} twice,\u{201D} she said, \u{201C}and that\u{2019}s all.\u{201D}",
        "The word (\u{201C}maybe\u{201D}) isn\u{2019}t [\u{201C}yes\u{201D}]; reply:\u{201C}no\u{201D}.",
        "\u{201C}Don\u{2019}t!\u{201D} \u{201C}Won\u{2019}t?\u{201D} \u{201C}50%\u{201D}",
    ])
    func quotationMarksFollowTheOpenQuotation(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A straight ' after a sentence's punctuation closes the single quotation it ends, so the
    /// mark after it closes the double one.
    /// A mark right after a markup tag opens a quotation.
    @Test func aMarkAfterAMarkupTagOpensAQuotation() {
        Self.expectRecovery(of: "<p>\u{201C}It\u{2019}s late,\u{201D} she said.</p>")
    }

    /// The left-to-right embedding that opens an embedded post is followed by an opening mark,
    /// and the quotation it opens nests a single one.
    @Test func aMarkAfterTheEmbeddingOfAPostOpensAQuotation() {
        Self.expectRecovery(of: "It\u{2019}s late.\n\u{202A}\u{201C}Say \u{2018}never,\u{2019} Sarah!\u{201D} wrote Ann.")
    }

    @Test func aStraightSingleMarkAfterPunctuationClosesTheSingleQuotation() {
        Self.expectRecovery(of: "\u{201C}He told me, \u{2018}Stay here,'\u{201D} she said, \u{201C}and I did.\u{201D}")
    }

    /// Straight quotation marks the damage left alone still nest: a mark inside a straight "…"
    /// quotation opens a single one, and one after a straight ' that opened a quotation closes it.
    @Test(arguments: [
        "\"The \u{2018}big plan\u{2019} is ours,\" she said, and it\u{2019}s true.",
        "\"He said, 'We\u{2019}re done here. Why stay?\u{2019}\" she said, and it\u{2019}s true.",
        "\u{201C}The 'new deal' was theirs,\u{201D} she said, and it\u{2019}s true.",
    ])
    func straightQuotationMarksNestWithRepairedOnes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// The last mark of a paragraph with quotations nested in it closes them all, with the
    /// outermost's mark.
    @Test func theParagraphsLastMarkClosesEveryOpenQuotation() {
        Self.expectRecovery(of: "\u{201C}She said, \u{2018}We\u{2019}ll stay to the end.\u{201D}\nIt\u{2019}s over.")
    }

    /// With no quotation open, a mark after a word or a figure and before a blank is an em dash
    /// set close to the word before.
    @Test(arguments: [
        "The bill passed the Senate\u{2014} where it had stalled \u{2014} and it\u{2019}s law.",
        "It\u{2019}s news: Flight 12\u{2014} Crash Site Found\u{2014} Search Ends",
        "It\u{2019}s over, she called it \u{201C}done\u{201D} and left.",
    ])
    func aMarkAfterAWordBeforeABlankIsADashWhenNoQuotationIsOpen(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A mark after "s" inside an open quotation is a plural possessive when the next mark can
    /// only close the quotation — with one quotation open, past apostrophes and dashes (won’t,
    /// April — again) — otherwise it closes the quotation itself, and a nested one always.
    @Test(arguments: [
        "\u{201C}The Governors\u{2019} meeting went well,\u{201D} she said. \u{201C}ISIS\u{2019} men left.\u{201D}",
        "They called them \u{201C}the Jets\u{201D} and left, \u{201C}for good.\u{201D}",
        "\u{201C}The Tories\u{2019} plan won\u{2019}t work,\u{201D} said Ms Hale.",
        "\u{201C}Our riders\u{2019} safety comes first. That\u{2019}s all,\u{201D} the owner said.",
        "\u{201C}The Oilers\u{2019} run ended in May \u{2014} again.\u{201D}",
        "\u{201C}They call it \u{2018}the owls\u{2019} and it\u{2019}s silly,\u{201D} she said.",
    ])
    func aMarkAfterSInsideAQuotationIsPossessiveWhenTheQuotationEndsLater(text: String) {
        Self.expectRecovery(of: text)
    }

    @Test func quotationStateResetsAtEachParagraph() {
        Self.expectRecovery(of: "\u{201C}It was over.\n\u{201C}Then it began,\u{201D} he said. It\u{2019}s true.")
        Self.expectRecovery(of: "It\u{2019}s a \u{201C}long quote\nthat ends here,\u{201D} he said.")
    }

    @Test(arguments: [
        "O\u{2019}Brien met a Qur\u{2019}an scholar, a Shi\u{2019}ite cleric and d\u{2019}Artagnan; it\u{2019}s rare.",
        "The bill\u{2014}which passed\u{2014}isn\u{2019}t law.",
        "The Senate\u{2014}Congress too\u{2014}won\u{2019}t vote.",
        "It\u{2019}s the GOP\u{2014}We won\u{2019}t back down\u{2014}and the FBI\u{2014}its agents too.",
        "They gave it to me\u{2014}I won\u{2019}t forget it.",
    ])
    func lettersJoinedByAMarkAreNamesOrDashes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// French and Italian words that drop their last vowel take an apostrophe before a vowel;
    /// English words joined so keep the dash, "all" among them.
    @Test(arguments: [
        "C\u{2019}est l\u{2019}ora dell\u{2019}anno, qu\u{2019}il dit, and it\u{2019}s late.",
        "After all\u{2014}and it\u{2019}s true\u{2014}the bill\u{2014}a law now\u{2014}stands.",
    ])
    func elidingWordsTakeAnApostropheBeforeAVowel(text: String) {
        Self.expectRecovery(of: text)
    }

    /// Words that drop their first letters take an apostrophe at a word's start, after an
    /// opening quotation mark too; the quotation after them still opens with a double mark.
    @Test(arguments: [
        "He read \u{201C}\u{2019}Twas a cold night,\u{201D} and left.",
        "And how \u{2019}bout this line: \u{201C}We won.\u{201D} It\u{2019}s true.",
        "(\u{2019}Tis the season.) She liked \u{2019}em, it\u{2019}s true.",
    ])
    func elisionsAfterAnOpeningMarkTakeApostrophes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A mark between two emoji is the joiner that draws them as one; the emoji themselves lost
    /// bytes to the damage and are U+FFFD, with the variation selector kept.
    @Test func aMarkBetweenEmojiJoinsThem() {
        let damaged = StrandedMarkRepair.damage("Flags \u{1F3F3}\u{FE0F}\u{200D}\u{1F308} flew, it\u{2019}s said.")
        let repaired = StrandedMarkRepair.repair(damaged).text
        #expect(Self.scalars(repaired) == Self.scalars("Flags \u{FFFD}\u{FE0F}\u{200D}\u{FFFD} flew, it\u{2019}s said."))
    }

    /// Words spelt with an apostrophe between letters, and a name transliterated from Arabic
    /// whose apostrophe comes before two vowels; English words joined so keep the dash.
    @Test(arguments: [
        "\u{201C}Yes, ma\u{2019}am,\u{201D} he said at six o\u{2019}clock, and y\u{2019}all laughed.",
        "Reem As-Saba\u{2019}ee met Imam Syafi\u{2019}ie, who spoke\u{2014}at length\u{2014}to us. It\u{2019}s done.",
    ])
    func wordsWithAnApostropheBetweenLettersKeepIt(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A height in feet and inches keeps its marks; figures joined by a mark elsewhere are a range.
    @Test(arguments: [
        "He is 6\u{2019}2\u{201D} tall and she is 5\u{2019}11\u{201D}, it\u{2019}s said.",
        "\u{201C}I\u{2019}m 5\u{2019}2\u{201D},\u{201D} she said of the 10\u{2013}12 runners.",
        "The score was 8\u{2013}12 and 4\u{2013}20 in the \u{2019}90s, it\u{2019}s said.",
    ])
    func heightsInFeetAndInchesKeepTheirMarks(text: String) {
        Self.expectRecovery(of: text)
    }

    /// After a sentence's end, a mark set apart opens a quotation when the next mark that is no
    /// apostrophe or spaced dash closes a quoted sentence; otherwise it is a dash.
    @Test(arguments: [
        "\u{201C}It was fine,\u{201D} he said. \u{201C} I know it\u{2019}s late \u{2014} we all do.\u{201D}",
        "It ended. \u{2014} Jane Roe (@jroe) May 2, 2016",
        "It ended. \u{2014} And then \u{201C}it began.\u{201D}",
    ])
    func aMarkSetApartAfterASentenceOpensAQuotationThatClosesLater(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A mark set apart after a single quotation closed by punctuation closes the quotation
    /// around it; after a single quotation that ends on a word, a spaced mark is a dash.
    @Test(arguments: [
        "\u{201C}He called it \u{2018}a fine plan,\u{2019} \u{201D} she said. \u{201C}It\u{2019}s not.\u{201D}",
        "\u{201C}They said \u{2018}no way\u{2019} \u{2014} and it\u{2019}s over,\u{201D} he said.",
    ])
    func aMarkSetApartAfterAClosedSingleQuotationClosesTheDoubleOne(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A mark right after a straight quotation mark that starts a word opens a quotation.
    @Test func aMarkAfterAnOpeningStraightQuoteOpens() {
        Self.expectRecovery(of: "It\u{2019}s late.\n\"\u{201C}You won,\u{201D} he said.")
    }

    /// A mark set apart by spaces after a comma or a colon quotes, opening or closing; elsewhere
    /// it is a dash.
    @Test(arguments: [
        "The ad shows him saying, \u{201C} we will win \u{2014} and soon,\u{201D} to cheers.",
        "\u{201C}It is over for now, \u{201D} the mayor said. It\u{2019}s late.",
    ])
    func aMarkSetApartAfterACommaQuotes(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A mark set apart after a word that wants a noun phrase (an article, a copula, `from`, a
    /// word naming a term) and before a noun opens a quotation set apart, which the next mark set
    /// apart closes; before a word that opens a clause or phrase, or with no mark after it on the
    /// line, it is a dash.
    @Test(arguments: [
        "Our dish is \u{201C} hot pot \u{201D} \u{2014} broth, greens and tofu. It\u{2019}s good.",
        "The cough was dubbed \u{201C} miller\u{2019}s chest. \u{201D} It faded.",
        "She was voted off \u{201C}Skating Stars,\u{201D} an \u{201C} Ice Dance \u{201D} show.",
        "The runner was cut from \u{201C} Summer Games.\u{201D} It\u{2019}s over.",
        "The point is \u{2014} it\u{2019}s late \u{2014} that we won\u{2019}t wait.",
        "That\u{2019}s a \u{2014} for voters \u{2014} sign of trouble.",
        "The vote is \u{2014} close. It\u{2019}s late.",
    ])
    func aMarkSetApartAfterAWordWantingANounOpensAQuotationSetApart(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A German document quotes „…“ with ‚…‘ inside; an English one with a few German words
    /// keeps “…”.
    @Test(arguments: [
        "Die App \u{201E}Lesen\u{201C} und ist nicht neu. Sie wird auch mit dem Motto \u{201E}Nur \u{201A}gut\u{2018} lesen\u{201C} beworben.",
        "The band\u{2019}s song \u{201C}Ich und du\u{201D} was a hit, and the record of the year.",
    ])
    func aGermanDocumentQuotesWithGermanMarks(text: String) {
        Self.expectRecovery(of: text)
    }

    /// Inside a quotation that ends later on the line, a mark after "in" before a blank is the
    /// apostrophe of a dropped "g"; one that the quotation ends at closes it.
    @Test(arguments: [
        "They played \u{201C}Rollin\u{2019} Down the River.\u{201D} It\u{2019}s old.",
        "She said \u{201C}we begin\u{201D} and \u{201C}we end.\u{201D} It\u{2019}s done.",
    ])
    func aMarkAfterInInsideAQuotationDropsAG(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A subhead set in capitals within the body quotes in single marks, as a headline does; an
    /// abbreviation after a subhead in capitals opens a quotation in double marks.
    @Test(arguments: [
        "It\u{2019}s late.\nFRIDAY\u{2019}S \u{2018}BEST READS\u{2019} - links for you.\nHOW \u{2018}SMALL STEPS\u{2019} WIN RACES",
        "THE LAST WORD \u{201C}UN delegates,\u{201D} it\u{2019}s said, \u{201C}left.\u{201D}",
    ])
    func subheadsInCapitalsQuoteInSingleMarks(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A line set between dashes is a subhead and quotes in single marks, as a headline does;
    /// the paragraphs around it quote in double marks.
    @Test(arguments: [
        "It\u{2019}s late.\n\u{2014} \u{2018}Who won?\u{2019} \u{2014}.\n\u{201C}We did,\u{201D} she said.",
        "It\u{2019}s late.\n\u{2014} A \u{2018}fair\u{2019} deal \u{2014}\nShe called it \u{201C}fair.\u{201D}",
        "It\u{2019}s late.\n\u{2014} and then \u{201C}we won,\u{201D} she said, and it\u{2019}s over.",
    ])
    func aLineBetweenDashesQuotesInSingleMarks(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A line that opens with a quoted run of words in capitals followed by more text is a
    /// newsletter's subhead and quotes in single marks; a whole line quoted so does not.
    @Test(arguments: [
        "It\u{2019}s late.\n\u{2018}WHY CATS NAP\u{2019} \u{201C}They sleep,\u{201D} it\u{2019}s said.",
        "It\u{2019}s late.\n\u{2018}THE NEW MAP\u{2019}\u{201C}Roads move.\u{201D}",
        "It\u{2019}s late.\n\u{201C}NO MORE WARS\u{201D}\nThe rally ended.",
        "It\u{2019}s late.\n\u{201C}NO WAY,\u{201D} he shouted.",
    ])
    func aQuotedSubheadInCapitalsBeforeTextQuotesInSingleMarks(text: String) {
        Self.expectRecovery(of: text)
    }

    /// A possessive set apart from its noun, and a closing mark set apart at a paragraph's end;
    /// with no quotation open, a mark there is a dash.
    @Test(arguments: [
        "The agency \u{2019}s chief said \u{201C}we are done here. \u{201D}\nThe talks ran late \u{2014}\nIt\u{2019}s over.",
    ])
    func marksSetApartAtAWordsStartOrAParagraphsEnd(text: String) {
        Self.expectRecovery(of: text)
    }

    /// The pass that strands the marks turns a no-break space into "Â" and U+00A0 and "é" into
    /// "Ã©": such a pair next to a mark counts as the character it stood for.
    @Test(arguments: [
        "\u{201C}We will stay,\u{201D}\u{A0}the minister said. \u{201C}That\u{2019}s all.\u{201D}\u{A0}",
        "The caf\u{E9}\u{2019}s owner said it\u{2019}s shut \u{2014} for now.",
    ])
    func pairsDamagedInTwoBytesCountAsTheirCharacter(text: String) {
        let clean = TextCleaner.clean(Array(StrandedMarkRepair.damage(text).utf8))
        #expect(Self.scalars(clean.text) == Self.scalars(text))
    }

    @Test func survivingPairsNameTheirCharacter() {
        Self.expectRecovery(
            of: "Wait\u{2026} it\u{2019}s 5\u{2030}, 5\u{2032}11\u{2033}, \u{2039}hi\u{203A}, \u{2022} item, Lede\u{2122}, \u{20AC}5, \u{202A}@lede."
        )
    }

    @Test func repairsNameTheirKinds() {
        let repairs = StrandedMarkRepair.repair(
            StrandedMarkRepair.damage("\u{201C}I\u{2019}m \u{2018}in\u{2019}\u{2026}\u{201D} 1\u{2013}2 \u{2022}")
        ).repairs
        #expect(repairs.map(\.kind) == [
            .openingDoubleQuote, .apostrophe, .openingSingleQuote, .closingSingleQuote, .ellipsis,
            .closingDoubleQuote, .dash, .bullet,
        ])
        #expect(repairs.map(\.original) == ["\u{E2}", "\u{E2}", "\u{E2}", "\u{E2}", "\u{E2}\u{A6}", "\u{E2}", "\u{E2}", "\u{E2}\u{A2}"])
    }

    @Test func aMarkNoRuleExplainsIsKept() {
        let repaired = StrandedMarkRepair.repair("It\u{E2}s here.\n#\u{E2}# alone")
        #expect(Self.scalars(repaired.text) == Self.scalars("It\u{2019}s here.\n#\u{E2}# alone"))
        #expect(repaired.repairs.count == 1)
    }

    @Test func repairRangesPointAtTheReplacementsInTheRepairedText() {
        let repaired = StrandedMarkRepair.repair("Wait\u{E2}\u{A6} no, it\u{E2}s \u{E2}fine\u{E2}")
        #expect(repaired.repairs.map(\.range) == [4..<5, 12..<13, 15..<16, 20..<21])
        let text = Self.scalars(repaired.text)
        for repair in repaired.repairs {
            #expect(String(String.UnicodeScalarView(text[repair.range])) == repair.replacement)
        }
    }

    @Test func undoingTheRepairsGivesBackTheInput() {
        let damaged = StrandedMarkRepair.damage(
            "\u{201C}We don\u{2019}t\u{2026} know,\u{201D} O\u{2019}Neill said \u{2013} 3\u{2013}4 times."
        )
        let repaired = StrandedMarkRepair.repair(damaged)
        #expect(repaired.repairs.count == 7)
        var text = Self.scalars(repaired.text)
        for repair in repaired.repairs.reversed() {
            text.replaceSubrange(repair.range, with: repair.original.unicodeScalars)
        }
        #expect(text == Self.scalars(damaged))
    }

    @Test func repairKindsEncodeAsStableNames() throws {
        #expect(RepairKind.openingDoubleQuote.rawValue == "openingDoubleQuote")
        #expect(RepairKind.allCases.map(\.rawValue) == [
            "apostrophe", "openingDoubleQuote", "closingDoubleQuote", "openingSingleQuote",
            "closingSingleQuote", "dash", "ellipsis", "bullet", "other", "mojibake", "htmlEntity",
        ])
    }
}
