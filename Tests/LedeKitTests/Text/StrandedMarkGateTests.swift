import Testing
import LedeKit

@Suite("Stranded mark gate")
struct StrandedMarkGateTests {
    @Test(arguments: [
        "Le ch\u{E2}teau est \u{E0} c\u{F4}t\u{E9} de la gare.",
        "Rom\u{E2}nia este o \u{163}ar\u{103} frumoas\u{103}.",
        "Ali h\u{E2}l\u{E2} burada, h\u{E2}l\u{E2}.",
        "Rom\u{E2}nia, h\u{E2}l\u{E2}, ch\u{E2}teau, g\u{E2}teau.",
        "Ali h\u{E2}l\u{E2} i\u{15F}te.",
    ])
    func correctTextWithRealCircumflexIsUnchanged(text: String) {
        let repaired = StrandedMarkRepair.repair(text)
        #expect(Array(repaired.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(repaired.repairs.isEmpty)
    }

    @Test(arguments: [
        "It\u{2019}s Assad\u{E2}s call, \u{201C}they\u{E2}re\u{201D} sure.",
        "Assad\u{E2}s \u{B0} reading.",
        "Assad\u{E2}s caf\u{E9} reopened \u{E2} at last.",
    ])
    func textWithOtherNonAsciiIsUnchanged(text: String) {
        let repaired = StrandedMarkRepair.repair(text)
        #expect(Array(repaired.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(repaired.repairs.isEmpty)
    }

    @Test(arguments: [
        ("He called it \u{E2}big\u{E2}, then \u{E2}small\u{E2}.", "He called it \u{201C}big\u{201D}, then \u{201C}small\u{201D}."),
        ("It took 3\u{E2}4 days.", "It took 3\u{2013}4 days."),
        ("Wait\u{E2}\u{A6}", "Wait\u{2026}"),
        ("Russia\u{E2}s view", "Russia\u{2019}s view"),
        ("I\u{E2}m in", "I\u{2019}m in"),
        ("They can\u{E2}t", "They can\u{2019}t"),
    ])
    func oneTelltaleMarkIsEnough(damaged: String, expected: String) {
        #expect(Array(StrandedMarkRepair.repair(damaged).text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func asciiTextIsUnchanged() {
        let text = "Nothing \"here\" isn't plain -- 10-12."
        #expect(StrandedMarkRepair.repair(text) == RepairedText(text: text, repairs: []))
    }

    /// One damaging pass (UTF-8 read as Latin-1, C1 dropped) strands the marks of ’ “ ” – —
    /// and turns a no-break space into "Â" and U+00A0, "é" into "Ã©", "ą" into a lone "Ä", a
    /// byte order mark into "ï»¿": an article with both kinds is repaired whole.
    @Test(arguments: [
        ("The minister said\u{C2}\u{A0}\u{E2}we will stay\u{E2} and it isn\u{E2}t over.",
         "The minister said\u{A0}\u{201C}we will stay\u{201D} and it isn\u{2019}t over."),
        ("Assad\u{E2}s caf\u{C3}\u{A9} reopened \u{E2} at last.", "Assad\u{2019}s caf\u{E9} reopened \u{2014} at last."),
        ("\u{EF}\u{BB}\u{BF}Pozna\u{C4} says it\u{E2}s done.", "\u{FEFF}Pozna\u{C4} says it\u{2019}s done."),
    ])
    func mixedDamageIsRepairedWhole(damaged: String, expected: String) {
        let clean = TextCleaner.clean(Array(damaged.utf8))
        #expect(Array(clean.text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// Evidence of the damage that needs no letter before the mark.
    @Test(arguments: [
        ("It was \u{E2}genocide.\u{E2} That is all.\n\n\u{E2}I think so,\u{E2} Clinton said.",
         "It was \u{201C}genocide.\u{201D} That is all.\n\n\u{201C}I think so,\u{201D} Clinton said."),
    ])
    func closingMarksAfterPunctuationShowTheDamage(damaged: String, expected: String) {
        #expect(Array(StrandedMarkRepair.repair(damaged).text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// A mark alone at a line's start, after a figure before a blank, or before a lone "s" is
    /// damage too, each enough to admit a document.
    @Test(arguments: [
        ("\u{E2} The mayor spoke first", "\u{2014} The mayor spoke first"),
        ("Sales grew until 2019\u{E2} then fell.", "Sales grew until 2019\u{2014} then fell."),
        ("The agency \u{E2}s chief resigned.", "The agency \u{2019}s chief resigned."),
    ])
    func marksAloneOrAfterFiguresShowTheDamage(damaged: String, expected: String) {
        #expect(Array(StrandedMarkRepair.repair(damaged).text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// A headline quotes in single marks, as news style writes it; the body in double ones.
    @Test func aHeadlineQuotesInSingleMarks() {
        let damaged = "Senator Calls Plan \u{E2}A Disaster\u{E2}\n\nThe senator said the plan was \u{E2}a disaster\u{E2} and it isn\u{E2}t over."
        let expected = "Senator Calls Plan \u{2018}A Disaster\u{2019}\n\nThe senator said the plan was \u{201C}a disaster\u{201D} and it isn\u{2019}t over."
        #expect(Array(StrandedMarkRepair.repair(damaged).text.unicodeScalars) == Array(expected.unicodeScalars))
    }
}
