import Testing
import LedeKit

@Suite("HTML entity repair")
struct HTMLEntityRepairTests {
    private static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test(arguments: [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&quot;Yes,&quot; she said", "\"Yes,\" she said"),
        ("It&rsquo;s &ldquo;fine&rdquo; &mdash; or &ndash; not&hellip;", "It\u{2019}s \u{201C}fine\u{201D} \u{2014} or \u{2013} not\u{2026}"),
        ("10&nbsp;km, &copy; 2024 &reg; &trade; &euro;5 &pound;3", "10\u{A0}km, \u{A9} 2024 \u{AE} \u{2122} \u{20AC}5 \u{A3}3"),
        ("Caf&eacute; &Eacute;cole, na&iuml;ve, &Uuml;ber, &szlig;", "Caf\u{E9} \u{C9}cole, na\u{EF}ve, \u{DC}ber, \u{DF}"),
        ("don&#8217;t &#x201C;x&#X201D; &#39;", "don\u{2019}t \u{201C}x\u{201D} '"),
        ("Windows quotes &#147;a&#148; and &#150;", "Windows quotes \u{201C}a\u{201D} and \u{2013}"),
        ("emoji &#x1F600; and &apos;", "emoji \u{1F600} and '"),
    ])
    func wellFormedReferencesAreDecoded(text: String, expected: String) {
        let repaired = HTMLEntityRepair.repair(text)
        #expect(Self.scalars(repaired.text) == Self.scalars(expected))
        #expect(repaired.repairs.allSatisfy { $0.kind == .htmlEntity })
    }

    @Test(arguments: [
        "AT&T and R&D, Smith & Co",
        "&c, &amp without a semicolon, &unknown; &AMP; &#; &#x; &#12a;",
        "&#0; &#xD800; &#x110000; &#10; &#129; &#9999999999;",
        "no references here",
    ])
    func anythingElseIsLeftAlone(text: String) {
        let repaired = HTMLEntityRepair.repair(text)
        #expect(Self.scalars(repaired.text) == Self.scalars(text))
        #expect(repaired.repairs.isEmpty)
    }

    @Test func eachReferenceIsDecodedOnce() {
        #expect(HTMLEntityRepair.repair("&amp;amp; &amp;lt;").text == "&amp; &lt;")
    }

    @Test func repairsReportReferencesAndPlaces() {
        let repaired = HTMLEntityRepair.repair("a&amp;b &#8217;c")
        #expect(repaired.repairs.map(\.range) == [1..<2, 4..<5])
        #expect(repaired.repairs.map(\.original) == ["&amp;", "&#8217;"])
        #expect(repaired.repairs.map(\.replacement) == ["&", "\u{2019}"])
    }
}
