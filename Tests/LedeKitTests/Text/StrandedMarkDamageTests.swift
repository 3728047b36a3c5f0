import Testing
import LedeKit

@Suite("Stranded mark damage")
struct StrandedMarkDamageTests {
    @Test(arguments: [
        ("\u{2019}", "\u{E2}"),
        ("\u{2014}", "\u{E2}"),
        ("\u{2026}", "\u{E2}\u{A6}"),
        ("\u{2122}", "\u{E2}\u{A2}"),
        ("caf\u{E9}", "caf\u{C3}\u{A9}"),
        ("plain", "plain"),
    ])
    func damageReadsUTF8AsLatin1WithoutC1Controls(text: String, damaged: String) {
        #expect(Array(StrandedMarkRepair.damage(text).utf8) == Array(damaged.utf8))
    }

    @Test(arguments: [
        "\u{201C}I don\u{2019}t see it,\u{201D} the official said \u{2014} twice.",
        "Assad\u{2019}s allies\u{2019} view of the \u{2019}90s \u{201C}\u{2018}deal\u{2019}\u{201D} is 10\u{2013}12\u{2030}\u{2026}",
        "\u{2022} O\u{2019}Brien\u{2019}s \u{201C}Lede\u{2122}\u{201D}\n\u{201C}Qur\u{2019}an\u{201D} isn\u{2019}t a bill\u{2014}which one?",
        "No damage at all.",
    ])
    func damagingTheRepairGivesBackTheDamagedText(text: String) {
        let damaged = StrandedMarkRepair.damage(text)
        let repaired = StrandedMarkRepair.repair(damaged)
        #expect(Array(repaired.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(Array(StrandedMarkRepair.damage(repaired.text).utf8) == Array(damaged.utf8))
        for repair in repaired.repairs {
            #expect(StrandedMarkRepair.damage(repair.replacement) == repair.original)
        }
    }
}
