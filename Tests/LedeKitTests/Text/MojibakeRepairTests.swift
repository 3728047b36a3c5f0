import Testing
import LedeKit

@Suite("Mojibake repair")
struct MojibakeRepairTests {
    private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// `text`'s UTF-8 bytes read in Windows-1252 (undefined bytes as C1 controls), `times` times over.
    private static func misread(_ text: String, times: Int = 1) -> String {
        var result = text
        for _ in 0..<times {
            var view = String.UnicodeScalarView()
            for byte in result.utf8 {
                view.append(byte < 0x80 ? Unicode.Scalar(byte) : windows1252[Int(byte) - 0x80])
            }
            result = String(view)
        }
        return result
    }

    /// `text`'s UTF-8 bytes read in Latin-1: Windows-1252's punctuation stays C1 controls.
    private static func misreadAsLatin1(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar($0) }))
    }

    private static let windows1252: [Unicode.Scalar] = {
        let controls = "\u{20AC}\u{81}\u{201A}\u{192}\u{201E}\u{2026}\u{2020}\u{2021}\u{2C6}\u{2030}\u{160}\u{2039}\u{152}\u{8D}\u{17D}\u{8F}"
            + "\u{90}\u{2018}\u{2019}\u{201C}\u{201D}\u{2022}\u{2013}\u{2014}\u{2DC}\u{2122}\u{161}\u{203A}\u{153}\u{9D}\u{17E}\u{178}"
        return Array(controls.unicodeScalars) + (0xA0...0xFF).map { Unicode.Scalar(UInt8($0)) }
    }()

    private static func expectRepair(
        _ damaged: String, gives expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let repaired = MojibakeRepair.repair(damaged)
        #expect(scalars(repaired.text) == scalars(expected), sourceLocation: sourceLocation)
        #expect(!repaired.repairs.isEmpty, sourceLocation: sourceLocation)
        #expect(repaired.repairs.allSatisfy { $0.kind == .mojibake }, sourceLocation: sourceLocation)
    }

    private static func expectUnchanged(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let repaired = MojibakeRepair.repair(text)
        #expect(scalars(repaired.text) == scalars(text), sourceLocation: sourceLocation)
        #expect(repaired.repairs.isEmpty, sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "Caf\u{E9} au lait and cr\u{E8}me br\u{FB}l\u{E9}e",
        "She didn\u{2019}t say \u{201C}yes\u{201D} \u{2013} or \u{2018}no\u{2019}\u{2026}",
        "Ni\u{F1}o \u{FC}ber \u{C5}land, \u{A3}5 and 20\u{B0}C \u{2022} \u{20AC}3\u{2122}",
        "\u{414}\u{43E}\u{431}\u{440}\u{44B}\u{439} \u{434}\u{435}\u{43D}\u{44C}, \u{43C}\u{438}\u{440}",
        "\u{395}\u{3BB}\u{3BB}\u{3B7}\u{3BD}\u{3B9}\u{3BA}\u{3AC} \u{3BA}\u{3B1}\u{3B9} \u{5E9}\u{5DC}\u{5D5}\u{5DD}",
        "Ti\u{1EBF}ng Vi\u{1EC7}t, \u{65E5}\u{672C}\u{8A9E}, \u{1F600}!",
    ])
    func textReadOnceInWindows1252IsRestored(text: String) {
        Self.expectRepair(Self.misread(text), gives: text)
    }

    @Test(arguments: [
        "It was caf\u{E9} time, tr\u{E8}s bien.",
        "The Mona Lisa\u{2019}s smile isn\u{2019}t \u{201C}mysterious\u{201D}.",
    ])
    func textReadTwiceOrThriceIsRestored(text: String) {
        Self.expectRepair(Self.misread(text, times: 2), gives: text)
        Self.expectRepair(Self.misread(text, times: 3), gives: text)
    }

    @Test func c1ControlsKeptFromLatin1AreRead() {
        Self.expectRepair(Self.misreadAsLatin1("She didn\u{2019}t wait \u{2014} \u{201C}go\u{201D}"),
                          gives: "She didn\u{2019}t wait \u{2014} \u{201C}go\u{201D}")
        // Windows-1252 punctuation kept as C1 controls, with no UTF-8 around it.
        Self.expectRepair("he said \u{93}Hi\u{94} \u{85}", gives: "he said \u{201C}Hi\u{201D} \u{2026}")
    }

    @Test func mojibakeMixedWithCorrectTextIsRepairedWhereItIs() {
        Self.expectRepair("Z\u{FC}rich\u{2019}s caf\u{C3}\u{A9} is open", gives: "Z\u{FC}rich\u{2019}s caf\u{E9} is open")
        Self.expectRepair("\u{C3}\u{81}rvore \u{E2}\u{20AC}\u{201C} \u{E1}rvore", gives: "\u{C1}rvore \u{2013} \u{E1}rvore")
    }

    @Test func lostBytesBecomeReplacementCharactersWhereTheTextShowsMojibake() {
        // The byte 0x9D of ” is undefined in Windows-1252: a reader put U+FFFD or "?" there.
        Self.expectRepair("\u{E2}\u{20AC}\u{153}Lossy\u{E2}\u{20AC}\u{FFFD} he said", gives: "\u{201C}Lossy\u{FFFD} he said")
        Self.expectRepair("\u{E2}\u{20AC}\u{153}Asked\u{E2}\u{20AC}? she said", gives: "\u{201C}Asked\u{FFFD} she said")
        // Without other mojibake, a question mark is a question mark.
        Self.expectUnchanged("Was it \u{C3}?")
    }

    @Test func noBreakSpacesTurnedIntoSpacesAreRecovered() {
        Self.expectRepair("voil\u{C3} le travail, d\u{C3}\u{A9}j\u{C3} vu", gives: "voil\u{E0} le travail, d\u{E9}j\u{E0} vu")
        Self.expectRepair("Il est n\u{C3}\u{A9} \u{C3} c\u{C3}\u{B4}t\u{C3}\u{A9}", gives: "Il est n\u{E9} \u{E0} c\u{F4}t\u{E9}")
        Self.expectRepair("Costs\u{C2} \u{C2}\u{A3}5 now", gives: "Costs\u{A0}\u{A3}5 now")
    }

    @Test func otherCodePagesAreRead() {
        // Russian read in Windows-1251.
        Self.expectRepair(
            "\u{420}\u{457}\u{421}\u{402}\u{420}\u{451}\u{420}\u{406}\u{420}\u{B5}\u{421}\u{201A} \u{420}\u{458}\u{420}\u{451}\u{421}\u{402}",
            gives: "\u{43F}\u{440}\u{438}\u{432}\u{435}\u{442} \u{43C}\u{438}\u{440}")
        // Czech read in Windows-1250.
        Self.expectRepair(
            "p\u{139}\u{2122}\u{102}\u{AD}li\u{139}\u{2C7} \u{139}\u{13E}lu\u{139}\u{104}ou\u{C4}\u{164}k\u{102}\u{2DD} k\u{139}\u{17B}\u{139}\u{88}",
            gives: "p\u{159}\u{ED}li\u{161} \u{17E}lu\u{165}ou\u{10D}k\u{FD} k\u{16F}\u{148}")
        // French read in Mac OS Roman.
        Self.expectRepair("Un r\u{221A}\u{A9}gime \u{221A}\u{A9}quilibr\u{221A}\u{A9}", gives: "Un r\u{E9}gime \u{E9}quilibr\u{E9}")
    }

    @Test(arguments: [
        "na\u{EF}ve caf\u{E9} in Z\u{FC}rich",
        "a \u{20AC}b = 2",
        "S\u{C3}O PAULO \u{E9} grande, M\u{C3}E",
        "ELA \u{C9} MINHA IRM\u{C3}\u{2026}",
        "A IRM\u{C3}\u{201D}, disse",
        "NESTL\u{C9}\u{AE} and L\u{C9}\u{AE} brands",
        "Buy 5\u{D7}\u{A3}3 tickets",
        "Grade \u{201C}\u{D7}\u{201D} here",
        "ROM\u{C2}NIA, CH\u{C2}TEAU, \u{C2}ME",
        "Dr. Zhivago \u{2013} Dr\u{C3}\u{A5}ber",
        "Ukrainian \u{412}\u{406}\u{41A}\u{406} and \u{41F}\u{456}\u{434}\u{43F}\u{438}\u{441} \u{434}\u{456}\u{457}",
        "\u{B5}m \u{B1}2 \u{B0}C, \u{BD} cup, \u{BE} mile",
        "The Ma\u{EE}tre d\u{2019} said \u{AB}non\u{BB}",
        "SELK\u{C4}\u{A0}EDELL\u{C4}\u{A0}MAAHAN",
        "(-1/2)! = \u{221A}\u{3C0}",
        "Norsk: \u{C5} lage mat, p\u{E5} \u{F8}ya",
    ])
    func correctTextIsLeftAlone(text: String) {
        Self.expectUnchanged(text)
    }

    @Test func eachRepairReportsItsDamageAndPlaceInTheRepairedText() {
        let repaired = MojibakeRepair.repair("caf\u{C3}\u{A9} cr\u{C3}\u{A8}me \u{E2}\u{20AC}\u{201D} ok")
        #expect(Self.scalars(repaired.text) == Self.scalars("caf\u{E9} cr\u{E8}me \u{2014} ok"))
        #expect(repaired.repairs.map(\.range) == [3..<4, 7..<8, 11..<12])
        #expect(repaired.repairs.map(\.original) == ["\u{C3}\u{A9}", "\u{C3}\u{A8}", "\u{E2}\u{20AC}\u{201D}"])
        let text = Self.scalars(repaired.text)
        for repair in repaired.repairs {
            #expect(Self.scalars(repair.replacement) == Array(text[repair.range]))
        }
    }

    @Test func layersOfMojibakeAreOneRepairOfTheWholeDamage() {
        let damaged = Self.misread("n\u{E9} here", times: 2)
        let repaired = MojibakeRepair.repair(damaged)
        #expect(repaired.repairs.count == 1)
        #expect(repaired.repairs.first?.original == "\u{C3}\u{192}\u{C2}\u{A9}")
        #expect(repaired.repairs.first?.range == 1..<2)
    }

    @Test func undoingTheRepairsGivesBackTheInput() {
        let damaged = Self.misread("\u{201C}Caf\u{E9}\u{201D} \u{2013} voil\u{E0}\u{2026}") + " voil\u{C3} le \u{93}x\u{94}"
        let repaired = MojibakeRepair.repair(damaged)
        var text = Self.scalars(repaired.text)
        for repair in repaired.repairs.reversed() {
            text.replaceSubrange(repair.range, with: repair.original.unicodeScalars)
        }
        #expect(text == Self.scalars(damaged))
    }

    /// A long text is repaired throughout, not just near its start. (Its speed is measured by
    /// `scripts/benchmark.py`, not here.)
    @Test func aLongTextIsRepairedThroughout() {
        let original = String(repeating: "Caf\u{E9}s \u{2013} \u{201C}tr\u{E8}s\u{201D} jolis, don\u{2019}t they? "
            + "Plain ASCII text goes on and on here for a while. ", count: 2_000)
        Self.expectRepair(Self.misread(original), gives: original)
    }
}
